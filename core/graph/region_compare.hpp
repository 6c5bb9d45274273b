#pragma once
// Two regions' vocabularies side by side: which terms both define, alike or not, and which
// only one of them defines.
#include "core/compare/readings.hpp"
#include "core/graph/graph_data.hpp"

#include <string>
#include <vector>

namespace glossgraph {

// Every list holds term keys, sorted.
struct RegionComparison {
    std::vector<std::string> both_same;       // both define it, and all their definitions form one reading
    std::vector<std::string> both_different;  // both define it, and their definitions form two readings or more
    std::vector<std::string> only_a;
    std::vector<std::string> only_b;
    // |both| / |union| of the two vocabularies; 0 when neither defines anything.
    double jaccard = 0.0;
};

// Compares the vocabularies of the regions code_a and code_b. A region's vocabulary is the set
// of terms defined by its reports and by the reports of every region under it (a prefecture
// speaks for its counties, a province for everything in it), so comparing a county with its
// own prefecture counts the county's terms on both sides. A term both define is grouped with
// group_readings(threshold) over all the definitions both sides give of it: one reading makes
// it both_same, more make it both_different (so a region that changed its own definition over
// the years counts as differing too). Variants are not merged: 两品一标 and 二品一标 are two
// terms here. Throws usage_error when a code is not a region of data, or when threshold is not
// in [0, 1].
RegionComparison compare_regions(const GraphData& data, const std::string& code_a, const std::string& code_b,
                                 double threshold = kDefaultReadingThreshold);

}  // namespace glossgraph
