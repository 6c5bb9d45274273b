#include "exporters/json_exporter.hpp"

#include "core/text/utf8.hpp"
#include "exporters/buffered_output.hpp"
#include "exporters/property_graph.hpp"

#include <nlohmann/json.hpp>

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace glossgraph {
namespace {

using Json = nlohmann::ordered_json;

// A JSON string as nlohmann's dump writes it (UTF-8 as it is, ill-formed bytes as U+FFFD):
// written directly when it needs no more than \" and \\, else by nlohmann itself, so the
// two ways cannot disagree.
void append_string(std::string& out, std::string_view text) {
    bool plain = true;
    for (std::size_t pos = 0; pos < text.size() && plain;) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {
            plain = byte >= 0x20;
            ++pos;
        } else {
            const std::size_t length = utf8::sequence_length(text, pos);
            plain = length > 0;
            pos += length;
        }
    }
    if (!plain) {
        out += Json(std::string(text)).dump(-1, ' ', false, Json::error_handler_t::replace);
        return;
    }
    out += '"';
    for (const char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    out += '"';
}

void append_value(std::string& out, const PropertyValue& value) {
    if (const auto* text = std::get_if<std::string>(&value)) return append_string(out, *text);
    if (const auto* number = std::get_if<int>(&value)) {
        out += std::to_string(*number);
        return;
    }
    if (const auto* flag = std::get_if<bool>(&value)) {
        out += *flag ? "true" : "false";
        return;
    }
    out += Json(std::get<double>(value)).dump();
}

// A flat object (a node or a link) as dump(2) shows it at the third level of the document:
// the members in order, a name given twice keeping its first place and its last value, as
// nlohmann's ordered_json does.
class FlatObject {
public:
    void add(std::string_view name, std::string value) {
        for (auto& member : members_) {
            if (member.first == name) {
                member.second = std::move(value);
                return;
            }
        }
        members_.emplace_back(std::string(name), std::move(value));
    }
    void add_string(std::string_view name, std::string_view text) {
        std::string value;
        append_string(value, text);
        add(name, std::move(value));
    }
    void add_properties(const std::vector<Property>& properties) {
        for (const Property& property : properties) {
            std::string value;
            append_value(value, property.value);
            add(property.name, std::move(value));
        }
    }
    void write(std::string& out) const {
        out += '{';
        for (std::size_t i = 0; i < members_.size(); ++i) {
            out += i == 0 ? "\n      " : ",\n      ";
            append_string(out, members_[i].first);
            out += ": ";
            out += members_[i].second;
        }
        out += "\n    }";
    }

private:
    std::vector<std::pair<std::string, std::string>> members_;
};

// Writes one element of a top-level array as a whole document would show it, indented by two
// spaces a level.
class ArrayWriter {
public:
    ArrayWriter(std::ostream& out, std::string_view name, bool last) : buffer_(out), last_(last) {
        buffer_.text().append("  \"").append(name).append("\": [");
    }

    void write(const FlatObject& element) {
        buffer_.text() += any_ ? ",\n    " : "\n    ";
        element.write(buffer_.text());
        any_ = true;
        buffer_.maybe_flush();
    }

    void finish() {
        if (any_) buffer_.text() += "\n  ";
        buffer_.text() += last_ ? "]\n" : "],\n";
        buffer_.flush();
    }

private:
    BufferedOutput buffer_;
    bool last_;
    bool any_ = false;
};

FlatObject node_json(const PropertyNode& node) {
    FlatObject object;
    object.add_string("id", node.id);
    object.add_string("kind", to_string(node.kind));
    object.add_string("label", node.label);
    object.add_properties(node.properties);
    return object;
}

FlatObject link_json(const PropertyEdge& edge) {
    FlatObject object;
    object.add_string("source", edge.source);
    object.add_string("target", edge.target);
    object.add_string("kind", edge.kind);
    object.add_properties(edge.properties);
    return object;
}

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
