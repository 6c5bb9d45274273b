#pragma once
// Two regions' vocabularies side by side: which terms both define, alike or not, and which
// only one of them defines.
#include "core/compare/readings.hpp"
#include "core/graph_data.hpp"
#include "core/graph/graph_lookup.hpp"

#include <optional>
#include <string>
#include <vector>

namespace glossgraph {

// One side's definition of a term: the latest its reports give.
struct RegionDefinition {
    std::string text;
    std::string report;
    std::optional<int> year;
};

// A term both regions define, in readings that differ.
struct DefinitionDifference {
    std::string key;
    RegionDefinition a;
    RegionDefinition b;
};

// Every list of keys is sorted.
struct RegionComparison {
    std::vector<std::string> both_same;       // both define it, and all their definitions form one reading
    std::vector<std::string> both_different;  // both define it, and their definitions form two readings or more
    std::vector<std::string> only_a;
    std::vector<std::string> only_b;
    std::vector<DefinitionDifference> differences;  // one per key of both_different, in its order
    // |both| / |union| of the two vocabularies; 0 when neither defines anything.
    double jaccard = 0.0;
};

// Compares the vocabularies of the regions code_a and code_b. A region's vocabulary is the set
// of terms defined by its reports and by the reports of every region under it (a prefecture
// speaks for its counties, a province for everything in it), so comparing a county with its
// own prefecture counts the county's terms on both sides. A term both define is compared by
// each side's latest definition (the report of the latest year, then the last by file name):
// both_same when same_reading(threshold) joins the two, both_different otherwise. So a region
// that reworded its own definition over the years differs from nobody by that, and a region
// compared with itself agrees on every term; callers that compare one year choose its
// reports first (select_reports). Variants are not merged: 两品一标 and 二品一标 are two
// terms here. With RegionCodes::with_predecessors a region's vocabulary also holds that of its
// line of history (region_subtree(data, code, codes): 罗江区's includes 罗江县's). Throws
// usage_error when a code is not a region of data, or when threshold is not in [0, 1].
RegionComparison compare_regions(const GraphData& data, const std::string& code_a, const std::string& code_b,
                                 double threshold = kDefaultReadingThreshold, RegionCodes codes = RegionCodes::strict);

}  // namespace glossgraph
