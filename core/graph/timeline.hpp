#pragma once
// A term over the years: who defines it each year (and who for the first time), who only
// mentions it, how many readings its definitions form, and the first definer in each province.
#include "core/graph_data.hpp"
#include "core/graph/graph_lookup.hpp"
#include "core/graph/term_diff.hpp"

#include <optional>
#include <string>
#include <vector>

namespace glossgraph {

// A report that defines or mentions the term, where and when.
struct TermUse {
    std::string report;
    std::optional<int> year;
    std::string region_code;  // empty when the report has no region
    std::string region;
};

struct TimelineDefiner {
    TermUse use;
    std::size_t reading = 0;  // index into TermDiff::readings
    bool first = false;       // the region's first definition of the term (by year)
};

struct TimelineYear {
    int year = 0;
    std::vector<TimelineDefiner> defined_by;    // by region code, then report; a definition each (a region
                                                 // may have several: two reports, or two entries of one)
    std::vector<TermUse> mentioned_only_by;      // regions that mention it this year without defining it; by code
    std::size_t readings = 0;                    // distinct readings among this year's definitions
    std::size_t regions = 0;                     // distinct regions (counted_region) defining it this year
    std::size_t regions_so_far = 0;              // distinct regions that defined it up to this year
};

struct ProvinceFirst {
    std::string province_code;
    std::string province;
    TermUse first;  // the earliest definition in the province (ties: by region code, then report)
};

struct Timeline {
    std::vector<TimelineYear> years;            // ascending; only years with a definition or mention
    std::vector<ProvinceFirst> first_in_province;  // by year, then province code
    std::size_t undated_definitions = 0;        // definitions of reports without a year (in no row)
    std::size_t undated_mentions = 0;
};

// The first use of each province among `uses`, which must be dated and in the order that
// decides which is first: a region's province is the last region of its chain through
// data.regions (a region missing there is its own province); uses without a region are
// skipped. Sorted by the first use's year, then province code.
std::vector<ProvinceFirst> first_in_each_province(const GraphData& data, const std::vector<TermUse>& uses);

// The timeline of a term from its readings (diff_term, so a reading index is the reading's
// place there) and the reports that mention it. `data` gives the region tree (provinces are
// found by walking parent codes through data.regions; a region missing there is its own
// province). A region counts once per year however many of its reports define the term.
// Regions are counted by counted_region(codes), as term_spread counts them: with
// RegionCodes::with_predecessors a region is its line of history (data.region_links): 罗江县
// defining a term in 2015 makes 罗江区's definition of 2019 no first one, and both are one
// region so far; with strict, each code is a region of its own. Definitions and mentions
// without a year are in no row, only in the undated counts.
Timeline term_timeline(const GraphData& data, const TermDiff& diff, const std::vector<TermUse>& mentions,
                       RegionCodes codes = RegionCodes::strict);

}  // namespace glossgraph
