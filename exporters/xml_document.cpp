#include "exporters/xml_document.hpp"

#include "exporters/escape.hpp"

#include <iterator>
#include <string>

namespace glossgraph {

XmlDocument::XmlDocument() { clear(); }

void XmlDocument::clear() {
    doc_.clear();
    Node* declaration = doc_.allocate_node(rapidxml::node_declaration);
    attribute(declaration, "version", "1.0");
    attribute(declaration, "encoding", "UTF-8");
    doc_.append_node(declaration);
}

// RapidXML keeps pointers, so every string is copied into the document's pool first.
const char* XmlDocument::pooled(std::string_view text) {
    const std::string clean = sanitize_xml(text);
    return doc_.allocate_string(clean.c_str(), clean.size() + 1);
}

XmlDocument::Node* XmlDocument::element(Node* parent, std::string_view name, std::string_view value) {
    Node* node = doc_.allocate_node(rapidxml::node_element, pooled(name), value.empty() ? nullptr : pooled(value));
    parent->append_node(node);
    return node;
}

void XmlDocument::attribute(Node* node, std::string_view name, std::string_view value) {
    node->append_attribute(doc_.allocate_attribute(pooled(name), pooled(value)));
}

void XmlDocument::print(std::ostream& out) const { rapidxml::print(std::ostream_iterator<char>(out), doc_); }

void XmlDocument::print_element(std::ostream& out, const Node* node, int depth) const {
    rapidxml::internal::print_node(std::ostream_iterator<char>(out), node, 0, depth);
}

}  // namespace glossgraph
