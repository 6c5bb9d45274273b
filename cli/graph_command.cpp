#include "cli/graph_command.hpp"

#include "cli/read_command.hpp"
#include "core/compare/nearest.hpp"
#include "core/errors.hpp"
#include "core/gazetteer.hpp"
#include "core/graph/graph_lookup.hpp"
#include "core/graph/selection.hpp"
#include "core/output_file.hpp"
#include "core/store/graph_reader.hpp"
#include "core/store/queries.hpp"

#include <algorithm>

namespace glossgraph {

namespace {

// "德阳市罗江区 510604" for each region, from the chain of its ancestors.
std::string listed(const GraphData& data, const std::vector<const Region*>& regions) {
    std::string list;
    for (const Region* region : regions) {
        const auto chain = region_chain(data, region->code);
        std::string where;
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) where += (*it)->name;
        list += "\n  " + region->code + " " + where;
    }
    return list;
}

std::string listed(const Gazetteer& gazetteer, const std::vector<const Region*>& regions) {
    std::string list;
    for (const Region* region : regions) {
        list += "\n  " + region->code + " " + gazetteer.path(*region).full_name();
    }
    return list;
}

// The one region found, or an error listing them in the forms the user may give back. Of
// regions of one line of history (罗江 names 罗江县 and 罗江区), the one it continues into.
const Region& only_one(const GraphData& data, const std::string& name_or_code, std::vector<const Region*> found) {
    const std::vector<const Region*> all = found;
    std::erase_if(found, [&](const Region* region) {
        return std::any_of(all.begin(), all.end(), [&](const Region* later) {
            return later != region && region_line(data, later->code).contains(region->code);
        });
    });
    if (found.size() == 1) return *found.front();
    throw error("region '" + name_or_code + "' is ambiguous; name one by its code or its full name:" + listed(data, found));
}

}  // namespace

const Region& resolve_region(const GraphData& data, const std::string& name_or_code) {
    const RegionQuery query(name_or_code);
    const Gazetteer& gazetteer = Gazetteer::builtin();
    const auto imported = find_imported(data, query);
    const auto known = query.find_in(gazetteer.regions());
    // An imported region must match as closely as any division does: a stem never stands
    // for it when the name is, more closely, another division's (朝阳市 is 辽宁's 朝阳市, never
    // 北京's 朝阳区 by the stem 朝阳; 本溪县 is 本溪满族自治县, never 本溪市 by the stem 本溪).
    if (!imported.regions.empty() && imported.match >= known.match) return only_one(data, name_or_code, imported.regions);
    std::vector<const Region*> divisions = known.regions;
    if (divisions.empty() && !query.is_code()) {
        divisions = gazetteer.resolve_name(query.text());  // qualified: 江苏省南京市鼓楼区, 南京鼓楼区
        std::vector<const Region*> found;
        for (const Region* division : divisions)
            if (const Region* region = find_region(data, division->code)) found.push_back(region);
        if (!found.empty()) return only_one(data, name_or_code, found);
    }
    if (divisions.empty()) {
        std::string hint = " (a GB/T 2260 code or a name)";
        if (!query.is_code()) {
            // The official names of the imported regions, then of every division: theirs first.
            std::vector<std::string> names;
            for (const Region& region : data.regions) names.push_back(region.name);
            for (const FormerRegionName& former : data.former_region_names) names.push_back(former.name);
            for (const Region& region : gazetteer.regions()) names.push_back(region.name);
            const std::vector<std::string> near = nearest(query.text(), names, 5);
            if (!near.empty()) {
                hint = "; did you mean ";
                for (std::size_t i = 0; i < near.size(); ++i) hint += (i == 0 ? "" : ", ") + near[i];
                hint += "?";
            }
        }
        throw error("region '" + name_or_code + "': no such region" + hint);
    }
    // Imported regions include every ancestor of a report's region: a division missing here
    // has no report from it or from any division within it.
    std::sort(divisions.begin(), divisions.end(), [](const Region* a, const Region* b) { return a->code < b->code; });
    throw error("region '" + name_or_code + "': no imported report comes from " +
                (divisions.size() == 1 ? "it or a region within it:" : "any of these regions or a region within them:") +
                listed(gazetteer, divisions));
}

void check_output(const std::string& target, bool force, const std::string& db) {
    if (target != "-") check_output_file(target, {force, {}, {db}, true});
}

void write_output(const std::string& target, bool force, const std::string& db, std::ostream& standard_output,
                  const std::function<void(std::ostream&)>& write) {
    if (target == "-") return write(standard_output);
    write_output_file(target, {force, {}, {db}, true}, write);
}

void TermOptions::add_to(CLI::App& app) {
    app.add_option("TERM", query_, "The term: as written or as its key, in either script")->required();
    app.add_flag("--variants", variants_, "Fold in the term's variants (两品一标 ~ 二品一标)");
    report_filter_.add_to(app);
}

TermOptions::Read TermOptions::read(const std::string& db, std::ostream& notes) const {
    Read read;
    read.store = open_existing_store(db);
    read.key = resolve_term(*read.store, query_, db, notes);
    read.reports = report_filter_.resolve(*read.store);
    read.data = select_reports(read.store->graph_reader().term_graph_data(read.key, variants_), read.reports);
    read.definitions = term_definitions(read.data, read.key, variants_);
    const GraphTerm* term = find_term(read.data, read.key);
    read.label = term ? term->label : read.store->queries().term(read.key)->term;
    return read;
}

}  // namespace glossgraph
