#pragma once
// "Did you mean": the candidates closest to what someone typed, for the messages that answer
// an unknown term, region or command.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

// The candidates within a small edit distance of query (Levenshtein over code points: at most
// a third of the query's length, at least 1), closest first, ties in the candidates' order;
// at most `most` of them, each once, the query itself never. A candidate containing the query,
// or contained in it (both of two characters or more), counts as distance 1, so 放管服 finds
// 放管服改革. Linear in the candidates, each compared within the band.
std::vector<std::string> nearest(std::string_view query, const std::vector<std::string>& candidates, std::size_t most = 5);

}  // namespace glossgraph
