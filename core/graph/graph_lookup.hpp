#pragma once
// Lookups in a GraphData that use its sort order (binary search, O(log n) each), and the
// region hierarchy. Every function here requires the lists sorted as graph_data.hpp states;
// returned pointers and spans point into the data and live as long as it does.
#include "core/graph_data.hpp"
#include "core/region_names.hpp"

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace glossgraph {

// The element with this identity, or nullptr.
const GraphTerm* find_term(const GraphData& data, std::string_view key);
const GraphReport* find_report(const GraphData& data, std::string_view file);
const Region* find_region(const GraphData& data, std::string_view code);

// The definitions / mentions of one term key, in data order (empty when there are none).
std::span<const GraphDefinition> definitions_of(const GraphData& data, std::string_view key);
std::span<const GraphMention> mentions_of(const GraphData& data, std::string_view key);

// The region of a report: nullptr when the report's region_code is empty or not in data.
const Region* region_of(const GraphData& data, const GraphReport& report);

// The code of the report of a definition or mention, or "" when the report is not in data or
// has no region (region_code is returned as stored, whether or not data.regions has it).
const std::string& region_code_of(const GraphData& data, std::string_view report_file);

// True when the region `code` is `ancestor` itself or lies under it, following parent codes
// through data.regions (a code missing from data.regions is only within itself).
bool is_within(const GraphData& data, std::string_view code, std::string_view ancestor);

// The codes of the region `code` and every region of data.regions under it; empty when
// data.regions has no such region.
std::unordered_set<std::string> region_subtree(const GraphData& data, std::string_view code);

// Whether a region stands for its line of history (itself and every region whose line
// continues into it: 罗江区 for 罗江县 too) or for its own code only (--strict-codes).
enum class RegionCodes { with_predecessors, strict };

// The codes of the region `code` and of its predecessors: every region whose line of history
// continues into it over data.region_links (renamed, upgraded, recoded, merged_into; not
// split_from), transitively. Empty when data.regions has no such region.
std::unordered_set<std::string> region_line(const GraphData& data, std::string_view code);

// The region the line of history of `code` continues into today: its successor over
// data.region_links (every link but split_from; of several, the first), that one's, and so
// on; `code` itself when it has none.
std::string line_head(const GraphData& data, std::string_view code);

// Who the region `code` is when the regions that define or mention a term are counted: with
// predecessors, its line of history, named by line_head() (罗江县 and 罗江区 are one region,
// 510604); strict, its own code. "" for "" (a report without a region is no region). The
// timeline, the spread and the site's term pages count regions by it, so that their counts agree.
std::string counted_region(const GraphData& data, std::string_view code, RegionCodes codes);

// region_subtree(), and with_predecessors also the line of history of every region in it and
// every region under those (德阳市: 罗江区, and 罗江县 that became it).
std::unordered_set<std::string> region_subtree(const GraphData& data, std::string_view code, RegionCodes codes);

// The region `code` and its ancestors, nearest first, as far as data.regions has them.
std::vector<const Region*> region_chain(const GraphData& data, std::string_view code);

// A region as a user names it on the command line, for matching against region lists (the
// imported regions of a GraphData, or every division of the gazetteer).
//  - Digits (ASCII or full-width) are a GB/T 2260 code; two or four of them are the code of a
//    province or prefecture written short: "51" is 510000, "5106" is 510600.
//  - Anything else is one name, compared after removing spaces, folding width and
//    to_simplified() (陵城區 finds 陵城区), with each region's name by the rules of
//    core/region_names.hpp: its official name (罗江区), its short form (四川, 广西, 凉山州,
//    本溪县), or its stem (罗江, 随州, 凉山; 罗江县 too, by its own stem).
// Only the closest matches count: a code or an official name over a short form, a short form
// over a stem. So 四川 is 四川省, 吉林 is 吉林省 and not 吉林市, 本溪县 is 本溪满族自治县 and
// not 本溪市 by the stem 本溪. Qualified names (德阳市罗江区) are no single name; the gazetteer
// resolves them (Gazetteer::resolve_name).
class RegionQuery {
public:
    explicit RegionQuery(std::string_view name_or_code);

    // True when the query is a code (then text() is its six digits).
    bool is_code() const { return is_code_; }
    // The code, or the name in simplified script without spaces (empty for a blank query).
    const std::string& text() const { return text_; }

    // How closely the query names one region: official for its own code, none when it names
    // another or the query is blank.
    region_names::NameMatch match(std::string_view code, std::string_view name, RegionLevel level) const;

    // The regions of a list that the query names most closely, in the order of the list, and
    // how closely; several mean the name is ambiguous there, none (match none) that it names
    // none of them.
    struct Found {
        region_names::NameMatch match = region_names::NameMatch::none;
        std::vector<const Region*> regions;
        // Keeps region when it is named as closely as the closest so far (once), alone when
        // more closely.
        void consider(region_names::NameMatch closeness, const Region* region) {
            if (closeness == region_names::NameMatch::none || closeness < match) return;
            if (closeness > match) *this = {closeness, {}};
            if (std::find(regions.begin(), regions.end(), region) == regions.end()) regions.push_back(region);
        }
    };
    Found find_in(const std::vector<Region>& regions) const {
        Found found;
        for (const Region& region : regions) found.consider(match(region.code, region.name, region.level), &region);
        return found;
    }

private:
    std::string text_;  // the code (6 digits) or the simplified name
    bool is_code_ = false;
};

// The regions of data that the query names most closely, by their names of today or by their
// former names (data.former_region_names: 襄樊市 names 420600, 襄阳市 since 2010), sorted by
// code, and how closely.
RegionQuery::Found find_imported(const GraphData& data, const RegionQuery& query);

// find_imported(data, RegionQuery(name_or_code)).regions.
std::vector<const Region*> find_regions(const GraphData& data, std::string_view name_or_code);

}  // namespace glossgraph
