#include "cli/report_filter_options.hpp"

#include "cli/command.hpp"
#include "cli/graph_command.hpp"
#include "core/errors.hpp"
#include "core/graph/graph_lookup.hpp"
#include "core/store/graph_reader.hpp"
#include "core/store/store.hpp"

#include <algorithm>

namespace glossgraph {

void ReportFilterOptions::add_to(CLI::App& app) {
    auto* region = app.add_option("--region", region_, "Only the reports of this region itself (code or name)")->check(nonempty());
    auto* within = app.add_option("--within", within_, "Only the reports of this region and of every region under it")
                       ->check(nonempty());
    auto* province = app.add_option("--province", province_, "Only the reports of one province (code or name)")->check(nonempty());
    region->excludes(within)->excludes(province);
    within->excludes(province);
    auto* year = app.add_option("--year", year_, "Only the reports of this year")->check(number())->check(CLI::Range(1949, 2100));
    auto* since = app.add_option("--since", since_, "Only the reports of this year or later")->check(number())->check(CLI::Range(1949, 2100));
    auto* until = app.add_option("--until", until_, "Only the reports of this year or earlier")->check(number())->check(CLI::Range(1949, 2100));
    year->excludes(since)->excludes(until);
    app.add_flag("--strict-codes", strict_codes_,
                 "A region's own code only, without the codes it had before (罗江区 without 罗江县's reports)");
}

ReportFilter ReportFilterOptions::resolve(const GraphData& imported) const {
    ReportFilter filter;
    filter.since = year_ ? year_ : since_;
    filter.until = year_ ? year_ : until_;
    if (filter.since && filter.until && *filter.since > *filter.until) {
        throw usage_error("--since " + std::to_string(*filter.since) + " is after --until " + std::to_string(*filter.until));
    }
    if (!names_region()) return filter;
    const std::string& given = !region_.empty() ? region_ : !within_.empty() ? within_ : province_;
    const Region& region = resolve_region(imported, given);
    if (!province_.empty() && region.level != RegionLevel::province) {
        throw usage_error("--province " + province_ + ": " + region.name + " (" + region.code +
                          ") is not a province; use --within or --region for it");
    }
    const RegionCodes history = region_codes();
    const std::unordered_set<std::string> own = !region_.empty() ? std::unordered_set<std::string>{region.code}
                                                                  : region_subtree(imported, region.code);
    const std::unordered_set<std::string> all = history == RegionCodes::strict ? own
                                                : !region_.empty()             ? region_line(imported, region.code)
                                                                               : region_subtree(imported, region.code, history);
    filter.regions = std::vector<std::string>(all.begin(), all.end());
    std::sort(filter.regions->begin(), filter.regions->end());
    for (const std::string& code : *filter.regions)
        if (!own.contains(code)) filter.predecessors.push_back(code);
    return filter;
}

ReportFilter ReportFilterOptions::resolve(const Store& store) const {
    return resolve(names_region() ? store.graph_reader().imported_regions() : GraphData{});
}

}  // namespace glossgraph
