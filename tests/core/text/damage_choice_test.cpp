#include "core/text/damage_choice.hpp"

#include "core/text/utf8.hpp"
#include "tests/core/text/damage_simulator.hpp"

#include <gtest/gtest.h>

namespace glossgraph::damage_choice {
namespace {

std::u32string chars(std::string_view text) {
    std::u32string out;
    for (std::size_t pos = 0; pos < text.size();) out.push_back(utf8::next(text, pos));
    return out;
}

std::optional<Choice> choice_at(const std::string& damaged, std::size_t at) {
    const std::u32string line = chars(damaged);
    damage_scan::RunShape shape;
    if (!damage_scan::read_run(line, at, shape)) return std::nullopt;
    damage_lattice::OptionCache cache;
    return choose(line, shape, damage_model::LocalPairs{}, cache);
}

TEST(DamageChoice, RepairsARunTheSimulatorMade) {
    const std::string damaged = damage_simulator::damage("我們在市委、市政府", {{"冊", "cè"}}, {"、"});
    const std::optional<Choice> choice = choice_at(damaged, 2);
    ASSERT_TRUE(choice.has_value());
    EXPECT_EQ(choice->text, U"在市委");
    EXPECT_EQ(choice->end, chars(damaged).find(U'、'));
    EXPECT_GT(choice->score, choice->written_score);
    EXPECT_TRUE(is_confident(*choice));
}

TEST(DamageChoice, TriplesChooseWhatPairsCannot) {
    // 節 (B9 9D) matches across 展|潛: the run reads 潛力，?一定 one byte late. After 力， the
    // pairs prefer 和 to 就 (sample 004, line 56); the triples know ，就一定.
    const std::string damaged = damage_simulator::damage("深挖發展潛力，就一定能夠在發展", {{"節", "jié"}}, {});
    const std::optional<Choice> choice = choice_at(damaged, chars(damaged).find(U'?'));
    ASSERT_TRUE(choice.has_value());
    EXPECT_EQ(choice->text.substr(0, 8), U"潛力,就一定能夠");
}

TEST(DamageChoice, ARunThatEndsTheTextEndsAsLinesEnd) {
    // Sample 003 line 81: the run's closing '?' swallowed 。's trail and the '<' of the page's
    // watermark after the paragraph; 。 and 、 (A1 A3, A1 A2) read alike there, but lines end in 。.
    const std::string damaged = damage_simulator::damage(
        "擔當的良好形象。<span style=\"display:none\">工程資料</span>", {{"數", "shù"}}, {});
    const std::optional<Choice> choice = choice_at(damaged, chars(damaged).find(U'?'));
    ASSERT_TRUE(choice.has_value());
    EXPECT_EQ(choice->text, U"的良好形象。");
    EXPECT_GT(choice->score - choice->runner_up, 1.0) << "、 is as likely";
}

TEST(DamageChoice, AnAmbiguousRunIsNotConfident) {
    // 。“ and 保“ both end in A3|A1: before “一網 the model cannot tell them apart by 33 to 1.
    const std::optional<Choice> choice = choice_at(damage_simulator::damage("工作日。“一網通辦", {}, {"！"}), 3);
    ASSERT_TRUE(choice.has_value());
    EXPECT_FALSE(is_confident(*choice));
}

TEST(DamageChoice, AReadingThatLostAByteIsNeverConfident) {
    Choice choice{U"里程", 4, -10.0, -50.0, -40.0, false};
    EXPECT_TRUE(is_confident(choice));
    choice.lost_byte = true;
    EXPECT_FALSE(is_confident(choice));
}

TEST(DamageChoice, AQuestionMarkTheModelReadsAsOneIsNoRepair) {
    // A '?' before 。 in ASCII text: nothing double-byte around it to pair again.
    EXPECT_FALSE(choice_at("why?。", 3).has_value());
}

}  // namespace
}  // namespace glossgraph::damage_choice
