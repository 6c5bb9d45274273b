#include "core/compare/nearest.hpp"

#include "core/compare/comparison_text.hpp"
#include "core/compare/levenshtein.hpp"

#include <algorithm>
#include <set>

namespace glossgraph {

std::vector<std::string> nearest(std::string_view query, const std::vector<std::string>& candidates, std::size_t most) {
    const std::u32string wanted = code_points(query);
    if (wanted.empty()) return {};
    const std::size_t limit = std::max<std::size_t>(1, wanted.size() / 3);
    struct Near {
        std::size_t distance;
        std::size_t order;
    };
    std::vector<Near> found;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const std::u32string candidate = code_points(candidates[i]);
        std::size_t distance = levenshtein_distance_within(wanted, candidate, limit);
        const bool contains = wanted.size() >= 2 && (candidate.find(wanted) != std::u32string::npos ||
                                                     (candidate.size() >= 2 && wanted.find(candidate) != std::u32string::npos));
        if (contains) distance = std::min(distance, std::size_t{1});
        if (distance <= limit && candidate != wanted) found.push_back({distance, i});
    }
    std::stable_sort(found.begin(), found.end(), [](const Near& a, const Near& b) { return a.distance < b.distance; });
    std::vector<std::string> names;
    std::set<std::string> seen;
    for (const Near& near : found) {
        if (names.size() == most) break;
        if (seen.insert(candidates[near.order]).second) names.push_back(candidates[near.order]);
    }
    return names;
}

}  // namespace glossgraph
