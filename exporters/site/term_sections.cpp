#include "exporters/site/term_sections.hpp"

#include "exporters/line_chart.hpp"
#include "exporters/site/html.hpp"
#include "exporters/site/page.hpp"
#include "exporters/site/site_pages.hpp"
#include "exporters/spread_chart.hpp"

#include <cstdio>
#include <map>
#include <sstream>

namespace glossgraph {
namespace {

// A report of a region, as the lists of regions show it.
struct Place {
    std::string report;
    std::optional<int> year;
};

struct RegionPlaces {
    std::string name;
    std::vector<Place> places;
};

// Places grouped by province code, then region code ("" for reports without a region).
using PlacesByProvince = std::map<std::string, std::map<std::string, RegionPlaces>>;

void write_region_places(const std::string& code, const RegionPlaces& region, const std::string& root, bool link_reports,
                         std::string& html) {
    html.append("<li>");
    html.append(code.empty() ? "（地区不明）" : link(region_href(root, code), region.name));
    for (const Place& place : region.places) {
        const std::string year = place.year ? std::to_string(*place.year) : "年份不明";
        html.append(" ").append(link_reports ? link(report_href(root, place.report), year) : escape_html(year));
    }
    html.append("</li>\n");
}

void write_places(const SiteContext& context, const PlacesByProvince& provinces, std::size_t regions,
                  const std::string& root, bool link_reports, std::string& html) {
    const bool collapse = regions > kOpenRegions;
    if (!collapse) html.append("<ul class=\"places\">\n");
    for (const auto& [province, in_province] : provinces) {
        if (collapse) {
            html.append("<details><summary>").append(escape_html(province.empty() ? "地区不明" : context.region_name(province)));
            html.append(" · ").append(std::to_string(in_province.size())).append(" 个地区</summary>\n<ul class=\"places\">\n");
        }
        for (const auto& [code, region] : in_province) write_region_places(code, region, root, link_reports, html);
        if (collapse) html.append("</ul></details>\n");
    }
    if (!collapse) html.append("</ul>\n");
}

template <typename Use>
void write_uses(const SiteContext& context, const std::vector<Use>& uses, const std::string& root, bool link_reports,
                std::string& html) {
    PlacesByProvince provinces;
    std::size_t regions = 0;
    for (const Use& use : uses) {
        RegionPlaces& region = provinces[context.province_of(use.region_code)][use.region_code];
        if (region.places.empty()) ++regions;
        region.name = use.region;
        region.places.push_back({use.report, use.year});
    }
    write_places(context, provinces, regions, root, link_reports, html);
}

}  // namespace

std::string similarity_text(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
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
