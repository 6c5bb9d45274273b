#include "core/graph/knowledge_graph.hpp"

#include <array>
#include <unordered_map>
#include <utility>

namespace glossgraph {
namespace {

constexpr std::array<std::pair<EdgeKind, std::string_view>, 11> edge_kind_names{{
    {EdgeKind::defines, "defines"},
    {EdgeKind::mentions, "mentions"},
    {EdgeKind::in_region, "in_region"},
    {EdgeKind::part_of, "part_of"},
    {EdgeKind::broader, "broader"},
    {EdgeKind::refers_to, "refers_to"},
    {EdgeKind::variant_suffix, "variant_suffix"},
    {EdgeKind::variant_numeral, "variant_numeral"},
    {EdgeKind::variant_expansion, "variant_expansion"},
    {EdgeKind::family, "family"},
    {EdgeKind::derived_from, "derived_from"},
}};

}  // namespace

std::string_view to_string(EdgeKind kind) {
    for (const auto& [k, name] : edge_kind_names)
        if (k == kind) return name;
    return "defines";
}

EdgeKind edge_kind(RelationKind kind) {
    switch (kind) {
        case RelationKind::variant_suffix: return EdgeKind::variant_suffix;
        case RelationKind::variant_numeral: return EdgeKind::variant_numeral;
        case RelationKind::variant_expansion: return EdgeKind::variant_expansion;
        case RelationKind::family: return EdgeKind::family;
        case RelationKind::refers_to: return EdgeKind::refers_to;
        case RelationKind::broader: return EdgeKind::broader;
    }
    return EdgeKind::refers_to;
}

bool is_term_relation(EdgeKind kind) {
    return kind != EdgeKind::defines && kind != EdgeKind::mentions && kind != EdgeKind::in_region &&
           kind != EdgeKind::part_of && kind != EdgeKind::derived_from;
}

KnowledgeGraph::KnowledgeGraph(const GraphData& data)
    : data_(data), graph_(data.terms.size() + data.reports.size() + data.regions.size()) {
    add_vertices();
    add_region_edges();
    add_report_edges();
    add_relations();
    add_derivations();
}

std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::find(const Index& index, std::string_view id) {
    const auto found = index.find(id);
    if (found == index.end()) return std::nullopt;
    return found->second;
}

std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::term(std::string_view key) const { return find(terms_, key); }
std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::report(std::string_view file) const { return find(reports_, file); }
std::optional<KnowledgeGraph::Vertex> KnowledgeGraph::region(std::string_view code) const { return find(regions_, code); }

void KnowledgeGraph::add_vertices() {
    terms_.reserve(data_.terms.size());
    reports_.reserve(data_.reports.size());
    regions_.reserve(data_.regions.size());
    for (std::size_t i = 0; i < data_.terms.size(); ++i) {
        graph_[term_vertex(i)] = {NodeKind::term, i};
        terms_.emplace(data_.terms[i].key, term_vertex(i));
    }
    for (std::size_t i = 0; i < data_.reports.size(); ++i) {
        graph_[report_vertex(i)] = {NodeKind::report, i};
        reports_.emplace(data_.reports[i].file, report_vertex(i));
    }
    for (std::size_t i = 0; i < data_.regions.size(); ++i) {
        graph_[region_vertex(i)] = {NodeKind::region, i};
        regions_.emplace(data_.regions[i].code, region_vertex(i));
    }
}

void KnowledgeGraph::add_region_edges() {
    for (std::size_t i = 0; i < data_.regions.size(); ++i) {
        const auto parent = region(data_.regions[i].parent_code);
        if (parent) boost::add_edge(region_vertex(i), *parent, {EdgeKind::part_of, i}, graph_);
    }
    for (std::size_t i = 0; i < data_.reports.size(); ++i) {
        const auto at = region(data_.reports[i].region_code);
        if (at) boost::add_edge(report_vertex(i), *at, {EdgeKind::in_region, i}, graph_);
    }
}

// Definitions and mentions are sorted by term key, so consecutive ones usually share their
// term: the last lookup is reused, which halves the hashing on a large store.
void KnowledgeGraph::add_report_edges() {
    std::string_view last_key;
    std::optional<Vertex> last_term;
    const auto term_of = [&](const std::string& key) {
        if (last_key.data() == nullptr || key != last_key) {
            last_key = key;
            last_term = term(key);
        }
        return last_term;
    };
    for (std::size_t i = 0; i < data_.definitions.size(); ++i) {
        const GraphDefinition& d = data_.definitions[i];
        const auto to = term_of(d.term_key);
        const auto from = report(d.report_file);
        if (to && from) boost::add_edge(*from, *to, {EdgeKind::defines, i}, graph_);
    }
    for (std::size_t i = 0; i < data_.mentions.size(); ++i) {
        const GraphMention& m = data_.mentions[i];
        const auto to = term_of(m.term_key);
        const auto from = report(m.report_file);
        if (to && from) boost::add_edge(*from, *to, {EdgeKind::mentions, i}, graph_);
    }
}

void KnowledgeGraph::add_relations() {
    for (std::size_t i = 0; i < data_.relations.size(); ++i) {
        const GraphRelation& r = data_.relations[i];
        const auto from = term(r.from_key);
        const auto to = term(r.to_key);
        if (from && to) boost::add_edge(*from, *to, {edge_kind(r.kind), i}, graph_);
    }
}

void KnowledgeGraph::add_derivations() {
    std::unordered_map<long long, const GraphDefinition*> by_entry;
    if (!data_.derivations.empty())
        for (const GraphDefinition& d : data_.definitions) by_entry.emplace(d.entry_id, &d);
    for (std::size_t i = 0; i < data_.derivations.size(); ++i) {
        const auto derived = by_entry.find(data_.derivations[i].entry_id);
        const auto source = by_entry.find(data_.derivations[i].source_entry_id);
        if (derived == by_entry.end() || source == by_entry.end()) continue;
        const auto from = report(derived->second->report_file);
        const auto to = report(source->second->report_file);
        if (from && to) boost::add_edge(*from, *to, {EdgeKind::derived_from, i}, graph_);
    }
}

}  // namespace glossgraph
