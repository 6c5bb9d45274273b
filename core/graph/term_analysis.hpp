#pragma once
// Everything the analyses of one term say about it at once: its readings (diff_term), its
// timeline, its spread and its lineage, for the views that show a term whole (the site's term
// pages, exporters/site).
#include "core/graph_data.hpp"
#include "core/graph/lineage.hpp"
#include "core/graph/spread.hpp"
#include "core/graph/term_diff.hpp"
#include "core/graph/timeline.hpp"

#include <string>
#include <vector>

namespace glossgraph {

struct TermAnalysis {
    TermDiff diff;                    // diff_term(data, key, false, reading_threshold)
    Timeline timeline;                // term_timeline of that diff and of the reports that only mention it
    Spread spread;                    // term_spread of its definitions, regions counted as the timeline counts them
    Lineage lineage;                  // term_lineage of its definitions at lineage_threshold
    std::vector<TermUse> mentioned_only;  // reports mentioning it without defining it, in data order
};

// The analyses of the term `key` over the whole of data (its own definitions, without its
// variants; as the commands give them without --variants and filters). An unknown key gives
// empty analyses. Costs what the four analyses cost: lineage is bounded by kSimilarCandidates
// comparisons per distinct wording, readings by their grouping.
TermAnalysis analyse_term(const GraphData& data, const std::string& key, double reading_threshold = kDefaultReadingThreshold,
                          double lineage_threshold = kDefaultLineageThreshold,
                          RegionCodes codes = RegionCodes::with_predecessors);

}  // namespace glossgraph
