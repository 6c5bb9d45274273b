#include "core/graph/region_vocabulary.hpp"

#include "tests/core/graph/sample_graph.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

using testing::GraphBuilder;
using testing::sample_builder;
using testing::sample_graph;

const RegionVocabulary& of(const std::vector<RegionVocabulary>& vocabularies, const std::string& code) {
    for (const RegionVocabulary& v : vocabularies)
        if (v.code == code) return v;
    throw std::runtime_error("no vocabulary of " + code);
}

std::vector<std::string> keys(const RegionVocabulary& vocabulary) {
    std::vector<std::string> keys;
    for (const RegionWording& w : vocabulary.defined) keys.push_back(w.key);
    return keys;
}

TEST(RegionVocabularies, HoldWhatEachRegionsOwnReportsDefineAndOnlyMention) {
    const GraphData data = sample_graph();
    const std::vector<RegionVocabulary> vocabularies = region_vocabularies(data);
    ASSERT_EQ(vocabularies.size(), data.regions.size());
    const RegionVocabulary& luojiang = of(vocabularies, "510604");
    EXPECT_EQ(keys(luojiang), (std::vector<std::string>{"三线一单", "两品一标", "五社联动", "四个最严要求"}));
    EXPECT_EQ(luojiang.mentioned_only, std::vector<std::string>{"乡村振兴"});
    EXPECT_EQ(luojiang.defined[0].report, testing::kLuojiang);
    EXPECT_TRUE(of(vocabularies, "510600").defined.empty());  // 德阳市 has no report of its own
}

TEST(RegionVocabularies, KeepARegionsLatestWording) {
    GraphBuilder b = sample_builder();
    b.report("005_luojiang_2025.txt", "510604", 2025).define("005_luojiang_2025.txt", "三线一单", "新的释义。");
    const std::vector<RegionVocabulary> vocabularies = region_vocabularies(b.build());
    const RegionVocabulary& luojiang = of(vocabularies, "510604");
    ASSERT_EQ(luojiang.defined[0].key, "三线一单");
    EXPECT_EQ(luojiang.defined[0].text, "新的释义。");
    EXPECT_EQ(luojiang.defined[0].year, 2025);
}

TEST(CompareVocabularies, CountsSharedTermsAndTheirReadings) {
    const std::vector<RegionVocabulary> vocabularies = region_vocabularies(sample_graph());
    const VocabularyComparison c = compare_vocabularies(of(vocabularies, "510604"), of(vocabularies, "421303"));
    EXPECT_EQ(c.shared, 2u);        // 三线一单 and 五社联动
    EXPECT_EQ(c.only_a, 2u);        // 两品一标, 四个最严要求
    EXPECT_EQ(c.only_b, 1u);        // 二品一标
    EXPECT_LE(c.same_reading, 2u);
    EXPECT_DOUBLE_EQ(c.jaccard, 2.0 / 5.0);
    const VocabularyComparison self = compare_vocabularies(of(vocabularies, "510604"), of(vocabularies, "510604"));
    EXPECT_EQ(self.same_reading, 4u);
    EXPECT_DOUBLE_EQ(self.jaccard, 1.0);
    EXPECT_DOUBLE_EQ(compare_vocabularies(of(vocabularies, "510600"), of(vocabularies, "510000")).jaccard, 0.0);
}

}  // namespace
}  // namespace glossgraph
