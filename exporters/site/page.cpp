#include "exporters/site/page.hpp"

#include "core/text/script.hpp"
#include "exporters/site/html.hpp"

namespace glossgraph {

Page::Page(std::string_view title, int depth) {
    for (int i = 0; i < depth; ++i) root_.append("../");
    html_.append("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(escape_html(title))
        .append(" · glossgraph</title>\n<link rel=\"stylesheet\" href=\"")
        .append(root_)
        .append("assets/site.css\">\n</head>\n<body>\n<header><nav aria-label=\"站点\"><a class=\"home\" href=\"")
        .append(root_)
        .append("index.html\">名词解释 glossgraph</a> <a href=\"")
        .append(root_)
        .append("regions.html\">地区</a> <a href=\"")
        .append(root_)
        .append("search.html\">搜索</a></nav></header>\n<main>\n");
}

std::string Page::finish() {
    html_.append("</main>\n<footer><p>由 glossgraph 从政府工作报告的名词解释生成。</p></footer>\n</body>\n</html>\n");
    std::string page;
    page.swap(html_);
    return page;
}

std::string link(std::string_view href, std::string_view text) {
    std::string html = "<a href=\"";
    return html.append(escape_html(href)).append("\">").append(escape_html(text)).append("</a>");
}

std::string term_href(std::string_view root, std::string_view key) {
    std::string href(root);
    return href.append("term/").append(page_link(key));
}

std::string region_href(std::string_view root, std::string_view code) {
    std::string href(root);
    return href.append("region/").append(page_link(code));
}

std::string report_href(std::string_view root, std::string_view file) {
    std::string href(root);
    return href.append("report/").append(page_link(file));
}

std::string lang_attribute(std::string_view text, Script fallback) {
    return language_tag(text, fallback) == "zh-Hant" ? " lang=\"zh-Hant\"" : "";
}

std::string heading(std::string_view id, std::string_view text) {
    std::string html = "<h2 id=\"";
    return html.append(escape_html(id)).append("\">").append(escape_html(text)).append("</h2>\n");
}

}  // namespace glossgraph
