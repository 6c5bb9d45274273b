// The timeline and lineage sections of a term page (term_sections.hpp).
#include "exporters/line_chart.hpp"
#include "exporters/site/html.hpp"
#include "exporters/site/page.hpp"
#include "exporters/site/site_pages.hpp"
#include "exporters/site/term_sections.hpp"
#include "exporters/spread_chart.hpp"

#include <sstream>

namespace glossgraph {
namespace {

std::string use_html(const TermUse& use, const std::string& root) {
    std::string html = use.region_code.empty() ? std::string("（地区不明）") : link(region_href(root, use.region_code), use.region);
    return html.append(" ").append(link(report_href(root, use.report), use.year ? std::to_string(*use.year) : "年份不明"));
}

void write_year_row(const TimelineYear& year, std::string& html) {
    std::size_t first = 0;
    for (const TimelineDefiner& d : year.defined_by) first += d.first ? 1 : 0;
    html.append("<tr><th scope=\"row\">").append(std::to_string(year.year)).append("</th><td>");
    html.append(std::to_string(year.regions)).append("</td><td>").append(std::to_string(first));
    html.append("</td><td>").append(std::to_string(year.readings)).append("</td><td>");
    html.append(std::to_string(year.regions_so_far)).append("</td><td>");
    html.append(std::to_string(year.mentioned_only_by.size())).append("</td></tr>\n");
}

// The chart in the page's language.
const SpreadChartText& chart_text() {
    static const SpreadChartText text{"{term}：逐年定义它的地区",
                                      "累计定义它的地区，按级别；共 {regions} 个，最早为 {first}",
                                      "累计定义它的地区，按级别；没有注明年份的定义",
                                      "{region}（{code}），{year} 年，{report}",
                                      "地区不明，{year} 年，{report}",
                                      "年份",
                                      "地区（累计）",
                                      {"省级", "地级", "县级"}};
    return text;
}

void write_chart(const GraphTerm& term, const Spread& spread, std::string& html) {
    std::ostringstream svg;
    write_line_chart_svg(spread_chart(term.label, spread, chart_text()), svg);
    const std::string text = svg.str();
    const std::size_t start = text.find("<svg");  // inline: without the XML declaration
    html.append("<figure class=\"chart\">\n").append(text, start == std::string::npos ? 0 : start, std::string::npos);
    html.append("<figcaption>累计定义它的地区，按级别（省、地、县）。</figcaption>\n</figure>\n");
}

std::string relation_text(const LineageEntry& entry) {
    if (entry.relation == LineageRelation::original) return "原创";
    std::string text = entry.relation == LineageRelation::verbatim ? "照搬" : "改写";
    switch (*entry.direction) {
        case LineageDirection::self: text.append("自身往年"); break;
        case LineageDirection::down: text.append("上级"); break;
        case LineageDirection::up: text.append("下级"); break;
        case LineageDirection::across: text.append("同级"); break;
        case LineageDirection::distant: text.append("他处"); break;
    }
    if (entry.relation == LineageRelation::adapted) text.append(" ").append(similarity_text(entry.similarity.value_or(0.0)));
    return text;
}

struct LineageTree {
    const Lineage& lineage;
    std::vector<std::vector<std::size_t>> taken_from;  // by source index: the entries derived from it
    std::size_t written = 0;
};

void write_entry(LineageTree& tree, std::size_t index, const std::string& root, std::string& html) {
    if (tree.written == kMaxLineageItems) return;
    ++tree.written;
    const LineageEntry& entry = tree.lineage.entries[index];
    const ReadingMember& d = entry.definition;
    html.append("<li>").append(use_html({d.report, d.year, d.region_code, d.region}, root));
    html.append(" · ").append(escape_html(relation_text(entry)));
    const auto& children = tree.taken_from[index];
    if (!children.empty()) {
        html.append("\n<ul>\n");
        for (const std::size_t child : children) write_entry(tree, child, root, html);
        html.append("</ul>\n");
    }
    html.append("</li>\n");
}

}  // namespace

void write_timeline(const GraphTerm& term, const TermAnalysis& analysis,
                    const std::string& root, std::string& html) {
    html.append(heading("timeline", "时间线"));
    const Spread& spread = analysis.spread;
    if (spread.first) html.append("<p>最早定义：").append(use_html(*spread.first, root)).append("</p>\n");
    const Timeline& timeline = analysis.timeline;
    if (!timeline.years.empty()) {
        html.append("<div class=\"scroll\"><table>\n<caption>逐年</caption>\n<thead><tr><th scope=\"col\">年份</th>");
        html.append("<th scope=\"col\">定义的地区</th><th scope=\"col\">其中首次</th><th scope=\"col\">释义数</th>");
        html.append("<th scope=\"col\">累计地区</th><th scope=\"col\">仅提及</th></tr></thead>\n<tbody>\n");
        for (const TimelineYear& year : timeline.years) write_year_row(year, html);
        html.append("</tbody></table></div>\n");
    }
    if (!timeline.first_in_province.empty()) {
        html.append("<details><summary>各省最早定义 · ").append(std::to_string(timeline.first_in_province.size()));
        html.append(" 个省</summary>\n<ul>\n");
        for (const ProvinceFirst& p : timeline.first_in_province)
            html.append("<li>").append(escape_html(p.province)).append("：").append(use_html(p.first, root)).append("</li>\n");
        html.append("</ul></details>\n");
    }
    if (spread.years.size() >= 2 && spread.regions >= 2) write_chart(term, spread, html);
}

void write_lineage(const Lineage& lineage, const std::string& root, std::string& html) {
    html.append(heading("lineage", "来源"));
    LineageTree tree{lineage, std::vector<std::vector<std::size_t>>(lineage.entries.size()), 0};
    std::size_t counts[3] = {0, 0, 0};
    for (std::size_t i = 0; i < lineage.entries.size(); ++i) {
        const LineageEntry& entry = lineage.entries[i];
        ++counts[static_cast<std::size_t>(entry.relation)];
        if (entry.source) tree.taken_from[*entry.source].push_back(i);
    }
    html.append("<p>").append(std::to_string(lineage.entries.size())).append(" 条定义：原创 ").append(std::to_string(counts[0]));
    html.append("，照搬 ").append(std::to_string(counts[1])).append("，改写 ").append(std::to_string(counts[2])).append("。</p>\n");
    if (lineage.entries.size() < 2) return;
    html.append("<ul class=\"lineage\">\n");
    for (std::size_t i = 0; i < lineage.entries.size(); ++i)
        if (!lineage.entries[i].source) write_entry(tree, i, root, html);
    html.append("</ul>\n");
    if (tree.written < lineage.entries.size()) {
        html.append("<p class=\"note\">只列出前 ").append(std::to_string(tree.written)).append(" 条；全部来源见 <code>glossgraph lineage ");
        html.append(escape_html(lineage.entries.front().definition.term_key)).append("</code>。</p>\n");
    }
}

}  // namespace glossgraph
