#pragma once
// The enumerated items of a definition ("A、B、C和D" -> A, B, C, D) and how two lists overlap.
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

// The items a definition enumerates, in order, each in comparison_text() form; empty items
// are dropped, duplicates kept. The definition is cut into clauses at '，' ',' '；' ';' '。'.
// A clause holding '、' is a list: it is cut at every '、', and its last segment once more at
// its last conjunction (和 及 以及 与 或 或者, found after conversion to Simplified) that is
// not part of a word with a neighbour (和谐, 及时, 与会, 参与, 普及, ...) and leaves text on
// both sides: "资源利用上线和环境准入负面清单" -> 资源利用上线, 环境准入负面清单.
// Clauses without '、' are not cut at conjunctions, so 社会和谐 stays whole. A leading 是指
// or 指的是 ("是指绿色食品、…") is dropped from the first item. A definition with no
// separators at all gives one item, its comparison_text(); an empty one gives none.
std::vector<std::string> enumerated_items(std::string_view definition);

// How two item lists overlap, as sets (a duplicate counts once). shared holds the items of a
// also in b, only_a those only in a, both in their order of first appearance in a; only_b
// holds the items only in b in their order in b. jaccard = |shared| / |shared + only_a +
// only_b|, 1.0 when both lists are empty. Items are compared byte for byte, as given
// (enumerated_items() already normalised them).
struct ItemOverlap {
    std::vector<std::string> shared;
    std::vector<std::string> only_a;
    std::vector<std::string> only_b;
    double jaccard = 1.0;
};

ItemOverlap item_overlap(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace glossgraph
