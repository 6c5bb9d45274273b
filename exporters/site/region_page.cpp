// region/<code>.html (site_pages.hpp).
#include "core/graph/graph_lookup.hpp"
#include "exporters/site/html.hpp"
#include "exporters/site/page.hpp"
#include "exporters/site/site_pages.hpp"
#include "exporters/site/term_sections.hpp"

namespace glossgraph {
namespace {

std::string level_name(RegionLevel level) {
    switch (level) {
        case RegionLevel::province: return "省级";
        case RegionLevel::prefecture: return "地级";
        case RegionLevel::county: return "县级";
    }
    return "";
}

void write_place(const SiteContext& context, const Region& region, const std::string& root, std::string& html) {
    const auto chain = region_chain(context.data(), region.code);
    html.append("<p class=\"path\">");
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (it != chain.rbegin()) html.append(" › ");
        html.append(*it == &region ? escape_html(region.name) : link(region_href(root, (*it)->code), (*it)->name));
    }
    html.append(" · ").append(level_name(region.level)).append(" · 代码 ").append(escape_html(region.code)).append("</p>\n");
    const auto children = context.children_of(region.code);
    if (children.empty()) return;
    html.append("<details><summary>下辖地区 · ").append(std::to_string(children.size())).append("</summary>\n<p class=\"terms\">");
    for (std::size_t i = 0; i < children.size(); ++i)
        html.append(i ? "、" : "").append(link(region_href(root, children[i]->code), children[i]->name));
    html.append("</p></details>\n");
}

void write_reports(const SiteContext& context, const Region& region, const std::string& root, std::string& html) {
    const auto reports = context.reports_of(region.code);
    html.append(heading("reports", "报告"));
    if (reports.empty()) {
        html.append("<p>本地区没有报告；见下辖地区。</p>\n");
        return;
    }
    html.append("<ul>\n");
    for (const GraphReport* report : reports) {
        html.append("<li>").append(report->year ? std::to_string(*report->year) : "年份不明").append(" ");
        html.append(link(report_href(root, report->file), report->title.empty() ? report->file : report->title));
        html.append(" <small>").append(std::to_string(context.glossary_of(report->file).size())).append(" 条名词解释</small></li>\n");
    }
    html.append("</ul>\n");
}

void write_defined(const RegionVocabulary& vocabulary, const std::string& root, std::string& html) {
    html.append(heading("defined", "定义的术语"));
    html.append("<p>").append(std::to_string(vocabulary.defined.size())).append(" 个术语，各取其最近的释义。</p>\n");
    if (vocabulary.defined.empty()) return;
    html.append("<dl class=\"glossary\">\n");
    for (const RegionWording& wording : vocabulary.defined) {
        html.append("<dt").append(lang_attribute(wording.term)).append(">").append(link(term_href(root, wording.key), wording.term));
        html.append(" <small>").append(link(report_href(root, wording.report), wording.year ? std::to_string(*wording.year) : "年份不明"));
        html.append("</small></dt>\n<dd").append(lang_attribute(wording.text)).append(">").append(escape_html(wording.text)).append("</dd>\n");
    }
    html.append("</dl>\n");
}

void write_mentioned(const SiteContext& context, const RegionVocabulary& vocabulary, const std::string& root, std::string& html) {
    html.append(heading("mentioned", "仅提及的术语"));
    html.append("<p>").append(std::to_string(vocabulary.mentioned_only.size())).append(" 个术语在本地区报告中出现而未解释。</p>\n");
    if (vocabulary.mentioned_only.empty()) return;
    html.append("<p class=\"terms\">");
    for (std::size_t i = 0; i < vocabulary.mentioned_only.size(); ++i) {
        const std::string& key = vocabulary.mentioned_only[i];
        html.append(i ? "、" : "").append(link(term_href(root, key), context.label(key)));
    }
    html.append("</p>\n");
}

void write_neighbours(const SiteContext& context, const std::vector<RegionNeighbour>& neighbours, const std::string& root,
                      std::string& html) {
    html.append(heading("neighbours", "与上级和同级地区比较"));
    if (neighbours.empty()) {
        html.append("<p>没有可比较的上级或同级地区。</p>\n");
        return;
    }
    html.append("<div class=\"scroll\"><table>\n<caption>各自报告所定义的术语</caption>\n<thead><tr><th scope=\"col\">地区</th>");
    html.append("<th scope=\"col\">共同定义</th><th scope=\"col\">释义一致</th><th scope=\"col\">仅本地区</th>");
    html.append("<th scope=\"col\">仅对方</th><th scope=\"col\">杰卡德系数</th></tr></thead>\n<tbody>\n");
    for (const RegionNeighbour& n : neighbours) {
        const VocabularyComparison& c = n.comparison;
        html.append("<tr><th scope=\"row\">").append(link(region_href(root, n.code), context.region_name(n.code)));
        html.append(n.parent ? "（上级）" : "").append("</th><td>").append(std::to_string(c.shared)).append("</td><td>");
        html.append(std::to_string(c.same_reading)).append("</td><td>").append(std::to_string(c.only_a)).append("</td><td>");
        html.append(std::to_string(c.only_b)).append("</td><td>").append(similarity_text(c.jaccard)).append("</td></tr>\n");
    }
    html.append("</tbody></table></div>\n");
}

}  // namespace

std::string region_page(const SiteContext& context, const Region& region, const RegionVocabulary& vocabulary,
                        const std::vector<RegionNeighbour>& neighbours) {
    Page page(region.name, 1);
    std::string& html = page.html();
    html.append("<h1>").append(escape_html(region.name)).append("</h1>\n");
    write_place(context, region, page.root(), html);
    write_reports(context, region, page.root(), html);
    write_defined(vocabulary, page.root(), html);
    write_mentioned(context, vocabulary, page.root(), html);
    write_neighbours(context, neighbours, page.root(), html);
    return page.finish();
}

}  // namespace glossgraph
