#pragma once
// The options every listing takes to choose reports by region and year: --region R (that
// region's own reports), --within R (R's and those of every region under it), --province P
// (--within for a province, refused for anything else), --year Y, --since Y, --until Y.
// A region stands for its line of history: its own reports and those filed under its
// predecessors (罗江区: 罗江县's reports of before 2017 too), unless --strict-codes.
#include "core/graph_data.hpp"
#include "core/graph/graph_lookup.hpp"
#include "core/report_filter.hpp"

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace glossgraph {

class Store;

class ReportFilterOptions {
public:
    // Declares the options on a subcommand, with their help and the exclusions among them.
    void add_to(CLI::App& app);
    bool any() const { return !region_.empty() || !within_.empty() || !province_.empty() || year_ || since_ || until_; }
    bool names_region() const { return !region_.empty() || !within_.empty() || !province_.empty(); }
    // Whether a region stands for its line of history, or only for its code (--strict-codes).
    RegionCodes region_codes() const { return strict_codes_ ? RegionCodes::strict : RegionCodes::with_predecessors; }

    // The filter, with a region named resolved among the regions of `imported` (the regions
    // and region links of Store::imported_regions() or graph_data(); resolve_region's rules and
    // errors), with its predecessors unless --strict-codes. Throws usage_error for --province
    // with a region that is no province, and for --since after --until.
    ReportFilter resolve(const GraphData& imported) const;
    // The same, reading the imported regions only when a region is named.
    ReportFilter resolve(const Store& store) const;

private:
    std::string region_;
    std::string within_;
    std::string province_;
    std::optional<int> year_;
    std::optional<int> since_;
    std::optional<int> until_;
    bool strict_codes_ = false;
};

}  // namespace glossgraph
