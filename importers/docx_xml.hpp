#pragma once
// One XML part of a Word document (word/document.xml, word/footnotes.xml …), parsed with
// RapidXML, and small accessors for WordprocessingML's qualified names ("w:p", "w:id").
//
// External entities are never expanded: RapidXML does not process DTDs. A DOCTYPE is
// skipped unread, so its entity declarations have no effect, and a reference such as &xxe;
// stays in the text as written. Only the five predefined entities and character references
// (&#32;) are translated.
#include <rapidxml/rapidxml.hpp>

#include <string>
#include <string_view>

namespace glossgraph {

using XmlNode = rapidxml::xml_node<char>;

class XmlPart {
public:
    // Parses `content`, the part called `name` in the archive `file`. Throws parse_error
    // naming the file, the part and the line:column in it for malformed XML
    // ("word/document.xml:3:17: malformed XML: expected >"), for elements nested deeper than
    // max_depth, for more than max_nodes elements and attributes, and for parts in UTF-16.
    XmlPart(std::string name, std::string content, const std::string& file);
    XmlPart(const XmlPart&) = delete;
    XmlPart& operator=(const XmlPart&) = delete;

    // The document element; nullptr for a part without one.
    const XmlNode* root() const { return document_.first_node(); }
    const std::string& name() const { return name_; }
    // Bytes that were not UTF-8 are each made U+FFFD before parsing; this says what was
    // replaced ("invalid UTF-8 byte 0xFF; 2 damaged sequences replaced with U+FFFD"), for the
    // importer's warning. Empty when the part was valid UTF-8.
    const std::string& damage() const { return damage_; }

    static constexpr int max_depth = 256;
    // RapidXML keeps about 100 bytes per element and 60 per attribute: two million of them are
    // about 200 MB, ten times what a long report's document.xml holds.
    static constexpr std::size_t max_nodes = 2000000;

private:
    std::string name_;
    std::string damage_;
    std::string text_;    // as parsed, kept to locate errors
    std::string buffer_;  // RapidXML parses in place
    rapidxml::xml_document<char> document_;
};

// True when node is an element with this qualified name.
bool is_element(const XmlNode& node, std::string_view name);
// The value of the attribute with this qualified name, "" when absent.
std::string_view attribute_value(const XmlNode& node, std::string_view name);
// The first child element with this qualified name, or nullptr.
const XmlNode* child_element(const XmlNode& node, std::string_view name);
// The text of an element (its first data child), "" when none.
std::string_view element_text(const XmlNode& node);

// Whitespace-only <w:t> text would be dropped by RapidXML, which ignores whitespace-only data;
// this writes it as character references (" " -> "&#32;") so it survives.
std::string preserve_blank_text(std::string_view xml);

struct XmlShape {
    int depth = 0;           // the deepest element nesting, counted up to depth_limit + 1
    std::size_t nodes = 0;   // elements and attributes, up to where the depth was counted
};

// The shape of xml from one scan of its tags (comments, CDATA, declarations and quoted
// attribute values skipped); the scan stops once the depth exceeds depth_limit.
XmlShape xml_shape(std::string_view xml, int depth_limit);

// xml_shape(xml, limit).depth.
int nesting_depth(std::string_view xml, int limit);

}  // namespace glossgraph
