#include "exporters/property_graph.hpp"

#include "core/graph/graph_lookup.hpp"
#include "exporters/escape.hpp"
#include "exporters/term_counts.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <unordered_map>

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

PropertyNode region_node(const Region& region) {
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

// The id of each node made, by what it stands for (a region's code, a report's file, a
// term's key), so that an edge finds its ends' ids without escaping them again, and an edge
// with an end that is no node is dropped.
struct NodeIds {
    using Ids = std::unordered_map<std::string_view, std::string>;
    Ids regions, reports, terms;

    static const std::string* find(const Ids& ids, std::string_view name) {
        const auto found = ids.find(name);
        return found == ids.end() ? nullptr : &found->second;
    }
};

using EdgeSink = std::function<void(const PropertyEdge&)>;

// An edge of kind from source to target, with nothing else set, when both ends are nodes.
// Reuses edge's strings, so that millions of edges cost no allocation each.
bool set_ends(PropertyEdge& edge, const std::string* source, const std::string* target) {
    if (!source || !target) return false;
    edge.source = *source;
    edge.target = *target;
    return true;
}

void add_structure_edges(const GraphData& data, const NodeIds& ids, const EdgeSink& edges) {
    PropertyEdge edge{{}, {}, std::string(edge_part_of), {}};
    for (const Region& region : data.regions) {
        if (region.parent_code.empty()) continue;
        if (set_ends(edge, NodeIds::find(ids.regions, region.code), NodeIds::find(ids.regions, region.parent_code))) edges(edge);
    }
    for (const RegionLink& link : data.region_links) {
        PropertyEdge successor{{}, {}, std::string(edge_successor), {}};
        if (!set_ends(successor, NodeIds::find(ids.regions, link.from_code), NodeIds::find(ids.regions, link.to_code))) continue;
        add(successor.properties, "change", std::string(to_string(link.change)));
        add(successor.properties, "year", link.year);
        edges(successor);
    }
    edge.kind = edge_in_region;
    for (const GraphReport& report : data.reports) {
        if (report.region_code.empty()) continue;
        if (set_ends(edge, NodeIds::find(ids.reports, report.file), NodeIds::find(ids.regions, report.region_code))) edges(edge);
    }
}

void add_term_edges(const GraphData& data, const NodeIds& ids, const EdgeSink& edges) {
    for (const GraphDefinition& definition : data.definitions) {
        PropertyEdge edge{{}, {}, std::string(edge_defines), {}};
        if (!set_ends(edge, NodeIds::find(ids.reports, definition.report_file), NodeIds::find(ids.terms, definition.term_key))) continue;
        add(edge.properties, "written_term", definition.term);
        add(edge.properties, "text", definition.text);
        if (definition.footnote) add(edge.properties, "footnote", *definition.footnote);
        add_damage(edge.properties, definition.damage);
        edges(edge);
    }
    // The many: one edge whose strings and properties are overwritten for each.
    PropertyEdge mentions{{}, {}, std::string(edge_mentions), {}};
    add(mentions.properties, "count", 0);
    add(mentions.properties, "quoted", false);
    add(mentions.properties, "anchored", false);
    add(mentions.properties, "defines", false);
    // By key, then file (GraphData): a term's id is looked up once for all its mentions.
    const std::string* term = nullptr;
    const std::string* term_key = nullptr;
    for (const GraphMention& mention : data.mentions) {
        if (!term_key || *term_key != mention.term_key) {
            term_key = &mention.term_key;
            term = NodeIds::find(ids.terms, mention.term_key);
        }
        if (!set_ends(mentions, NodeIds::find(ids.reports, mention.report_file), term)) continue;
        mentions.properties[0].value = mention.count;
        mentions.properties[1].value = mention.quoted;
        mentions.properties[2].value = mention.anchored;
        mentions.properties[3].value = mention.defines;
        edges(mentions);
    }
    for (const GraphRelation& relation : data.relations) {
        PropertyEdge edge{{}, {}, std::string(to_string(relation.kind)), {}};
        if (!set_ends(edge, NodeIds::find(ids.terms, relation.from_key), NodeIds::find(ids.terms, relation.to_key))) continue;
        add(edge.properties, "rule", relation.rule);
        edges(edge);
    }
}

void add_derivation_edges(const GraphData& data, const NodeIds& ids, const EdgeSink& edges) {
    std::unordered_map<long long, const GraphDefinition*> by_entry;
    for (const GraphDefinition& definition : data.definitions) by_entry.emplace(definition.entry_id, &definition);
    for (const GraphDerivation& derivation : data.derivations) {
        const auto derived = by_entry.find(derivation.entry_id);
        const auto source = by_entry.find(derivation.source_entry_id);
        if (derived == by_entry.end() || source == by_entry.end()) continue;
        // As its defines edges, dropped with the term.
        if (!NodeIds::find(ids.terms, derived->second->term_key)) continue;
        PropertyEdge edge{{}, {}, std::string(edge_derived_from), {}};
        if (!set_ends(edge, NodeIds::find(ids.reports, derived->second->report_file),
                      NodeIds::find(ids.reports, source->second->report_file)))
            continue;
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

std::string region_node_id(std::string_view code) { return "region:" + escape_id_text(code); }
std::string report_node_id(std::string_view file) { return "report:" + escape_id_text(file); }
std::string term_node_id(std::string_view key) { return "term:" + escape_id_text(key); }

void visit_property_graph(const GraphData& data, const std::function<void(const PropertyNode&)>& on_node,
                          const std::function<void(const PropertyEdge&)>& on_edge) {
    NodeIds ids;
    const auto node = [&](NodeIds::Ids& kind_ids, std::string_view name, const PropertyNode& made) {
        kind_ids.emplace(name, made.id);
        on_node(made);
    };
    for (const Region& region : data.regions) node(ids.regions, region.code, region_node(region));
    for (const GraphReport& report : data.reports) node(ids.reports, report.file, report_node(data, report));
    {
        const std::map<std::string, TermCounts> counts = count_terms(data);
        const TermCounts none;
        for (const GraphTerm& term : data.terms) {
            const auto found = counts.find(term.key);
            node(ids.terms, term.key, term_node(term, found == counts.end() ? none : found->second));
        }
    }
    add_structure_edges(data, ids, on_edge);
    add_term_edges(data, ids, on_edge);
    add_derivation_edges(data, ids, on_edge);
}

PropertyGraph build_property_graph(const GraphData& data) {
    PropertyGraph graph;
    visit_property_graph(data, [&](const PropertyNode& node) { graph.nodes.push_back(node); },
                         [&](const PropertyEdge& edge) { graph.edges.push_back(edge); });
    return graph;
}

}  // namespace glossgraph
