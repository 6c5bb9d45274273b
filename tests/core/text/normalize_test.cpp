#include "core/text/normalize.hpp"

#include "core/text/script.hpp"
#include "core/text/utf8.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

TEST(Normalize, FoldWidthTurnsFullWidthAsciiIntoAscii) {
    EXPECT_EQ(fold_width("（１）"), "(1)");
    EXPECT_EQ(fold_width("ＧＤＰ增长５％"), "GDP增长5%");
    EXPECT_EQ(fold_width("第一，其次：再次；为什么？"), "第一,其次:再次;为什么?");
}

TEST(Normalize, FoldWidthTurnsUnicodeSpacesIntoSpace) {
    EXPECT_EQ(fold_width("政府\u3000工作\u00A0报告\u2003！"), "政府 工作 报告 !");
}

TEST(Normalize, FoldWidthFoldsFullWidthSigns) {
    EXPECT_EQ(fold_width("￥100"), "\u00A5" "100");
}

TEST(Normalize, FoldWidthKeepsCjkPunctuationAndHalfWidthKatakana) {
    EXPECT_EQ(fold_width("“四个最严”、。《规划》【一】ｱ"), "“四个最严”、。《规划》【一】ｱ");
    EXPECT_EQ(fold_width("a\tb\n"), "a\tb\n");
}

TEST(Normalize, FoldWidthCopiesIllFormedBytes) {
    EXPECT_EQ(fold_width("a\xFF" "（"), "a\xFF" "(");
}

TEST(Normalize, TermKeyUnifiesScriptsAndDropsQuotes) {
    EXPECT_EQ(term_key("“四个最严”"), "四个最严");
    EXPECT_EQ(term_key("四個最嚴"), "四个最严");
    EXPECT_EQ(term_key("“四个最严”"), term_key("四個最嚴"));
}

TEST(Normalize, TermKeyKeepsSymbolsThatCarryMeaning) {
    EXPECT_EQ(term_key("“1+2”現代產業體系"), "1+2现代产业体系");
    EXPECT_EQ(term_key("“5G+工业互联网”"), "5g+工业互联网");
}

TEST(Normalize, TermKeyDropsBracketsSpacesAndFullWidthForms) {
    EXPECT_EQ(term_key("（１）"), "1");
    EXPECT_EQ(term_key("【 河长制 】"), "河长制");
    EXPECT_EQ(term_key("「雙循環」新發展格局"), "双循环新发展格局");
    EXPECT_EQ(term_key("《政府工作報告》"), "政府工作报告");
    EXPECT_EQ(term_key("三\u3000農"), "三农");
}

TEST(Normalize, TermKeyLowersLatin) {
    EXPECT_EQ(term_key("ＧＤＰ"), "gdp");
    EXPECT_EQ(term_key("PPP模式"), "ppp模式");
    EXPECT_EQ(term_key("ÉCOLE"), "école");
}

TEST(Normalize, TermKeyDropsDamageMarkers) {
    EXPECT_EQ(term_key("謹?標準"), "谨标准");
    EXPECT_EQ(term_key("名\uFFFD词"), "名词");
    EXPECT_EQ(term_key("名\xFF词"), "名词");
    EXPECT_EQ(term_key("名\u200B词"), "名词");
}

// Issue 12: keys differing only in controls were two terms that export to one node id.
TEST(Normalize, TermKeyDropsControlCharacters) {
    EXPECT_EQ(term_key("术\x01甲"), "术甲");
    EXPECT_EQ(term_key("术\x02甲"), "术甲");
    EXPECT_EQ(term_key("\x1b]0;x\x07术语"), "0;x术语");  // ] is a bracket
    EXPECT_EQ(term_key("术\x7f语\xc2\x85\xc2\x9b"), "术语");         // DEL, NEL, CSI
    EXPECT_EQ(term_key("三线\xe2\x80\xae一单\xe2\x81\xa6"), "三线一单");  // bidi controls
    EXPECT_EQ(to_key_text("术\x01甲").text, "术甲");
}

TEST(Normalize, TermKeyOfOnlyPunctuationIsEmpty) {
    EXPECT_EQ(term_key("“”（）"), "");
    EXPECT_EQ(term_key(""), "");
}

TEST(Normalize, TrimRemovesAsciiAndUnicodeSpaceAtBothEnds) {
    EXPECT_EQ(trim(" \t\u3000名词 解释\u00A0\u2002\r\n"), "名词 解释");
    EXPECT_EQ(trim("名词"), "名词");
    EXPECT_EQ(trim("\u3000 \u3000"), "");
    EXPECT_EQ(trim(""), "");
}

