// How a term spread: first definers, the adoption curve by level, time to reach each level.
#include "core/graph/spread.hpp"

#include "tests/core/graph/graph_builder.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

using testing::GraphBuilder;
using testing::sichuan_and_hubei;

// 河长制 starts in the county 罗江 (2019), reaches its prefecture 德阳 and the county 旌阳 in
// 2020, the province 四川 in 2021, nobody new in 2022, and 湖北's 曾都 in 2023. 罗江 defines it
// again in 2020 and twice in 2021; one report has no year, one no region.
GraphData river_chiefs() {
    GraphBuilder b = sichuan_and_hubei();
    b.report("luojiang_2019.txt", "510604", 2019).report("luojiang_2020.txt", "510604", 2020);
    b.report("luojiang_2021a.txt", "510604", 2021).report("luojiang_2021b.txt", "510604", 2021);
    b.report("deyang_2020.txt", "510600", 2020).report("jingyang_2020.txt", "510603", 2020);
    b.report("sichuan_2021.txt", "510000", 2021).report("zengdu_2023.txt", "421303", 2023);
    b.report("undated.txt", "421303", std::nullopt).report("nowhere_2018.txt", "", 2018);
    for (const char* file : {"luojiang_2019.txt", "luojiang_2020.txt", "luojiang_2021a.txt", "luojiang_2021b.txt",
                             "deyang_2020.txt", "jingyang_2020.txt", "sichuan_2021.txt", "zengdu_2023.txt", "undated.txt",
                             "nowhere_2018.txt"}) {
        b.define(file, "河长制", "由党政领导担任河长，负责组织领导相应河湖的管理和保护工作。");
    }
    return b.build();
}

Spread spread_of(const GraphData& data, const std::string& key) {
    return term_spread(data, term_definitions(data, key, false).definitions);
}

TEST(TermSpread, FirstDefinitionOverallAndPerProvince) {
    const GraphData data = river_chiefs();
    const Spread s = spread_of(data, "河长制");
    ASSERT_TRUE(s.first);
    EXPECT_EQ(s.first->report, "luojiang_2019.txt");  // the region-less report of 2018 is not placed
    ASSERT_EQ(s.first_in_province.size(), 2u);
    EXPECT_EQ(s.first_in_province[0].province, "四川省");
    EXPECT_EQ(s.first_in_province[0].first.region_code, "510604");
    EXPECT_EQ(s.first_in_province[1].province, "湖北省");
    EXPECT_EQ(*s.first_in_province[1].first.year, 2023);
    EXPECT_EQ(s.regions, 5u);
    EXPECT_EQ(s.undated, 1u);
    EXPECT_EQ(s.unplaced, 1u);
}

TEST(TermSpread, TheCurveHasEveryYearAndCountsRegionsOncePerYear) {
    const GraphData data = river_chiefs();
    const Spread s = spread_of(data, "河长制");
    ASSERT_EQ(s.years.size(), 5u);  // 2019-2023, 2022 without a definition
    EXPECT_EQ(s.years[0].year, 2019);
    EXPECT_EQ(s.years[0].first_time[RegionLevel::county], 1u);
    // 2020: 德阳 and 旌阳 new, 罗江 again.
    EXPECT_EQ(s.years[1].first_time[RegionLevel::prefecture], 1u);
    EXPECT_EQ(s.years[1].first_time[RegionLevel::county], 1u);
    EXPECT_EQ(s.years[1].defining.total(), 3u);
    EXPECT_EQ(s.years[1].so_far.total(), 3u);
    // 2021: 四川 new, 罗江 in two reports counts once.
    EXPECT_EQ(s.years[2].first_time.total(), 1u);
    EXPECT_EQ(s.years[2].defining[RegionLevel::county], 1u);
    EXPECT_EQ(s.years[2].defining.total(), 2u);
    // 2022: nothing new, the totals carry on.
    EXPECT_EQ(s.years[3].year, 2022);
    EXPECT_EQ(s.years[3].first_time.total(), 0u);
    EXPECT_EQ(s.years[3].defining.total(), 0u);
    EXPECT_EQ(s.years[3].so_far.total(), 4u);
    EXPECT_EQ(s.years[4].so_far[RegionLevel::province], 1u);
    EXPECT_EQ(s.years[4].so_far[RegionLevel::prefecture], 1u);
    EXPECT_EQ(s.years[4].so_far[RegionLevel::county], 3u);
}

TEST(TermSpread, TimeToReachEachLevel) {
    const GraphData data = river_chiefs();
    const Spread s = spread_of(data, "河长制");
    const LevelReach& province = s.levels[static_cast<std::size_t>(RegionLevel::province)];
    const LevelReach& prefecture = s.levels[static_cast<std::size_t>(RegionLevel::prefecture)];
    const LevelReach& county = s.levels[static_cast<std::size_t>(RegionLevel::county)];
    EXPECT_EQ(province.level, RegionLevel::province);
    EXPECT_EQ(*province.years_after_first, 2);
    EXPECT_EQ(province.first->report, "sichuan_2021.txt");
    EXPECT_EQ(*prefecture.years_after_first, 1);
    EXPECT_EQ(*county.years_after_first, 0);
    EXPECT_EQ(county.regions, 3u);
}

TEST(TermSpread, OfOneYearAProvinceComesBeforeItsCounty) {
    GraphBuilder b = sichuan_and_hubei();
    b.report("a_county.txt", "510604", 2020).report("z_province.txt", "510000", 2020);
    b.define("a_county.txt", "三线一单", "生态保护红线。").define("z_province.txt", "三线一单", "生态保护红线。");
    const GraphData data = b.build();
    const Spread s = spread_of(data, "三线一单");
    EXPECT_EQ(s.first->region_code, "510000");
    EXPECT_EQ(*s.levels[static_cast<std::size_t>(RegionLevel::county)].years_after_first, 0);
}

TEST(TermSpread, ALevelNeverReachedHasNoFirst) {
    GraphBuilder b = sichuan_and_hubei();
    b.report("zengdu_2023.txt", "421303", 2023).define("zengdu_2023.txt", "河长制", "河长。");
    const Spread s = spread_of(b.build(), "河长制");
    EXPECT_FALSE(s.levels[0].first);
    EXPECT_FALSE(s.levels[0].years_after_first);
    EXPECT_EQ(s.years.size(), 1u);
}

TEST(TermSpread, AnUnknownTermHasNoSpread) {
    const GraphData data = river_chiefs();
    const Spread s = spread_of(data, "不存在");
    EXPECT_FALSE(s.first);
    EXPECT_TRUE(s.years.empty());
    EXPECT_EQ(s.regions, 0u);
}

}  // namespace
}  // namespace glossgraph
