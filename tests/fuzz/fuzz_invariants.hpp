#pragma once
// What every fuzz target checks about an importer's output, besides "no crash": the store
// and the JSON writers rely on each of these, so a violation is a finding, not a warning.
// A violation prints what broke and aborts, which libFuzzer (and the replay test) report.
#include "core/model.hpp"
#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

#include <cstdio>
#include <cstdlib>
#include <set>
#include <string_view>
#include <vector>

namespace glossgraph::fuzz {

[[noreturn]] inline void violated(const char* what) {
    std::fprintf(stderr, "fuzz invariant violated: %s\n", what);
    std::abort();
}

inline void require(bool holds, const char* what) {
    if (!holds) violated(what);
}

// Entries as the store accepts them: valid UTF-8 (JSON output refuses anything else), a
// term whose key is not empty (terms.key has CHECK (key <> '')), distinct seqs, and heads
// that are earlier entries of the same report.
inline void check_entries(const std::vector<GlossaryEntry>& entries) {
    std::set<int> seqs;
    for (const GlossaryEntry& entry : entries) {
        require(utf8::is_valid(entry.term), "entry term is valid UTF-8");
        require(utf8::is_valid(entry.definition), "entry definition is valid UTF-8");
        require(!entry.marker || utf8::is_valid(*entry.marker), "entry marker is valid UTF-8");
        require(!entry.term.empty(), "entry term is not empty");
        require(!(entry.key.empty() ? term_key(entry.term) : entry.key).empty(), "entry key is not empty");
        require(entry.line > 0, "entry line is 1-based");
        require(!entry.parent_seq || seqs.count(*entry.parent_seq) == 1, "entry head is an earlier entry");
        require(seqs.insert(entry.seq).second, "entry seqs are distinct");
    }
}

inline void check_report(const ParsedReport& report) {
    const ReportMeta& meta = report.meta;
    for (std::string_view text : {std::string_view(meta.title), std::string_view(meta.written_title),
                                  std::string_view(meta.glossary_heading), std::string_view(meta.body),
                                  std::string_view(meta.encoding)}) {
        require(utf8::is_valid(text), "report text is valid UTF-8");
    }
    require(!meta.speaker || utf8::is_valid(*meta.speaker), "speaker is valid UTF-8");
    require(!meta.delivered_on || meta.delivered_on->size() == 10, "delivered_on is YYYY-MM-DD");
    for (const FootnoteAnchor& anchor : meta.anchors) {
        require(anchor.offset < meta.body.size(), "anchor offset lies inside the body");
        require(utf8::is_valid(anchor.marker), "anchor marker is valid UTF-8");
    }
    check_entries(report.entries);
}

}  // namespace glossgraph::fuzz
