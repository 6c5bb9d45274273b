#pragma once
// Scanning one body for many terms (see linker.hpp for the rules).
#include "core/link/matcher.hpp"
#include "core/link/link_store.hpp"

#include <string>
#include <vector>

namespace glossgraph {

// The forms searched for, each pointing at the terms it stands for.
struct MentionPatterns {
    struct Target {
        long long term_id;
        bool variant;  // a stem, not the key itself
    };
    std::vector<std::string> forms;              // key forms
    std::vector<std::vector<Target>> targets;    // per form
    std::vector<std::size_t> form_lengths;       // in code points
};

// The patterns of the given terms: each key, and each stem of at least min_stem_length.
MentionPatterns mention_patterns(const std::vector<LinkTerm>& terms, const std::vector<std::size_t>& which);

// The mentions of `patterns` in one report's body, one record per term, by term id.
std::vector<MentionRecord> scan_mentions(const LinkReport& report, const MentionPatterns& patterns,
                                         const MultiMatcher& matcher);

}  // namespace glossgraph
