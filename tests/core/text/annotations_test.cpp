#include "core/text/annotations.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace glossgraph {
namespace {

std::string read_sample(const std::string& name) {
    std::ifstream in(std::string(GLOSSGRAPH_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::size_t count(std::string_view text, std::string_view needle) {
    std::size_t result = 0;
    for (std::size_t pos = text.find(needle); pos != std::string_view::npos; pos = text.find(needle, pos + 1)) ++result;
    return result;
}

// Every stripped annotation takes exactly one opening parenthesis with it.
std::size_t opening_parentheses(std::string_view text) { return count(text, "(") + count(text, "（"); }

TEST(Annotations, StripsToneMarkedSyllablesAfterHan) {
    EXPECT_EQ(strip_pinyin_annotations("陵城區(qū)政府工作報(bào)告"), "陵城區政府工作報告");
}

TEST(Annotations, StripsNeutralToneSyllables) {
    EXPECT_EQ(strip_pinyin_annotations("我們(men)的"), "我們的");
}

TEST(Annotations, StripsFullWidthAndMixedParentheses) {
    EXPECT_EQ(strip_pinyin_annotations("區（qū）域"), "區域");
    EXPECT_EQ(strip_pinyin_annotations("區(qū）域"), "區域");
}

TEST(Annotations, StripsUmlautAndVSpellingsAndDecomposedTones) {
    EXPECT_EQ(strip_pinyin_annotations("綠(lǜ)色"), "綠色");
    EXPECT_EQ(strip_pinyin_annotations("戰略(lüè)"), "戰略");
    EXPECT_EQ(strip_pinyin_annotations("旅(lv)遊"), "旅遊");
    EXPECT_EQ(strip_pinyin_annotations("區(qu\u0304)域"), "區域");
    EXPECT_EQ(strip_pinyin_annotations("女(nu\u0308\u030C)"), "女");
}

TEST(Annotations, StripsAnnotationsAfterSupplementaryIdeographs) {
    EXPECT_EQ(strip_pinyin_annotations("\U00020000(qū)"), "\U00020000");
}

TEST(Annotations, StripsRepeatedAnnotationsOfOneCharacter) {
    EXPECT_EQ(strip_pinyin_annotations("區(qū)(qū)域"), "區域");
}

TEST(Annotations, KeepsHanContentInParentheses) {
    EXPECT_EQ(strip_pinyin_annotations("辦法(試行)"), "辦法(試行)");
    EXPECT_EQ(strip_pinyin_annotations("物流(第四方物流)"), "物流(第四方物流)");
}

TEST(Annotations, KeepsNumbersAndCapitals) {
    EXPECT_EQ(strip_pinyin_annotations("名詞解釋(1)"), "名詞解釋(1)");
    EXPECT_EQ(strip_pinyin_annotations("生產總值(GDP)"), "生產總值(GDP)");
    EXPECT_EQ(strip_pinyin_annotations("我們(Men)"), "我們(Men)");
}

TEST(Annotations, KeepsWordsThatAreNotOneSyllable) {
    EXPECT_EQ(strip_pinyin_annotations("區(quyu)"), "區(quyu)");
    EXPECT_EQ(strip_pinyin_annotations("區(bao2)"), "區(bao2)");
    EXPECT_EQ(strip_pinyin_annotations("區(bàò)"), "區(bàò)");  // two tone marks
    EXPECT_EQ(strip_pinyin_annotations("區(gi)"), "區(gi)");
    EXPECT_EQ(strip_pinyin_annotations("區()"), "區()");
}

TEST(Annotations, KeepsTonelessSingleLettersThatLookLikeLabels) {
    EXPECT_EQ(strip_pinyin_annotations("方案(a)"), "方案(a)");
    EXPECT_EQ(strip_pinyin_annotations("長度(m)"), "長度(m)");
    EXPECT_EQ(strip_pinyin_annotations("啊(ā)"), "啊");
}

TEST(Annotations, KeepsAnnotationsNotDirectlyAfterHan) {
    EXPECT_EQ(strip_pinyin_annotations("(qū)區"), "(qū)區");
    EXPECT_EQ(strip_pinyin_annotations("區 (qū)"), "區 (qū)");
    EXPECT_EQ(strip_pinyin_annotations("c(diǎn)"), "c(diǎn)");
}

TEST(Annotations, KeepsDamagedAnnotationWithoutOpeningParenthesis) {
    EXPECT_EQ(strip_pinyin_annotations("謹(jǐn)?shù)臉?biāo)準(zhǔn)"), "謹?shù)臉?biāo)準");
}

TEST(Annotations, KeepsUnclosedAndOverlongParentheses) {
    EXPECT_EQ(strip_pinyin_annotations("區(qū"), "區(qū");
    EXPECT_EQ(strip_pinyin_annotations("區(qū"), "區(qū");
    const std::string long_content = "區(" + std::string(100, 'a') + ")";
    EXPECT_EQ(strip_pinyin_annotations(long_content), long_content);
}

TEST(Annotations, LeavesTextWithoutAnnotationsUnchanged) {
    EXPECT_EQ(strip_pinyin_annotations(""), "");
    EXPECT_EQ(strip_pinyin_annotations("2024年德阳市罗江区政府工作报告"), "2024年德阳市罗江区政府工作报告");
}

TEST(Annotations, RecognisesPinyinSyllables) {
    for (const char* syllable : {"qū", "bào", "men", "lüè", "lve", "nǚ", "nv", "zhuàng", "er", "ǹg", "hm", "yo"})
        EXPECT_TRUE(is_pinyin_syllable(syllable)) << syllable;
}

TEST(Annotations, RejectsWhatIsNotOneSyllable) {
    for (const char* text : {"", "GDP", "Men", "1", "bao2", "qv", "jü", "bàò", "shuangg", "試行", "q u", "ü\u0308"})
        EXPECT_FALSE(is_pinyin_syllable(text)) << text;
}

TEST(Annotations, StripsEveryAnnotationOfSample003) {
    const std::string sample = read_sample("003_69fdf8d6d7fd43b7.txt");
    ASSERT_FALSE(sample.empty());
    const std::string stripped = strip_pinyin_annotations(sample);
    EXPECT_EQ(opening_parentheses(sample) - opening_parentheses(stripped), 3575u);
    EXPECT_NE(stripped.find("陵城區政府工作報告"), std::string::npos);
    EXPECT_NE(stripped.find("(試行)"), std::string::npos);
    // The only "(qū)" left follow mis-decoded bytes, not a Han character: "入?yún)^(qū)".
    EXPECT_EQ(count(stripped, "(qū)"), 2u);
    EXPECT_EQ(count(stripped, "^(qū)"), 2u);
}

TEST(Annotations, StripsEveryAnnotationOfSample004) {
    const std::string sample = read_sample("004_377fd206c21df32a.txt");
    ASSERT_FALSE(sample.empty());
    const std::string stripped = strip_pinyin_annotations(sample);
    EXPECT_EQ(opening_parentheses(sample) - opening_parentheses(stripped), 3100u);
    EXPECT_NE(stripped.find("曲靖市麒麟"), std::string::npos);
    EXPECT_NE(stripped.find("區長 張忠文"), std::string::npos);
}

}  // namespace
}  // namespace glossgraph
