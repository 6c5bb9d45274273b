#pragma once
// Finds a report's glossary (名词解释) and splits it into entries.
//
// The section starts at a heading (名词解释, 名 詞 解 釋, 注释, 注 释, 附件：名词解释, 【名词解释】 …)
// or, without one, at a numbered list of "term：definition" lines that starts at 1 after the
// report's closing paragraph (the last line opening with 各位代表). It runs to the end.
//
// Entries start at a marker — (1) （1） 1. 1． 1、 [1] 【1】 〔1〕 ① ⑴ ⒈ — whose number follows the
// previous one, or, for an unnumbered glossary, at any "term：definition" line. The term is the
// text before the first colon (: or ：), the definition the rest plus following lines that
// are not entries themselves. Inside a numbered footnote, further "term：definition" lines are
// entries of their own with the footnote's number and no marker: narrower terms of the
// footnote's head when the head's definition names them, siblings otherwise.
#include "core/diagnostics.hpp"
#include "core/model.hpp"
#include "importers/source_lines.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

struct GlossarySection {
    bool found = false;
    std::size_t begin = 0;       // index in the lines of the heading or the first entry line
    std::string heading;         // as written; empty for a headless list
    std::vector<GlossaryEntry> entries;
};

// Locates and parses the glossary of `lines` (chrome already removed). Recoverable problems
// (a footnote without a term, a number out of sequence, a heading with no entries) go to
// diagnostics with the file and line. A report without a glossary gives found == false.
GlossarySection parse_glossary(const std::vector<SourceLine>& lines, const std::string& file,
                               Diagnostics& diagnostics);

// The glossary heading in a line, normalised ("名词解释", "注释"), or nothing.
std::optional<std::string> glossary_heading(std::string_view line);

struct EntryMarker {
    std::string text;   // as written: "(1)", "1.", "①"
    int number = 0;
    std::size_t length = 0;  // bytes of the line the marker (and the spaces after it) take
};

// The numbering at the start of line, when there is one.
std::optional<EntryMarker> read_marker(std::string_view line);

struct TermSplit {
    std::string term;        // trimmed, as written
    std::string definition;  // trimmed, as written
};

// Splits "term：definition" at the first colon when the text before it can be a term:
// non-empty, at most 64 characters, no sentence punctuation (。；！？), and not a connective
// such as 其中 or 包括 that introduces a list inside a definition.
std::optional<TermSplit> split_term(std::string_view text);

}  // namespace glossgraph
