#pragma once
// Footnote markers in a report's body: "…锚定“四五五六”发展总思路(1)，…", "…03专项行动⑪…".
#include "core/model.hpp"

#include <optional>
#include <set>
#include <string_view>
#include <vector>

namespace glossgraph {

// Every marker in body that refers to one of `footnotes`, in body order. A marker is
// (n) （n） [n] 【n】 〔n〕 or a circled/parenthesised number (① ⑴), standing right after the
// words it explains: after a Han character, a letter or a closing quote — never at the start
// of a line or after punctuation, where "(1)" numbers a list instead.
std::vector<FootnoteAnchor> find_footnote_anchors(std::string_view body, const std::set<int>& footnotes);

struct MarkerAt {
    int number = 0;
    std::size_t length = 0;  // bytes
};

// The footnote-style marker that starts exactly at body[offset], if any.
std::optional<MarkerAt> marker_at(std::string_view body, std::size_t offset);

}  // namespace glossgraph
