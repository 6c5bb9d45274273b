#include "exporters/property_graph.hpp"

#include "core/graph/graph_lookup.hpp"
#include "exporters/escape.hpp"
#include "exporters/term_counts.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace glossgraph {
namespace {

void add(std::vector<Property>& properties, std::string name, PropertyValue value) {
    properties.push_back({std::move(name), std::move(value)});
}

// "damaged": true where a damaged run was left as written, "repaired": true where every run
// was repaired; nothing for undamaged text.
void add_damage(std::vector<Property>& properties, Damage damage) {
    if (damage == Damage::damaged) add(properties, "damaged", true);
    if (damage == Damage::repaired) add(properties, "repaired", true);
}

void add_if(std::vector<Property>& properties, std::string name, const std::optional<std::string>& value) {
    if (value && !value->empty()) add(properties, std::move(name), *value);
}

PropertyNode region_node(const GraphRegion& region) {
    PropertyNode node{region_node_id(region.code), NodeKind::region, region.name.empty() ? region.code : region.name, {}};
    add(node.properties, "code", region.code);
    add(node.properties, "level", std::string(to_string(region.level)));
    if (!region.parent_code.empty()) add(node.properties, "parent_code", region.parent_code);
    return node;
}

// code_then is the code the report was filed under, as of its year; code_now the region its
// line of history continues into today (the same code when nothing changed since).
PropertyNode report_node(const GraphData& data, const GraphReport& report) {
    PropertyNode node{report_node_id(report.file), NodeKind::report, report.title.empty() ? report.file : report.title, {}};
    add(node.properties, "file", report.file);
    if (!report.title.empty()) add(node.properties, "title", report.title);
    if (report.year) add(node.properties, "year", *report.year);
    add_if(node.properties, "delivered_on", report.delivered_on);
    add_if(node.properties, "speaker", report.speaker);
    if (report.script != Script::unknown) add(node.properties, "script", std::string(to_string(report.script)));
    if (!report.region_code.empty()) {
        add(node.properties, "code_then", report.region_code);
        add(node.properties, "code_now", line_head(data, report.region_code));
    }
    add_damage(node.properties, report.damage);
    return node;
}

std::string joined_forms(const std::vector<std::string>& forms) {
    std::string joined;
    for (const std::string& form : forms) {
        if (!joined.empty()) joined += written_forms_separator;
        joined += form;
    }
    return joined;
}

PropertyNode term_node(const GraphTerm& term, const TermCounts& counts) {
    PropertyNode node{term_node_id(term.key), NodeKind::term, term.label.empty() ? term.key : term.label, {}};
    add(node.properties, "key", term.key);
    add(node.properties, "written_forms", joined_forms(term.written_forms));
    add(node.properties, "definition_count", counts.definitions);
    add(node.properties, "region_count", static_cast<int>(counts.regions.size()));
    add(node.properties, "mention_count", counts.mentions);
    return node;
}

template <typename Sink>
void add_structure_edges(const GraphData& data, const Sink& edges) {
    for (const GraphRegion& region : data.regions) {
        if (region.parent_code.empty()) continue;
        edges(PropertyEdge{region_node_id(region.code), region_node_id(region.parent_code), std::string(edge_part_of), {}});
    }
    for (const RegionLink& link : data.region_links) {
        PropertyEdge edge{region_node_id(link.from_code), region_node_id(link.to_code), std::string(edge_successor), {}};
        add(edge.properties, "change", std::string(to_string(link.change)));
        add(edge.properties, "year", link.year);
        edges(edge);
    }
    for (const GraphReport& report : data.reports) {
        if (report.region_code.empty()) continue;
        edges(PropertyEdge{report_node_id(report.file), region_node_id(report.region_code), std::string(edge_in_region), {}});
    }
}

template <typename Sink>
void add_term_edges(const GraphData& data, const Sink& edges) {
    for (const GraphDefinition& definition : data.definitions) {
        PropertyEdge edge{report_node_id(definition.report_file), term_node_id(definition.term_key), std::string(edge_defines), {}};
        add(edge.properties, "written_term", definition.term);
        add(edge.properties, "text", definition.text);
        if (definition.footnote) add(edge.properties, "footnote", *definition.footnote);
        add_damage(edge.properties, definition.damage);
        edges(edge);
    }
    for (const GraphMention& mention : data.mentions) {
        PropertyEdge edge{report_node_id(mention.report_file), term_node_id(mention.term_key), std::string(edge_mentions), {}};
        add(edge.properties, "count", mention.count);
        add(edge.properties, "quoted", mention.quoted);
        add(edge.properties, "anchored", mention.anchored);
        add(edge.properties, "defines", mention.defines);
        edges(edge);
    }
    for (const GraphRelation& relation : data.relations) {
        PropertyEdge edge{term_node_id(relation.from_key), term_node_id(relation.to_key), relation.kind, {}};
        add(edge.properties, "rule", relation.rule);
        edges(edge);
    }
}

template <typename Sink>
void add_derivation_edges(const GraphData& data, const Sink& edges) {
    std::unordered_map<long long, const GraphDefinition*> by_entry;
    for (const GraphDefinition& definition : data.definitions) by_entry.emplace(definition.entry_id, &definition);
    for (const GraphDerivation& derivation : data.derivations) {
        const auto derived = by_entry.find(derivation.entry_id);
        const auto source = by_entry.find(derivation.source_entry_id);
        if (derived == by_entry.end() || source == by_entry.end()) continue;
        const auto& terms = data.terms;
        const std::string& key = derived->second->term_key;
        const auto term = std::lower_bound(terms.begin(), terms.end(), key, [](const GraphTerm& t, const std::string& k) { return t.key < k; });
        if (term == terms.end() || term->key != key) continue;  // as its defines edges, dropped with the term
        PropertyEdge edge{report_node_id(derived->second->report_file), report_node_id(source->second->report_file),
                          std::string(edge_derived_from), {}};
        add(edge.properties, "term", derived->second->term_key);
        add(edge.properties, "entry", static_cast<int>(derivation.entry_id));
        add(edge.properties, "source_entry", static_cast<int>(derivation.source_entry_id));
        add(edge.properties, "relation", derivation.relation);
        add(edge.properties, "direction", derivation.direction);
        add(edge.properties, "similarity", derivation.similarity);
        edges(edge);
    }
}

}  // namespace

