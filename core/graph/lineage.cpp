#include "core/graph/lineage.hpp"

#include "core/compare/bounded_diff.hpp"
#include "core/compare/comparison_text.hpp"
#include "core/compare/similar_texts.hpp"
#include "core/graph/graph_lookup.hpp"
#include "core/parallel.hpp"
#include "core/text/script.hpp"

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <tuple>
#include <unordered_map>

namespace glossgraph {
namespace {

// A region's place in the tree, as far as data.regions knows it.
struct Place {
    std::string code;                    // empty: the report has no region
    std::string line;                    // counted_region(code): who the region is
    bool known = false;                  // data.regions has the region
    std::string parent;                  // its parent's code; empty for a province
    std::vector<std::string> ancestors;  // above it, nearest first
    std::vector<std::string> ancestor_lines;  // counted_region of each
};

Place place_of(const GraphData& data, const std::string& code, RegionCodes codes) {
    Place place{code, counted_region(data, code, codes), false, "", {}, {}};
    const auto chain = region_chain(data, code);
    if (chain.empty()) return place;
    place.known = true;
    place.parent = chain.front()->parent_code;
    for (std::size_t i = 1; i < chain.size(); ++i) {
        place.ancestors.push_back(chain[i]->code);
        place.ancestor_lines.push_back(counted_region(data, chain[i]->code, codes));
    }
    return place;
}

using Entries = std::vector<std::size_t>;  // indices into Lineage::entries, in their order (by year)

// The dated definitions of one distinct text, looked up by where they come from.
struct TextIndex {
    std::unordered_map<std::string, Entries> by_region;     // by line (Place::line)
    std::unordered_map<std::string, Entries> by_parent;     // known regions, under their parent's code
    std::array<std::unordered_map<std::string, Entries>, 2> below;  // under their parent, under a grandparent or higher
    Entries all;
};

struct Choice {
    std::size_t entry = 0;
    LineageDirection direction = LineageDirection::distant;
    std::size_t distance = 0;  // steps in the tree
    double similarity = 0;
    bool exact = true;
};

std::size_t rank(LineageDirection direction) {
    switch (direction) {
        case LineageDirection::self: return 0;
        case LineageDirection::down: return 1;
        case LineageDirection::across: return 2;
        case LineageDirection::up: return 3;
        case LineageDirection::distant: return 4;
    }
    return 5;
}

class Chooser {
public:
    // places: the place of each entry's region.
    Chooser(const std::vector<LineageEntry>& entries, const std::vector<const Place*>& places) : entries_(entries), places_(places) {}

    // The best source of a definition of `year` from `place` among one text's definitions.
    std::optional<Choice> source_in(const TextIndex& index, const Place& place, int year) const {
        if (!place.code.empty()) {
            if (auto e = latest(find(index.by_region, place.line), year, "")) return Choice{*e, LineageDirection::self, 0};
            for (std::size_t d = 0; d < place.ancestor_lines.size(); ++d)  // of the same year too
                if (auto e = latest(find(index.by_region, place.ancestor_lines[d]), year + 1, ""))
                    return Choice{*e, LineageDirection::down, d + 1};
            if (place.known)
                if (auto e = latest(find(index.by_parent, place.parent), year, place.line))
                    return Choice{*e, LineageDirection::across, 2};
            for (std::size_t d = 0; d < index.below.size(); ++d)
                if (auto e = latest(find(index.below[d], place.code), year, "")) return Choice{*e, LineageDirection::up, d + 1};
        }
        if (auto e = latest(&index.all, year, "")) return Choice{*e, LineageDirection::distant, std::numeric_limits<std::size_t>::max()};
        return std::nullopt;
    }

    bool better(const Choice& a, const Choice& b) const {
        const ReadingMember& x = entries_[a.entry].definition;
        const ReadingMember& y = entries_[b.entry].definition;
        if (a.similarity != b.similarity) return a.similarity > b.similarity;
        return std::make_tuple(rank(a.direction), a.distance, -*x.year, std::cref(x.region_code), std::cref(x.report), x.entry_id) <
               std::make_tuple(rank(b.direction), b.distance, -*y.year, std::cref(y.region_code), std::cref(y.report), y.entry_id);
    }

private:
    static const Entries* find(const std::unordered_map<std::string, Entries>& map, const std::string& key) {
        const auto at = map.find(key);
        return at == map.end() ? nullptr : &at->second;
    }

