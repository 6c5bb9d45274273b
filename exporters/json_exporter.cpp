#include "exporters/json_exporter.hpp"

#include "exporters/property_graph.hpp"

#include <nlohmann/json.hpp>

namespace glossgraph {
namespace {

using Json = nlohmann::ordered_json;

void add_properties(Json& object, const std::vector<Property>& properties) {
    for (const Property& property : properties) {
        std::visit([&](const auto& value) { object[property.name] = value; }, property.value);
    }
}

Json node_json(const PropertyNode& node) {
    Json object = {{"id", node.id}, {"kind", to_string(node.kind)}, {"label", node.label}};
    add_properties(object, node.properties);
    return object;
}

Json link_json(const PropertyEdge& edge) {
    Json object = {{"source", edge.source}, {"target", edge.target}, {"kind", edge.kind}};
    add_properties(object, edge.properties);
    return object;
}

}  // namespace

void JsonExporter::write(const GraphData& data, const ExportOptions&, std::ostream& out) const {
    const PropertyGraph graph = build_property_graph(data);
    Json document = {{"directed", true}, {"multigraph", true}, {"graph", {{"name", "glossgraph"}}}};
    Json& nodes = document["nodes"] = Json::array();
    for (const PropertyNode& node : graph.nodes) nodes.push_back(node_json(node));
    Json& links = document["links"] = Json::array();
    for (const PropertyEdge& edge : graph.edges) links.push_back(link_json(edge));
    // Ill-formed UTF-8 in the data becomes U+FFFD instead of an exception.
    out << document.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace glossgraph
