// A term year by year: first definers, mentions without definitions, readings, provinces.
#include "core/graph/timeline.hpp"

#include "core/graph/spread.hpp"
#include "tests/core/graph/graph_builder.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

using testing::GraphBuilder;

// 三线一单 defined by 德阳 (2019, 2021), 罗江 (2020, another wording), 成都 (2021) in 四川, and
// by 随州 (2021) in 湖北; mentioned by 曾都 (2020) and 罗江 (2021, defining nothing that year).
GraphData diffusion() {
    GraphBuilder b = testing::sichuan_and_hubei();
    b.region("510100", "成都市", RegionLevel::prefecture, "510000");
    b.report("deyang_2019.txt", "510600", 2019).report("deyang_2021.txt", "510600", 2021);
    b.report("luojiang_2020.txt", "510604", 2020).report("luojiang_2021.txt", "510604", 2021);
    b.report("chengdu_2021.txt", "510100", 2021).report("suizhou_2021.txt", "421300", 2021);
    b.report("zengdu_2020.txt", "421303", 2020).report("undated.txt", "421303", std::nullopt);
    const std::string same = "生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。";
    b.define("deyang_2019.txt", "三线一单", same).define("deyang_2021.txt", "三线一单", same);
    b.define("chengdu_2021.txt", "三线一单", same).define("suizhou_2021.txt", "三线一单", same);
    b.define("luojiang_2020.txt", "三线一单", "全面推行河长制、湖长制、林长制，守护绿水青山。");
    b.define("undated.txt", "三线一单", same);
    return b.build();
}

std::vector<TermUse> mentions() {
    return {{"zengdu_2020.txt", 2020, "421303", "曾都区"},
            {"luojiang_2021.txt", 2021, "510604", "罗江区"},
            {"deyang_2021.txt", 2021, "510600", "德阳市"},  // it defines the term that year
            {"undated.txt", std::nullopt, "421303", "曾都区"}};
}

std::vector<std::string> definers(const TimelineYear& year) {
    std::vector<std::string> codes;
    for (const TimelineDefiner& d : year.defined_by) codes.push_back(d.use.region_code + (d.first ? "*" : ""));
    return codes;
}

TEST(TermTimeline, EachYearListsItsDefinersWithFirstTimersMarked) {
    const GraphData data = diffusion();
    const Timeline t = term_timeline(data, diff_term(data, "三线一单", false), mentions());
    ASSERT_EQ(t.years.size(), 3u);
    EXPECT_EQ(t.years[0].year, 2019);
    EXPECT_EQ(definers(t.years[0]), (std::vector<std::string>{"510600*"}));
    EXPECT_EQ(definers(t.years[1]), (std::vector<std::string>{"510604*"}));
    EXPECT_EQ(definers(t.years[2]), (std::vector<std::string>{"421300*", "510100*", "510600"}));  // 德阳 again
    EXPECT_EQ(t.years[2].regions_so_far, 4u);
}

TEST(TermTimeline, ReadingsAreCountedPerYear) {
    const GraphData data = diffusion();
    const Timeline t = term_timeline(data, diff_term(data, "三线一单", false), mentions());
    EXPECT_EQ(t.years[0].readings, 1u);
    EXPECT_EQ(t.years[1].readings, 1u);
    EXPECT_NE(t.years[1].defined_by[0].reading, t.years[0].defined_by[0].reading);  // 罗江 words it otherwise
    EXPECT_EQ(t.years[2].readings, 1u);
}

TEST(TermTimeline, MentionsWithoutADefinitionThatYearOnly) {
    const GraphData data = diffusion();
    const Timeline t = term_timeline(data, diff_term(data, "三线一单", false), mentions());
    ASSERT_EQ(t.years[1].mentioned_only_by.size(), 1u);
    EXPECT_EQ(t.years[1].mentioned_only_by[0].region_code, "421303");
    ASSERT_EQ(t.years[2].mentioned_only_by.size(), 1u);  // 德阳 defines it in 2021: not listed
    EXPECT_EQ(t.years[2].mentioned_only_by[0].region_code, "510604");
    EXPECT_EQ(t.undated_definitions, 1u);
    EXPECT_EQ(t.undated_mentions, 1u);
}

TEST(TermTimeline, FirstDefinerOfEachProvinceByYear) {
    const GraphData data = diffusion();
    const Timeline t = term_timeline(data, diff_term(data, "三线一单", false), mentions());
    ASSERT_EQ(t.first_in_province.size(), 2u);
    EXPECT_EQ(t.first_in_province[0].province, "四川省");
    EXPECT_EQ(t.first_in_province[0].first.report, "deyang_2019.txt");
    EXPECT_EQ(t.first_in_province[1].province, "湖北省");
    EXPECT_EQ(t.first_in_province[1].first.region_code, "421300");
}

