#include "core/compare/readings.hpp"

#include "core/compare/comparison_text.hpp"
#include "core/compare/items.hpp"
#include "core/errors.hpp"
#include "core/text/utf8.hpp"
#include "sample_definitions.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <limits>

namespace glossgraph {
namespace {

using Members = std::vector<std::size_t>;

struct PairMeasure {
    double edit;
    double items;
};

PairMeasure measure(std::string_view a, std::string_view b) {
    return {edit_similarity(a, b), item_overlap(enumerated_items(a), enumerated_items(b)).jaccard};
}

std::string describe(const char* name, PairMeasure pair) {
    char line[160];
    std::snprintf(line, sizeof line, "%s: edit %.3f, items %.3f, threshold %.2f", name, pair.edit, pair.items,
                  kDefaultReadingThreshold);
    return line;
}

// The measurements kDefaultReadingThreshold is chosen on (its header comment quotes them).
TEST(CompareReadings, DefaultThresholdJoinsTheSameReadingsOnSamplePairs) {
    const PairMeasure si_ge = measure(samples::luojiang_si_ge_zui_yan, samples::lingcheng_si_ge_zui_yan);
    SCOPED_TRACE(describe("四个最严", si_ge));
    EXPECT_NEAR(si_ge.edit, 0.917, 0.0005);
    EXPECT_NEAR(si_ge.items, 0.600, 0.0005);
    EXPECT_GE(si_ge.edit - kDefaultReadingThreshold, 0.03);  // margin
    EXPECT_TRUE(same_reading(samples::luojiang_si_ge_zui_yan, samples::lingcheng_si_ge_zui_yan));
    EXPECT_TRUE(same_reading(samples::luojiang_si_ge_zui_yan, samples::lingcheng_si_ge_zui_yan_raw));

    const PairMeasure pin = measure(samples::luojiang_liang_pin_yi_biao, samples::zengdu_er_pin_yi_biao);
    SCOPED_TRACE(describe("两品一标/二品一标", pin));
    EXPECT_EQ(pin.edit, 1.0);
    EXPECT_EQ(pin.items, 1.0);
    EXPECT_TRUE(same_reading(samples::luojiang_liang_pin_yi_biao, samples::zengdu_er_pin_yi_biao));
}

TEST(CompareReadings, DefaultThresholdSeparatesDifferentReadingsOnSamplePairs) {
    const PairMeasure san_xian = measure(samples::luojiang_san_xian_yi_dan, samples::zengdu_san_xian_yi_dan);
    SCOPED_TRACE(describe("三线一单", san_xian));
    EXPECT_NEAR(san_xian.edit, 0.852, 0.0005);
    EXPECT_NEAR(san_xian.items, 0.600, 0.0005);
    EXPECT_GE(kDefaultReadingThreshold - san_xian.edit, 0.02);  // margin
    EXPECT_FALSE(same_reading(samples::luojiang_san_xian_yi_dan, samples::zengdu_san_xian_yi_dan));

    const PairMeasure wu_she = measure(samples::luojiang_wu_she_lian_dong, samples::zengdu_wu_she_lian_dong);
    SCOPED_TRACE(describe("五社联动", wu_she));
    EXPECT_NEAR(wu_she.edit, 0.245, 0.0005);
    EXPECT_EQ(wu_she.items, 0.0);
    EXPECT_FALSE(same_reading(samples::luojiang_wu_she_lian_dong, samples::zengdu_wu_she_lian_dong));
}

TEST(CompareReadings, GroupsSampleDefinitionsOfThreeLinesOneList) {
    const std::vector<std::string> definitions{std::string(samples::luojiang_san_xian_yi_dan),
                                               std::string(samples::zengdu_san_xian_yi_dan),
                                               "生态保护红线，环境质量底线，资源利用上线和生态环境准入清单"};
    const std::vector<Reading> readings = group_readings(definitions);
    ASSERT_EQ(readings.size(), 2u);
    EXPECT_EQ(readings[0].members, (Members{1, 2}));
    EXPECT_EQ(readings[0].representative, 1u);
    EXPECT_EQ(readings[1].members, (Members{0}));
    EXPECT_EQ(readings[1].representative, 0u);
}

TEST(CompareReadings, RepresentativeHasTheMostCommonText) {
    const std::vector<std::string> definitions{std::string(samples::luojiang_si_ge_zui_yan),
                                               std::string(samples::lingcheng_si_ge_zui_yan),
                                               std::string(samples::lingcheng_si_ge_zui_yan_raw)};
    const std::vector<Reading> readings = group_readings(definitions);
    ASSERT_EQ(readings.size(), 1u);
    EXPECT_EQ(readings[0].members, (Members{0, 1, 2}));
    EXPECT_EQ(readings[0].representative, 1u);  // the two 陵城区 forms share one comparison text
}

TEST(CompareReadings, RepresentativeTieGoesToTheFirstText) {
    const std::vector<Reading> readings = group_readings({"一二三四五六七八九十", "一二三四五六七八九拾"});
    ASSERT_EQ(readings.size(), 1u);
    EXPECT_EQ(readings[0].representative, 0u);
}

TEST(CompareReadings, OrdersLargestFirstThenByFirstMember) {
    const std::vector<std::string> definitions{"甲乙丙丁", "戊己庚辛", "戊己庚辛。", "子丑寅卯", "“甲乙丙丁”", "子丑寅卯"};
    const std::vector<Reading> readings = group_readings(definitions);
    ASSERT_EQ(readings.size(), 3u);
    EXPECT_EQ(readings[0].members, (Members{0, 4}));
    EXPECT_EQ(readings[1].members, (Members{1, 2}));
    EXPECT_EQ(readings[2].members, (Members{3, 5}));
}

TEST(CompareReadings, ChainsOfCloseTextsAreOneReading) {
    const std::string a = "一二三四五六七八九十", b = "甲二三四五六七八九十", c = "甲乙三四五六七八九十";
    EXPECT_TRUE(same_reading(a, b, 0.9));
    EXPECT_TRUE(same_reading(b, c, 0.9));
    EXPECT_FALSE(same_reading(a, c, 0.9));
    const std::vector<Reading> readings = group_readings({a, c, b}, 0.9);
    ASSERT_EQ(readings.size(), 1u);
    EXPECT_EQ(readings[0].members, (Members{0, 1, 2}));
}

TEST(CompareReadings, ReorderedListsAreOneReadingByTheirItems) {
    const std::string a = "生态保护红线、环境质量底线和资源利用上线", b = "资源利用上线、生态保护红线及环境质量底线";
    EXPECT_LT(edit_similarity(a, b), 0.5);
    EXPECT_TRUE(same_reading(a, b));
    EXPECT_TRUE(same_reading(a, b, 1.0));
    EXPECT_EQ(group_readings({a, b}).size(), 1u);
}

TEST(CompareReadings, ThresholdBounds) {
    const std::vector<std::string> definitions{"甲乙", "丙丁", "丙丁。"};
    EXPECT_EQ(group_readings(definitions, 0.0).size(), 1u);
    const std::vector<Reading> strict = group_readings(definitions, 1.0);
    ASSERT_EQ(strict.size(), 2u);
    EXPECT_EQ(strict[0].members, (Members{1, 2}));
}

TEST(CompareReadings, EmptyInputAndEmptyDefinitions) {
    EXPECT_TRUE(group_readings({}).empty());
    const std::vector<Reading> readings = group_readings({"", "。", "甲"});
    ASSERT_EQ(readings.size(), 2u);
    EXPECT_EQ(readings[0].members, (Members{0, 1}));
    EXPECT_EQ(readings[1].members, (Members{2}));
}

TEST(CompareReadings, CostGrowsWithDistinctTextsNotRegions) {
    std::vector<std::string> definitions;
    for (int region = 0; region < 3000; ++region)
        definitions.emplace_back(region % 3 == 0   ? samples::luojiang_wu_she_lian_dong
                                 : region % 3 == 1 ? samples::zengdu_wu_she_lian_dong
                                                   : samples::lingcheng_si_ge_zui_yan_raw);
    const std::vector<Reading> readings = group_readings(definitions);
    ASSERT_EQ(readings.size(), 3u);
    for (const Reading& reading : readings) EXPECT_EQ(reading.members.size(), 1000u);
    EXPECT_EQ(readings[0].members.front(), 0u);
    EXPECT_EQ(readings[2].members.back(), 2999u);
}

void expect_threshold_rejected(double threshold, const char* message) {
    ASSERT_THROW(
        {
            try {
                group_readings({"甲"}, threshold);
            } catch (const usage_error& e) {
                EXPECT_STREQ(e.what(), message);
                throw;
            }
        },
        usage_error);
    EXPECT_THROW(same_reading("甲", "乙", threshold), usage_error);
}

TEST(CompareReadings, RejectsThresholdsOutsideZeroToOne) {
    expect_threshold_rejected(1.5, "reading threshold must be between 0 and 1, got 1.5");
    expect_threshold_rejected(-0.1, "reading threshold must be between 0 and 1, got -0.1");
    expect_threshold_rejected(std::numeric_limits<double>::quiet_NaN(), "reading threshold must be between 0 and 1, got nan");
}

}  // namespace
}  // namespace glossgraph

