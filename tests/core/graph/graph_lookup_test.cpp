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

TEST(GraphFindRegions, ByNameInEitherScript) {
    const GraphData data = sample_graph();
    EXPECT_EQ(codes(find_regions(data, "罗江区")), Codes{"510604"});
    EXPECT_EQ(codes(find_regions(data, "陵城區")), Codes{"371403"});
    EXPECT_EQ(codes(find_regions(data, "德陽市")), Codes{"510600"});
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
    const GraphData data = testing::GraphBuilder()
                               .region("110000", "北京市", RegionLevel::province)
                               .region("110105", "朝阳区", RegionLevel::county, "110000")
                               .region("220000", "吉林省", RegionLevel::province)
                               .region("220100", "长春市", RegionLevel::prefecture, "220000")
                               .region("220104", "朝阳区", RegionLevel::county, "220100")
                               .region("210000", "辽宁省", RegionLevel::province)
                               .region("211300", "朝阳市", RegionLevel::prefecture, "210000")
                               .build();
    EXPECT_EQ(codes(find_regions(data, "朝阳区")), (Codes{"110105", "220104"}));  // exact names win over 朝阳市
    EXPECT_EQ(codes(find_regions(data, "朝陽")), (Codes{"110105", "211300", "220104"}));
}

}  // namespace
}  // namespace glossgraph
