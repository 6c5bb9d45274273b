#pragma once
// Pinyin annotations that scraped reports carry after characters: 區(qū), 報(bào), 們(men).
#include <string>
#include <string_view>

namespace glossgraph {

// Removes every "(syllable)" that follows a Han character directly, where syllable is one
// valid Mandarin pinyin syllable, with or without tone marks (ü may be written ü or v).
// Both ASCII and full-width parentheses count. Everything else is kept as written:
// "(試行)", "(1)", "(GDP)", "(第四方物流)", and a damaged "?shù)" whose "(" was lost.
std::string strip_pinyin_annotations(std::string_view text);

// True when text (without parentheses) is one pinyin syllable: "qū", "bào", "men", "lüè".
bool is_pinyin_syllable(std::string_view text);

}  // namespace glossgraph
