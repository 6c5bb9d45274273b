#include "core/compare/comparison_text.hpp"

#include "sample_definitions.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

TEST(CompareText, SimplifiesAndDropsQuotesAndPunctuation) {
    EXPECT_EQ(comparison_text("“四个最严”要求："), "四个最严要求");
    EXPECT_EQ(comparison_text("四個最嚴"), "四个最严");
    EXPECT_EQ(comparison_text("《规划》（试行）【一】、。！…——"), "规划试行一");
}

TEST(CompareText, RemovesSpacesAndInvisibleCharacters) {
    EXPECT_EQ(comparison_text("生态\u3000保护 红线\t\r\n"), "生态保护红线");
    EXPECT_EQ(comparison_text("生态\u200B保护\uFEFF红线"), "生态保护红线");
}

TEST(CompareText, FoldsWidthAndKeepsQuantities) {
    EXPECT_EQ(comparison_text("ＧＤＰ增长５％，ＰＭ２．５下降３‰。"), "GDP增长5%PM2.5下降3‰");
    EXPECT_EQ(comparison_text("“1+2”现代产业体系、AA+"), "1+2现代产业体系AA+");
}

TEST(CompareText, KeepsADecimalPointOnlyBetweenDigits) {
    EXPECT_EQ(comparison_text("2.5、3.、.5、a.b"), "2.535ab");
}

TEST(CompareText, EmptyForNothingButPunctuationAndSpaces) {
    EXPECT_EQ(comparison_text(""), "");
    EXPECT_EQ(comparison_text("“”‘’、。，！？…（）《》 \u3000"), "");
}

TEST(CompareText, KeepsASingleCharacter) {
    EXPECT_EQ(comparison_text("嚴"), "严");
    EXPECT_EQ(comparison_text("a"), "a");
}

TEST(CompareText, RemovesDamageMarkersAndIllFormedBytes) {
    EXPECT_EQ(comparison_text("最严??格"), "最严格");
    EXPECT_EQ(comparison_text("绿色\uFFFD\uFFFD食品"), "绿色食品");
    EXPECT_EQ(comparison_text("绿色\xFF\xC3食品"), "绿色食品");
}

TEST(CompareText, RemovesAnnotationsAndTheirDamagedResidue) {
    EXPECT_EQ(comparison_text("報(bào)告"), "报告");
    EXPECT_EQ(comparison_text("標?biāo)準"), "标准");     // '(' lost, toned
    EXPECT_EQ(comparison_text("謹?de)標"), "谨标");       // '(' lost, toneless syllable
    EXPECT_EQ(comparison_text("包c(diǎn)對"), "包对");     // half a character before it
    EXPECT_EQ(comparison_text("??v深推進"), "深推进");
    EXPECT_EQ(comparison_text("向?qū)I(yè)化"), "向化");
}

TEST(CompareText, KeepsRealLatinTextNearDamage) {
    EXPECT_EQ(comparison_text("什么是GDP?"), "什么是GDP");
    EXPECT_EQ(comparison_text("建设5G?基站"), "建设5G基站");
    EXPECT_EQ(comparison_text("PM2.5?浓度"), "PM2.5浓度");
    EXPECT_EQ(comparison_text("下载?app"), "下载app");
    EXPECT_EQ(comparison_text("陵城e政务"), "陵城e政务");
    EXPECT_EQ(comparison_text("什么是GDP？"), "什么是GDP");  // a real question mark
}

TEST(CompareText, SampleDamagedDefinitionLosesOnlyTheDamagedCharacters) {
    EXPECT_EQ(comparison_text(samples::luojiang_si_ge_zui_yan), "最严谨的标准最严格的监管最严厉的处罚最严肃的问责");
    // 的標 became "?shù)臉?biāo)": 臉 is what is left of them, and it is kept as text.
    EXPECT_EQ(comparison_text(samples::lingcheng_si_ge_zui_yan), "最严谨脸准最严格的监管最严厉的处罚最严肃的问责");
    EXPECT_EQ(comparison_text(samples::lingcheng_si_ge_zui_yan_raw), comparison_text(samples::lingcheng_si_ge_zui_yan));
}

TEST(CompareSimilarity, IdenticalAndEmptyTexts) {
    EXPECT_EQ(edit_similarity("", ""), 1.0);
    EXPECT_EQ(edit_similarity("。、", "“”"), 1.0);
    EXPECT_EQ(edit_similarity("绿色食品", ""), 0.0);
    EXPECT_EQ(edit_similarity(samples::luojiang_liang_pin_yi_biao, samples::zengdu_er_pin_yi_biao), 1.0);
}

TEST(CompareSimilarity, SingleCharacters) {
    EXPECT_EQ(edit_similarity("甲", "甲"), 1.0);
    EXPECT_EQ(edit_similarity("甲", "乙"), 0.0);
    EXPECT_EQ(edit_similarity("甲", "甲乙"), 0.5);
}

TEST(CompareSimilarity, IgnoresScriptWidthAndPunctuation) {
    EXPECT_EQ(edit_similarity("四個最嚴", "“四个最严”"), 1.0);
    EXPECT_EQ(edit_similarity("ＧＤＰ，增长", "GDP增长。"), 1.0);
}

TEST(CompareSimilarity, CountsCodePointsNotBytes) {
    EXPECT_DOUBLE_EQ(edit_similarity("生态保护红线", "生态保护底线"), 1.0 - 1.0 / 6.0);  // 6 code points, not 18 bytes
}

TEST(CompareSimilarity, SamplePairs) {
    // 24 code points, 2 edits: 的标 -> 脸.
    EXPECT_DOUBLE_EQ(edit_similarity(samples::luojiang_si_ge_zui_yan, samples::lingcheng_si_ge_zui_yan), 1.0 - 2.0 / 24.0);
    // 27 code points, 4 edits: insert 生态, remove 负面.
    EXPECT_DOUBLE_EQ(edit_similarity(samples::luojiang_san_xian_yi_dan, samples::zengdu_san_xian_yi_dan), 1.0 - 4.0 / 27.0);
    EXPECT_LT(edit_similarity(samples::luojiang_wu_she_lian_dong, samples::zengdu_wu_she_lian_dong), 0.3);
}

TEST(CompareSimilarity, IsSymmetric) {
    EXPECT_EQ(edit_similarity(samples::luojiang_wu_she_lian_dong, samples::zengdu_wu_she_lian_dong),
              edit_similarity(samples::zengdu_wu_she_lian_dong, samples::luojiang_wu_she_lian_dong));
}

TEST(CompareCodePoints, RoundTrips) {
    EXPECT_EQ(code_points("a最𠀀"), std::u32string(U"a最𠀀"));
    EXPECT_EQ(to_utf8(U"a最𠀀"), "a最𠀀");
    EXPECT_EQ(code_points(""), std::u32string());
    EXPECT_EQ(code_points("a\xFF"), std::u32string(U"a\uFFFD"));
}

}  // namespace
}  // namespace glossgraph
