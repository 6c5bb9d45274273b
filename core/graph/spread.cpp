#include "core/graph/spread.hpp"

#include "core/graph/graph_lookup.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace glossgraph {
namespace {

// A dated definition by a known region.
struct Placed {
    TermUse use;
    RegionLevel level = RegionLevel::county;
    std::string region;  // who counts: counted_region() of use.region_code
};

bool earlier(const Placed& a, const Placed& b) {
    return std::tie(*a.use.year, a.level, a.use.region_code, a.use.report) <
           std::tie(*b.use.year, b.level, b.use.region_code, b.use.report);
}

// A line of history counts at the level of the region it continues into (data has it: the
// links join regions of data), else at the level of the region that defined the term.
std::vector<Placed> placed_definitions(const GraphData& data, const std::vector<ReadingMember>& definitions, RegionCodes codes,
                                       Spread& spread) {
    std::vector<Placed> placed;
    for (const ReadingMember& d : definitions) {
        if (!d.year) {
            ++spread.undated;
            continue;
        }
        const Region* region = d.region_code.empty() ? nullptr : find_region(data, d.region_code);
        if (!region) {
            ++spread.unplaced;
            continue;
        }
        std::string who = counted_region(data, d.region_code, codes);
        const Region* counted = who == region->code ? region : find_region(data, who);
        placed.push_back({{d.report, d.year, d.region_code, region->name}, (counted ? counted : region)->level, std::move(who)});
    }
    std::sort(placed.begin(), placed.end(), earlier);
    return placed;
}

// The adoption curve: each year from the first to the last, the regions of each level.
std::vector<SpreadYear> curve(const std::vector<Placed>& placed) {
    std::vector<SpreadYear> years;
    std::set<std::string> seen_ever;
    std::set<std::pair<int, std::string>> seen_in_year;
    LevelCounts so_far;
    for (const Placed& p : placed) {
        const int year = *p.use.year;
        while (years.empty() || years.back().year < year) {
            const int next = years.empty() ? year : years.back().year + 1;
            years.push_back({next, {}, {}, so_far});
        }
        SpreadYear& row = years.back();
        if (!seen_in_year.insert({year, p.region}).second) continue;
        ++row.defining[p.level];
        if (!seen_ever.insert(p.region).second) continue;
        ++row.first_time[p.level];
        ++so_far[p.level];
        row.so_far = so_far;
    }
    return years;
}

}  // namespace

Spread term_spread(const GraphData& data, const std::vector<ReadingMember>& definitions, RegionCodes codes) {
    Spread spread;
    const std::vector<Placed> placed = placed_definitions(data, definitions, codes, spread);
    for (std::size_t i = 0; i < kRegionLevels.size(); ++i) spread.levels[i].level = kRegionLevels[i];
    if (placed.empty()) return spread;
    spread.first = placed.front().use;
    std::vector<TermUse> uses;
    std::set<std::string> regions;
    for (const Placed& p : placed) {
        uses.push_back(p.use);
        LevelReach& reach = spread.levels[static_cast<std::size_t>(p.level)];
        if (!reach.first) {
            reach.first = p.use;
            reach.years_after_first = *p.use.year - *spread.first->year;
        }
        if (regions.insert(p.region).second) ++reach.regions;
    }
    spread.regions = regions.size();
    spread.first_in_province = first_in_each_province(data, uses);
    spread.years = curve(placed);
    return spread;
}

}  // namespace glossgraph
