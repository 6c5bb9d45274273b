#include "exporters/site/term_sections.hpp"

#include "exporters/line_chart.hpp"
#include "exporters/site/html.hpp"
#include "exporters/site/page.hpp"
#include "exporters/site/site_pages.hpp"
#include "exporters/spread_chart.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <tuple>

namespace glossgraph {
namespace {

// A report of a region, as the lists of regions show it.
struct Place {
    std::string report;
    std::optional<int> year;
};

bool operator<(const Place& a, const Place& b) { return std::tie(a.year, a.report) < std::tie(b.year, b.report); }

// A region with its reports, or a report without a region (name empty: the report is its only place).
struct Holder {
    std::string name;
    std::vector<Place> places;
};

// The key of reports without a region, as a province and as a holder: after every code.
const std::string kNoRegion = "~";

// Holders grouped by province code, then by region code; reports without a region under
// kNoRegion, each a holder of its own (kNoRegion + its file).
using Holders = std::map<std::string, std::map<std::string, Holder>>;

// Its places by year (undated first), then report, each once: each report when reports are
// linked, else each year (two reports of one year are one "2021").
void order_places(Holder& holder, bool link_reports) {
    std::vector<Place>& places = holder.places;
    std::sort(places.begin(), places.end());
    const auto same = [&](const Place& a, const Place& b) { return a.year == b.year && (!link_reports || a.report == b.report); };
    places.erase(std::unique(places.begin(), places.end(), same), places.end());
}

std::string year_text(const Place& place) { return place.year ? std::to_string(*place.year) : "年份不明"; }

void write_holder(const std::string& code, const Holder& holder, const std::string& root, bool link_reports,
                  std::string& html) {
    html.append("<li>");
    if (code.starts_with(kNoRegion)) {  // a report without a region: linked by its file, whatever link_reports says
        const Place& place = holder.places.front();
        html.append("（地区不明） ").append(link(report_href(root, place.report), place.report)).append(" ").append(year_text(place));
    } else {
        html.append(link(region_href(root, code), holder.name));
        for (const Place& place : holder.places) {
            const std::string year = year_text(place);
            html.append(" ").append(link_reports ? link(report_href(root, place.report), year) : escape_html(year));
        }
    }
    html.append("</li>\n");
}

std::string province_summary(const SiteContext& context, const std::string& province, std::size_t holders) {
    if (province == kNoRegion) return "地区不明 · " + std::to_string(holders) + " 份报告";
    return escape_html(context.region_name(province)) + " · " + std::to_string(holders) + " 个地区";
}

void write_holders(const SiteContext& context, const Holders& provinces, std::size_t holders, const std::string& root,
                   bool link_reports, std::string& html) {
    const bool collapse = holders > kOpenRegions;
    if (!collapse) html.append("<ul class=\"places\">\n");
    for (const auto& [province, in_province] : provinces) {
        if (collapse) {
            html.append("<details><summary>").append(province_summary(context, province, in_province.size()));
            html.append("</summary>\n<ul class=\"places\">\n");
        }
        for (const auto& [code, holder] : in_province) write_holder(code, holder, root, link_reports, html);
        if (collapse) html.append("</ul></details>\n");
    }
    if (!collapse) html.append("</ul>\n");
}

template <typename Use>
void write_uses(const SiteContext& context, const std::vector<Use>& uses, const std::string& root, bool link_reports,
                std::string& html) {
    Holders provinces;
    for (const Use& use : uses) {
        const bool placed = !use.region_code.empty();
        Holder& holder = placed ? provinces[context.province_of(use.region_code)][use.region_code]
                                : provinces[kNoRegion][kNoRegion + use.report];
        holder.name = use.region;
        holder.places.push_back({use.report, use.year});
    }
    std::size_t holders = 0;
    for (auto& [province, in_province] : provinces) {
        holders += in_province.size();
        for (auto& [code, holder] : in_province) order_places(holder, link_reports);
    }
    write_holders(context, provinces, holders, root, link_reports, html);
}

}  // namespace

std::string similarity_text(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

std::string rule_text(std::string_view rule) {
    const auto quoted = [](std::string_view text) { return "“" + std::string(text) + "”"; };
    const auto after = [&](std::string_view word) { return rule.starts_with(word) ? rule.substr(word.size()) : std::string_view(); };
    if (const std::string_view suffix = after("suffix "); !suffix.empty()) return "后缀" + quoted(suffix);
    if (const std::string_view numerals = after("numeral "); !numerals.empty()) return "数字 " + std::string(numerals);
    if (const std::string_view counts = after("count "); !counts.empty()) return "数目 " + std::string(counts);
    if (const std::string_view names = after("names "); !names.empty()) {
        const std::size_t stem = names.find(", stem of ");
        if (stem == std::string_view::npos) return "释义提到" + quoted(names);
        return "释义提到" + quoted(names.substr(0, stem)) + "（" + quoted(names.substr(stem + 10)) + "的词干）";
    }
    if (const std::string_view footnote = after("footnote "); !footnote.empty()) {
        const std::size_t of = footnote.find(" of ");
        if (of != std::string_view::npos) return std::string(footnote.substr(of + 4)) + " 的脚注 " + std::string(footnote.substr(0, of));
    }
    return std::string(rule);
}

void write_members(const SiteContext& context, const std::vector<ReadingMember>& members, const std::string& root,
                   std::string& html) {
    write_uses(context, members, root, true, html);
}

void write_mentions(const SiteContext& context, const std::vector<TermUse>& mentions, const std::string& root,
                    std::string& html) {
    html.append(heading("mentions", "仅提及的地区"));
    if (mentions.empty()) {
        html.append("<p>没有只提及而不解释它的报告。</p>\n");
        return;
    }
    html.append("<p>").append(std::to_string(mentions.size())).append(" 份报告提及而未解释它。</p>\n");
    write_uses(context, mentions, root, false, html);
}

}  // namespace glossgraph
