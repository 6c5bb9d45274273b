#include "core/compare/readings.hpp"

#include "core/compare/bounded_diff.hpp"
#include "core/compare/comparison_text.hpp"
#include "core/compare/items.hpp"
#include "core/compare/levenshtein.hpp"
#include "core/errors.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <unordered_map>

namespace glossgraph {
namespace {

constexpr std::size_t kBuckets = 64;

// One distinct comparison text and the definitions that have it, with what makes most
// comparisons of unlike texts cheap: its items as numbers, and its characters counted in
// buckets.
struct DistinctText {
    std::u32string code_points;
    std::vector<std::string> items;
    std::vector<std::size_t> members;     // ascending
    std::vector<std::uint32_t> item_ids;  // the distinct items, numbered by ItemNumbers, ascending
    std::array<std::uint32_t, kBuckets> buckets{};  // code points counted by code point % kBuckets
};

// One number for each distinct item among the texts compared together.
class ItemNumbers {
public:
    std::vector<std::uint32_t> of(const std::vector<std::string>& items) {
        std::vector<std::uint32_t> ids;
        for (const std::string& item : items) ids.push_back(numbers_.try_emplace(item, static_cast<std::uint32_t>(numbers_.size())).first->second);
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return ids;
    }

private:
    std::unordered_map<std::string, std::uint32_t> numbers_;
};

DistinctText make_distinct(std::string_view definition, const std::string& text, ItemNumbers& numbers) {
    DistinctText distinct{code_points(text), enumerated_items(definition), {}, {}, {}};
    distinct.item_ids = numbers.of(distinct.items);
    for (const char32_t c : distinct.code_points) ++distinct.buckets[c % kBuckets];
    return distinct;
}


// Distinct texts in order of first appearance, so their first members ascend.
std::vector<DistinctText> distinct_texts(const std::vector<std::string>& definitions) {
    std::vector<DistinctText> distinct;
    std::unordered_map<std::string, std::size_t> index;
    ItemNumbers numbers;
    for (std::size_t i = 0; i < definitions.size(); ++i) {
        std::string text = comparison_text(definitions[i]);
        const auto [at, inserted] = index.try_emplace(std::move(text), distinct.size());
        if (inserted) distinct.push_back(make_distinct(definitions[i], at->first, numbers));
        distinct[at->second].members.push_back(i);
    }
    return distinct;
}

// The banded distance with the largest limit the threshold allows decides exactly as
// edit_similarity() >= threshold would, at a fraction of its cost for unlike texts. When even
// that band is too wide for kCompareWork (long texts and a low threshold), the distance is
// bounded_edit_distance()'s, an upper bound when not exact: such texts may fall apart.
//
// First a bound that rejects most unlike pairs at once: an edit changes at most one character
// of each side, so the distance is at least the characters one text has and the other lacks,
// counted as multisets; counted by bucket, a difference can only cancel out, so the bucket
// count is a lower bound too. Every distance below (exact or bounded) is at least that.
bool edit_similar(const DistinctText& x, const DistinctText& y, double threshold) {
    const std::size_t longest = std::max(x.code_points.size(), y.code_points.size());
    const std::size_t shorter = std::min(x.code_points.size(), y.code_points.size());
    const std::size_t limit = largest_distance_within(longest, threshold);
    if (longest - shorter > limit) return false;
    std::size_t only_x = 0;
    std::size_t only_y = 0;
    for (std::size_t b = 0; b < kBuckets; ++b) {
        if (x.buckets[b] > y.buckets[b]) only_x += x.buckets[b] - y.buckets[b];
        else only_y += y.buckets[b] - x.buckets[b];
    }
    if (std::max(only_x, only_y) > limit) return false;
    if (shorter * (2 * limit + 1) <= kCompareWork) {
        return levenshtein_distance_within(x.code_points, y.code_points, limit) <= limit;
    }
    return bounded_edit_distance(x.code_points, y.code_points, x.items, y.items).distance <= limit;
}

// item_overlap(x.items, y.items).jaccard >= threshold, on the items' numbers: the shared ones
// over all distinct ones (1 when neither has any), never above the smaller count over the
// larger, which decides most pairs without a look at the items.
bool items_similar(const DistinctText& x, const DistinctText& y, double threshold) {
    const std::size_t a = x.item_ids.size();
    const std::size_t b = y.item_ids.size();
    if (a == 0 && b == 0) return 1.0 >= threshold;
    if (static_cast<double>(std::min(a, b)) / static_cast<double>(std::max(a, b)) < threshold) return false;
    std::size_t shared = 0;
    for (std::size_t i = 0, j = 0; i < a && j < b;) {
        if (x.item_ids[i] < y.item_ids[j]) ++i;
        else if (y.item_ids[j] < x.item_ids[i]) ++j;
        else ++shared, ++i, ++j;
    }
    return static_cast<double>(shared) / static_cast<double>(a + b - shared) >= threshold;
}

bool similar(const DistinctText& x, const DistinctText& y, double threshold) {
    return items_similar(x, y, threshold) || edit_similar(x, y, threshold);
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

void check_reading_threshold(double threshold) {
    if (!(threshold >= 0.0 && threshold <= 1.0))  // NaN fails too
    {
        char shown[32];
        std::snprintf(shown, sizeof shown, "%g", threshold);
        throw usage_error(std::string("reading threshold must be between 0 and 1, got ") + shown);
    }
}

std::vector<Reading> group_readings(const std::vector<std::string>& definitions, double threshold) {
    check_reading_threshold(threshold);
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
    check_reading_threshold(threshold);
    ItemNumbers numbers;
    return similar(make_distinct(a, comparison_text(a), numbers), make_distinct(b, comparison_text(b), numbers), threshold);
}

}  // namespace glossgraph
