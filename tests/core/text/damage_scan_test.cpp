// How a damaged run made by the simulator from clean text reads: where it starts, which byte
// its '?' swallowed, where it may end.
#include "core/text/damage_scan.hpp"

#include "core/text/utf8.hpp"
#include "tests/core/text/damage_simulator.hpp"

#include <algorithm>
#include <gtest/gtest.h>

namespace glossgraph::damage_scan {
namespace {

std::u32string chars(std::string_view text) {
    std::u32string out;
    for (std::size_t pos = 0; pos < text.size();) out.push_back(utf8::next(text, pos));
    return out;
}

TEST(DamageScan, PinyinAndTheCharacterBeforeAnAnnotation) {
    const std::u32string line = chars("區(qū)?cè)x");
    EXPECT_EQ(pinyin_at(line, 2), 2u);
    EXPECT_EQ(pinyin_at(line, 6), 2u);
    EXPECT_EQ(pinyin_at(line, 0), 0u);
    EXPECT_EQ(char_before(line, 5), U'區');  // (qū) skipped
    EXPECT_EQ(char_before(line, 0), 0u);
}

TEST(DamageScan, AnnotationRunKnowsTheSwallowedLeadAndItsEnd) {
    // 們在市委、 with 冊 (cè) annotated: 在's lead D4 went with the "(".
    const std::string damaged = damage_simulator::damage("我們在市委、市政府", {{"冊", "cè"}}, {"、"});
    ASSERT_EQ(damaged, "我們?cè)谑形?、市政府");
    const std::u32string line = chars(damaged);
    RunShape shape;
    ASSERT_TRUE(read_run(line, 2, shape));
    EXPECT_TRUE(shape.by_annotation);
    EXPECT_EQ(shape.after_start, 6u);
    EXPECT_NE(std::find(shape.leads.begin(), shape.leads.end(), 0xD4u), shape.leads.end());
    const std::size_t truth_end = line.find(U'?', 3) + 1;  // the '?' that swallowed 委's trail
    EXPECT_TRUE(std::any_of(shape.ends.begin(), shape.ends.end(), [&](const RunEnd& end) { return end.end == truth_end; }));
}

TEST(DamageScan, SeparatorRunStartsBeforeThePunctuationKey) {
    const std::string damaged = damage_simulator::damage("工作日。“一網通辦", {}, {"！"});
    ASSERT_EQ(damaged, "工作日?!耙痪W通辦");
    RunShape shape;
    ASSERT_TRUE(read_run(chars(damaged), 3, shape));
    EXPECT_FALSE(shape.by_annotation);
    EXPECT_EQ(shape.leads.size(), 0xFEu - 0x81u + 1);  // any lead: nothing says which
}

TEST(DamageScan, AnEndThatSwallowedADigitLostIt) {
    // The run 冊 (cè) opens inside 們在 reads one byte late through 在市里程 (D4DA CAD0 C0EF
    // B3CC) until 程's trail CC meets the "1" after it: both became one '?', the digit is gone.
    const std::string damaged = damage_simulator::damage("我們在市里程1萬", {{"冊", "cè"}}, {});
    const std::u32string line = chars(damaged);
    ASSERT_EQ(line.substr(0, 3), U"我們?");
    RunShape shape;
    ASSERT_TRUE(read_run(line, 2, shape));
    const std::size_t digit_gone = line.find(U'萬') - 1;  // the '?' before 萬: 程's trail and "1"
    ASSERT_EQ(line[digit_gone], U'?');
    const auto end = std::find_if(shape.ends.begin(), shape.ends.end(), [&](const RunEnd& e) { return e.end == digit_gone + 1; });
    ASSERT_NE(end, shape.ends.end());
    EXPECT_TRUE(end->lost_byte);
    // Before one of 、。!?; the '?' swallowed the separator: nothing lost.
    const std::u32string before_comma = chars(damage_simulator::damage("我們在市委、市", {{"冊", "cè"}}, {"、"}));
    ASSERT_TRUE(read_run(before_comma, 2, shape));
    EXPECT_TRUE(std::none_of(shape.ends.begin(), shape.ends.end(), [](const RunEnd& e) { return e.lost_byte; }));
}

TEST(DamageScan, TwoQuestionMarksBeforePunctuationHoldACharacterOfKnownTrail) {
    // 規模。 = B9E6 C4A3 A1A3: A3 A1 is ！, so a separator went inside 模 and another before 。;
    // both bytes of 模 went with them, and the ！ says the trail: A3.
    const std::string damaged = damage_simulator::damage("規模。大", {}, {"。", "！"});
    ASSERT_EQ(damaged, "規??。大");
    RunShape shape;
    ASSERT_TRUE(read_run(chars(damaged), 1, shape));
    ASSERT_FALSE(shape.ends.empty());
    const RunEnd& end = shape.ends.front();
    EXPECT_TRUE(end.body.empty());
    EXPECT_EQ(end.end, 3u);
    EXPECT_EQ(end.trails, std::vector<unsigned>{0xA3});
    EXPECT_FALSE(end.lost_byte);
}

TEST(DamageScan, TheRestOfATagWhoseOpeningAQuestionMarkSwallowed) {
    const std::u32string line = chars("象?span style=\"display:none\">工程");
    EXPECT_EQ(tag_rest_at(line, 2), line.find(U'工') - 2);
    EXPECT_EQ(tag_rest_at(line, 0), 0u);                 // no letter
    EXPECT_EQ(tag_rest_at(chars("span 萬"), 0), 0u);     // no '>'
    // A '?' before such a rest swallowed the tag's '<': nothing of the text was lost.
    const std::u32string run = chars("我們?cè)谑形?span style=\"x\">");
    RunShape shape;
    ASSERT_TRUE(read_run(run, 2, shape));
    EXPECT_TRUE(std::any_of(shape.ends.begin(), shape.ends.end(), [&](const RunEnd& e) { return e.end == run.find(U's') && !e.lost_byte; }));
}

// The same two question marks when the page left the separator before 。 as visible markup
// (its '<' swallowed by the second '?'): the trail comes from the character after the markup.
TEST(DamageScan, TwoQuestionMarksBeforeMarkupTakeTheTrailFromTheCharacterAfterIt) {
    RunShape shape;
    ASSERT_TRUE(read_run(chars("規??span style=\"x\">。大"), 1, shape));
    ASSERT_FALSE(shape.ends.empty());
    EXPECT_EQ(shape.ends.front().end, 3u);
    EXPECT_EQ(shape.ends.front().trails, std::vector<unsigned>{0xA3});
    EXPECT_FALSE(shape.ends.front().lost_byte);
}

TEST(DamageScan, AQuestionMarkOfTextStartsNoRun) {
    RunShape shape;
    EXPECT_FALSE(read_run(chars("是什么?我们"), 3, shape));
    EXPECT_FALSE(read_run(chars("古城新巷?條"), 4, shape));
}

TEST(DamageScan, TheTextEndsAtTheLinesEndOrAtMarkupThatIsNoSeparator) {
    const std::u32string line = U"形象。span style=\"display:none\">工程資料";
    EXPECT_TRUE(ends_text(line, line.size()));
    EXPECT_TRUE(ends_text(line, 3));    // the page's own markup: no 、。!?; after it
    EXPECT_FALSE(ends_text(line, 0));   // text
    EXPECT_FALSE(ends_text(U"形象<b>、", 2));  // a separator the page left visible
}

}  // namespace
}  // namespace glossgraph::damage_scan
