// The simulator reproduces the damage of the samples from their clean text, step by step.
#include "tests/core/text/damage_simulator.hpp"

#include <gtest/gtest.h>

namespace glossgraph::damage_simulator {
namespace {

TEST(DamageSimulator, GbkBytesOfCleanText) {
    EXPECT_EQ(to_gbk("們在a"), "\x82\x83\xD4\xDA" "a");
    EXPECT_THROW(to_gbk("\xF0\x9F\x98\x80"), std::invalid_argument);  // an emoji GBK lacks
}

TEST(DamageSimulator, AnnotationMatchesAKeyStraddlingTwoCharacters) {
    // 們在 = 82 83|D4 DA: 83 D4 is 冊.
    EXPECT_EQ(annotate(to_gbk("們在"), {{"冊", "cè"}}), "\x82\x83\xD4(c\xA8\xA8)\xDA");
    EXPECT_EQ(annotate(to_gbk("冊"), {{"冊", "cè"}}), "\x83\xD4(c\xA8\xA8)");  // in step: a plain annotation
}

TEST(DamageSimulator, InStepAnnotationLeavesAStraddlingMatchUnannotated) {
    EXPECT_EQ(annotate_in_step(to_gbk("們在"), {{"冊", "cè"}}), "\x82\x83\xD4\xDA");
    EXPECT_EQ(annotate_in_step(to_gbk("冊們"), {{"冊", "cè"}}), "\x83\xD4(c\xA8\xA8)\x82\x83");
    // 們冊 = 82 83|83 D4: the scan matches nothing at 82 83, then 83 D4 in step.
    EXPECT_EQ(annotate_in_step(to_gbk("a們冊"), {{"冊", "cè"}}), "a\x82\x83\x83\xD4(c\xA8\xA8)");
}

TEST(DamageSimulator, SeparatorGoesBeforeEveryMatchOfAKey) {
    EXPECT_EQ(separate(to_gbk("委、市"), {"、"}), "\xCE\xAF<\xA1\xA2\xCA\xD0");
}

TEST(DamageSimulator, MbstringReadsALeadBeforeANonTrailAsOneQuestionMark) {
    EXPECT_EQ(decode_like_mbstring("\xD4(ab"), "?ab");
    EXPECT_EQ(decode_like_mbstring("\xAE\xEF" "a"), "a");         // user-defined: lost
    EXPECT_EQ(decode_like_mbstring("\xA3\xA8\xA3\xA9"), "()");    // full-width folded
    EXPECT_EQ(decode_like_mbstring("<\xA1\xA2"), "、");           // a separator in step: stripped
}

TEST(DamageSimulator, ReproducesSample003) {
    EXPECT_EQ(damage("我們在市委、市政府", {{"冊", "cè"}}, {"、", "。"}), "我們?cè)谑形?、市政府");
    EXPECT_EQ(damage("最嚴謹的標準、", {{"數", "shù"}, {"標", "biāo"}}, {}), "最嚴謹?shù)臉?biāo)準、");
}

}  // namespace
}  // namespace glossgraph::damage_simulator