std::string_view to_string(NodeKind kind) {
    switch (kind) {
        case NodeKind::region: return "region";
        case NodeKind::report: return "report";
        case NodeKind::term: return "term";
    }
    return "term";
}

std::string region_node_id(std::string_view code) { return "region:" + escape_id_text(code); }
std::string report_node_id(std::string_view file) { return "report:" + escape_id_text(file); }
std::string term_node_id(std::string_view key) { return "term:" + escape_id_text(key); }

void visit_property_graph(const GraphData& data, const std::function<void(const PropertyNode&)>& on_node,
                          const std::function<void(const PropertyEdge&)>& on_edge) {
    std::unordered_set<std::string> ids;
    const auto node = [&](const PropertyNode& made) {
        ids.insert(made.id);
        on_node(made);
    };
    for (const GraphRegion& region : data.regions) node(region_node(region));
    for (const GraphReport& report : data.reports) node(report_node(data, report));
    {
        const std::map<std::string, TermCounts> counts = count_terms(data);
        const TermCounts none;
        for (const GraphTerm& term : data.terms) {
            const auto found = counts.find(term.key);
            node(term_node(term, found == counts.end() ? none : found->second));
        }
    }
    const auto edge = [&](const PropertyEdge& made) {
        if (ids.count(made.source) && ids.count(made.target)) on_edge(made);
    };
    add_structure_edges(data, edge);
    add_term_edges(data, edge);
    add_derivation_edges(data, edge);
}

PropertyGraph build_property_graph(const GraphData& data) {
    PropertyGraph graph;
    visit_property_graph(data, [&](const PropertyNode& node) { graph.nodes.push_back(node); },
                         [&](const PropertyEdge& edge) { graph.edges.push_back(edge); });
    return graph;
}

}  // namespace glossgraph
