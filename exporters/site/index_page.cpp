// index.html (site_pages.hpp).
#include "exporters/site/html.hpp"
#include "exporters/site/page.hpp"
#include "exporters/site/site_pages.hpp"

#include <algorithm>
#include <functional>
#include <set>

namespace glossgraph {
namespace {

void write_figures(const GraphData& data, std::string& html) {
    std::set<std::string> regions;
    std::set<int> years;
    for (const GraphReport& report : data.reports) {
        if (!report.region_code.empty()) regions.insert(report.region_code);
        if (report.year) years.insert(*report.year);
    }
    html.append(heading("figures", "语料概况")).append("<dl class=\"figures\">\n");
    const auto figure = [&](std::string_view name, const std::string& value) {
        html.append("<div><dt>").append(name).append("</dt><dd>").append(value).append("</dd></div>\n");
    };
    figure("报告", std::to_string(data.reports.size()));
    figure("地区", std::to_string(regions.size()));
    figure("年份", years.empty() ? "—" : std::to_string(*years.begin()).append("–").append(std::to_string(*years.rbegin())));
    figure("术语", std::to_string(data.terms.size()));
    figure("名词解释", std::to_string(data.definitions.size()));
    html.append("</dl>\n");
}

using Order = std::function<bool(const TermSummary*, const TermSummary*)>;

void write_list(const SiteContext& context, std::string_view id, std::string_view title, std::vector<const TermSummary*> terms,
                const Order& order, const std::function<std::string(const TermSummary&)>& note, std::string& html) {
    const std::size_t shown = std::min(terms.size(), kIndexListLength);
    std::partial_sort(terms.begin(), terms.begin() + static_cast<std::ptrdiff_t>(shown), terms.end(), order);
    html.append("<section aria-labelledby=\"").append(id).append("\">\n").append(heading(id, title)).append("<ol class=\"top\">\n");
    for (std::size_t i = 0; i < shown; ++i) {
        html.append("<li>").append(link(term_href("", terms[i]->key), context.label(terms[i]->key)));
        html.append(" <small>").append(note(*terms[i])).append("</small></li>\n");
    }
    html.append("</ol>\n</section>\n");
}

std::string regions_note(const TermSummary& s) { return std::to_string(s.regions).append(" 个地区"); }

}  // namespace

std::string index_page(const SiteContext& context, const std::vector<TermSummary>& summaries) {
    Page page("政府工作报告名词解释", 0);
    std::string& html = page.html();
    html.append("<h1>政府工作报告名词解释</h1>\n");
    html.append("<form class=\"search\" action=\"search.html\" method=\"get\" role=\"search\">\n");
    html.append("<label for=\"q\">搜索术语和释义（简体或繁体）</label>\n<input id=\"q\" name=\"q\" type=\"search\">\n");
    html.append("<button type=\"submit\">搜索</button>\n</form>\n");
    write_figures(context.data(), html);
    std::vector<const TermSummary*> all;
    std::optional<int> latest;
    for (const TermSummary& s : summaries) {
        all.push_back(&s);
        if (s.first_year && (!latest || *s.first_year > *latest)) latest = s.first_year;
    }
    const auto by_regions = [](const TermSummary* a, const TermSummary* b) {
        return a->regions != b->regions ? a->regions > b->regions : a->key < b->key;
    };
    write_list(context, "most-regions", "定义地区最多的术语", all, by_regions, regions_note, html);
    const auto by_readings = [&](const TermSummary* a, const TermSummary* b) {
        return a->readings != b->readings ? a->readings > b->readings : by_regions(a, b);
    };
    write_list(context, "most-readings", "释义最多的术语", all, by_readings,
               [](const TermSummary& s) { return std::to_string(s.readings).append(" 种释义，").append(regions_note(s)); }, html);
    std::vector<const TermSummary*> recent;
    for (const TermSummary* s : all)
        if (latest && s->first_year == latest) recent.push_back(s);
    write_list(context, "recent", latest ? std::to_string(*latest).append(" 年新出现的术语") : "新出现的术语", recent, by_regions,
               regions_note, html);
    return page.finish();
}

}  // namespace glossgraph
