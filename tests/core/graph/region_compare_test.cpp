#include "core/graph/region_compare.hpp"

#include "core/errors.hpp"
#include "tests/core/graph/sample_graph.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

using testing::sample_graph;
using Strings = std::vector<std::string>;

TEST(GraphCompareRegions, LuojiangAndZengdu) {
    const RegionComparison c = compare_regions(sample_graph(), "510604", "421303", kDefaultReadingThreshold);
    EXPECT_TRUE(c.both_same.empty());
    EXPECT_EQ(c.both_different, (Strings{"三线一单", "五社联动"}));
    EXPECT_EQ(c.only_a, (Strings{"两品一标", "四个最严要求"}));
    EXPECT_EQ(c.only_b, Strings{"二品一标"});  // variants are separate terms here
    EXPECT_DOUBLE_EQ(c.jaccard, 2.0 / 5.0);
}

TEST(GraphCompareRegions, SameReadingIsBothSame) {
    const GraphData data = testing::sample_builder()
                               .report("004_jingyang_2024.txt", "510603", 2024)
                               .region("510603", "旌阳区", RegionLevel::county, "510600")
                               .define("004_jingyang_2024.txt", "两品一标", "绿色食品、有机农产品和农产品地理标志")
                               .define("004_jingyang_2024.txt", "三线一单", std::string(samples::zengdu_san_xian_yi_dan))
                               .build();
    const RegionComparison c = compare_regions(data, "510603", "510604", kDefaultReadingThreshold);
    EXPECT_EQ(c.both_same, Strings{"两品一标"});  // the final 。 makes no difference
    EXPECT_EQ(c.both_different, Strings{"三线一单"});
    EXPECT_TRUE(c.only_a.empty());
    EXPECT_EQ(c.only_b, (Strings{"五社联动", "四个最严要求"}));
    EXPECT_DOUBLE_EQ(c.jaccard, 2.0 / 4.0);
}

TEST(GraphCompareRegions, APrefectureSpeaksForItsCounties) {
    const GraphData data = sample_graph();
    const RegionComparison by_prefecture = compare_regions(data, "510600", "421300", kDefaultReadingThreshold);
    EXPECT_EQ(by_prefecture.both_different, (Strings{"三线一单", "五社联动"}));
    EXPECT_DOUBLE_EQ(by_prefecture.jaccard, 2.0 / 5.0);
    const RegionComparison with_itself = compare_regions(data, "510000", "510604", kDefaultReadingThreshold);
    EXPECT_EQ(with_itself.both_same.size(), 4u);
    EXPECT_DOUBLE_EQ(with_itself.jaccard, 1.0);
}

TEST(GraphCompareRegions, ARegionsVocabularyFollowsItsLineOfHistory) {
    const GraphData data = testing::luojiang_line()
                               .region("420000", "湖北省", RegionLevel::province)
                               .region("421303", "曾都区", RegionLevel::county, "420000")
                               .report("zengdu_2019.txt", "421303", 2019)
                               .define("luojiang_2015.txt", "四个全面", "全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。")
                               .define("luojiang_2019.txt", "三线一单", std::string(samples::luojiang_san_xian_yi_dan))
                               .define("zengdu_2019.txt", "四个全面", "全面建成小康社会、全面深化改革、全面依法治国、全面从严治党。")
                               .build();
    const RegionComparison line = compare_regions(data, "510604", "421303", kDefaultReadingThreshold, RegionCodes::with_predecessors);
    EXPECT_EQ(line.both_same, Strings{"四个全面"});  // 罗江县's, in 2015
    EXPECT_EQ(line.only_a, Strings{"三线一单"});
    const RegionComparison strict = compare_regions(data, "510604", "421303", kDefaultReadingThreshold, RegionCodes::strict);
    EXPECT_TRUE(strict.both_same.empty());
    EXPECT_EQ(strict.only_b, Strings{"四个全面"});
}

// Issue 14: a region that reworded its own definition between 2020 and 2024 differs from
// nobody by that: each side is compared by its latest definition.
TEST(GraphCompareRegions, EachSidesLatestDefinitionIsCompared) {
    const GraphData data = testing::sample_builder()
                               .region("510603", "旌阳区", RegionLevel::county, "510600")
                               .report("jingyang_2020.txt", "510603", 2020)
                               .report("jingyang_2025.txt", "510603", 2025)
                               .define("jingyang_2020.txt", "三线一单", "全面推行河长制，守护绿水青山。")
                               .define("jingyang_2025.txt", "三线一单", std::string(samples::zengdu_san_xian_yi_dan))
                               .build();
    const RegionComparison with_itself = compare_regions(data, "510603", "510603", kDefaultReadingThreshold);
    EXPECT_EQ(with_itself.both_same, Strings{"三线一单"});
    EXPECT_TRUE(with_itself.differences.empty());
    const RegionComparison with_zengdu = compare_regions(data, "510603", "421303", kDefaultReadingThreshold);
    EXPECT_EQ(with_zengdu.both_same, Strings{"三线一单"});  // 2025 agrees; 2020 no longer counts
    const RegionComparison with_luojiang = compare_regions(data, "510603", "510604", kDefaultReadingThreshold);
    ASSERT_EQ(with_luojiang.differences.size(), 1u);
    EXPECT_EQ(with_luojiang.differences[0].key, "三线一单");
    EXPECT_EQ(with_luojiang.differences[0].a.report, "jingyang_2025.txt");
    EXPECT_EQ(with_luojiang.differences[0].a.year, 2025);
    EXPECT_EQ(with_luojiang.differences[0].b.report, "000_luojiang_2024.txt");
}

TEST(GraphCompareRegions, NoDefinitionsGiveJaccardZero) {
    const GraphData data = testing::GraphBuilder()
                               .region("110000", "北京市", RegionLevel::province)
                               .region("120000", "天津市", RegionLevel::province)
                               .build();
    EXPECT_DOUBLE_EQ(compare_regions(data, "110000", "120000", kDefaultReadingThreshold).jaccard, 0.0);
}

TEST(GraphCompareRegions, UnknownCodeIsAUsageError) {
    ASSERT_THROW(
        try { compare_regions(sample_graph(), "510604", "110101", kDefaultReadingThreshold); } catch (const usage_error& e) {
            EXPECT_STREQ(e.what(), "no region with code '110101' in the store");
            throw;
        },
        usage_error);
}

}  // namespace
}  // namespace glossgraph
