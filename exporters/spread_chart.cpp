#include "exporters/spread_chart.hpp"

#include <algorithm>

namespace glossgraph {

std::string fill_in(std::string_view pattern, const std::vector<std::pair<std::string_view, std::string>>& values) {
    std::string out;
    std::size_t pos = 0;
    while (pos < pattern.size()) {
        const std::size_t open = pattern.find('{', pos);
        const std::size_t close = open == std::string_view::npos ? open : pattern.find('}', open);
        if (close == std::string_view::npos) break;
        out.append(pattern.substr(pos, open - pos));
        const std::string_view name = pattern.substr(open + 1, close - open - 1);
        const auto value = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
        out.append(value == values.end() ? pattern.substr(open, close + 1 - open) : std::string_view(value->second));
        pos = close + 1;
    }
    return out.append(pattern.substr(std::min(pos, pattern.size())));
}

LineChart spread_chart(const std::string& label, const Spread& spread, const SpreadChartText& text) {
    LineChart chart;
    chart.title = fill_in(text.title, {{"term", label}});
    if (spread.first) {
        const TermUse& use = *spread.first;
        const std::string first = fill_in(use.region.empty() ? text.first_without_region : text.first,
                                          {{"region", use.region}, {"code", use.region_code},
                                           {"year", use.year ? std::to_string(*use.year) : "-"}, {"report", use.report}});
        chart.subtitle = fill_in(text.subtitle, {{"term", label}, {"regions", std::to_string(spread.regions)}, {"first", first}});
    } else {
        chart.subtitle = fill_in(text.subtitle_undated, {{"term", label}});
    }
    chart.x_label = text.x_label;
    chart.y_label = text.y_label;
    for (const SpreadYear& year : spread.years) chart.points.push_back(std::to_string(year.year));
    for (std::size_t i = 0; i < kRegionLevels.size(); ++i) {
        ChartSeries series{text.levels[i], {}};
        for (const SpreadYear& year : spread.years) series.values.push_back(static_cast<double>(year.so_far[kRegionLevels[i]]));
        chart.series.push_back(std::move(series));
    }
    return chart;
}

}  // namespace glossgraph
