#pragma once
// Levenshtein distance over code points (unit-cost insertion, removal and substitution).
#include <cstddef>
#include <string_view>

namespace glossgraph {

// The Levenshtein distance between a and b when it is at most limit, else limit + 1.
// Only the diagonal band |i - j| <= limit of the table is computed, and the computation stops
// early once every cell of a row exceeds limit: O(min(n, m) * (2 * limit + 1)) time at most,
// O(min(n, m)) memory. A limit at least max(n, m) gives the exact distance in O(n * m).
std::size_t levenshtein_distance_within(std::u32string_view a, std::u32string_view b, std::size_t limit);

// The exact Levenshtein distance between a and b: O(n * m) time, O(min(n, m)) memory.
std::size_t levenshtein_distance(std::u32string_view a, std::u32string_view b);

// 1 - distance / longest, the similarity edit_similarity() reports; 1.0 when longest is 0.
// distance must not exceed longest (it never does for a Levenshtein distance).
double similarity_from_distance(std::size_t distance, std::size_t longest);

// The largest distance d <= longest for which similarity_from_distance(d, longest) >= threshold
// holds, found with the same floating-point arithmetic, so that a banded check with this limit
// agrees exactly with edit_similarity() >= threshold. threshold must lie in [0, 1].
std::size_t largest_distance_within(std::size_t longest, double threshold);

}  // namespace glossgraph
