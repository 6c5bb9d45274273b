#pragma once
// Which reports a listing covers: the --region, --within, --province, --year, --since and
// --until options of the commands, resolved to codes and years. The store applies it in SQL
// (core/store), the graph commands to GraphData (core/graph/selection.hpp); both by the same
// rule, matches().
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace glossgraph {

struct ReportFilter {
    // The region codes a report must be filed under, sorted; nothing means any region (and
    // reports without one). An empty list matches no report.
    std::optional<std::vector<std::string>> regions;
    // The codes of `regions` that are there as predecessors of the regions named, whose lines
    // of history continue into them (罗江县 510626 for 罗江区), sorted; empty when the filter
    // names regions by their codes alone (--strict-codes) or they have no predecessors.
    std::vector<std::string> predecessors;
    // The report year's bounds, both included; a report without a year is outside any bound.
    std::optional<int> since;
    std::optional<int> until;

    bool any() const { return regions || since || until; }

    bool matches(const std::string& region_code, std::optional<int> year) const {
        if (regions && !std::binary_search(regions->begin(), regions->end(), region_code)) return false;
        if ((since || until) && !year) return false;
        if (since && *year < *since) return false;
        if (until && *year > *until) return false;
        return true;
    }
};

}  // namespace glossgraph