TEST(TermTimeline, ALineOfHistoryIsOneRegionUnlessCodesAreStrict) {
    const GraphData data = testing::luojiang_line()
                               .define("luojiang_2015.txt", "互联网+", "把互联网的创新成果与经济社会各领域深度融合。")
                               .define("luojiang_2019.txt", "互联网+", "把互联网的创新成果与经济社会各领域深度融合。")
                               .build();
    const TermDiff diff = diff_term(data, "互联网+", false);
    const Timeline line = term_timeline(data, diff, {}, RegionCodes::with_predecessors);
    ASSERT_EQ(line.years.size(), 2u);
    EXPECT_EQ(definers(line.years[0]), std::vector<std::string>{"510626*"});
    EXPECT_EQ(definers(line.years[1]), std::vector<std::string>{"510604"});  // 罗江县 defined it first
    EXPECT_EQ(line.years[1].regions_so_far, 1u);
    const Timeline strict = term_timeline(data, diff, {}, RegionCodes::strict);
    EXPECT_EQ(definers(strict.years[1]), std::vector<std::string>{"510604*"});
    EXPECT_EQ(strict.years[1].regions_so_far, 2u);
}

// The audit's 824 "regions" of a year that 802 regions defined: the row listed a definition
// per report and entry, and the site counted that list.
TEST(TermTimeline, ARegionDefiningItTwiceInAYearIsOneRegionOfThatYear) {
    GraphBuilder b = testing::sichuan_and_hubei();
    b.report("luojiang_2021a.txt", "510604", 2021).report("luojiang_2021b.txt", "510604", 2021);
    b.report("zengdu_2021.txt", "421303", 2021);
    const std::string text = "由党政领导担任河长，负责组织领导相应河湖的管理和保护工作。";
    b.define("luojiang_2021a.txt", "河长制", text).define("luojiang_2021b.txt", "河长制", text);
    b.define("zengdu_2021.txt", "河长制", text).define("zengdu_2021.txt", "河长制", text);  // twice in one glossary
    const GraphData data = b.build();
    const Timeline t = term_timeline(data, diff_term(data, "河长制", false), {});
    ASSERT_EQ(t.years.size(), 1u);
    EXPECT_EQ(t.years[0].defined_by.size(), 4u);  // every definition listed
    EXPECT_EQ(t.years[0].regions, 2u);
    EXPECT_EQ(t.years[0].regions_so_far, 2u);
}

// The audit's 812 regions in the timeline against 814 in the spread and on the term page: two
// counties whose code changed (广德县 → 广德市) were one region in the timeline and two in the
// spread. Both now count by counted_region.
TEST(TermTimeline, CountsTheRegionsTheSpreadCounts) {
    const GraphData data = testing::luojiang_line()
                               .define("luojiang_2015.txt", "互联网+", "把互联网的创新成果与经济社会各领域深度融合。")
                               .define("luojiang_2019.txt", "互联网+", "把互联网的创新成果与经济社会各领域深度融合。")
                               .build();
    const TermDiff diff = diff_term(data, "互联网+", false);
    const std::vector<ReadingMember> definitions = term_definitions(data, "互联网+", false).definitions;
    for (const RegionCodes codes : {RegionCodes::with_predecessors, RegionCodes::strict}) {
        const Timeline timeline = term_timeline(data, diff, {}, codes);
        const Spread spread = term_spread(data, definitions, codes);
        ASSERT_FALSE(timeline.years.empty());
        EXPECT_EQ(timeline.years.back().regions_so_far, spread.regions);
        EXPECT_EQ(spread.regions, codes == RegionCodes::strict ? 2u : 1u);
        ASSERT_FALSE(spread.years.empty());
        EXPECT_EQ(spread.years.back().so_far.total(), spread.regions);
        EXPECT_EQ(spread.years.back().first_time.total(), codes == RegionCodes::strict ? 1u : 0u);  // 罗江区, 2019
    }
}

TEST(TermTimeline, AnUnknownTermHasNoYears) {
    const GraphData data = diffusion();
    const Timeline t = term_timeline(data, diff_term(data, "河长制", false), {});
    EXPECT_TRUE(t.years.empty());
    EXPECT_TRUE(t.first_in_province.empty());
}

}  // namespace
}  // namespace glossgraph
