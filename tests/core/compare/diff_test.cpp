#include "core/compare/diff.hpp"

#include "core/compare/comparison_text.hpp"
#include "sample_definitions.hpp"

#include <gtest/gtest.h>

#include <random>

namespace glossgraph {

// Found by gtest through argument-dependent lookup, so it lives in DiffSpan's namespace.
void PrintTo(const DiffSpan& span, std::ostream* out) { *out << to_string(span.op) << "[" << span.text << "]"; }

namespace {

using Op = DiffSpan::Op;
using Spans = std::vector<DiffSpan>;

TEST(CompareDiff, SampleThreeLinesOneListReadings) {
    EXPECT_EQ(char_diff(samples::luojiang_san_xian_yi_dan, samples::zengdu_san_xian_yi_dan),
              (Spans{{Op::equal, "生态保护红线、环境质量底线、资源利用上线和"},
                     {Op::insert, "生态"},
                     {Op::equal, "环境准入"},
                     {Op::remove, "负面"},
                     {Op::equal, "清单。"}}));
}

TEST(CompareDiff, ComparisonTextsOfTheDamagedSample) {
    EXPECT_EQ(char_diff(comparison_text(samples::luojiang_si_ge_zui_yan), comparison_text(samples::lingcheng_si_ge_zui_yan)),
              (Spans{{Op::equal, "最严谨"},
                     {Op::remove, "的标"},
                     {Op::insert, "脸"},
                     {Op::equal, "准最严格的监管最严厉的处罚最严肃的问责"}}));
}

TEST(CompareDiff, TraditionalAgainstSimplifiedDisplayText) {
    EXPECT_EQ(char_diff("四個最嚴", "四个最严"),
              (Spans{{Op::equal, "四"}, {Op::remove, "個"}, {Op::insert, "个"}, {Op::equal, "最"}, {Op::remove, "嚴"},
                     {Op::insert, "严"}}));
}

TEST(CompareDiff, EdgeCases) {
    EXPECT_EQ(char_diff("", ""), Spans{});
    EXPECT_EQ(char_diff("绿色食品", "绿色食品"), (Spans{{Op::equal, "绿色食品"}}));
    EXPECT_EQ(char_diff("", "甲"), (Spans{{Op::insert, "甲"}}));
    EXPECT_EQ(char_diff("甲", ""), (Spans{{Op::remove, "甲"}}));
    EXPECT_EQ(char_diff("甲", "乙"), (Spans{{Op::remove, "甲"}, {Op::insert, "乙"}}));
    EXPECT_EQ(char_diff("。、", "，"), (Spans{{Op::remove, "。、"}, {Op::insert, "，"}}));
}

TEST(CompareDiff, CopiesIllFormedBytesAsGiven) {
    EXPECT_EQ(char_diff("a\xFF" "b", "a\xFF" "c"), (Spans{{Op::equal, "a\xFF"}, {Op::remove, "b"}, {Op::insert, "c"}}));
}

TEST(CompareDiff, OpNames) {
    EXPECT_EQ(to_string(Op::equal), "equal");
    EXPECT_EQ(to_string(Op::insert), "insert");
    EXPECT_EQ(to_string(Op::remove), "remove");
}

std::string random_text(std::mt19937& random, std::size_t max_length) {
    static constexpr std::string_view alphabet[] = {"甲", "乙", "丙", "a", "𠀀"};
    std::uniform_int_distribution<std::size_t> length(0, max_length), letter(0, 4);
    std::string text;
    for (std::size_t n = length(random); n > 0; --n) text.append(alphabet[letter(random)]);
    return text;
}

// The length of a longest common subsequence, by the textbook table.
std::size_t lcs_length(const std::u32string& a, const std::u32string& b) {
    std::vector<std::vector<std::size_t>> table(a.size() + 1, std::vector<std::size_t>(b.size() + 1, 0));
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j)
            table[i][j] = a[i - 1] == b[j - 1] ? table[i - 1][j - 1] + 1 : std::max(table[i - 1][j], table[i][j - 1]);
    return table[a.size()][b.size()];
}

// Rebuilds both texts from the spans, checks the span shape, and counts the edits.
void check_script(const std::string& from, const std::string& to, const Spans& spans) {
    std::string rebuilt_from, rebuilt_to;
    std::size_t edits = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        ASSERT_FALSE(spans[i].text.empty());
        if (i > 0) {
            ASSERT_NE(spans[i].op, spans[i - 1].op);
            ASSERT_FALSE(spans[i].op == Op::remove && spans[i - 1].op == Op::insert);
        }
        if (spans[i].op != Op::insert) rebuilt_from += spans[i].text;
        if (spans[i].op != Op::remove) rebuilt_to += spans[i].text;
        if (spans[i].op != Op::equal) edits += code_points(spans[i].text).size();
    }
    ASSERT_EQ(rebuilt_from, from);
    ASSERT_EQ(rebuilt_to, to);
    const std::u32string a = code_points(from), b = code_points(to);
    ASSERT_EQ(edits, a.size() + b.size() - 2 * lcs_length(a, b)) << "not a shortest script";
}

TEST(CompareDiff, RandomPairsGetAShortestWellFormedScript) {
    std::mt19937 random(20240710);
    for (int round = 0; round < 500; ++round) {
        const std::string from = random_text(random, 30), to = random_text(random, 30);
        SCOPED_TRACE(from + " -> " + to);
        check_script(from, to, char_diff(from, to));
    }
}

TEST(CompareDiff, LongSimilarTextsGetAShortestScript) {
    std::mt19937 random(7);
    const std::string from = random_text(random, 1500);
    std::u32string edited = code_points(from);
    for (int edit = 0; edit < 40; ++edit) {
        const std::size_t at = std::uniform_int_distribution<std::size_t>(0, edited.size() - 1)(random);
        // Rebuilt rather than insert()ed: GCC 12 warns falsely (-Wrestrict) on u32string::insert.
        edited = edited.substr(0, at) + (edit % 2 == 0 ? U"丁" : U"") + edited.substr(edit % 2 == 0 ? at : at + 1);
    }
    const std::string to = to_utf8(edited);
    check_script(from, to, char_diff(from, to));
}

}  // namespace
}  // namespace glossgraph
