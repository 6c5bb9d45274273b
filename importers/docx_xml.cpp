#include "importers/docx_xml.hpp"

#include "core/errors.hpp"
#include "core/text/encoding.hpp"

#include <algorithm>
#include <optional>

namespace glossgraph {
namespace {

constexpr std::size_t none = std::string_view::npos;

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::size_t skip_past(std::string_view xml, std::size_t pos, std::string_view end) {
    const std::size_t found = xml.find(end, pos);
    return found == none ? xml.size() : found + end.size();
}

// The '>' that ends the tag opened at pos, skipping quoted attribute values; adds the tag's
// attributes (its '=' signs outside quotes) to *attributes when given.
std::size_t tag_end(std::string_view xml, std::size_t pos, std::size_t* attributes = nullptr) {
    char quote = 0;
    for (std::size_t i = pos + 1; i < xml.size(); ++i) {
        if (quote) {
            if (xml[i] == quote) quote = 0;
        } else if (xml[i] == '"' || xml[i] == '\'') {
            quote = xml[i];
        } else if (xml[i] == '>') {
            return i;
        } else if (xml[i] == '=' && attributes) {
            ++*attributes;
        }
    }
    return none;
}

// Past a <!DOCTYPE …> declaration, internal subset [ … ] included.
std::size_t skip_declaration(std::string_view xml, std::size_t pos) {
    const std::size_t close = xml.find('>', pos);
    const std::size_t subset = xml.find('[', pos);
    if (subset == none || (close != none && close < subset)) return close == none ? xml.size() : close + 1;
    return skip_past(xml, skip_past(xml, subset, "]"), ">");
}

std::string character_reference(char c) { return "&#" + std::to_string(static_cast<int>(c)) + ";"; }

struct Position {
    int line = 1;
    int column = 1;
};

Position position_of(std::string_view text, std::size_t offset) {
    Position at;
    for (std::size_t i = 0; i < std::min(offset, text.size()); ++i) {
        if (text[i] == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++at.column;
        }
    }
    return at;
}

}  // namespace

XmlPart::XmlPart(std::string name, std::string content, const std::string& file) : name_(std::move(name)) {
    if (content.starts_with("\xFF\xFE") || content.starts_with("\xFE\xFF")) {
        throw parse_error(file, 0, 0, name_ + ": XML in UTF-16 is not supported");
    }
    if (content.starts_with("\xEF\xBB\xBF")) content.erase(0, 3);
    if (std::optional<std::string> damage = utf8_damage(content)) {  // text that is not UTF-8 must never reach a report
        damage_ = std::move(*damage);
        content = repair_utf8(content);
    }
    const XmlShape shape = xml_shape(content, max_depth);
    if (shape.depth > max_depth) {
        throw parse_error(file, 0, 0, name_ + ": elements nested deeper than " + std::to_string(max_depth));
    }
    if (shape.nodes > max_nodes) {
        throw parse_error(file, 0, 0, name_ + ": " + std::to_string(shape.nodes) + " elements and attributes, more than the " +
                                          std::to_string(max_nodes) + " a part may have — too large to be a report");
    }
    text_ = preserve_blank_text(content);
    buffer_ = text_;
    try {
        document_.parse<rapidxml::parse_validate_closing_tags>(buffer_.data());
    } catch (const rapidxml::parse_error& error) {
        const char* where = error.where<char>();
        const bool inside = where >= buffer_.data() && where <= buffer_.data() + buffer_.size();
        const Position at = position_of(text_, inside ? static_cast<std::size_t>(where - buffer_.data()) : text_.size());
        throw parse_error(file, 0, 0, name_ + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                                          ": malformed XML: " + error.what());
    }
}

bool is_element(const XmlNode& node, std::string_view name) {
    return node.type() == rapidxml::node_element && std::string_view(node.name(), node.name_size()) == name;
}

std::string_view attribute_value(const XmlNode& node, std::string_view name) {
    for (const rapidxml::xml_attribute<char>* a = node.first_attribute(); a; a = a->next_attribute()) {
        if (std::string_view(a->name(), a->name_size()) == name) return {a->value(), a->value_size()};
    }
    return {};
}

const XmlNode* child_element(const XmlNode& node, std::string_view name) {
    for (const XmlNode* child = node.first_node(); child; child = child->next_sibling()) {
        if (is_element(*child, name)) return child;
    }
    return nullptr;
}

std::string_view element_text(const XmlNode& node) { return {node.value(), node.value_size()}; }

std::string preserve_blank_text(std::string_view xml) {
    std::string out;
    out.reserve(xml.size());
    std::size_t copied = 0;
    for (std::size_t pos = xml.find("<w:t"); pos != none; pos = xml.find("<w:t", pos + 4)) {
        const char after = pos + 4 < xml.size() ? xml[pos + 4] : '\0';
        if (after != '>' && !is_xml_space(after)) continue;  // <w:tab>, <w:tbl> …
        const std::size_t open_end = tag_end(xml, pos);
        if (open_end == none || xml[open_end - 1] == '/') continue;
        const std::size_t close = xml.find('<', open_end + 1);
        if (close == none || close == open_end + 1) continue;
        const std::string_view text = xml.substr(open_end + 1, close - open_end - 1);
        if (!std::all_of(text.begin(), text.end(), is_xml_space)) continue;
        out.append(xml.substr(copied, open_end + 1 - copied));
        for (char c : text) out += character_reference(c);
        copied = close;
    }
    out.append(xml.substr(copied));
    return out;
}

XmlShape xml_shape(std::string_view xml, int depth_limit) {
    XmlShape shape;
    int depth = 0;
    std::size_t pos = 0;
    while ((pos = xml.find('<', pos)) != none && shape.depth <= depth_limit) {
        const std::string_view rest = xml.substr(pos);
        if (rest.starts_with("<!--")) pos = skip_past(xml, pos, "-->");
        else if (rest.starts_with("<![CDATA[")) pos = skip_past(xml, pos, "]]>");
        else if (rest.starts_with("<?")) pos = skip_past(xml, pos, "?>");
        else if (rest.starts_with("<!")) pos = skip_declaration(xml, pos);
        else if (rest.starts_with("</")) {
            --depth;
            pos += 2;
        } else {
            const std::size_t end = tag_end(xml, pos, &shape.nodes);
            if (end == none) break;
            ++shape.nodes;
            if (xml[end - 1] != '/') shape.depth = std::max(shape.depth, ++depth);
            pos = end + 1;
        }
    }
    return shape;
}

int nesting_depth(std::string_view xml, int limit) { return xml_shape(xml, limit).depth; }

}  // namespace glossgraph
