#include "core/graph/drift.hpp"

#include "core/compare/bounded_diff.hpp"
#include "core/compare/comparison_text.hpp"
#include "core/graph/graph_lookup.hpp"
#include "core/text/script.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace glossgraph {
namespace {

// The dated definitions by a region, grouped by region code, each group in time order.
std::map<std::string, std::vector<ReadingMember>> by_region(const std::vector<ReadingMember>& definitions) {
    std::map<std::string, std::vector<ReadingMember>> regions;
    for (const ReadingMember& d : definitions)
        if (d.year && !d.region_code.empty()) regions[d.region_code].push_back(d);
    for (auto& [code, history] : regions) {
        std::sort(history.begin(), history.end(), [](const ReadingMember& a, const ReadingMember& b) {
            return std::tie(*a.year, a.report, a.entry_id) < std::tie(*b.year, b.report, b.entry_id);
        });
    }
    return regions;
}

// A region's history, each step against the previous; with_diffs adds the character diffs.
RegionDrift history_of(std::vector<ReadingMember> definitions, bool with_diffs) {
    RegionDrift drift;
    drift.region_code = definitions.front().region_code;
    drift.region = definitions.front().region;
    std::string previous;
    for (std::size_t i = 0; i < definitions.size(); ++i) {
        DriftStep step{std::move(definitions[i]), false, std::nullopt, {}, true};
        std::string text = comparison_text(step.definition.text);
        if (i > 0) {
            step.changed = text != previous;
            step.similarity = 1.0;
        }
        if (step.changed) {
            const std::string& before = drift.steps.back().definition.text;
            const SimilarityEstimate similarity = bounded_edit_similarity(before, step.definition.text);
            step.similarity = similarity.similarity;
            step.exact = similarity.exact;
            if (with_diffs) {
                BoundedDiff diff = bounded_diff(to_simplified(before), to_simplified(step.definition.text));
                step.diff = std::move(diff.spans);
                step.exact = step.exact && diff.exact;
            }
            ++drift.changes;
        }
        previous = std::move(text);
        drift.steps.push_back(std::move(step));
    }
    return drift;
}

}  // namespace

std::vector<RegionDrift> term_drift(const std::vector<ReadingMember>& definitions) {
    std::vector<RegionDrift> drifts;
    for (auto& [code, history] : by_region(definitions))
        if (history.size() >= 2) drifts.push_back(history_of(std::move(history), true));
    return drifts;
}

std::vector<DriftingTerm> drifting_terms(const GraphData& data, std::size_t min_regions) {
    min_regions = std::max<std::size_t>(min_regions, 1);
    std::vector<DriftingTerm> found;
    for (auto at = data.definitions.begin(); at != data.definitions.end();) {
        const std::string& key = at->term_key;
        const auto end = std::find_if(at, data.definitions.end(), [&](const GraphDefinition& d) { return d.term_key != key; });
        const std::size_t count = static_cast<std::size_t>(end - at);
        at = end;
        if (count < 2) continue;
        DriftingTerm term{key, "", 0, 0, 0, 1.0};
        for (auto& [code, history] : by_region(term_definitions(data, key, false).definitions)) {
            if (history.size() < 2) continue;
            ++term.regions_with_history;
            const RegionDrift drift = history_of(std::move(history), false);
            if (drift.changes == 0) continue;
            ++term.regions_changed;
            term.changes += drift.changes;
            for (const DriftStep& step : drift.steps)
                if (step.changed) term.lowest_similarity = std::min(term.lowest_similarity, *step.similarity);
        }
        if (term.regions_changed < min_regions) continue;
        const GraphTerm* t = find_term(data, key);
        term.label = t && !t->label.empty() ? t->label : key;
        found.push_back(std::move(term));
    }
    std::sort(found.begin(), found.end(), [](const DriftingTerm& a, const DriftingTerm& b) {
        return std::make_tuple(-static_cast<long long>(a.regions_changed), -static_cast<long long>(a.changes), a.lowest_similarity,
                               std::cref(a.key)) <
               std::make_tuple(-static_cast<long long>(b.regions_changed), -static_cast<long long>(b.changes), b.lowest_similarity,
                               std::cref(b.key));
    });
    return found;
}

}  // namespace glossgraph
