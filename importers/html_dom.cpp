#include "importers/html_dom.hpp"

#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"
#include "importers/extracted_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace glossgraph::html {
namespace {

constexpr int max_depth = 400;

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

bool is_skipped(GumboTag tag) {
    static constexpr std::array skipped = {
        GUMBO_TAG_HEAD,   GUMBO_TAG_SCRIPT, GUMBO_TAG_STYLE,  GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_NAV,
        GUMBO_TAG_FOOTER, GUMBO_TAG_ASIDE,  GUMBO_TAG_BUTTON, GUMBO_TAG_SELECT,   GUMBO_TAG_TEXTAREA, GUMBO_TAG_INPUT,
        GUMBO_TAG_IFRAME, GUMBO_TAG_SVG,    GUMBO_TAG_MATH,   GUMBO_TAG_OBJECT,   GUMBO_TAG_EMBED,    GUMBO_TAG_CANVAS,
        GUMBO_TAG_VIDEO,  GUMBO_TAG_AUDIO,  GUMBO_TAG_MAP,    GUMBO_TAG_DATALIST};
    return std::find(skipped.begin(), skipped.end(), tag) != skipped.end();
}

// class and id words that name page furniture: "page-footer", "bdsharebuttonbox", "nav".
bool names_chrome(std::string_view value) {
    static constexpr std::array<std::string_view, 19> words = {
        "nav",     "navbar",    "navigation", "menu",    "footer",   "foot",     "share",
        "bshare",  "jiathis",   "fenxiang",   "bdsharebuttonbox", "breadcrumb", "breadcrumbs",
        "crumb",   "crumbs",    "sidebar",    "toolbar", "copyright", "login"};
    const std::string text = lower(value);
    const auto word_char = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    std::size_t pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && !word_char(text[pos])) ++pos;
        std::size_t end = pos;
        while (end < text.size() && word_char(text[end])) ++end;
        const std::string_view word = std::string_view(text).substr(pos, end - pos);
        if (!word.empty() && std::find(words.begin(), words.end(), word) != words.end()) return true;
        pos = end;
    }
    return false;
}

bool is_hidden(const GumboElement& element) {
    if (gumbo_get_attribute(&element.attributes, "hidden")) return true;
    if (lower(attribute(element, "aria-hidden")) == "true") return true;
    const std::string style = remove_spaces(lower(attribute(element, "style")));
    return style.find("display:none") != std::string::npos || style.find("visibility:hidden") != std::string::npos;
}

bool has_chrome_role(const GumboElement& element) {
    const std::string role = lower(attribute(element, "role"));
    return role == "navigation" || role == "banner" || role == "contentinfo" || role == "search" || role == "complementary";
}

void collect_text(const GumboNode& node, std::string& out, std::size_t limit, int depth) {
    if (out.size() >= limit || depth > max_depth) return;
    if (node.type == GUMBO_NODE_TEXT || node.type == GUMBO_NODE_WHITESPACE || node.type == GUMBO_NODE_CDATA) {
        // The cut falls between characters: a UTF-8 sequence begun is finished.
        for (const char* c = node.v.text.text; *c && (out.size() < limit || utf8::is_continuation(*c)); ++c) {
            const bool space = std::isspace(static_cast<unsigned char>(*c)) != 0;
            if (!space) out.push_back(*c);
            else if (!out.empty() && out.back() != ' ') out.push_back(' ');
        }
        return;
    }
    const GumboElement* element = element_of(node);
    if (!element || is_chrome(*element, true)) return;
    if (element->tag == GUMBO_TAG_BR && !out.empty() && out.back() != ' ') out.push_back(' ');
    for (const GumboNode* child : children_of(*element)) collect_text(*child, out, limit, depth + 1);
}

bool has_block_content(const GumboElement& element, int depth) {
    for (const GumboNode* child : children_of(element)) {
        const GumboElement* inner = element_of(*child);
        if (!inner || is_chrome(*inner, true) || depth > max_depth) continue;
        if (is_block(inner->tag) || inner->tag == GUMBO_TAG_BR || has_block_content(*inner, depth + 1)) return true;
    }
    return false;
}

