#include "exporters/xml_document.hpp"

#include "exporters/escape.hpp"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>
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
    char* copy = nullptr;
    if (is_clean_xml(text)) {
        copy = doc_.allocate_string(nullptr, text.size() + 1);
        std::copy(text.begin(), text.end(), copy);
        copy[text.size()] = '\0';
        return copy;
    }
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

namespace {

// An output iterator for RapidXML's printer that collects characters and hands them to the
// stream in pieces: RapidXML writes a character at a time, which through an
// ostream_iterator cost a stream call (and its sentry) for each. Copies share one buffer.
class ChunkedOutput {
public:
    using iterator_category = std::output_iterator_tag;
    using value_type = void;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = void;

    ChunkedOutput(std::string& buffer, std::ostream& out) : buffer_(&buffer), out_(&out) {}
    ChunkedOutput& operator=(char c) {
        *buffer_ += c;
        if (buffer_->size() >= kChunk) flush();
        return *this;
    }
    ChunkedOutput& operator*() { return *this; }
    ChunkedOutput& operator++() { return *this; }
    ChunkedOutput& operator++(int) { return *this; }
    void flush() {
        out_->write(buffer_->data(), static_cast<std::streamsize>(buffer_->size()));
        buffer_->clear();
    }

private:
    static constexpr std::size_t kChunk = 1 << 16;
    std::string* buffer_;
    std::ostream* out_;
};

}  // namespace

void XmlDocument::print(std::ostream& out) const {
    printed_.clear();
    ChunkedOutput output(printed_, out);
    rapidxml::print(output, doc_);
    output.flush();
}

void XmlDocument::print_element(std::ostream& out, const Node* node, int depth) const {
    printed_.clear();
    ChunkedOutput output(printed_, out);
    rapidxml::internal::print_node(output, node, 0, depth);
    output.flush();
}

}  // namespace glossgraph
