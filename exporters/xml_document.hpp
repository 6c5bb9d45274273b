#pragma once
// An XML document built with RapidXML and printed as UTF-8, for the XML formats (GraphML,
// TBX). Every name and value goes through sanitize_xml (exporters/escape.hpp) and is copied
// into the document's own pool, so callers may pass temporaries; RapidXML's printer escapes
// the markup characters (& < > " ') itself. Output is indented with tabs, one element a line.
#include "exporters/rapidxml.hpp"

#include <ostream>
#include <string>
#include <string_view>

namespace glossgraph {

// Printing without a document, byte for byte as XmlDocument prints, for writers of many small
// elements (GraphML): text is sanitize_xml'd, then & < > ' " written as entities; an attribute
// value is quoted with " unless it holds one, then with ' (the other quote left as it is).
void append_xml_text(std::string& out, std::string_view text);
// ` name="value"`, as above.
void append_xml_attribute(std::string& out, std::string_view name, std::string_view value);

class XmlDocument {
public:
    using Node = rapidxml::xml_node<char>;

    // A document holding the declaration <?xml version="1.0" encoding="UTF-8"?>.
    XmlDocument();
    XmlDocument(const XmlDocument&) = delete;
    XmlDocument& operator=(const XmlDocument&) = delete;

    // The document itself, as the parent of the root element.
    Node* document() { return &doc_; }
    // A new element appended to parent, holding value as text unless value is empty.
    Node* element(Node* parent, std::string_view name, std::string_view value = {});
    void attribute(Node* node, std::string_view name, std::string_view value);
    void print(std::ostream& out) const;
    // One element and what it holds, printed as print() prints it at that depth (tabs), for
    // writers that stream a long document element by element.
    void print_element(std::ostream& out, const Node* node, int depth) const;
    // Every element and the pool that held them gone: the document as new.
    void clear();

private:
    const char* pooled(std::string_view text);

    rapidxml::xml_document<char> doc_;
};

}  // namespace glossgraph
