#pragma once
// A term's adoption curve (core/graph/spread.hpp) as a line chart: the regions that have defined
// it so far, year by year, one line per level. Drawn by `spread --svg` and on the site's term
// pages (exporters/site), each in its own words.
#include "core/graph/spread.hpp"
#include "exporters/line_chart.hpp"

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace glossgraph {

// The words of the chart, English by default (spread --svg). In title, subtitle and first, the
// placeholders {term} (the term's label), {regions} (the regions in all), {first} (the first
// definer, written by `first`), {region}, {code}, {year} and {report} (the first definition's
// region, its code, year and report) are filled in once, left to right: a value is never read
// for placeholders.
struct SpreadChartText {
    std::string title = "{term}: regions that define it, year by year";
    std::string subtitle = "regions that have defined it so far, by level; {regions} in all, first {first}";
    std::string subtitle_undated = "regions that have defined it so far, by level; no dated definition";
    std::string first = "{region} {code}, {year} ({report})";
    std::string first_without_region = "({report}), {year} ({report})";
    std::string x_label = "year";
    std::string y_label = "regions (cumulative)";
    std::array<std::string, 3> levels = {"provinces", "prefectures", "counties"};  // by kRegionLevels
};

// The chart of spread for the term labelled label: its title names the term, its subtitle the
// regions in all and the first definer (region, code, year and report), or says there is no
// dated definition; a point per year of spread.years, a series per level.
LineChart spread_chart(const std::string& label, const Spread& spread, const SpreadChartText& text = {});

// pattern with each {name} of values replaced by its value, in one pass (a value holding "{x}"
// stays as it is); an unknown {name} is kept.
std::string fill_in(std::string_view pattern, const std::vector<std::pair<std::string_view, std::string>>& values);

}  // namespace glossgraph