namespace glossgraph {
namespace {

TEST(CompareReadings, AnIntactTextRepresentsATiedReading) {
    // 陵城区's damaged traditional text first, 罗江区's intact one second: one reading, and
    // the intact text represents it although it comes later.
    const std::vector<std::string> definitions = {"最嚴謹?shù)臉?biāo)準、最嚴格的監管、最嚴厲的處罰、最嚴肅的問責。",
                                                  "最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责。"};
    const std::vector<Reading> readings = group_readings(definitions, kDefaultReadingThreshold);
    ASSERT_EQ(readings.size(), 1u);
    EXPECT_EQ(readings[0].representative, 1u);
}

// The shortcuts of same_reading() (items as numbers, a bound on the distance from characters
// counted in buckets) decide every pair as the definition does: edit similarity or the
// jaccard of the items reaches the threshold. Pairs made from sample-like definitions by
// deleting, inserting, replacing and reordering, at several thresholds.
TEST(CompareReadings, ShortcutsDecideAsTheDefinitionDoes) {
    const std::vector<std::string> bases = {
        "生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。",
        "一是推进改革；二是扩大开放；三是改善民生；四是加强治理。",
        "（1）绿色食品（2）有机农产品（3）农产品地理标志",
        "最嚴謹的標準、最嚴格的監管、最嚴厲的處罰、最嚴肅的問責。",
        "",
    };
    const std::u32string fillers = U"的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理";
    std::uint32_t state = 12345;
    const auto next = [&]() {
        state = state * 1103515245u + 12345u;
        return (state >> 16) & 0x7FFF;
    };
    std::size_t checked = 0;
    std::size_t similar_pairs = 0;
    for (const std::string& base : bases) {
        const std::u32string original = code_points(base);
        for (int variant = 0; variant < 60; ++variant) {
            std::u32string text = original;
            const int edits = static_cast<int>(next() % 8);
            for (int e = 0; e < edits; ++e) {
                const std::size_t at = text.empty() ? 0 : next() % text.size();
                const char32_t filler = fillers[next() % fillers.size()];
                switch (next() % 4) {
                    case 0: if (!text.empty()) text.erase(at, 1); break;
                    case 1: text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), filler); break;
                    case 2: if (!text.empty()) text[at] = filler; break;
                    default: if (text.size() > 2) std::swap(text[at], text[(at + 1) % text.size()]); break;
                }
            }
            const std::string changed = to_utf8(text);
            for (const double threshold : {0.5, 0.8, kDefaultReadingThreshold, 0.95, 1.0}) {
                const bool wanted = edit_similarity(base, changed) >= threshold ||
                                    item_overlap(enumerated_items(base), enumerated_items(changed)).jaccard >= threshold;
                EXPECT_EQ(same_reading(base, changed, threshold), wanted) << base << " | " << changed << " at " << threshold;
                ++checked;
                similar_pairs += wanted ? 1 : 0;
            }
        }
    }
    EXPECT_EQ(checked, 5u * 60u * 5u);
    EXPECT_GT(similar_pairs, checked / 5);  // both answers are well represented
    EXPECT_LT(similar_pairs, checked * 4 / 5);
}

}  // namespace
}  // namespace glossgraph
