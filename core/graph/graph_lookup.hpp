#pragma once
// Lookups in a GraphData that use its sort order (binary search, O(log n) each), and the
// region hierarchy. Every function here requires the lists sorted as graph_data.hpp states;
// returned pointers and spans point into the data and live as long as it does.
#include "core/graph/graph_data.hpp"

#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace glossgraph {

// The element with this identity, or nullptr.
const GraphTerm* find_term(const GraphData& data, std::string_view key);
const GraphReport* find_report(const GraphData& data, std::string_view file);
const GraphRegion* find_region(const GraphData& data, std::string_view code);

// The definitions / mentions of one term key, in data order (empty when there are none).
std::span<const GraphDefinition> definitions_of(const GraphData& data, std::string_view key);
std::span<const GraphMention> mentions_of(const GraphData& data, std::string_view key);

// The region of a report: nullptr when the report's region_code is empty or not in data.
const GraphRegion* region_of(const GraphData& data, const GraphReport& report);

// The code of the report of a definition or mention, or "" when the report is not in data or
// has no region (region_code is returned as stored, whether or not data.regions has it).
const std::string& region_code_of(const GraphData& data, std::string_view report_file);

// True when the region `code` is `ancestor` itself or lies under it, following parent codes
// through data.regions (a code missing from data.regions is only within itself).
bool is_within(const GraphData& data, std::string_view code, std::string_view ancestor);

// The codes of the region `code` and every region of data.regions under it; empty when
// data.regions has no such region.
std::unordered_set<std::string> region_subtree(const GraphData& data, std::string_view code);

// The region `code` and its ancestors, nearest first, as far as data.regions has them.
std::vector<const GraphRegion*> region_chain(const GraphData& data, std::string_view code);

// A region as a user names it on the command line, for matching against region lists (the
// imported regions of a GraphData, or every division of the gazetteer).
//  - Digits (ASCII or full-width) are a GB/T 2260 code; two or four of them are the code of a
//    province or prefecture written short: "51" is 510000, "5106" is 510600.
//  - Anything else is a name, compared after removing spaces, folding width and to_simplified(),
//    so 陵城區 finds 陵城区. Exact names win: when some region's name equals the name, those
//    are the result. Otherwise the name is compared without its administrative suffix (the
//    longest of 特别行政区 自治区 自治州 自治县 自治旗 地区 区 县 市 省 州 旗 盟 that leaves at
//    least two characters) against the regions' names stripped the same way: 罗江 and 罗江县
//    both find 罗江区, 四川 finds 四川省.
class RegionQuery {
public:
    explicit RegionQuery(std::string_view name_or_code);

    enum class Match { exact_or_stem, exact };

    // The regions named, in the order of `regions`; several mean the name is ambiguous, none
    // that it names none of them. Match::exact skips the comparison of stems. Region is any
    // type with `code` and `name` strings.
    template <typename Region>
    std::vector<const Region*> find_in(const std::vector<Region>& regions, Match match = Match::exact_or_stem) const {
        std::vector<const Region*> found;
        for (const bool by_stem : {false, true}) {
            if (by_stem && (is_code_ || match == Match::exact)) break;
            for (const Region& region : regions)
                if (matches(region.code, region.name, by_stem)) found.push_back(&region);
            if (!found.empty()) break;
        }
        return found;
    }

private:
    bool matches(const std::string& code, const std::string& name, bool by_stem) const;
    std::string text_;  // the code (6 digits) or the simplified name
    std::string stem_;  // the name without its suffix
    bool is_code_ = false;
};

// The regions of data that name_or_code names (RegionQuery), sorted by code.
std::vector<const GraphRegion*> find_regions(const GraphData& data, std::string_view name_or_code);

}  // namespace glossgraph
