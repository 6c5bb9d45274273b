#include "exporters/xml_document.hpp"

#include "exporters/buffered_output.hpp"
#include "exporters/escape.hpp"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string>
#include <string>

namespace glossgraph {

namespace {

// RapidXML's expansion of markup characters, all of them but `kept`.
void append_expanded(std::string& out, std::string_view text, char kept) {
    std::size_t plain = 0;
    for (std::size_t at = 0; at < text.size(); ++at) {
        const char c = text[at];
        const char* entity = nullptr;
        switch (c) {
            case '<': entity = "&lt;"; break;
            case '>': entity = "&gt;"; break;
            case '\'': entity = "&apos;"; break;
            case '"': entity = "&quot;"; break;
            case '&': entity = "&amp;"; break;
            default: break;
        }
        if (!entity || c == kept) continue;
        out.append(text.substr(plain, at - plain)).append(entity);
        plain = at + 1;
    }
    out.append(text.substr(plain));
}

// text as XmlDocument pools it: sanitized, and cut at a NUL as a C string is (sanitize_xml
// leaves none, so nothing is cut).
template <typename Append>
void with_clean(std::string_view text, Append&& append) {
    if (is_clean_xml(text)) return append(text);
    const std::string clean = sanitize_xml(text);
    append(std::string_view(clean));
}

}  // namespace

void append_xml_text(std::string& out, std::string_view text) {
    with_clean(text, [&](std::string_view clean) { append_expanded(out, clean, '\0'); });
}

void append_xml_attribute(std::string& out, std::string_view name, std::string_view value) {
    out += ' ';
    with_clean(name, [&](std::string_view clean) { out.append(clean); });
    out += '=';
    with_clean(value, [&](std::string_view clean) {
        const char quote = clean.find('"') == std::string_view::npos ? '"' : '\'';
        out += quote;
        append_expanded(out, clean, quote == '"' ? '\'' : '"');
        out += quote;
    });
}

XmlDocument::XmlDocument() { clear(); }

// RapidXML keeps pointers, so every string is copied into the document's pool first.
const char* XmlDocument::pooled(std::string_view text) {
    char* copy = nullptr;
    with_clean(text, [&](std::string_view clean) {
        copy = doc_.allocate_string(nullptr, clean.size() + 1);
        std::copy(clean.begin(), clean.end(), copy);
        copy[clean.size()] = '\0';
    });
    return copy;
}

void XmlDocument::clear() {
    doc_.clear();
    Node* declaration = doc_.allocate_node(rapidxml::node_declaration);
    attribute(declaration, "version", "1.0");
    attribute(declaration, "encoding", "UTF-8");
    doc_.append_node(declaration);
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

// An output iterator for RapidXML's printer, which writes a character at a time, into a
// BufferedOutput. Copies share the buffer.
class ChunkedOutput {
public:
    using iterator_category = std::output_iterator_tag;
    using value_type = void;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = void;

    explicit ChunkedOutput(BufferedOutput& out) : out_(&out) {}
    ChunkedOutput& operator=(char c) {
        out_->text() += c;
        out_->maybe_flush();
        return *this;
    }
    ChunkedOutput& operator*() { return *this; }
    ChunkedOutput& operator++() { return *this; }
    ChunkedOutput& operator++(int) { return *this; }

private:
    BufferedOutput* out_;
};

}  // namespace

void XmlDocument::print(std::ostream& out) const {
    BufferedOutput buffer(out);
    rapidxml::print(ChunkedOutput(buffer), doc_);
    buffer.flush();
}

void XmlDocument::print_element(std::ostream& out, const Node* node, int depth) const {
    BufferedOutput buffer(out);
    rapidxml::internal::print_node(ChunkedOutput(buffer), node, 0, depth);
    buffer.flush();
}

}  // namespace glossgraph