TEST(Normalize, TrimViewsItsInput) {
    const std::string text = "  名词  ";
    const std::string_view trimmed = trim(text);
    EXPECT_EQ(trimmed.data(), text.data() + 2);
}

TEST(Normalize, TrimKeepsIllFormedBytesAtTheEnds) {
    EXPECT_EQ(trim(" \xE5\x8C "), "\xE5\x8C");
}

TEST(Normalize, RemoveSpacesRemovesEveryWhiteSpace) {
    EXPECT_EQ(remove_spaces(" 政 府\u3000工作\t报告\u00A0\n"), "政府工作报告");
    EXPECT_EQ(remove_spaces("政府工作报告"), "政府工作报告");
}

}  // namespace
}  // namespace glossgraph

namespace glossgraph {
namespace {

TEST(NormalizeKeyText, KeyFormWithOrigins) {
    const std::string text = "深化“放管服”改革(7),落實“四個最嚴”";
    const KeyedText keyed = to_key_text(text);
    EXPECT_EQ(keyed.text, "深化放管服改革7,落实四个最严");
    ASSERT_EQ(keyed.origin.size(), keyed.text.size() + 1);
    const std::size_t found = keyed.text.find("放管服改革");
    EXPECT_EQ(text.substr(keyed.origin[found], 3), "放");
    EXPECT_EQ(text.substr(keyed.origin[found] - 3, 3), "“");  // the quote before it, as written
    const std::size_t strict = keyed.text.find("四个最严");
    EXPECT_EQ(text.substr(keyed.origin[strict]), "四個最嚴”");
    EXPECT_EQ(keyed.origin.back(), text.size());
}

TEST(NormalizeKeyText, EveryKeyIsFoundInTheKeyFormOfItsText) {
    for (const char* term : {"“四个最严”要求", "專精特新“小巨人”企業", "“1+2”現代產業體系", "（１）ＡＢＣ"}) {
        EXPECT_NE(to_key_text(std::string("前文") + term + "后文").text.find(term_key(term)), std::string::npos) << term;
    }
}

// One pass does what the separate passes did: width folding, then Traditional->Simplified,
// then dropping and lower-casing (phrases: the test below).
TEST(NormalizeKeyText, KeyIsTheComposedConversions) {
    for (const char* text : {"區域發展", "（ＡＢＣ）區域", "\xEF\xBF\xA5１０", "İstanbul", "Ⱥ", "𠀀𪚲", "\xE4\xB8", "a\xED\xA0\x80" "b"}) {
        const std::string converted = to_simplified(fold_width(text));
        std::string expected;
        std::size_t pos = 0;
        while (pos < converted.size()) {
            const std::size_t start = pos;
            utf8::next(converted, pos);
            expected += term_key(converted.substr(start, pos - start));  // one character: no phrase
        }
        EXPECT_EQ(term_key(text), expected) << text;
    }
}

TEST(NormalizeKeyText, PhrasesConvertAsInToSimplified) {
    EXPECT_EQ(term_key("乾坤"), "乾坤");  // not 干坤: the phrase keeps 乾
    EXPECT_EQ(term_key("顯著"), to_simplified("顯著"));
    EXPECT_EQ(term_key("“乾坤”"), "乾坤");
    EXPECT_EQ(to_key_text("大乾坤").text, "大乾坤");
}

TEST(NormalizeKeyText, PhraseCharactersKeepTheirOwnOrigins) {
    const std::string text = "「顯著」";
    const KeyedText keyed = to_key_text(text);
    ASSERT_EQ(keyed.text, "显著");
    EXPECT_EQ(keyed.origin[0], 3u);  // after 「
    EXPECT_EQ(keyed.origin[3], 6u);
    EXPECT_EQ(keyed.origin[6], text.size());
}

TEST(NormalizeKeyText, ReusedBufferHoldsOnlyTheLastText) {
    KeyedText keyed;
    to_key_text("深化“放管服”改革，落實“四個最嚴”要求，推進高質量發展", keyed);
    to_key_text("（１）區", keyed);
    const KeyedText fresh = to_key_text("（１）區");
    EXPECT_EQ(keyed.text, fresh.text);
    EXPECT_EQ(keyed.origin, fresh.origin);
    EXPECT_EQ(keyed.text, "1区");
    to_key_text("", keyed);
    EXPECT_EQ(keyed.text, "");
    EXPECT_EQ(keyed.origin, std::vector<std::uint32_t>{0});
}

}  // namespace
}  // namespace glossgraph
