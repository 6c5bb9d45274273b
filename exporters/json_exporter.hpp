#pragma once
// JSON in the node-link shape that d3's force layout and networkx's node_link_graph both read:
//
//   {"directed": true, "multigraph": true, "graph": {"name": "glossgraph"},
//    "nodes": [{"id": "region:510604", "kind": "region", "label": "罗江区", "code": ...}, ...],
//    "links": [{"source": "report:000_….txt", "target": "term:三线一单", "kind": "defines",
//               "written_term": ..., "text": ...}, ...]}
//
// Nodes and links are those of exporters/property_graph.hpp, in its order, each with its
// attributes flattened beside id/kind/label (source/target/kind): strings, integers and
// booleans, nothing nested. d3: forceLink(links).id(d => d.id). Keys keep a fixed order and
// the text is UTF-8 (not \u-escaped), indented by two spaces.
#include "exporters/exporter.hpp"

namespace glossgraph {

class JsonExporter : public Exporter {
public:
    ExportFormat format() const override { return ExportFormat::json; }
    Reads reads() const override { return {true, false}; }  // derived_from links
    void write(const GraphData& data, const ExportOptions& options, std::ostream& out) const override;
};

}  // namespace glossgraph
