// The adoption curve as a chart: its words, English for spread --svg or as the caller gives them.
#include "exporters/spread_chart.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

Spread two_years() {
    Spread spread;
    spread.first = TermUse{"002.txt", 2023, "421303", "曾都区"};
    spread.regions = 2;
    spread.years = {{2023, {}, {}, {}}, {2024, {}, {}, {}}};
    spread.years[0].so_far[RegionLevel::county] = 1;
    spread.years[1].so_far[RegionLevel::county] = 2;
    return spread;
}

TEST(SpreadChart, IsInEnglishByDefault) {
    const LineChart chart = spread_chart("三线一单", two_years());
    EXPECT_EQ(chart.title, "三线一单: regions that define it, year by year");
    EXPECT_EQ(chart.subtitle, "regions that have defined it so far, by level; 2 in all, first 曾都区 421303, 2023 (002.txt)");
    EXPECT_EQ(chart.x_label, "year");
    EXPECT_EQ(chart.y_label, "regions (cumulative)");
    ASSERT_EQ(chart.series.size(), 3u);
    EXPECT_EQ(chart.series[0].label, "provinces");
    EXPECT_EQ(chart.series[2].label, "counties");
    EXPECT_EQ(chart.series[2].values, (std::vector<double>{1, 2}));
    EXPECT_EQ(chart.points, (std::vector<std::string>{"2023", "2024"}));
}

TEST(SpreadChart, TakesItsWordsFromTheCaller) {
    const SpreadChartText chinese{"{term}：逐年定义它的地区", "共 {regions} 个，最早为 {first}", "没有注明年份的定义",
                                  "{region}（{code}），{year} 年，{report}", "地区不明，{year} 年，{report}", "年份", "地区（累计）",
                                  {"省级", "地级", "县级"}};
    const LineChart chart = spread_chart("三线一单", two_years(), chinese);
    EXPECT_EQ(chart.title, "三线一单：逐年定义它的地区");
    EXPECT_EQ(chart.subtitle, "共 2 个，最早为 曾都区（421303），2023 年，002.txt");
    EXPECT_EQ(chart.x_label, "年份");
    EXPECT_EQ(chart.series[1].label, "地级");
    EXPECT_EQ(spread_chart("三线一单", Spread{}, chinese).subtitle, "没有注明年份的定义");
}

TEST(FillIn, ReplacesEachPlaceholderOnceAndNeverInAValue) {
    EXPECT_EQ(fill_in("{a} and {b}, {a}", {{"a", "{b}"}, {"b", "2"}}), "{b} and 2, {b}");
    EXPECT_EQ(fill_in("{unknown} {a", {{"a", "1"}}), "{unknown} {a");
    EXPECT_EQ(fill_in("", {}), "");
}

}  // namespace
}  // namespace glossgraph
