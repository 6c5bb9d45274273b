#include "core/graph/centrality.hpp"

#include "tests/core/graph/sample_graph.hpp"
#include "tests/core/graph/synthetic_graph.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <iostream>

namespace glossgraph {
namespace {

using Strings = std::vector<std::string>;

Strings keys_of(const std::vector<CentralTerm>& terms) {
    Strings keys;
    for (const CentralTerm& t : terms) keys.push_back(t.key);
    return keys;
}

TEST(GraphCentral, RanksByRegionsThenKey) {
    const std::vector<CentralTerm> all = central_terms(testing::sample_graph(), 0);
    EXPECT_EQ(keys_of(all), (Strings{"乡村振兴", "三线一单", "五社联动", "两品一标", "二品一标", "四个最严", "四个最严要求"}));
    EXPECT_EQ(all[0].regions, 3);
    EXPECT_EQ(all[1].regions, 2);
    EXPECT_EQ(all[6].regions, 1);
    for (const CentralTerm& t : all) EXPECT_TRUE(t.betweenness.has_value()) << t.key;
    // 乡村振兴 alone joins 陵城区 to the other two counties.
    EXPECT_GT(*all[0].betweenness, *all[1].betweenness);
    EXPECT_EQ(keys_of(central_terms(testing::sample_graph(), 2)), (Strings{"乡村振兴", "三线一单"}));
}

TEST(GraphCentral, BetweennessOfASmallProjection) {
    // X is used by the provinces A and B, Y by A only: X - A, X - B, Y - A. X lies between
    // A and B and between Y and B: two of the three pairs of the other vertices.
    const GraphData data = testing::GraphBuilder()
                               .region("110000", "甲省", RegionLevel::province)
                               .region("120000", "乙省", RegionLevel::province)
                               .report("a.txt", "110000", 2024)
                               .report("b.txt", "120000", 2024)
                               .mention("a.txt", "X")
                               .mention("b.txt", "X")
                               .mention("a.txt", "Y")
                               .build();
    const std::vector<CentralTerm> central = central_terms(data, 0);
    ASSERT_EQ(keys_of(central), (Strings{"X", "Y"}));
    EXPECT_NEAR(*central[0].betweenness, 2.0 / 3.0, 1e-12);
    EXPECT_DOUBLE_EQ(*central[1].betweenness, 0.0);
}

TEST(GraphCentral, TopTwentyOfAStoreSizedGraph) {
    const GraphData& data = testing::store_sized_graph();
    const auto start = std::chrono::steady_clock::now();
    const std::vector<CentralTerm> central = central_terms(data, 20);
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    std::cout << "[ timing   ] central --top 20 in " << ms << " ms\n";
    ASSERT_EQ(central.size(), 20u);
    EXPECT_EQ(central[0].key, "t0000000");
    EXPECT_EQ(central[0].regions, 3000);  // every county
    for (std::size_t i = 1; i < central.size(); ++i) EXPECT_GE(central[i - 1].regions, central[i].regions);
    for (const CentralTerm& t : central) EXPECT_TRUE(t.betweenness.has_value()) << t.key;
}

TEST(GraphCentral, TheBudgetLeavesLowerRanksWithoutBetweenness) {
    // The top terms each reach nearly all 300 prefectures: some 300 of them exhaust the budget.
    const std::vector<CentralTerm> central = central_terms(testing::store_sized_graph(), 1000);
    ASSERT_EQ(central.size(), 1000u);
    const auto without = std::find_if(central.begin(), central.end(), [](const CentralTerm& t) { return !t.betweenness; });
    ASSERT_NE(without, central.end());
    EXPECT_GT(without - central.begin(), 100);
    EXPECT_TRUE(std::none_of(without, central.end(), [](const CentralTerm& t) { return t.betweenness.has_value(); }));
}

}  // namespace
}  // namespace glossgraph
