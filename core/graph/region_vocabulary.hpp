#pragma once
// What one region's own reports define and mention, and how two such vocabularies compare: for
// the pages that show a region whole (the site's region pages, exporters/site). Unlike
// compare_regions (region_compare.hpp), a vocabulary here is the region's own reports only, not
// those of the regions under it, so that a county compared with its prefecture shows what the
// prefecture's own glossaries share with the county's.
#include "core/compare/readings.hpp"
#include "core/graph_data.hpp"

#include <optional>
#include <string>
#include <vector>

namespace glossgraph {

// A region's latest definition of a term: of its reports that define it, the latest year's
// (an undated report before any dated one), then the last by file name, then the last entry.
struct RegionWording {
    std::string key;
    std::string term;   // as written there
    std::string text;   // the definition as written
    std::string report;
    std::optional<int> year;
};

struct RegionVocabulary {
    std::string code;
    std::vector<RegionWording> defined;        // by key
    std::vector<std::string> mentioned_only;   // keys its reports mention and none of them defines; sorted
};

// One vocabulary per region of data.regions, in its order (a region without reports of its
// own, such as a province only present as an ancestor, gets an empty one). Linear in the
// definitions and mentions of data, after sorting them by region.
std::vector<RegionVocabulary> region_vocabularies(const GraphData& data);

struct VocabularyComparison {
    std::size_t shared = 0;        // terms both define
    std::size_t same_reading = 0;  // of those, the ones whose latest wordings same_reading(threshold) joins
    std::size_t only_a = 0;        // terms only a defines
    std::size_t only_b = 0;
    double jaccard = 0.0;          // shared / (shared + only_a + only_b); 0 when neither defines anything
};

// Compares the terms two vocabularies define and, for each term both define, their latest
// wordings (identical texts are one reading without being compared).
VocabularyComparison compare_vocabularies(const RegionVocabulary& a, const RegionVocabulary& b,
                                          double threshold = kDefaultReadingThreshold);

}  // namespace glossgraph
