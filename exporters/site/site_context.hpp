#pragma once
// What every page of the site looks up in the graph besides GraphData's own sorted lookups
// (core/graph/graph_lookup.hpp): a term's relations in either direction, a report's glossary,
// a region's province, and the grouping of regions by province that long lists collapse into.
#include "core/graph_data.hpp"

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace glossgraph {

class SiteContext {
public:
    // Indexes data, which must outlive the context and stay unchanged.
    explicit SiteContext(const GraphData& data);

    const GraphData& data() const { return data_; }
    // The relations from or to key, in data order; empty when none.
    std::vector<const GraphRelation*> relations_of(std::string_view key) const;
    // The definitions of a report's glossary, in entry order; empty when none.
    std::vector<const GraphDefinition*> glossary_of(std::string_view file) const;
    // The regions whose parent is `code`, by code.
    std::vector<const Region*> children_of(std::string_view code) const;
    // The reports filed under the region `code`, by year (undated first), then file.
    std::vector<const GraphReport*> reports_of(std::string_view code) const;
    // The term's label, or the key when data has no such term.
    std::string label(std::string_view key) const;
    // The region's name, or the code when data has no such region.
    std::string region_name(std::string_view code) const;
    // The code of the province `code` lies in (the last region of its chain; itself when data
    // has no parent for it); "" for "".
    std::string province_of(std::string_view code) const;

private:
    const GraphData& data_;
    std::unordered_map<std::string, std::vector<std::size_t>> relations_;
    std::unordered_map<std::string, std::vector<std::size_t>> glossaries_;
    std::unordered_map<std::string, std::vector<std::size_t>> children_;
    std::unordered_map<std::string, std::vector<std::size_t>> reports_;
};

// Items grouped by the province of their region code, provinces by code ("" last: no region),
// items in the order given.
template <typename Item>
std::map<std::string, std::vector<const Item*>> by_province(const SiteContext& context, const std::vector<Item>& items,
                                                            const std::function<const std::string&(const Item&)>& code) {
    std::map<std::string, std::vector<const Item*>> groups;
    for (const Item& item : items) groups[context.province_of(code(item))].push_back(&item);
    if (const auto none = groups.find(""); none != groups.end() && groups.size() > 1) {
        auto unplaced = std::move(none->second);
        groups.erase(none);
        groups["~"] = std::move(unplaced);  // sorts after every code
    }
    return groups;
}

}  // namespace glossgraph
