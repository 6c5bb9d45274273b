#include "core/compare/readings.hpp"

#include "core/compare/bounded_diff.hpp"
#include "core/compare/compare.hpp"
#include "core/compare/items.hpp"
#include "core/compare/levenshtein.hpp"
#include "core/errors.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <cstdio>
#include <unordered_map>

namespace glossgraph {
namespace {

// One distinct comparison text and the definitions that have it.
struct DistinctText {
    std::u32string code_points;
    std::vector<std::string> items;
    std::vector<std::size_t> members;  // ascending
};

DistinctText make_distinct(std::string_view definition, const std::string& text) {
    return DistinctText{code_points(text), enumerated_items(definition), {}};
}

void check_threshold(double threshold) {
    if (!(threshold >= 0.0 && threshold <= 1.0))  // NaN fails too
    {
        char shown[32];
        std::snprintf(shown, sizeof shown, "%g", threshold);
        throw usage_error(std::string("reading threshold must be between 0 and 1, got ") + shown);
    }
}

// Distinct texts in order of first appearance, so their first members ascend.
std::vector<DistinctText> distinct_texts(const std::vector<std::string>& definitions) {
    std::vector<DistinctText> distinct;
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < definitions.size(); ++i) {
        std::string text = comparison_text(definitions[i]);
        const auto [at, inserted] = index.try_emplace(std::move(text), distinct.size());
        if (inserted) distinct.push_back(make_distinct(definitions[i], at->first));
        distinct[at->second].members.push_back(i);
    }
    return distinct;
}

// The banded distance with the largest limit the threshold allows decides exactly as
// edit_similarity() >= threshold would, at a fraction of its cost for unlike texts. When even
// that band is too wide for kCompareWork (long texts and a low threshold), the distance is
// bounded_edit_distance()'s, an upper bound when not exact: such texts may fall apart.
bool edit_similar(const DistinctText& x, const DistinctText& y, double threshold) {
    const std::size_t longest = std::max(x.code_points.size(), y.code_points.size());
    const std::size_t shorter = std::min(x.code_points.size(), y.code_points.size());
    const std::size_t limit = largest_distance_within(longest, threshold);
    if (shorter * (2 * limit + 1) <= kCompareWork) {
        return levenshtein_distance_within(x.code_points, y.code_points, limit) <= limit;
    }
    return bounded_edit_distance(x.code_points, y.code_points, x.items, y.items).distance <= limit;
}

bool similar(const DistinctText& x, const DistinctText& y, double threshold) {
    return edit_similar(x, y, threshold) || item_overlap(x.items, y.items).jaccard >= threshold;
}

// The component of each distinct text in the similarity graph, and how many there are.
std::pair<std::vector<std::size_t>, std::size_t> components(const std::vector<DistinctText>& distinct,
                                                            double threshold) {
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    Graph graph(distinct.size());
    for (std::size_t i = 0; i < distinct.size(); ++i)
        for (std::size_t j = i + 1; j < distinct.size(); ++j)
            if (similar(distinct[i], distinct[j], threshold)) boost::add_edge(i, j, graph);
    std::vector<std::size_t> component(distinct.size());
    const std::size_t count = boost::connected_components(graph, component.data());
    return {std::move(component), count};
}

// Damage markers a definition carries as written: '?' and U+FFFD.
std::size_t damage_of(std::string_view definition) {
    std::size_t count = 0;
    for (std::size_t pos = 0; (pos = definition.find_first_of("?\xEF", pos)) != std::string_view::npos; ++pos) {
        if (definition[pos] == '?' || definition.substr(pos, 3) == "\xEF\xBF\xBD") ++count;
    }
    return count;
}

// What makes a text the best representative: most members, then least damage.
struct Standing {
    std::size_t members = 0;
    std::size_t damage = 0;
    bool better_than(const Standing& other) const {
        if (members != other.members) return members > other.members;
        return damage < other.damage;  // strict: on a full tie the earlier text stays
    }
};

// Adds one distinct text to its reading; the best standing text represents it.
void add_to_reading(const DistinctText& text, std::size_t damage, Reading& reading, Standing& best) {
    const Standing standing{text.members.size(), damage};
    if (reading.members.empty() || standing.better_than(best)) {
        best = standing;
        reading.representative = text.members.front();
    }
    reading.members.insert(reading.members.end(), text.members.begin(), text.members.end());
}

}  // namespace

std::vector<Reading> group_readings(const std::vector<std::string>& definitions, double threshold) {
    check_threshold(threshold);
    const std::vector<DistinctText> distinct = distinct_texts(definitions);
    const auto [component, count] = components(distinct, threshold);
    std::vector<Reading> readings(count);
    std::vector<Standing> best(count);
    for (std::size_t i = 0; i < distinct.size(); ++i) {
        const std::size_t damage = damage_of(definitions[distinct[i].members.front()]);
        add_to_reading(distinct[i], damage, readings[component[i]], best[component[i]]);
    }
    for (Reading& reading : readings) std::sort(reading.members.begin(), reading.members.end());
    std::sort(readings.begin(), readings.end(), [](const Reading& x, const Reading& y) {
        if (x.members.size() != y.members.size()) return x.members.size() > y.members.size();
        return x.members.front() < y.members.front();
    });
    return readings;
}

bool same_reading(std::string_view a, std::string_view b, double threshold) {
    check_threshold(threshold);
    return similar(make_distinct(a, comparison_text(a)), make_distinct(b, comparison_text(b)), threshold);
}

}  // namespace glossgraph
