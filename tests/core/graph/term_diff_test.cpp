#include "core/graph/term_diff.hpp"

#include "core/errors.hpp"
#include "tests/core/graph/sample_graph.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace glossgraph {
namespace {

using testing::kLingcheng;
using testing::kLuojiang;
using testing::sample_graph;
using Strings = std::vector<std::string>;

Strings regions_of(const TermReading& reading) {
    Strings names;
    for (const ReadingMember& m : reading.members) names.push_back(m.region);
    return names;
}

Strings terms_of(const TermReading& reading) {
    Strings terms;
    for (const ReadingMember& m : reading.members) terms.push_back(m.term);
    return terms;
}

using Op = DiffSpan::Op;

TEST(GraphDiffTerm, SanXianYiDanHasTwoReadingsAndTheirDifference) {
    const TermDiff diff = diff_term(sample_graph(), "三线一单", false, kDefaultReadingThreshold);
    EXPECT_EQ(diff.label, "三线一单");
    EXPECT_EQ(diff.keys, Strings{"三线一单"});
    ASSERT_EQ(diff.readings.size(), 2u);
    EXPECT_EQ(regions_of(diff.readings[0]), Strings{"罗江区"});  // a tie: the first in data order is main
    EXPECT_EQ(regions_of(diff.readings[1]), Strings{"曾都区"});
    const ReadingMember& zengdu = diff.readings[1].members[0];
    EXPECT_EQ(zengdu.region_code, "421303");
    EXPECT_EQ(zengdu.year, 2024);
    EXPECT_EQ(zengdu.report, testing::kZengdu);
    EXPECT_EQ(diff.readings[1].text, samples::zengdu_san_xian_yi_dan);

    EXPECT_DOUBLE_EQ(diff.readings[0].similarity_to_main.edit, 1.0);
    EXPECT_NEAR(diff.readings[1].similarity_to_main.edit, 23.0 / 27.0, 1e-9);  // 4 edits in 27 code points
    EXPECT_NEAR(diff.readings[1].similarity_to_main.items, 3.0 / 5.0, 1e-9);   // 3 of 5 items shared
    const std::vector<DiffSpan> expected{{Op::equal, "生态保护红线、环境质量底线、资源利用上线和"},
                                         {Op::insert, "生态"},
                                         {Op::equal, "环境准入"},
                                         {Op::remove, "负面"},
                                         {Op::equal, "清单。"}};
    EXPECT_EQ(diff.readings[1].diff, expected);
    const std::vector<DiffSpan> same{{Op::equal, std::string(samples::luojiang_san_xian_yi_dan)}};
    EXPECT_EQ(diff.readings[0].diff, same);
}

TEST(GraphDiffTerm, WuSheLianDongHasTwoReadings) {
    const TermDiff diff = diff_term(sample_graph(), "五社联动", false, kDefaultReadingThreshold);
    ASSERT_EQ(diff.readings.size(), 2u);
    EXPECT_LT(diff.readings[1].similarity_to_main.edit, 0.5);
    EXPECT_DOUBLE_EQ(diff.readings[1].similarity_to_main.items, 0.0);
}

TEST(GraphDiffTerm, VariantsJoinTheDamagedTraditionalDefinition) {
    const GraphData data = sample_graph();
    const TermDiff alone = diff_term(data, "四个最严", false, kDefaultReadingThreshold);
    ASSERT_EQ(alone.readings.size(), 1u);
    EXPECT_EQ(regions_of(alone.readings[0]), Strings{"陵城区"});

    const TermDiff diff = diff_term(data, "四个最严", true, kDefaultReadingThreshold);
    EXPECT_EQ(diff.keys, (Strings{"四个最严", "四个最严要求"}));
    ASSERT_EQ(diff.readings.size(), 1u);
    EXPECT_EQ(regions_of(diff.readings[0]), (Strings{"陵城区", "罗江区"}));
    EXPECT_EQ(terms_of(diff.readings[0]), (Strings{"四個最嚴", "“四个最严”要求"}));
    EXPECT_EQ(diff.readings[0].members[0].report, kLingcheng);
    EXPECT_EQ(diff.readings[0].members[1].report, kLuojiang);
    // Reached from either end of the variant_suffix relation.
    EXPECT_EQ(diff_term(data, "四个最严要求", true, kDefaultReadingThreshold).keys, diff.keys);
}

TEST(GraphDiffTerm, NumeralVariantsShareAReading) {
    const TermDiff diff = diff_term(sample_graph(), "两品一标", true, kDefaultReadingThreshold);
    ASSERT_EQ(diff.readings.size(), 1u);
    EXPECT_EQ(terms_of(diff.readings[0]), (Strings{"两品一标", "二品一标"}));
    EXPECT_EQ(regions_of(diff.readings[0]), (Strings{"罗江区", "曾都区"}));
}

TEST(GraphDiffTerm, DefinitionsWithoutARegionAreGroupedToo) {
    const GraphData data = testing::sample_builder()
                               .report("900_unknown.txt", "", std::nullopt)
                               .define("900_unknown.txt", "三线一单", std::string(samples::luojiang_san_xian_yi_dan))
                               .build();
    const TermDiff diff = diff_term(data, "三线一单", false, kDefaultReadingThreshold);
    ASSERT_EQ(diff.readings.size(), 2u);
    EXPECT_EQ(regions_of(diff.readings[0]), (Strings{"罗江区", ""}));
    EXPECT_EQ(diff.readings[0].members[1].region_code, "");
    EXPECT_EQ(diff.readings[0].members[1].year, std::nullopt);
}

// A definition of `length` characters: numbered clauses, so no two are alike.
std::string numbered_clauses(std::size_t length, const std::string& word) {
    std::string text;
    for (std::size_t i = 0; text.size() < 3 * length; ++i) text += word + std::to_string(i * 7919 % 100003) + "，";
    return text + "。";
}

// Issue 12, item 9: the readings, the edit similarity and the character diff were quadratic
// in the definitions' length (18.8 s for two of 40,000 characters, 72 s here for 100,000).
// Two of 200,000 now take bounded work, and the reading says its diff and similarity are
// not exact.
TEST(GraphDiffTerm, TwoDefinitionsOfTwoHundredThousandCharactersAreComparedInBoundedWork) {
    const std::string luojiang = numbered_clauses(200000, "红线");
    const std::string zengdu = numbered_clauses(200000, "底线");
    const GraphData data = testing::sample_builder()
                               .define(kLuojiang, "长定义", luojiang)
                               .define(testing::kZengdu, "长定义", zengdu)
                               .build();
    const TermDiff diff = diff_term(data, "长定义", false, kDefaultReadingThreshold);
    ASSERT_EQ(diff.readings.size(), 2u);
    const TermReading& second = diff.readings[1];
    EXPECT_FALSE(second.exact);
    EXPECT_LT(second.similarity_to_main.edit, 0.9);
    std::string from, to;
    for (const DiffSpan& span : second.diff) {
        if (span.op != Op::insert) from += span.text;
        if (span.op != Op::remove) to += span.text;
    }
    EXPECT_EQ(from, diff.readings[0].text);
    EXPECT_EQ(to, second.text);
    EXPECT_TRUE(diff_term(sample_graph(), "三线一单", false).readings[1].exact);
}

TEST(GraphDiffTerm, ThresholdDecides) {
    const GraphData data = sample_graph();
    EXPECT_EQ(diff_term(data, "三线一单", false, 0.85).readings.size(), 1u);  // 0.852 joins
    EXPECT_EQ(diff_term(data, "三线一单", false, 0.86).readings.size(), 2u);
    ASSERT_THROW(
        try { diff_term(data, "三线一单", false, 1.5); } catch (const usage_error& e) {
            EXPECT_STREQ(e.what(), "reading threshold must be between 0 and 1, got 1.5");
            throw;
        },
        usage_error);
}

TEST(GraphDiffTerm, UnknownOrUndefinedTermHasNoReadings) {
    const GraphData data = sample_graph();
    const TermDiff unknown = diff_term(data, "不存在", true, kDefaultReadingThreshold);
    EXPECT_TRUE(unknown.keys.empty());
    EXPECT_TRUE(unknown.readings.empty());
    const TermDiff mentioned = diff_term(data, "乡村振兴", false, kDefaultReadingThreshold);
    EXPECT_EQ(mentioned.keys, Strings{"乡村振兴"});
    EXPECT_TRUE(mentioned.readings.empty());
}

TEST(GraphDifferingTerms, SampleHasTwo) {
    const std::vector<DifferingTerm> found = differing_terms(sample_graph(), 2, kDefaultReadingThreshold);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].key, "三线一单");
    EXPECT_EQ(found[1].key, "五社联动");
    EXPECT_EQ(found[0].regions, 2);
    EXPECT_EQ(found[0].readings, 2);
    EXPECT_TRUE(differing_terms(sample_graph(), 3, kDefaultReadingThreshold).empty());
    EXPECT_EQ(differing_terms(sample_graph(), 0, kDefaultReadingThreshold).size(), 2u);  // below 2 counts as 2
}

