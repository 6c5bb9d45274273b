#pragma once
// How a region redefines a term over the years: each of its definitions against its previous
// one; and the terms whose definitions changed within a region, most changed first.
#include "core/compare/diff.hpp"
#include "core/graph_data.hpp"
#include "core/graph/term_diff.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace glossgraph {

// One definition of a region's history, against the one before it.
struct DriftStep {
    ReadingMember definition;
    bool changed = false;              // its comparison text (comparison_text()) differs from the previous one's
    std::optional<double> similarity;  // edit similarity to the previous one (bounded_edit_similarity); none for the first
    // changed: char diff from the previous text to this one, both as written converted to
    // Simplified (as diff_term shows readings), by bounded_diff().
    std::vector<DiffSpan> diff;
    bool exact = true;  // false when the two were too long to compare (or diff) exactly
};

struct RegionDrift {
    std::string region_code;
    std::string region;
    std::vector<DriftStep> steps;  // by year, then report and entry id
    std::size_t changes = 0;       // steps that changed
};

// The history of each region that defines the term (term_definitions()) in at least two dated
// reports, by region code; definitions without a year or a region are left out. A region that
// defines it twice in one year has both, in report order.
std::vector<RegionDrift> term_drift(const std::vector<ReadingMember>& definitions);

struct DriftingTerm {
    std::string key;
    std::string label;  // the term's label; its key when data has none (Store::definitions_data)
    std::size_t regions_with_history = 0;  // regions that define it in two dated reports or more
    std::size_t regions_changed = 0;       // of them, those whose definition changed at least once
    std::size_t changes = 0;               // changed steps over all regions
    double lowest_similarity = 1.0;        // of the changed steps; 1 when none changed
};

// Every term that at least min_regions regions (a value below 1 counts as 1) have redefined:
// most regions that changed it first, then most changes, then the lowest similarity, then key.
// Comparison texts are made only for terms defined twice by one region, and similarities only
// for the steps that changed; each costs at most about kCompareWork steps.
std::vector<DriftingTerm> drifting_terms(const GraphData& data, std::size_t min_regions = 1);

}  // namespace glossgraph
