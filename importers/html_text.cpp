#include "importers/html_text.hpp"

#include "core/text/normalize.hpp"
#include "importers/glossary_parser.hpp"
#include "importers/html_dom.hpp"

#include <algorithm>

namespace glossgraph {
namespace {

using html::attribute;
using html::children_of;
using html::element_of;

constexpr int max_depth = 400;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool is_ascii_alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool all_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Walks the body of a page, writing its readable text to a TextBuilder.
class HtmlWalker {
public:
    explicit HtmlWalker(TextBuilder& out) : out_(out) {}

    void walk(const GumboNode& node, int depth) {
        if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE || node.type == GUMBO_NODE_CDATA) {
            if (node.v.text.start_pos.line > 0) out_.set_source_line(static_cast<int>(node.v.text.start_pos.line));
            text(node.v.text.text);
        } else if (const GumboElement* element = element_of(node)) {
            if (depth < max_depth && !html::is_chrome(*element, article_ > 0)) this->element(*element, depth + 1);
        }
    }

private:
    void element(const GumboElement& element, int depth) {
        if (element.start_pos.line > 0) out_.set_source_line(static_cast<int>(element.start_pos.line));
        switch (element.tag) {
            case GUMBO_TAG_BR: return line_break();
            case GUMBO_TAG_OL:
            case GUMBO_TAG_UL: return list(element, depth);
            case GUMBO_TAG_DL: return definitions(element, depth);
            case GUMBO_TAG_TABLE: return table(element, depth);
            case GUMBO_TAG_SUP: return superscript(element, depth);
            case GUMBO_TAG_A: return link(element, depth);
            case GUMBO_TAG_PRE: return counted_block(pre_, element, depth);
            case GUMBO_TAG_ARTICLE:
            case GUMBO_TAG_MAIN: return counted_block(article_, element, depth);
            default: return html::is_block(element.tag) ? block(element, depth) : children(element, depth);
        }
    }

    void children(const GumboElement& element, int depth) {
        for (const GumboNode* child : children_of(element)) walk(*child, depth);
    }

    void block(const GumboElement& element, int depth) {
        block_edge();
        children(element, depth);
        block_edge();
    }

    // A block inside which `level` counts one more (<pre>, <article>).
    void counted_block(int& level, const GumboElement& element, int depth) {
        ++level;
        block(element, depth);
        --level;
    }

    void text(std::string_view text) {
        if (pre_ > 0) {
            flush(text);
            out_.append(text);
            return;
        }
        std::size_t pos = 0;
        while (pos < text.size()) {
            if (is_space(text[pos])) {
                space_ = true;
                newline_ = newline_ || text[pos] == '\n';
                ++pos;
                continue;
            }
            const auto next = std::find_if(text.begin() + static_cast<std::ptrdiff_t>(pos), text.end(), is_space);
            const std::size_t end = static_cast<std::size_t>(next - text.begin());
            flush(text.substr(pos, end - pos));
            out_.append(text.substr(pos, end - pos));
            pos = end;
        }
    }

    // Writes what waits before the next text: a list item's number, a collapsed space. A line
    // break in the source between two CJK characters is no space (CSS segment-break rules).
    void flush(std::string_view next) {
        if (!prefix_.empty()) {
            out_.append(prefix_);
            prefix_.clear();
        }
        const std::string& line = out_.current_line();
        const bool cjk_join = newline_ && !line.empty() && !next.empty() &&
                              static_cast<unsigned char>(line.back()) >= 0x80 && static_cast<unsigned char>(next[0]) >= 0x80;
        if (space_ && !line.empty() && !cjk_join) out_.append(" ");
        space_ = newline_ = false;
    }

    void block_edge() {
        space_ = newline_ = false;
        out_.end_paragraph();
    }

    void line_break() {
        space_ = newline_ = false;
        prefix_.clear();
        out_.line_break();
    }

    void separator(std::string_view text) {
        space_ = newline_ = false;
        if (!out_.current_line().empty() || !prefix_.empty()) {
            flush(text);
            out_.append(text);
        }
    }

