// Diffs and similarities of long definitions in bounded work (issue 12, item 9: two
// definitions of 40,000 characters took 9-19 s in `diff`, quadratic in their length).
#include "core/compare/bounded_diff.hpp"

#include "core/compare/comparison_text.hpp"
#include "core/compare/items.hpp"
#include "core/compare/readings.hpp"
#include "sample_definitions.hpp"

#include <gtest/gtest.h>

#include <cstdint>

namespace glossgraph {
namespace {

using Op = DiffSpan::Op;

// A definition of about `length` characters: clauses of Han characters from a small pool,
// ended by list and sentence separators, made from `seed` (a linear congruential generator).
std::string long_definition(std::size_t length, std::uint32_t seed) {
    static const std::u32string pool = U"推进高质量发展全面深化改革加快建设现代化产业体系生态保护红线环境质量底线资源利用上线";
    static const std::u32string separators = U"，、；。";
    std::u32string text;
    while (text.size() < length) {
        seed = seed * 1664525u + 1013904223u;
        const std::size_t clause = 8 + (seed >> 24) % 20;
        for (std::size_t i = 0; i < clause; ++i) {
            seed = seed * 1664525u + 1013904223u;
            text.push_back(pool[(seed >> 16) % pool.size()]);
        }
        text.push_back(separators[(seed >> 8) % separators.size()]);
    }
    return to_utf8(text);
}

std::string side(const std::vector<DiffSpan>& spans, Op skipped) {
    std::string text;
    for (const DiffSpan& span : spans) {
        if (span.op != skipped) text += span.text;
    }
    return text;
}

// The spans give both texts back, and are merged as char_diff() merges them.
void expect_a_diff_of(const std::vector<DiffSpan>& spans, const std::string& from, const std::string& to) {
    EXPECT_EQ(side(spans, Op::insert), from);
    EXPECT_EQ(side(spans, Op::remove), to);
    for (std::size_t i = 1; i < spans.size(); ++i) {
        EXPECT_NE(spans[i].op, spans[i - 1].op) << i;
        EXPECT_FALSE(spans[i].op == Op::remove && spans[i - 1].op == Op::insert) << i;
        EXPECT_FALSE(spans[i].text.empty()) << i;
    }
}

TEST(CompareDiffWithin, GivesUpBeyondTheEditsAllowed) {
    EXPECT_EQ(char_diff_within("生态保护红线", "生态保护蓝线", 2), char_diff("生态保护红线", "生态保护蓝线"));
    EXPECT_EQ(char_diff_within("生态保护红线", "生态保护蓝线", 1), std::nullopt);
    EXPECT_EQ(char_diff_within("甲乙丙", "丁戊己", 6), char_diff("甲乙丙", "丁戊己"));
    EXPECT_EQ(char_diff_within("甲乙丙", "丁戊己", 5), std::nullopt);
    EXPECT_EQ(char_diff_within("", "甲乙", 1), std::nullopt);
    EXPECT_EQ(char_diff_within("同", "同", 0), char_diff("同", "同"));
}

TEST(CompareDiffWithin, EditScriptOverAnySymbols) {
    const std::u32string a = {1, 2, 3, 4}, b = {1, 5, 3, 4, 6};
    const auto script = edit_script_within(a, b, 10);
    ASSERT_TRUE(script);
    EXPECT_EQ(*script, (std::vector<EditRange>{{Op::equal, 0, 1}, {Op::remove, 1, 2}, {Op::insert, 1, 2}, {Op::equal, 2, 4},
                                               {Op::insert, 4, 5}}));
    EXPECT_EQ(edit_script_within(a, b, 2), std::nullopt);
}

TEST(BoundedDiff, PiecesEndAfterSeparatorsAndJoinToTheText) {
    const std::string text = "生态保护红线、环境质量底线；资源利用上线。\n和准入清单";
    const std::vector<std::string_view> pieces = diff_pieces(text);
    EXPECT_EQ(pieces, (std::vector<std::string_view>{"生态保护红线、", "环境质量底线；", "资源利用上线。", "\n", "和准入清单"}));
    EXPECT_TRUE(diff_pieces("").empty());
}

TEST(BoundedDiff, ShortDefinitionsAreDiffedCharacterByCharacter) {
    const BoundedDiff diff = bounded_diff(samples::luojiang_san_xian_yi_dan, samples::zengdu_san_xian_yi_dan);
    EXPECT_TRUE(diff.exact);
    EXPECT_EQ(diff.spans, char_diff(samples::luojiang_san_xian_yi_dan, samples::zengdu_san_xian_yi_dan));
}

// 100,000 characters each: the old diff needed (n + m) * D steps, tens of billions.
TEST(BoundedDiff, LongDefinitionsAreDiffedPieceByPieceWithinTheWork) {
    const std::string from = long_definition(100000, 1);
    std::string to = from;
    to.replace(to.find("，", 50000), std::string("，").size(), "、新增的一句话，");  // one piece changed
    const BoundedDiff alike = bounded_diff(from, to);
    expect_a_diff_of(alike.spans, from, to);
    EXPECT_TRUE(alike.exact) << "a small change in a long text is found character by character";

    const std::string other = long_definition(100000, 2);
    const BoundedDiff apart = bounded_diff(from, other);
    expect_a_diff_of(apart.spans, from, other);
    EXPECT_FALSE(apart.exact);

    const BoundedDiff little_work = bounded_diff(from, to, 1000);
    expect_a_diff_of(little_work.spans, from, to);
}

TEST(BoundedEditSimilarity, ExactForShortTextsEstimatedForLongOnes) {
    const SimilarityEstimate sample = bounded_edit_similarity(samples::luojiang_san_xian_yi_dan, samples::zengdu_san_xian_yi_dan);
    EXPECT_TRUE(sample.exact);
    EXPECT_EQ(sample.similarity, edit_similarity(samples::luojiang_san_xian_yi_dan, samples::zengdu_san_xian_yi_dan));

    const std::string from = long_definition(40000, 3);
    std::string to = from;
    to.replace(to.find("，", 20000), std::string("，").size(), "、新增的一句话，");
    const SimilarityEstimate alike = bounded_edit_similarity(from, to);
    EXPECT_TRUE(alike.exact) << "a band as wide as the distance fits the work";
    EXPECT_GT(alike.similarity, 0.99);

    const std::string other = long_definition(40000, 4);
    const SimilarityEstimate apart = bounded_edit_similarity(from, other);
    EXPECT_FALSE(apart.exact);
    EXPECT_LT(apart.similarity, 0.5);
}

TEST(BoundedEditSimilarity, ChangedItemsOfALongTextAreCountedExactlyWhileTheWorkLasts) {
    const std::string from = long_definition(40000, 5);
    std::string to = from;
    for (std::size_t at = 1000; at < to.size(); at += 3000) {  // about one item in 90 rewritten
        const std::size_t start = to.find("、", at);
        if (start == std::string::npos) break;
        to.insert(start + std::string("、").size(), "改写");
    }
    const std::u32string x = code_points(comparison_text(from)), y = code_points(comparison_text(to));
    const EditEstimate estimate = bounded_edit_distance(x, y, enumerated_items(from), enumerated_items(to), 1u << 20);
    EXPECT_FALSE(estimate.exact);
    // Only insertions: the distance is the length gained, which the pieces find exactly.
    EXPECT_EQ(estimate.distance, y.size() - x.size());
}

// group_readings() compares every pair of distinct texts; each pair's work is bounded.
TEST(CompareReadings, LongDefinitionsAreGroupedInBoundedWork) {
    std::vector<std::string> definitions;
    for (std::uint32_t seed = 10; seed < 13; ++seed) definitions.push_back(long_definition(40000, seed));
    definitions.push_back(definitions[0] + "补充一句。");
    const std::vector<Reading> readings = group_readings(definitions);
    ASSERT_EQ(readings.size(), 3u);
    EXPECT_EQ(readings[0].members, (std::vector<std::size_t>{0, 3}));
}

}  // namespace
}  // namespace glossgraph
