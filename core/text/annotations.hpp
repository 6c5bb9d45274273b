#pragma once
// Pinyin annotations that scraped reports carry after characters: 區(qū), 報(bào), 們(men).
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace glossgraph {

// Removes every "(syllable)" that follows a Han character directly, where syllable is one
// valid Mandarin pinyin syllable in lower case, with or without tone marks (precomposed or
// combining; ü may be written ü or v). Both ASCII and full-width parentheses count, and an
// annotation right after a removed one goes too: 區(qū)(qū) -> 區. A toneless one-letter
// syllable ("(a)", "(e)", "(m)") is kept: after a Han character it is a label or a unit.
// Everything else is kept as written: "(試行)", "(1)", "(GDP)", "(第四方物流)", "c(diǎn)",
// and a damaged "?shù)" whose "(" was lost. Linear in the text.
std::string strip_pinyin_annotations(std::string_view text);

// The byte ranges [first, last) of text that strip_pinyin_annotations() removes, in order and
// apart: what keeps the positions of a text known across stripping. Linear in the text.
std::vector<std::pair<std::size_t, std::size_t>> pinyin_annotation_ranges(std::string_view text);

// True when text (without parentheses) is one pinyin syllable: "qū", "bào", "men", "lüè",
// "lve", also the interjections m, n, ng, hm, hng. Lower case only; at most one tone mark.
bool is_pinyin_syllable(std::string_view text);

}  // namespace glossgraph
