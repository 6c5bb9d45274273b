// report/<file>.html and regions.html (site_pages.hpp).
#include "core/graph/graph_lookup.hpp"
#include "exporters/site/html.hpp"
#include "exporters/site/page.hpp"
#include "exporters/site/site_pages.hpp"

#include <map>

namespace glossgraph {
namespace {

void write_fact(std::string_view name, const std::string& value_html, std::string& html) {
    html.append("<dt>").append(name).append("</dt><dd>").append(value_html).append("</dd>\n");
}

void write_metadata(const SiteContext& context, const GraphReport& report, const std::string& root, std::string& html) {
    html.append("<dl class=\"facts\">\n");
    write_fact("文件", escape_html(report.file), html);
    const Region* region = region_of(context.data(), report);
    if (region) {
        std::string place;
        const auto chain = region_chain(context.data(), region->code);
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) place.append(it == chain.rbegin() ? "" : " › ").append(link(region_href(root, (*it)->code), (*it)->name));
        write_fact("地区", place, html);
    } else {
        write_fact("地区", report.region_code.empty() ? "不明" : escape_html(report.region_code), html);
    }
    write_fact("年份", report.year ? std::to_string(*report.year) : "不明", html);
    if (report.delivered_on) write_fact("日期", escape_html(*report.delivered_on), html);
    if (report.speaker) write_fact("报告人", escape_html(*report.speaker), html);
    write_fact("字体", report.script == Script::traditional ? "繁体" : report.script == Script::simplified ? "简体" : "不明", html);
    html.append("</dl>\n");
}

void write_glossary(const SiteContext& context, const GraphReport& report, const std::string& root, std::string& html) {
    const auto glossary = context.glossary_of(report.file);
    html.append(heading("glossary", "名词解释"));
    html.append("<p>").append(std::to_string(glossary.size())).append(" 条，按报告中的顺序。</p>\n");
    if (glossary.empty()) return;
    const Script script = report.script;
    html.append("<dl class=\"glossary\">\n");
    for (const GraphDefinition* d : glossary) {
        html.append("<dt").append(lang_attribute(d->term, script)).append(">");
        if (d->footnote) html.append("<span class=\"footnote\">[").append(std::to_string(*d->footnote)).append("]</span> ");
        html.append(link(term_href(root, d->term_key), d->term)).append("</dt>\n");
        html.append("<dd").append(lang_attribute(d->text, script)).append(">").append(escape_html(d->text)).append("</dd>\n");
    }
    html.append("</dl>\n");
}

}  // namespace

std::string report_page(const SiteContext& context, const GraphReport& report) {
    const std::string title = report.title.empty() ? report.file : report.title;
    Page page(title, 1);
    std::string& html = page.html();
    html.append("<h1").append(lang_attribute(title, report.script)).append(">").append(escape_html(title)).append("</h1>\n");
    write_metadata(context, report, page.root(), html);
    write_glossary(context, report, page.root(), html);
    return page.finish();
}

std::string regions_page(const SiteContext& context) {
    Page page("地区", 0);
    std::string& html = page.html();
    std::map<std::string, std::vector<const Region*>> provinces;
    for (const Region& region : context.data().regions)
        if (region.level != RegionLevel::province) provinces[context.province_of(region.code)].push_back(&region);
    html.append("<h1>地区</h1>\n<p>").append(std::to_string(context.data().regions.size())).append(" 个地区（含上级地区），按省分组。</p>\n");
    for (const Region& province : context.data().regions) {
        if (province.level != RegionLevel::province) continue;
        const auto& within = provinces[province.code];
        // The name opens the list; a link in the name would leave the page instead.
        html.append("<details><summary>").append(escape_html(province.name)).append(" · ").append(std::to_string(within.size()));
        html.append(" 个地区 <small>").append(link(region_href("", province.code), "省级页面")).append("</small></summary>\n<p class=\"terms\">");
        for (std::size_t i = 0; i < within.size(); ++i)
            html.append(i ? "、" : "").append(link(region_href("", within[i]->code), within[i]->name));
        html.append("</p></details>\n");
    }
    return page.finish();
}

}  // namespace glossgraph
