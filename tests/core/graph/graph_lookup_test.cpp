#include "core/graph/graph_lookup.hpp"

#include "tests/core/graph/sample_graph.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

using testing::sample_graph;

std::vector<std::string> codes(const std::vector<const GraphRegion*>& regions) {
    std::vector<std::string> out;
    for (const GraphRegion* region : regions) out.push_back(region->code);
    return out;
}

using Codes = std::vector<std::string>;

TEST(GraphLookup, FindsByIdentity) {
    const GraphData data = sample_graph();
    ASSERT_NE(find_term(data, "五社联动"), nullptr);
    EXPECT_EQ(find_term(data, "五社联动")->label, "五社联动");
    EXPECT_EQ(find_term(data, "五社"), nullptr);
    ASSERT_NE(find_report(data, testing::kZengdu), nullptr);
    EXPECT_EQ(find_report(data, testing::kZengdu)->region_code, "421303");
    EXPECT_EQ(find_region(data, "371400")->name, "德州市");
    EXPECT_EQ(find_region(data, "371401"), nullptr);
    EXPECT_EQ(definitions_of(data, "三线一单").size(), 2u);
    EXPECT_EQ(definitions_of(data, "乡村振兴").size(), 0u);
    EXPECT_EQ(mentions_of(data, "乡村振兴").size(), 3u);
    EXPECT_EQ(region_code_of(data, testing::kLingcheng), "371403");
    EXPECT_EQ(region_code_of(data, "missing.txt"), "");
}

TEST(GraphLookup, FollowsTheRegionHierarchy) {
    const GraphData data = sample_graph();
    EXPECT_TRUE(is_within(data, "510604", "510000"));
    EXPECT_TRUE(is_within(data, "510604", "510604"));
    EXPECT_FALSE(is_within(data, "510000", "510604"));
    EXPECT_FALSE(is_within(data, "421303", "510000"));
    EXPECT_EQ(codes(region_chain(data, "421303")), (Codes{"421303", "421300", "420000"}));
    const auto subtree = region_subtree(data, "370000");
    EXPECT_EQ(subtree, (std::unordered_set<std::string>{"370000", "371400", "371403"}));
    EXPECT_TRUE(region_subtree(data, "999999").empty());
}

TEST(GraphFindRegions, ByCode) {
    const GraphData data = sample_graph();
    EXPECT_EQ(codes(find_regions(data, "421303")), Codes{"421303"});
    EXPECT_EQ(codes(find_regions(data, " 510600 ")), Codes{"510600"});
    EXPECT_TRUE(find_regions(data, "110101").empty());
}

TEST(GraphFindRegions, ByShortOrFullWidthCode) {
    const GraphData data = sample_graph();
    EXPECT_EQ(codes(find_regions(data, "51")), Codes{"510000"});
    EXPECT_EQ(codes(find_regions(data, "5106")), Codes{"510600"});
    EXPECT_EQ(codes(find_regions(data, "５１０６０４")), Codes{"510604"});
    EXPECT_EQ(codes(find_regions(data, "４２")), Codes{"420000"});
    EXPECT_TRUE(find_regions(data, "51060").empty());    // five digits are no code
    EXPECT_TRUE(find_regions(data, "5106040").empty());  // nor are seven
    EXPECT_TRUE(find_regions(data, "11").empty());       // no report from 北京
}

TEST(GraphFindRegions, ByNameInEitherScript) {
    const GraphData data = sample_graph();
    EXPECT_EQ(codes(find_regions(data, "罗江区")), Codes{"510604"});
    EXPECT_EQ(codes(find_regions(data, "陵城區")), Codes{"371403"});
    EXPECT_EQ(codes(find_regions(data, "德陽市")), Codes{"510600"});
    EXPECT_EQ(codes(find_regions(data, "罗　江 区")), Codes{"510604"});  // spaces, full-width too
    EXPECT_TRUE(find_regions(data, "东城区").empty());
    EXPECT_TRUE(find_regions(data, "").empty());
}

TEST(GraphFindRegions, WithOrWithoutTheSuffix) {
    const GraphData data = sample_graph();
    EXPECT_EQ(codes(find_regions(data, "罗江")), Codes{"510604"});
    EXPECT_EQ(codes(find_regions(data, "罗江县")), Codes{"510604"});  // its name before 2017
    EXPECT_EQ(codes(find_regions(data, "四川")), Codes{"510000"});
    EXPECT_EQ(codes(find_regions(data, "随州")), Codes{"421300"});
}

TEST(GraphFindRegions, SeveralMeanAmbiguous) {
    const GraphData data = testing::two_districts_named_chaoyang()
                               .region("210000", "辽宁省", RegionLevel::province)
                               .region("211300", "朝阳市", RegionLevel::prefecture, "210000")
                               .build();
    EXPECT_EQ(codes(find_regions(data, "朝阳区")), (Codes{"110105", "220104"}));  // exact names win over 朝阳市
    EXPECT_EQ(codes(find_regions(data, "朝陽")), (Codes{"110105", "211300", "220104"}));
}

TEST(GraphRegionQuery, MatchesAnyListOfRegions) {
    // The gazetteer's divisions (core/model.hpp Region) are matched as the imported ones are.
    const std::vector<Region> divisions{{"510000", "四川省", RegionLevel::province, ""},
                                        {"510100", "成都市", RegionLevel::prefecture, "510000"},
                                        {"110105", "朝阳区", RegionLevel::county, "110000"},
                                        {"220104", "朝阳区", RegionLevel::county, "220100"}};
    const auto codes_of = [](const std::vector<const Region*>& regions) {
        std::vector<std::string> out;
        for (const Region* region : regions) out.push_back(region->code);
        return out;
    };
    EXPECT_EQ(codes_of(RegionQuery("成都").find_in(divisions)), Codes{"510100"});
    EXPECT_EQ(codes_of(RegionQuery("5101").find_in(divisions)), Codes{"510100"});
    EXPECT_EQ(codes_of(RegionQuery("朝陽區").find_in(divisions)), (Codes{"110105", "220104"}));
    EXPECT_TRUE(RegionQuery("1101").find_in(divisions).empty());
    EXPECT_TRUE(RegionQuery("桃花源县").find_in(divisions).empty());
    EXPECT_TRUE(RegionQuery("  ").find_in(divisions).empty());
}

}  // namespace
}  // namespace glossgraph
