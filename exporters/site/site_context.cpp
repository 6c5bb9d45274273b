#include "exporters/site/site_context.hpp"

#include "core/graph/graph_lookup.hpp"

#include <algorithm>

namespace glossgraph {

SiteContext::SiteContext(const GraphData& data) : data_(data) {
    for (std::size_t i = 0; i < data.relations.size(); ++i) {
        relations_[data.relations[i].from_key].push_back(i);
        if (data.relations[i].to_key != data.relations[i].from_key) relations_[data.relations[i].to_key].push_back(i);
    }
    for (auto& [key, indexes] : relations_) std::sort(indexes.begin(), indexes.end());
    for (std::size_t i = 0; i < data.definitions.size(); ++i) glossaries_[data.definitions[i].report_file].push_back(i);
    for (auto& [file, indexes] : glossaries_) {
        std::sort(indexes.begin(), indexes.end(), [&](std::size_t a, std::size_t b) {
            return data.definitions[a].entry_id < data.definitions[b].entry_id;
        });
    }
    for (std::size_t i = 0; i < data.regions.size(); ++i)
        if (!data.regions[i].parent_code.empty()) children_[data.regions[i].parent_code].push_back(i);
    for (std::size_t i = 0; i < data.reports.size(); ++i)
        if (!data.reports[i].region_code.empty()) reports_[data.reports[i].region_code].push_back(i);
    for (auto& [code, indexes] : reports_) {
        std::stable_sort(indexes.begin(), indexes.end(), [&](std::size_t a, std::size_t b) {
            return data.reports[a].year.value_or(-1) < data.reports[b].year.value_or(-1);
        });
    }
}

std::vector<const Region*> SiteContext::children_of(std::string_view code) const {
    std::vector<const Region*> children;
    if (const auto found = children_.find(std::string(code)); found != children_.end())
        for (const std::size_t i : found->second) children.push_back(&data_.regions[i]);
    return children;
}

std::vector<const GraphReport*> SiteContext::reports_of(std::string_view code) const {
    std::vector<const GraphReport*> reports;
    if (const auto found = reports_.find(std::string(code)); found != reports_.end())
        for (const std::size_t i : found->second) reports.push_back(&data_.reports[i]);
    return reports;
}

std::vector<const GraphRelation*> SiteContext::relations_of(std::string_view key) const {
    std::vector<const GraphRelation*> relations;
    if (const auto found = relations_.find(std::string(key)); found != relations_.end())
        for (const std::size_t i : found->second) relations.push_back(&data_.relations[i]);
    return relations;
}

std::vector<const GraphDefinition*> SiteContext::glossary_of(std::string_view file) const {
    std::vector<const GraphDefinition*> glossary;
    if (const auto found = glossaries_.find(std::string(file)); found != glossaries_.end())
        for (const std::size_t i : found->second) glossary.push_back(&data_.definitions[i]);
    return glossary;
}

std::string SiteContext::label(std::string_view key) const {
    const GraphTerm* term = find_term(data_, key);
    return term ? term->label : std::string(key);
}

std::string SiteContext::region_name(std::string_view code) const {
    const Region* region = find_region(data_, code);
    return region ? region->name : std::string(code);
}

std::string SiteContext::province_of(std::string_view code) const {
    if (code.empty()) return "";
    const auto chain = region_chain(data_, code);
    return chain.empty() ? std::string(code) : chain.back()->code;
}

}  // namespace glossgraph