TEST(GraphDifferingTerms, MostRegionsFirstAndOneRegionNeverDiffers) {
    // 三线一单 gets a third region; 新词 is defined twice, differently, by one region only.
    const GraphData data = testing::sample_builder()
                               .region("510100", "成都市", RegionLevel::prefecture, "510000")
                               .report("100_chengdu_2023.txt", "510100", 2023)
                               .report("101_chengdu_2024.txt", "510100", 2024)
                               .define("100_chengdu_2023.txt", "三线一单", std::string(samples::zengdu_san_xian_yi_dan))
                               .define("100_chengdu_2023.txt", "新词", "第一种说法。")
                               .define("101_chengdu_2024.txt", "新词", "完全不同的另一种解释。")
                               .build();
    const std::vector<DifferingTerm> found = differing_terms(data, 2, kDefaultReadingThreshold);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].key, "三线一单");
    EXPECT_EQ(found[0].regions, 3);
    EXPECT_EQ(found[0].readings, 2);
    EXPECT_EQ(found[1].key, "五社联动");
}

TEST(GraphTermReadings, TheReadingsOfDiffTermByEntryId) {
    const GraphData data = sample_graph();
    const std::vector<GraphReading> readings = term_readings(data, "三线一单");
    const TermDiff diff = diff_term(data, "三线一单", false);
    ASSERT_EQ(readings.size(), diff.readings.size());
    ASSERT_EQ(readings.size(), 2u);
    for (std::size_t r = 0; r < readings.size(); ++r) {
        EXPECT_EQ(readings[r].term_key, "三线一单");
        EXPECT_EQ(readings[r].text, diff.readings[r].text);
        std::vector<long long> ids;
        for (const ReadingMember& m : diff.readings[r].members) ids.push_back(m.entry_id);
        std::sort(ids.begin(), ids.end());
        EXPECT_EQ(readings[r].entry_ids, ids);
    }
    EXPECT_TRUE(term_readings(data, "没有这个").empty());
    EXPECT_THROW(term_readings(data, "三线一单", 1.5), usage_error);
}

}  // namespace
}  // namespace glossgraph
