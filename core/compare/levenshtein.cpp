#include "core/compare/levenshtein.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace glossgraph {
namespace {

// One row of the banded table: cells [first, last] are computed from the row above; the cell
// left of the band is the table's first column (when in reach) or out of band, and the cell
// right of it is marked out of band for the next row, which reaches one column further.
// Returns the smallest value in the row.
std::size_t fill_row(std::u32string_view rows, std::u32string_view columns, std::size_t i, std::size_t limit,
                     const std::vector<std::size_t>& above, std::vector<std::size_t>& row) {
    const std::size_t out_of_band = limit + 1;
    const std::size_t first = i > limit ? i - limit : 1;
    const std::size_t last = std::min(columns.size(), i + limit);
    row[first - 1] = first == 1 && i <= limit ? i : out_of_band;
    std::size_t smallest = row[first - 1];
    for (std::size_t j = first; j <= last; ++j) {
        const std::size_t substitute = above[j - 1] + (rows[i - 1] == columns[j - 1] ? 0 : 1);
        const std::size_t cell = std::min({substitute, above[j] + 1, row[j - 1] + 1, out_of_band});
        row[j] = cell;
        smallest = std::min(smallest, cell);
    }
    if (last < columns.size()) row[last + 1] = out_of_band;
    return smallest;
}

}  // namespace

std::size_t levenshtein_distance_within(std::u32string_view a, std::u32string_view b, std::size_t limit) {
    // The shorter text indexes the columns, so the rows cost O(min(n, m)) memory.
    const std::u32string_view rows = a.size() >= b.size() ? a : b;
    const std::u32string_view columns = a.size() >= b.size() ? b : a;
    limit = std::min(limit, rows.size());  // no distance exceeds the longer length
    if (rows.size() - columns.size() > limit) return limit + 1;
    std::vector<std::size_t> above(columns.size() + 1, limit + 1);
    std::vector<std::size_t> row(columns.size() + 1, limit + 1);
    for (std::size_t j = 0; j <= std::min(columns.size(), limit); ++j) above[j] = j;
    for (std::size_t i = 1; i <= rows.size(); ++i) {
        if (fill_row(rows, columns, i, limit, above, row) > limit) return limit + 1;
        std::swap(above, row);
    }
    return above[columns.size()];
}

std::size_t levenshtein_distance(std::u32string_view a, std::u32string_view b) {
    return levenshtein_distance_within(a, b, std::max(a.size(), b.size()));
}

double similarity_from_distance(std::size_t distance, std::size_t longest) {
    if (longest == 0) return 1.0;
    return 1.0 - static_cast<double>(distance) / static_cast<double>(longest);
}

std::size_t largest_distance_within(std::size_t longest, double threshold) {
    const double estimate = std::floor((1.0 - threshold) * static_cast<double>(longest));
    std::size_t distance = std::min(longest, static_cast<std::size_t>(std::max(0.0, estimate)));
    // The estimate may be one off either way through rounding; settle it with the exact test.
    while (distance < longest && similarity_from_distance(distance + 1, longest) >= threshold) ++distance;
    while (distance > 0 && similarity_from_distance(distance, longest) < threshold) --distance;
    return distance;
}

}  // namespace glossgraph