    void list(const GumboElement& element, int depth) {
        block_edge();
        const bool ordered = element.tag == GUMBO_TAG_OL;
        int number = html::int_attribute(element, "start").value_or(1);
        for (const GumboNode* child : children_of(element)) {
            const GumboElement* item = element_of(*child);
            if (!item || item->tag != GUMBO_TAG_LI) {
                walk(*child, depth);
                continue;
            }
            if (html::is_chrome(*item, article_ > 0)) continue;
            number = html::int_attribute(*item, "value").value_or(number);
            block_edge();
            if (ordered && !read_marker(html::plain_text(*child, 32))) prefix_ = std::to_string(number) + ".";
            children(*item, depth);
            prefix_.clear();
            block_edge();
            ++number;
        }
    }

    // <dt>term</dt><dd>definition</dd> is one "term：definition" line.
    void definitions(const GumboElement& element, int depth) {
        block_edge();
        bool after_term = false;
        for (const GumboNode* child : children_of(element)) {
            const GumboElement* item = element_of(*child);
            const bool term = item && item->tag == GUMBO_TAG_DT;
            const bool definition = item && item->tag == GUMBO_TAG_DD;
            if (definition && after_term) separator("：");
            else if (term || definition) block_edge();
            if (item && (term || definition)) children(*item, depth);
            else walk(*child, depth);
            if (item || child->type == GUMBO_NODE_TEXT) after_term = term;  // white space between keeps it
        }
        block_edge();
    }

    void table(const GumboElement& element, int depth) {
        block_edge();
        const std::vector<html::Row> rows = html::table_rows(element);
        const bool glossary = std::any_of(rows.begin(), rows.end(),
                                          [](const html::Row& row) { return row_layout(row.texts) != RowLayout::plain; });
        for (const html::Row& row : rows) {
            if (glossary && row.headings) continue;
            if (row.has_blocks) {
                for (const GumboElement* cell : row.cells) block(*cell, depth);
                continue;
            }
            block_edge();
            const RowLayout layout = row_layout(row.texts);
            for (std::size_t i = 0; i < row.cells.size(); ++i) {
                if (i > 0) separator(cell_separator(layout, i, row.texts[i - 1]));
                children(*row.cells[i], depth);
            }
            block_edge();
        }
    }

    void superscript(const GumboElement& element, int depth) {
        const std::string marker(trim(html::plain_text(element, 64)));
        const std::string& line = out_.current_line();
        const bool after_alnum = !line.empty() && is_ascii_alnum(line.back());
        if (const auto number = footnote_marker_number(marker, after_alnum)) {
            flush(marker);
            out_.anchor(*number, marker);
        }
        ++sup_;
        children(element, depth);
        --sup_;
    }

    // An in-page link "[1]" to a note, outside a <sup> (which anchors it already).
    void link(const GumboElement& element, int depth) {
        if (sup_ == 0 && attribute(element, "href").starts_with("#")) {
            const std::string marker(trim(html::plain_text(element, 64)));
            if (const auto number = footnote_marker_number(marker, true)) {
                flush(marker);
                out_.anchor(*number, marker);
            }
        }
        children(element, depth);
    }

    TextBuilder& out_;
    std::string prefix_;  // a list item's number, written before its first text
    bool space_ = false;
    bool newline_ = false;
    int pre_ = 0;
    int article_ = 0;
    int sup_ = 0;
};

}  // namespace

std::optional<int> footnote_marker_number(std::string_view marker, bool after_alnum) {
    const std::string text = fold_width(trim(marker));
    if (text.empty() || text.size() > 12) return std::nullopt;
    if (all_digits(text)) {
        if (after_alnum || text.size() > 3) return std::nullopt;
        return std::stoi(text);
    }
    const std::optional<EntryMarker> found = read_marker(text);
    if (!found || found->length != text.size()) return std::nullopt;
    if (text.back() == '.' || text.back() == ',' || text.ends_with("、")) return std::nullopt;  // list numbering
    return found->number;
}

ExtractedText extract_html_text(std::string_view utf8_html) {
    const html::Document document(utf8_html);
    TextBuilder builder;
    HtmlWalker(builder).walk(document.root(), 0);
    ExtractedText extracted = builder.take();
    const html::PageHead head = html::read_page_head(document.root());
    extracted.title = head.title;
    extracted.title_line = head.title_line;
    extracted.date = head.date;
    return extracted;
}

}  // namespace glossgraph
