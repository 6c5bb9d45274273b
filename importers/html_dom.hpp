#pragma once
// Small helpers over gumbo's parse tree for the HTML importer: ownership of the tree,
// attribute access, what counts as a block, as page chrome, and the page's own metadata.
#include <gumbo.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph::html {

// A parsed page; owns gumbo's output. The text must be UTF-8 and outlive the document.
class Document {
public:
    explicit Document(std::string_view utf8);
    ~Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;
    const GumboNode& root() const { return *output_->root; }

private:
    GumboOutput* output_;
};

// The element of an element or template node, else nullptr.
const GumboElement* element_of(const GumboNode& node);

// The children of an element, as a range of const GumboNode*.
class Children {
public:
    struct Iterator {
        void* const* at;
        const GumboNode* operator*() const { return static_cast<const GumboNode*>(*at); }
        Iterator& operator++() {
            ++at;
            return *this;
        }
        bool operator!=(const Iterator& other) const { return at != other.at; }
    };
    explicit Children(const GumboVector& children) : children_(children) {}
    Iterator begin() const { return {children_.data}; }
    Iterator end() const { return {children_.data + children_.length}; }

private:
    const GumboVector& children_;
};
inline Children children_of(const GumboElement& element) { return Children(element.children); }

// The attribute's value, "" when absent.
std::string_view attribute(const GumboElement& element, const char* name);
std::optional<int> int_attribute(const GumboElement& element, const char* name);

// Elements that start and end lines (p, div, li, h1 …, and table parts).
bool is_block(GumboTag tag);

// Elements that are not report text: scripts, styles, navigation, footers, share buttons,
// hidden elements … (see html_text.hpp). A <header> counts unless inside an article.
bool is_chrome(const GumboElement& element, bool in_article);

// The text of a node as a browser shows it on one line (white space collapsed, chrome left
// out), cut after about `limit` bytes, between two characters.
std::string plain_text(const GumboNode& node, std::size_t limit);
std::string plain_text(const GumboElement& element, std::size_t limit);

struct Row {
    std::vector<const GumboElement*> cells;  // <td> and <th>
    std::vector<std::string> texts;          // each cell's plain text, trimmed
    bool headings = false;                   // every cell is a <th>
    bool has_blocks = false;                 // a cell holds paragraphs, lists, breaks: a layout table
};

// The rows of a table (through thead, tbody, tfoot; not those of nested tables).
std::vector<Row> table_rows(const GumboElement& table);

struct PageHead {
    std::string title;  // the first title candidate that names a work report; empty if none
    int title_line = 0;
    std::optional<std::string> date;  // YYYY-MM-DD
};

PageHead read_page_head(const GumboNode& root);

}  // namespace glossgraph::html
