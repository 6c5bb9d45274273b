#include "importers/html_markup.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace glossgraph::html {
namespace {

bool is_counted_for_nesting(std::string_view name) {
    static constexpr std::array<std::string_view, 36> uncounted = {
        "p",    "li",    "dt",     "dd",    "tr",    "td",       "th",    "option", "optgroup", "rb",     "rt",   "rp",
        "tbody", "thead", "tfoot", "colgroup", "caption", "html", "head", "body",  "area",     "base",   "br",   "col",
        "embed", "hr",   "img",    "input", "link",  "meta",     "param", "source", "track",   "wbr",    "frame", "keygen"};
    return !name.empty() && std::find(uncounted.begin(), uncounted.end(), name) == uncounted.end();
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The lower-cased tag name starting at html[pos] (just after '<' or "</").
std::string tag_name(std::string_view html, std::size_t pos) {
    std::string name;
    while (pos < html.size() && std::isalnum(static_cast<unsigned char>(html[pos]))) {
        name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(html[pos++]))));
    }
    return name;
}

struct TagEnd {
    std::size_t attributes = 0;
    std::size_t end = 0;  // the position of the closing '>', or html.size()
};

// Counts the attributes of the tag whose name ends at pos, as the HTML tokenizer reads them:
// names separated by white space or '/', each with an optional value, quoted or not.
TagEnd read_attributes(std::string_view html, std::size_t pos) {
    TagEnd tag;
    while (pos < html.size()) {
        while (pos < html.size() && (is_space(html[pos]) || html[pos] == '/')) ++pos;
        if (pos >= html.size() || html[pos] == '>') break;
        ++tag.attributes;
        ++pos;  // a name's first character may be anything, '=' included
        while (pos < html.size() && !is_space(html[pos]) && html[pos] != '/' && html[pos] != '>' && html[pos] != '=') ++pos;
        while (pos < html.size() && is_space(html[pos])) ++pos;
        if (pos >= html.size() || html[pos] != '=') continue;
        ++pos;
        while (pos < html.size() && is_space(html[pos])) ++pos;
        if (pos < html.size() && (html[pos] == '"' || html[pos] == '\'')) {
            const std::size_t close = html.find(html[pos], pos + 1);
            pos = close == std::string_view::npos ? html.size() : close + 1;
        } else {
            while (pos < html.size() && !is_space(html[pos]) && html[pos] != '>') ++pos;
        }
    }
    tag.end = std::min(pos, html.size());
    return tag;
}

}  // namespace

MarkupCounts count_markup(std::string_view html) {
    MarkupCounts counts;
    std::size_t depth = 0;
    std::size_t html_attributes = 0;  // all <html> tags' together, and all <body> tags'
    std::size_t body_attributes = 0;
    std::size_t line = 1;
    std::size_t counted_to = 0;  // lines are counted up to here
    for (std::size_t pos = html.find('<'); pos != std::string_view::npos; pos = html.find('<', pos + 1)) {
        if (html.substr(pos, 4) == "<!--") {
            pos = std::min(html.find("-->", pos), html.size());
            continue;
        }
        const bool closing = pos + 1 < html.size() && html[pos + 1] == '/';
        const std::size_t name_at = pos + (closing ? 2 : 1);
        const std::string name = tag_name(html, name_at);
        if (name.empty()) continue;
        const TagEnd tag = read_attributes(html, name_at + name.size());
        counts.attributes += tag.attributes;
        std::size_t together = tag.attributes;
        if (!closing && name == "html") together = html_attributes += tag.attributes;
        if (!closing && name == "body") together = body_attributes += tag.attributes;
        if (together > counts.most_attributes) {
            line += static_cast<std::size_t>(std::count(html.begin() + static_cast<std::ptrdiff_t>(counted_to),
                                                        html.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
            counted_to = pos;
            counts.most_attributes = together;
            counts.most_attributes_line = line;
        }
        pos = tag.end;
        if (pos >= html.size()) break;
        if (!closing) {
            ++counts.elements;
            counts.nesting_work += depth;
        }
        if (!closing && (name == "script" || name == "style")) {
            pos = std::min(html.find("</" + name, pos), html.size());  // case variants are rare enough
            continue;
        }
        if (!is_counted_for_nesting(name)) continue;
        if (closing) depth -= depth > 0 ? 1 : 0;
        else counts.deepest = std::max(counts.deepest, ++depth);
    }
    return counts;
}

std::size_t nesting_estimate(std::string_view html) { return count_markup(html).deepest; }

}  // namespace glossgraph::html
