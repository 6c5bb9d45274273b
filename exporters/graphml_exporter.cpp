#include "exporters/graphml_exporter.hpp"

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

    void write(std::ostream& out) {
        out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
               "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
               "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
               "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
        declare_keys(out, node_keys_, node_keys_.names({"label", "kind"}), "node");
        declare_keys(out, edge_keys_, edge_keys_.names({"kind"}), "edge");
        if (empty_) {  // nothing in it: an empty element, as a printer writes one
            out << "\t<graph id=\"glossgraph\" edgedefault=\"directed\"/>\n</graphml>\n\n";
            return;
        }
        out << "\t<graph id=\"glossgraph\" edgedefault=\"directed\">\n";
        visit_property_graph(
            data_, [&](const PropertyNode& node) { write_node(out, node); }, [&](const PropertyEdge& edge) { write_edge(out, edge); });
        flush(out);
        out << "\t</graph>\n</graphml>\n\n";  // RapidXML's printer ended the document with a blank line: kept
    }

private:
    // <data key="KEY">value</data> at the depth of a node's or an edge's children, or
    // <data key="KEY"/> for an empty value, as RapidXML prints an element without a value.
    void data(const std::string& key, std::string_view value) {
        text_ += "\t\t\t<data";
        append_xml_attribute(text_, "key", key);
        if (value.empty()) {
            text_ += "/>\n";
            return;
        }
        text_ += '>';
        append_xml_text(text_, value);
        text_ += "</data>\n";
    }

    void flush(std::ostream& out) {
        out.write(text_.data(), static_cast<std::streamsize>(text_.size()));
        text_.clear();
    }

    void declare_keys(std::ostream& out, const KeySet& keys, const std::vector<std::string>& names, std::string_view domain) {
        for (const std::string& name : names) {
            text_ += "\t<key";
            append_xml_attribute(text_, "id", keys.id(name));
            append_xml_attribute(text_, "for", domain);
            append_xml_attribute(text_, "attr.name", name);
            append_xml_attribute(text_, "attr.type", keys.type(name));
            text_ += "/>\n";
        }
        flush(out);
    }

    void write_node(std::ostream& out, const PropertyNode& node) {
        text_ += "\t\t<node";
        append_xml_attribute(text_, "id", node.id);
        text_ += ">\n";
        data(node_keys_.id("label"), node.label);
        data(node_keys_.id("kind"), to_string(node.kind));
        for (const Property& property : node.properties) data(node_keys_.id(property.name), value_text(property.value));
        text_ += "\t\t</node>\n";
        if (text_.size() >= kFlushAt) flush(out);
    }

    void write_edge(std::ostream& out, const PropertyEdge& edge) {
        text_ += "\t\t<edge";
        append_xml_attribute(text_, "source", edge.source);
        append_xml_attribute(text_, "target", edge.target);
        text_ += ">\n";
        data(edge_keys_.id("kind"), edge.kind);
        for (const Property& property : edge.properties) data(edge_keys_.id(property.name), value_text(property.value));
        text_ += "\t\t</edge>\n";
        if (text_.size() >= kFlushAt) flush(out);
    }

    static constexpr std::size_t kFlushAt = 1 << 20;

    const GraphData& data_;
    bool empty_ = true;  // no node (and so no edge)
    KeySet node_keys_{"n_"};
    KeySet edge_keys_{"e_"};
    std::string text_;  // written, not yet handed to the stream
};

}  // namespace

void GraphmlExporter::write(const GraphData& data, const ExportOptions&, std::ostream& out) const {
    GraphmlWriter(data).write(out);
}

}  // namespace glossgraph
