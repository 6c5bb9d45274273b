#pragma once
// GraphData seen as a property graph: typed nodes and directed edges carrying flat
// attributes (strings, ints, booleans; nothing nested). GraphML, JSON and DOT are all written
// from this one view, so the three agree on ids, kinds, labels and attributes.
//
// Nodes, in this order: regions (by code), reports (by file), terms (by key).
// Edges, in this order:
//   region  -part_of->   its parent region
//   region  -successor-> region  one per link of GraphData::region_links: change (renamed,
//                                 upgraded, recoded, merged_into, split_from), year (int)
//   report  -in_region-> its region
//   report  -defines->   term     one per definition: written_term, text, footnote, and damaged
//                                 or repaired (true) when its text held a damaged run
//   report  -mentions->  term     count, quoted, anchored, defines
//   term    -<kind>->    term     one per relation, kind as stored (variant_numeral, broader
//                                 ...), rule
//   report  -derived_from-> report  one per derivation (GraphData::derivations): the report
//                                 of the derived definition to that of its source; term (key),
//                                 entry and source_entry (entry ids: with term and the reports
//                                 they name the two defines edges), relation, direction,
//                                 similarity (double); dropped, as its defines edges are,
//                                 when the term is no node
// Report nodes carry damaged or repaired (true) as well, when their text held a damaged run.
// An edge whose ends are not both nodes of the data (a subset that left one out) is dropped,
// so readers never invent nodes.
#include "core/graph_data.hpp"

#include <functional>

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace glossgraph {

// Edge kinds that do not come from GraphRelation::kind.
inline constexpr std::string_view edge_part_of = "part_of";
inline constexpr std::string_view edge_successor = "successor";
inline constexpr std::string_view edge_in_region = "in_region";
inline constexpr std::string_view edge_defines = "defines";
inline constexpr std::string_view edge_mentions = "mentions";
inline constexpr std::string_view edge_derived_from = "derived_from";

// Node ids: a kind prefix and the stable identity through escape_id_text (exporters/escape.hpp),
// so that distinct identities are distinct ids in every format.
std::string region_node_id(std::string_view code);    // "region:510604"
std::string report_node_id(std::string_view file);    // "report:000_5b54c714a6bec26a.txt"
std::string term_node_id(std::string_view key);       // "term:三线一单"; "term:术\\x01甲" for 术\x01甲

using PropertyValue = std::variant<std::string, int, bool, double>;

struct Property {
    std::string name;
    PropertyValue value;
};

struct PropertyNode {
    std::string id;
    NodeKind kind = NodeKind::term;
    std::string label;  // never empty: a report without a title shows its file, a term its key
    std::vector<Property> properties;
};

struct PropertyEdge {
    std::string source;  // node ids
    std::string target;
    std::string kind;
    std::vector<Property> properties;
};

struct PropertyGraph {
    std::vector<PropertyNode> nodes;
    std::vector<PropertyEdge> edges;
};

// Node attributes:
//   region: code, level ("province" ...), parent_code (when it has a parent)
//   report: file, title, year (int), delivered_on, speaker, script (each when known); with a
//           region, code_then (the code it was filed under, as of its year) and code_now (the
//           region its line of history continues into today: line_head; code_then if unchanged)
//   term:   key, written_forms (the forms joined by " | "), definition_count, region_count
//           (distinct regions defining it), mention_count (reports mentioning it): ints
// A name has one value type across all nodes, and one across all edges.
PropertyGraph build_property_graph(const GraphData& data);

// The same nodes and edges handed over one at a time, in the same order (every node before
// any edge), so that a writer holds one at a time rather than the whole graph.
void visit_property_graph(const GraphData& data, const std::function<void(const PropertyNode&)>& on_node,
                          const std::function<void(const PropertyEdge&)>& on_edge);

// Separator of the written forms in the written_forms attribute.
inline constexpr std::string_view written_forms_separator = " | ";

}  // namespace glossgraph
