#include "exporters/graphml_exporter.hpp"

#include "exporters/buffered_output.hpp"
#include "exporters/escape.hpp"
#include "exporters/property_graph.hpp"
#include "exporters/xml_document.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>

namespace glossgraph {
namespace {

std::string_view graphml_type(const PropertyValue& value) {
    if (std::holds_alternative<int>(value)) return "int";
    if (std::holds_alternative<bool>(value)) return "boolean";
    if (std::holds_alternative<double>(value)) return "double";
    return "string";
}

std::string value_text(const PropertyValue& value) {
    if (const auto* number = std::get_if<int>(&value)) return std::to_string(*number);
    if (const auto* flag = std::get_if<bool>(&value)) return *flag ? "true" : "false";
    if (const auto* real = std::get_if<double>(&value)) return shortest_decimal(*real);
    return std::get<std::string>(value);
}

// The declared attributes of one domain (node or edge): name -> GraphML type. label and kind
// come first, the rest by name.
class KeySet {
public:
    explicit KeySet(std::string_view prefix) : prefix_(prefix) {}

    void add(const std::string& name, std::string_view type) {
        const auto [at, inserted] = types_.emplace(name, type);
        if (!inserted && at->second != type) {
            throw std::logic_error("attribute '" + name + "' has two types: " + std::string(at->second) + ", " + std::string(type));
        }
    }

    // The key's id, in a buffer of the set's: valid until the next call.
    const std::string& id(std::string_view name) const { return id_.assign(prefix_).append(name); }

    // Names in declaration order.
    std::vector<std::string> names(const std::vector<std::string>& first) const {
        std::vector<std::string> ordered(first);
        for (const auto& entry : types_) {
            if (std::find(first.begin(), first.end(), entry.first) == first.end()) ordered.push_back(entry.first);
        }
        return ordered;
    }

    std::string_view type(const std::string& name) const { return types_.at(name); }

private:
    std::string_view prefix_;
    std::map<std::string, std::string_view> types_;
    mutable std::string id_;
};

// Writes the document element by element: the keys need every property's name and type,
// so the graph is visited twice, once to declare them and once to write, and no more than
// one node or edge is held at a time.
class GraphmlWriter {
public:
    explicit GraphmlWriter(const GraphData& data) : data_(data) {
        node_keys_.add("label", "string");
        node_keys_.add("kind", "string");
        edge_keys_.add("kind", "string");
        visit_property_graph(
            data,
            [&](const PropertyNode& node) {
                empty_ = false;
                for (const Property& property : node.properties) node_keys_.add(property.name, graphml_type(property.value));
            },
            [&](const PropertyEdge& edge) {
                for (const Property& property : edge.properties) edge_keys_.add(property.name, graphml_type(property.value));
            });
    }

    void write(std::ostream& stream) {
        BufferedOutput out(stream);
        out.text() += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
        declare_keys(out.text(), node_keys_, node_keys_.names({"label", "kind"}), "node");
        declare_keys(out.text(), edge_keys_, edge_keys_.names({"kind"}), "edge");
        if (empty_) {  // nothing in it: an empty element, as a printer writes one
            out.text() += "\t<graph id=\"glossgraph\" edgedefault=\"directed\"/>\n</graphml>\n\n";
            out.flush();
            return;
        }
        out.text() += "\t<graph id=\"glossgraph\" edgedefault=\"directed\">\n";
        visit_property_graph(
            data_, [&](const PropertyNode& node) { write_node(out, node); }, [&](const PropertyEdge& edge) { write_edge(out, edge); });
        out.text() += "\t</graph>\n</graphml>\n\n";  // RapidXML's printer ended the document with a blank line: kept
        out.flush();
    }

private:
    // <data key="KEY">value</data> at the depth of a node's or an edge's children, or
    // <data key="KEY"/> for an empty value, as RapidXML prints an element without a value.
    static void data(std::string& text, const std::string& key, std::string_view value) {
        text += "\t\t\t<data";
        append_xml_attribute(text, "key", key);
        if (value.empty()) {
            text += "/>\n";
            return;
        }
        text += '>';
        append_xml_text(text, value);
        text += "</data>\n";
    }

    static void declare_keys(std::string& text, const KeySet& keys, const std::vector<std::string>& names, std::string_view domain) {
        for (const std::string& name : names) {
            text += "\t<key";
            append_xml_attribute(text, "id", keys.id(name));
            append_xml_attribute(text, "for", domain);
            append_xml_attribute(text, "attr.name", name);
            append_xml_attribute(text, "attr.type", keys.type(name));
            text += "/>\n";
        }
    }

    void write_node(BufferedOutput& out, const PropertyNode& node) {
        std::string& text = out.text();
        text += "\t\t<node";
        append_xml_attribute(text, "id", node.id);
        text += ">\n";
        data(text, node_keys_.id("label"), node.label);
        data(text, node_keys_.id("kind"), to_string(node.kind));
        for (const Property& property : node.properties) data(text, node_keys_.id(property.name), value_text(property.value));
        text += "\t\t</node>\n";
        out.maybe_flush();
    }

    void write_edge(BufferedOutput& out, const PropertyEdge& edge) {
        std::string& text = out.text();
        text += "\t\t<edge";
        append_xml_attribute(text, "source", edge.source);
        append_xml_attribute(text, "target", edge.target);
        text += ">\n";
        data(text, edge_keys_.id("kind"), edge.kind);
        for (const Property& property : edge.properties) data(text, edge_keys_.id(property.name), value_text(property.value));
        text += "\t\t</edge>\n";
        out.maybe_flush();
    }

    const GraphData& data_;
    bool empty_ = true;  // no node (and so no edge)
    KeySet node_keys_{"n_"};
    KeySet edge_keys_{"e_"};
};

}  // namespace

void GraphmlExporter::write(const GraphData& data, const ExportOptions&, std::ostream& out) const {
    GraphmlWriter(data).write(out);
}

}  // namespace glossgraph