Row make_row(const GumboElement& tr) {
    Row row;
    row.headings = true;
    for (const GumboNode* child : children_of(tr)) {
        const GumboElement* cell = element_of(*child);
        if (!cell || (cell->tag != GUMBO_TAG_TD && cell->tag != GUMBO_TAG_TH)) continue;
        row.cells.push_back(cell);
        row.texts.emplace_back(trim(plain_text(*cell, 4096)));
        row.headings = row.headings && cell->tag == GUMBO_TAG_TH;
        row.has_blocks = row.has_blocks || has_block_content(*cell, 0);
    }
    row.headings = row.headings && !row.cells.empty();
    return row;
}

// The title without the site's name: "2023年政府工作报告_曾都区人民政府" -> "2023年政府工作报告".
std::string without_site_name(std::string_view title) {
    std::size_t report = title.find("报告");
    if (report == std::string_view::npos) report = title.find("報告");
    if (report == std::string_view::npos) return std::string(trim(title));
    std::size_t cut = title.size();
    for (std::string_view separator : {"_", "|", " - ", "－", "｜", "——"}) {
        cut = std::min(cut, title.find(separator, report));
    }
    return std::string(trim(title.substr(0, cut)));
}

struct HeadCandidates {
    std::vector<std::pair<int, std::pair<std::string, int>>> titles;  // priority -> text, line
    std::vector<std::pair<int, std::string>> dates;                   // priority -> content
    bool seen_h1 = false;
};

int index_of(std::string_view name, std::initializer_list<std::string_view> names) {
    const auto found = std::find(names.begin(), names.end(), name);
    return found == names.end() ? -1 : static_cast<int>(found - names.begin());
}

void read_meta(const GumboElement& meta, HeadCandidates& head) {
    std::string name = lower(attribute(meta, "name"));
    if (name.empty()) name = lower(attribute(meta, "property"));
    const std::string content(trim(attribute(meta, "content")));
    if (content.empty()) return;
    const int line = static_cast<int>(meta.start_pos.line);
    if (const int title = index_of(name, {"articletitle", "og:title", "dc.title"}); title >= 0) {
        head.titles.push_back({title, {content, line}});
    }
    const int date = index_of(name, {"pubdate", "publishdate", "publish_date", "publishtime", "firstpublishedtime",
                                     "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created",
                                     "dcterms.issued", "article:published_time", "date"});
    if (date >= 0) head.dates.push_back({date, content});
}

void collect_head(const GumboNode& node, HeadCandidates& head, int depth) {
    const GumboElement* element = element_of(node);
    if (!element || depth > max_depth || element->tag == GUMBO_TAG_SCRIPT || element->tag == GUMBO_TAG_STYLE) return;
    const int line = static_cast<int>(element->start_pos.line);
    if (element->tag == GUMBO_TAG_META) read_meta(*element, head);
    if (element->tag == GUMBO_TAG_TITLE && element->tag_namespace == GUMBO_NAMESPACE_HTML) {
        head.titles.push_back({3, {without_site_name(plain_text(*element, 512)), line}});
    }
    if (element->tag == GUMBO_TAG_H1 && !head.seen_h1) {
        head.seen_h1 = true;
        head.titles.push_back({4, {std::string(trim(plain_text(*element, 512))), line}});
    }
    for (const GumboNode* child : children_of(*element)) collect_head(*child, head, depth + 1);
}

}  // namespace

Document::Document(std::string_view utf8)
    : output_(gumbo_parse_with_options(&kGumboDefaultOptions, utf8.data(), utf8.size())) {}

Document::~Document() { gumbo_destroy_output(&kGumboDefaultOptions, output_); }

const GumboElement* element_of(const GumboNode& node) {
    return node.type == GUMBO_NODE_ELEMENT || node.type == GUMBO_NODE_TEMPLATE ? &node.v.element : nullptr;
}