    // Of the list's entries before `before` (a year, exclusive), those of the latest year, and
    // of them the first not from the line `skip`; earlier years when all of one are skipped.
    std::optional<std::size_t> latest(const Entries* list, int before, const std::string& skip) const {
        if (!list) return std::nullopt;
        const auto year_below = [&](std::size_t e, int year) { return *entries_[e].definition.year < year; };
        auto end = std::lower_bound(list->begin(), list->end(), before, year_below);
        while (end != list->begin()) {
            const auto start = std::lower_bound(list->begin(), end, *entries_[*(end - 1)].definition.year, year_below);
            for (auto at = start; at != end; ++at)
                if (skip.empty() || places_[*at]->line != skip) return *at;
            end = start;
        }
        return std::nullopt;
    }

    const std::vector<LineageEntry>& entries_;
    const std::vector<const Place*>& places_;
};

bool in_order(const LineageEntry& a, const LineageEntry& b) {
    const ReadingMember& x = a.definition;
    const ReadingMember& y = b.definition;
    return std::make_tuple(!x.year, x.year.value_or(0), std::cref(x.region_code), std::cref(x.report), x.entry_id) <
           std::make_tuple(!y.year, y.year.value_or(0), std::cref(y.region_code), std::cref(y.report), y.entry_id);
}

void index_entry(TextIndex& index, std::size_t e, const Place& place) {
    if (!place.code.empty()) index.by_region[place.line].push_back(e);
    if (place.known) {
        index.by_parent[place.parent].push_back(e);
        for (std::size_t d = 0; d < place.ancestors.size(); ++d) index.below[std::min<std::size_t>(d, 1)][place.ancestors[d]].push_back(e);
    }
    index.all.push_back(e);
}

// The entry's source from its own text (similarity 1) or a similar one, if any.
std::optional<Choice> choose(const Chooser& chooser, const std::vector<TextIndex>& indexes, const SimilarTexts& similar,
                             std::size_t text, const Place& place, int year) {
    std::optional<Choice> best = chooser.source_in(indexes[text], place, year);
    if (best) {
        best->similarity = 1.0;
        return best;
    }
    for (const SimilarText& other : similar.neighbours[text]) {
        if (best && other.similarity < best->similarity) break;
        std::optional<Choice> found = chooser.source_in(indexes[other.other], place, year);
        if (!found) continue;
        found->similarity = other.similarity;
        found->exact = other.exact;
        if (!best || chooser.better(*found, *best)) best = found;
    }
    return best;
}

void derive(LineageEntry& entry, const Choice& choice, const LineageEntry& source, bool same_text) {
    entry.source = choice.entry;
    entry.direction = choice.direction;
    entry.similarity = choice.similarity;
    entry.relation = same_text ? LineageRelation::verbatim : LineageRelation::adapted;
    if (same_text) return;
    BoundedDiff diff = bounded_diff(to_simplified(source.definition.text), to_simplified(entry.definition.text));
    entry.diff = std::move(diff.spans);
    entry.exact = choice.exact && diff.exact;
}

}  // namespace

std::string_view to_string(LineageRelation relation) {
    switch (relation) {
        case LineageRelation::original: return "original";
        case LineageRelation::verbatim: return "verbatim";
        case LineageRelation::adapted: return "adapted";
    }
    return "original";
}

std::string_view to_string(LineageDirection direction) {
    switch (direction) {
        case LineageDirection::self: return "self";
        case LineageDirection::down: return "down";
        case LineageDirection::up: return "up";
        case LineageDirection::across: return "across";
        case LineageDirection::distant: return "distant";
    }
    return "distant";
}

void trace_terms(const GraphData& data, const std::vector<std::string>& keys, double threshold,
                 const std::function<void(std::size_t, Lineage&)>& use) {
    (void)similar_texts({}, {}, threshold);  // the threshold is checked even when nothing is compared
    parallel_for(keys.size(), [&](std::size_t i) {
        std::vector<ReadingMember> definitions = term_definitions(data, keys[i], false).definitions;
        Lineage lineage;
        if (definitions.size() == 1) {  // most terms of a corpus are defined once
            lineage.entries.push_back({std::move(definitions.front()), LineageRelation::original, {}, {}, {}, {}, true});
            lineage.distinct_texts = 1;
        } else {
            lineage = term_lineage(data, definitions, threshold, RegionCodes::with_predecessors);
        }
        use(i, lineage);
    });
}

std::vector<GraphDerivation> derivation_edges(const GraphData& data, std::vector<std::string> keys, double threshold) {
    if (keys.empty())
        for (const GraphDefinition& d : data.definitions)
            if (keys.empty() || keys.back() != d.term_key) keys.push_back(d.term_key);
    std::vector<std::vector<GraphDerivation>> per_term(keys.size());
    trace_terms(data, keys, threshold, [&](std::size_t i, Lineage& lineage) {
        for (const LineageEntry& e : lineage.entries) {
            if (!e.source) continue;
            per_term[i].push_back({e.definition.entry_id, lineage.entries[*e.source].definition.entry_id,
                                   std::string(to_string(e.relation)), std::string(to_string(*e.direction)), *e.similarity});
        }
    });
    std::vector<GraphDerivation> edges;
    for (const auto& list : per_term) edges.insert(edges.end(), list.begin(), list.end());
    std::sort(edges.begin(), edges.end(), [](const GraphDerivation& a, const GraphDerivation& b) { return a.entry_id < b.entry_id; });
    return edges;
}

Lineage term_lineage(const GraphData& data, const std::vector<ReadingMember>& definitions, double threshold,
                     RegionCodes codes) {
    Lineage lineage;
    for (const ReadingMember& d : definitions) lineage.entries.push_back({d, LineageRelation::original, {}, {}, {}, {}, true});
    std::sort(lineage.entries.begin(), lineage.entries.end(), in_order);
    // Distinct texts in order of first appearance, ranked by the year they first appear in, so
    // that a text meets the texts of earlier years, its possible sources, first.
    std::vector<std::string> texts, originals;
    std::vector<int> first_years;
    std::vector<std::size_t> text_of;
    std::unordered_map<std::string, std::size_t> text_ids;
    for (const LineageEntry& entry : lineage.entries) {
        const auto [at, inserted] = text_ids.try_emplace(comparison_text(entry.definition.text), texts.size());
        if (inserted) {
            texts.push_back(at->first);
            originals.push_back(entry.definition.text);
            first_years.push_back(entry.definition.year.value_or(std::numeric_limits<int>::max()));
        }
        text_of.push_back(at->second);
    }
    const SimilarTexts similar = similar_texts(texts, originals, threshold, first_years);
    lineage.distinct_texts = texts.size();
    lineage.compared = similar.compared;
    lineage.capped = similar.capped;

    std::unordered_map<std::string, Place> places;
    std::vector<const Place*> place_of_entry;
    std::vector<TextIndex> indexes(texts.size());
    for (std::size_t e = 0; e < lineage.entries.size(); ++e) {
        const std::string& code = lineage.entries[e].definition.region_code;
        auto at = places.find(code);
        if (at == places.end()) at = places.emplace(code, place_of(data, code, codes)).first;
        place_of_entry.push_back(&at->second);
        if (lineage.entries[e].definition.year) index_entry(indexes[text_of[e]], e, at->second);
    }
    const Chooser chooser(lineage.entries, place_of_entry);
    for (std::size_t e = 0; e < lineage.entries.size(); ++e) {
        LineageEntry& entry = lineage.entries[e];
        if (!entry.definition.year) continue;
        const auto choice = choose(chooser, indexes, similar, text_of[e], *place_of_entry[e], *entry.definition.year);
        if (choice) derive(entry, *choice, lineage.entries[choice->entry], text_of[choice->entry] == text_of[e]);
    }
    return lineage;
}

}  // namespace glossgraph
