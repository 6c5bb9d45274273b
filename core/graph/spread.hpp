#pragma once
// How a term spread through the administrative tree: its first definition overall and in each
// province, the regions that define it year by year at each level (an adoption curve: the
// first-time definers, the regions defining it that year, and the regions so far), and how
// long it took to reach each level.
#include "core/graph_data.hpp"
#include "core/graph/graph_lookup.hpp"
#include "core/graph/term_diff.hpp"
#include "core/graph/timeline.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

namespace glossgraph {

// A count for each level, indexed by static_cast<std::size_t>(RegionLevel): province,
// prefecture, county.
struct LevelCounts {
    std::array<std::size_t, 3> by_level{};

    std::size_t& operator[](RegionLevel level) { return by_level[static_cast<std::size_t>(level)]; }
    std::size_t operator[](RegionLevel level) const { return by_level[static_cast<std::size_t>(level)]; }
    std::size_t total() const { return by_level[0] + by_level[1] + by_level[2]; }
};

inline constexpr std::array<RegionLevel, 3> kRegionLevels = {RegionLevel::province, RegionLevel::prefecture,
                                                             RegionLevel::county};

struct SpreadYear {
    int year = 0;
    LevelCounts first_time;  // regions that define the term for the first time this year
    LevelCounts defining;    // regions that define it this year (a region counts once)
    LevelCounts so_far;      // regions that have defined it in this year or before
};

// When the term first reached one level of the tree.
struct LevelReach {
    RegionLevel level = RegionLevel::province;
    std::optional<TermUse> first;          // the level's first definition; none when it never got there
    std::optional<int> years_after_first;  // first->year minus the year of Spread::first
    std::size_t regions = 0;               // regions of this level that define it
};

struct Spread {
    // The earliest definition by a region. Of one year, a region higher in the tree comes first
    // (a province before its counties), then the lower code, then the report's name.
    std::optional<TermUse> first;
    std::vector<ProvinceFirst> first_in_province;  // in the same order, first_in_each_province()
    // Every year from the first definition's to the last one's, years without any included,
    // so that the curve has a point for each year.
    std::vector<SpreadYear> years;
    std::array<LevelReach, 3> levels;  // province, prefecture, county
    std::size_t regions = 0;           // distinct regions that define it
    std::size_t undated = 0;           // definitions whose report has no year: in no count
    std::size_t unplaced = 0;          // dated definitions whose report has no region: in no count
};

// The spread of a term from its definitions (term_definitions(): the term's, with or without
// its variants). Only dated definitions by regions that data.regions knows count; a region
// counts once a year however many of its reports define the term, and is a first-time definer
// only in its first year. Regions are counted by counted_region(codes), as term_timeline counts
// them: with RegionCodes::with_predecessors 罗江县 (2015) and 罗江区 (2019) are one county, first
// in 2015; with strict, two. No definitions give an empty spread (no first, no years).
// Linear in the definitions, plus a sort.
Spread term_spread(const GraphData& data, const std::vector<ReadingMember>& definitions,
                   RegionCodes codes = RegionCodes::strict);

}  // namespace glossgraph
