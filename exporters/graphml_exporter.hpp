#pragma once
// GraphML, written with RapidXML: the property graph of exporters/property_graph.hpp as one
// directed <graph>. Every attribute is declared by a <key> (id "n_<name>" for nodes, "e_<name>"
// for edges, attr.name, attr.type string / int / boolean, for="node" or "edge"): first label
// and kind, then the others by name. Every node has a label; every edge a kind. Nothing is
// nested, so networkx (read_graphml), Gephi and Cytoscape read it as it is. Parallel edges
// (a report that defines and mentions a term) stay separate: networkx reads a MultiDiGraph.
#include "exporters/exporter.hpp"

namespace glossgraph {

class GraphmlExporter : public Exporter {
public:
    ExportFormat format() const override { return ExportFormat::graphml; }
    Reads reads() const override { return {true, false}; }  // derived_from edges
    void write(const GraphData& data, const ExportOptions& options, std::ostream& out) const override;
};

}  // namespace glossgraph