std::string_view attribute(const GumboElement& element, const char* name) {
    const GumboAttribute* found = gumbo_get_attribute(&element.attributes, name);
    return found ? std::string_view(found->value) : std::string_view();
}

std::optional<int> int_attribute(const GumboElement& element, const char* name) {
    const std::string_view text = trim(attribute(element, name));
    int value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
    return value;
}

bool is_block(GumboTag tag) {
    static constexpr std::array blocks = {
        GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_CENTER, GUMBO_TAG_DD, GUMBO_TAG_DETAILS,
        GUMBO_TAG_DIR,     GUMBO_TAG_DIV,     GUMBO_TAG_DL,         GUMBO_TAG_DT,     GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION,
        GUMBO_TAG_FIGURE,  GUMBO_TAG_FORM,    GUMBO_TAG_H1,         GUMBO_TAG_H2,     GUMBO_TAG_H3,  GUMBO_TAG_H4,
        GUMBO_TAG_H5,      GUMBO_TAG_H6,      GUMBO_TAG_HEADER,     GUMBO_TAG_HGROUP, GUMBO_TAG_HR,  GUMBO_TAG_LI,
        GUMBO_TAG_MAIN,    GUMBO_TAG_MENU,    GUMBO_TAG_OL,         GUMBO_TAG_P,      GUMBO_TAG_PRE, GUMBO_TAG_SECTION,
        GUMBO_TAG_SUMMARY, GUMBO_TAG_TABLE,   GUMBO_TAG_CAPTION,    GUMBO_TAG_TBODY,  GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT,
        GUMBO_TAG_TR,      GUMBO_TAG_TD,      GUMBO_TAG_TH,         GUMBO_TAG_UL,     GUMBO_TAG_BODY, GUMBO_TAG_HTML,
        GUMBO_TAG_LEGEND};
    return std::find(blocks.begin(), blocks.end(), tag) != blocks.end();
}

bool is_chrome(const GumboElement& element, bool in_article) {
    if (is_skipped(element.tag) || (element.tag == GUMBO_TAG_HEADER && !in_article)) return true;
    if (element.tag == GUMBO_TAG_BODY || element.tag == GUMBO_TAG_HTML) return false;
    return is_hidden(element) || has_chrome_role(element) || names_chrome(attribute(element, "class")) ||
           names_chrome(attribute(element, "id"));
}

std::string plain_text(const GumboNode& node, std::size_t limit) {
    std::string out;
    collect_text(node, out, limit, 0);
    return out;
}

std::string plain_text(const GumboElement& element, std::size_t limit) {
    std::string out;
    for (const GumboNode* child : children_of(element)) collect_text(*child, out, limit, 0);
    return out;
}

std::vector<Row> table_rows(const GumboElement& table) {
    std::vector<Row> rows;
    for (const GumboNode* child : children_of(table)) {
        const GumboElement* part = element_of(*child);
        if (!part) continue;
        if (part->tag == GUMBO_TAG_TR) rows.push_back(make_row(*part));
        if (part->tag != GUMBO_TAG_TBODY && part->tag != GUMBO_TAG_THEAD && part->tag != GUMBO_TAG_TFOOT) continue;
        for (const GumboNode* grandchild : children_of(*part)) {
            const GumboElement* tr = element_of(*grandchild);
            if (tr && tr->tag == GUMBO_TAG_TR) rows.push_back(make_row(*tr));
        }
    }
    return rows;
}

PageHead read_page_head(const GumboNode& root) {
    HeadCandidates head;
    collect_head(root, head, 0);
    std::stable_sort(head.titles.begin(), head.titles.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::stable_sort(head.dates.begin(), head.dates.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    PageHead page;
    for (const auto& [priority, title] : head.titles) {
        if (!names_report(title.first)) continue;
        page.title = title.first;
        page.title_line = title.second;
        break;
    }
    for (const auto& [priority, content] : head.dates) {
        if ((page.date = parse_date(content))) break;
    }
    return page;
}

}  // namespace glossgraph::html
