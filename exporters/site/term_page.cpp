// term/<key>.html: the forms and relations of a term and its readings; the timeline, lineage
// and mentions are in term_sections.cpp.
#include "core/text/script.hpp"
#include "exporters/escape.hpp"
#include "exporters/site/html.hpp"
#include "exporters/site/page.hpp"
#include "exporters/site/site_pages.hpp"
#include "exporters/site/term_sections.hpp"

#include <algorithm>

namespace glossgraph {
namespace {

// How the page names a relation, seen from the term it starts from.
std::string_view relation_name(RelationKind kind) {
    switch (kind) {
        case RelationKind::variant_suffix:
        case RelationKind::variant_numeral:
        case RelationKind::variant_expansion: return "变体";
        case RelationKind::family: return "同族";
        case RelationKind::refers_to: return "释义提及";
        case RelationKind::broader: return "上位";
    }
    return to_string(kind);
}

// Each written form with its script; a script no report wrote the term in gets the form
// converted into it (ICU; marked 转换), so that a reader of either script sees the term as
// they would write it.
void write_forms(const GraphTerm& term, std::string& html) {
    html.append("<p class=\"forms\">写法：");
    bool simplified = false, traditional = false;
    // lang only for Traditional: the page is zh-Hans.
    const auto write_form = [&](const std::string& form, bool is_traditional, std::string_view note) {
        html.append("<span class=\"form\"").append(is_traditional ? " lang=\"zh-Hant\"" : "").append(">");
        html.append(escape_html(form)).append("</span><small>").append(is_traditional ? "繁" : "简").append(note).append("</small> ");
    };
    for (const std::string& form : term.written_forms) {
        const bool is_traditional = language_tag(form, Script::unknown) == "zh-Hant";
        (is_traditional ? traditional : simplified) = true;
        write_form(form, is_traditional, "");
    }
    const std::string& shown = term.written_forms.empty() ? term.key : term.written_forms.front();
    if (!traditional) {
        const std::string converted = to_traditional(shown);
        if (converted != shown) write_form(converted, true, "（转换）");
    }
    if (!simplified) {
        const std::string converted = to_simplified(shown);
        if (converted != shown) write_form(converted, false, "（转换）");
    }
    html.append("· 键 <code>").append(escape_html(term.key)).append("</code></p>\n");
}

void write_relations(const SiteContext& context, const GraphTerm& term, const std::string& root, std::string& html) {
    const auto relations = context.relations_of(term.key);
    if (relations.empty()) return;
    html.append(heading("related", "变体与相关术语")).append("<ul class=\"related\">\n");
    for (const GraphRelation* relation : relations) {
        const bool outgoing = relation->from_key == term.key;
        const std::string& other = outgoing ? relation->to_key : relation->from_key;
        std::string_view kind = relation_name(relation->kind);
        if (relation->kind == RelationKind::broader && !outgoing) kind = "下位";
        if (relation->kind == RelationKind::refers_to && !outgoing) kind = "被其释义提及";
        html.append("<li>").append(escape_html(kind)).append("：").append(link(term_href(root, other), context.label(other)));
        if (!relation->rule.empty()) html.append(" <small>").append(escape_html(rule_text(relation->rule))).append("</small>");
        html.append("</li>\n");
    }
    html.append("</ul>\n");
}

std::string diff_html(const std::vector<DiffSpan>& spans) {
    std::string html;
    for (const DiffSpan& span : spans) {
        if (span.op == DiffSpan::Op::equal) html.append(escape_html(span.text));
        if (span.op == DiffSpan::Op::insert) html.append("<ins>").append(escape_html(span.text)).append("</ins>");
        if (span.op == DiffSpan::Op::remove) html.append("<del>").append(escape_html(span.text)).append("</del>");
    }
    return html;
}

void write_reading(const SiteContext& context, const TermReading& reading, std::size_t index, const std::string& root,
                   std::string& html) {
    html.append("<article class=\"reading\" id=\"reading-").append(std::to_string(index + 1)).append("\">\n<h3>释义 ");
    html.append(std::to_string(index + 1)).append(index == 0 ? "（主要）" : "").append(" · ");
    html.append(std::to_string(reading.members.size())).append(" 条定义</h3>\n");
    html.append("<p class=\"definition\"").append(lang_attribute(reading.text)).append(">");
    html.append(index == 0 ? escape_html(reading.text) : diff_html(reading.diff)).append("</p>\n");
    if (index > 0) {
        html.append("<p class=\"note\">与主要释义比较：<del>删去</del> <ins>增加</ins>；相似度 编辑 ")
            .append(similarity_text(reading.similarity_to_main.edit)).append("，条目 ")
            .append(similarity_text(reading.similarity_to_main.items)).append(reading.exact ? "" : "（估计）").append("</p>\n");
    }
    write_members(context, reading.members, root, html);
    html.append("</article>\n");
}

// The readings after the first kFullReadings, one line each: the start of its text, its similarity
// to the main reading and its definitions' regions and reports, all in one <details>.
void write_other_readings(const TermDiff& diff, std::size_t from, const std::string& root, std::string& html) {
    html.append("<details><summary>其余 ").append(std::to_string(diff.readings.size() - from));
    html.append(" 种释义（各取开头 ").append(std::to_string(kShortReading)).append(" 字）</summary>\n<ol class=\"others\" start=\"");
    html.append(std::to_string(from + 1)).append("\">\n");
    for (std::size_t i = from; i < diff.readings.size(); ++i) {
        const TermReading& reading = diff.readings[i];
        html.append("<li><span").append(lang_attribute(reading.text)).append(">").append(escape_html(truncate_chars(reading.text, kShortReading)));
        html.append("</span> <small>编辑相似度 ").append(similarity_text(reading.similarity_to_main.edit)).append("</small>");
        for (const ReadingMember& m : reading.members) {
            html.append(" · ").append(m.region_code.empty() ? std::string("（地区不明）") : link(region_href(root, m.region_code), m.region));
            html.append(" ").append(link(report_href(root, m.report), m.year ? std::to_string(*m.year) : "年份不明"));
        }
        html.append("</li>\n");
    }
    html.append("</ol></details>\n");
}

// The regions are those of the spread, counted as the timeline counts them (its last 累计地区):
// the definitions without a year or a region are in no count and said so.
void write_readings(const SiteContext& context, const TermAnalysis& analysis, const std::string& root, std::string& html) {
    const TermDiff& diff = analysis.diff;
    const Spread& spread = analysis.spread;
    html.append(heading("readings", "释义"));
    std::size_t definitions = 0;
    for (const TermReading& reading : diff.readings) definitions += reading.members.size();
    html.append("<p>").append(std::to_string(definitions)).append(" 条定义，").append(std::to_string(spread.regions));
    html.append(" 个地区，").append(std::to_string(diff.readings.size())).append(" 种释义。");
    if (spread.undated + spread.unplaced > 0) {
        html.append("<small>地区数不计年份不明的 ").append(std::to_string(spread.undated)).append(" 条和地区不明的 ");
        html.append(std::to_string(spread.unplaced)).append(" 条定义。</small>");
    }
    html.append("</p>\n");
    const std::size_t full = std::min(diff.readings.size(), kFullReadings);
    for (std::size_t i = 0; i < full; ++i) write_reading(context, diff.readings[i], i, root, html);
    if (full < diff.readings.size()) write_other_readings(diff, full, root, html);
}

}  // namespace

std::string term_page(const SiteContext& context, const GraphTerm& term, const TermAnalysis& analysis) {
    Page page(term.label, 1);
    std::string& html = page.html();
    html.append("<h1").append(lang_attribute(term.label)).append(">").append(escape_html(term.label)).append("</h1>\n");
    write_forms(term, html);
    write_relations(context, term, page.root(), html);
    write_readings(context, analysis, page.root(), html);
    write_timeline(term, analysis, page.root(), html);
    write_lineage(analysis.lineage, page.root(), html);
    write_mentions(context, analysis.mentioned_only, page.root(), html);
    return page.finish();
}

}  // namespace glossgraph
