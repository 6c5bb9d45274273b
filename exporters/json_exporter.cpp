#include "exporters/json_exporter.hpp"

#include "exporters/property_graph.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

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

// Writes one element of a top-level array as a whole document would show it: indented by two
// spaces a level, at the third level (JSON strings hold no raw newline, so every line of the
// element's own dump is one line of the document).
class ArrayWriter {
public:
    ArrayWriter(std::ostream& out, std::string_view name, bool last) : out_(out), last_(last) { out_ << "  \"" << name << "\": ["; }

    void write(const Json& element) {
        // Ill-formed UTF-8 in the data becomes U+FFFD instead of an exception.
        const std::string text = element.dump(2, ' ', false, Json::error_handler_t::replace);
        out_ << (any_ ? ",\n    " : "\n    ");
        for (std::size_t start = 0;;) {
            const std::size_t newline = text.find('\n', start);
            if (newline == std::string::npos) {
                out_.write(text.data() + start, static_cast<std::streamsize>(text.size() - start));
                break;
            }
            out_.write(text.data() + start, static_cast<std::streamsize>(newline + 1 - start));
            out_ << "    ";
            start = newline + 1;
        }
        any_ = true;
    }

    void finish() {
        if (any_) out_ << "\n  ";
        out_ << (last_ ? "]\n" : "],\n");
    }

private:
    std::ostream& out_;
    bool last_;
    bool any_ = false;
};

}  // namespace

// The document of nlohmann's dump(2), written an element at a time: nodes, then links.
void JsonExporter::write(const GraphData& data, const ExportOptions&, std::ostream& out) const {
    out << "{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {\n    \"name\": \"glossgraph\"\n  },\n";
    ArrayWriter nodes(out, "nodes", false);
    std::optional<ArrayWriter> links;
    visit_property_graph(
        data, [&](const PropertyNode& node) { nodes.write(node_json(node)); },
        [&](const PropertyEdge& edge) {
            if (!links) {
                nodes.finish();
                links.emplace(out, "links", true);
            }
            links->write(link_json(edge));
        });
    if (!links) {
        nodes.finish();
        links.emplace(out, "links", true);
    }
    links->finish();
    out << "}\n";
}

}  // namespace glossgraph
