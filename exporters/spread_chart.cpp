#include "exporters/spread_chart.hpp"

namespace glossgraph {
namespace {

// The plural a level is counted in: provinces, prefectures, counties.
std::string counted(RegionLevel level) {
    switch (level) {
        case RegionLevel::province: return "provinces";
        case RegionLevel::prefecture: return "prefectures";
        case RegionLevel::county: return "counties";
    }
    return "";
}

// "罗江区 510604, 2024 (000_5b54c714a6bec26a.txt)"; a report without a region in brackets.
std::string first_text(const TermUse& use) {
    std::string text;
    if (use.region.empty()) {
        text.append("(").append(use.report).append(")");
    } else {
        text.append(use.region).append(" ").append(use.region_code);
    }
    text.append(", ").append(use.year ? std::to_string(*use.year) : "-");
    return text.append(" (").append(use.report).append(")");
}

}  // namespace

LineChart spread_chart(const std::string& label, const Spread& spread) {
    LineChart chart;
    chart.title = label + ": regions that define it, year by year";
    chart.subtitle = "regions that have defined it so far, by level";
    if (spread.first) {
        chart.subtitle.append("; ").append(std::to_string(spread.regions)).append(" in all, first ").append(first_text(*spread.first));
    } else {
        chart.subtitle.append("; no dated definition");
    }
    chart.x_label = "year";
    chart.y_label = "regions (cumulative)";
    for (const SpreadYear& year : spread.years) chart.points.push_back(std::to_string(year.year));
    for (const RegionLevel level : kRegionLevels) {
        ChartSeries series{counted(level), {}};
        for (const SpreadYear& year : spread.years) series.values.push_back(static_cast<double>(year.so_far[level]));
        chart.series.push_back(std::move(series));
    }
    return chart;
}

}  // namespace glossgraph
