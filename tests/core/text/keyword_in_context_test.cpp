// Finding words by their key form in text as written, and their context.
#include "core/text/keyword_in_context.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

std::vector<TextSpan> find(std::string_view text, std::vector<std::string> words) {
    for (std::string& word : words) word = term_key(word);
    KeyedText keyed;
    return find_words(text, words, keyed);
}

std::string spanned(std::string_view text, TextSpan span) {
    return std::string(text.substr(span.begin, span.end - span.begin));
}

TEST(FindWords, SimplifiedWordFindsTraditionalText) {
    const std::string text = "建設文化生態宜居區";
    const auto spans = find(text, {"生态"});
    ASSERT_EQ(spans.size(), 1u);
    EXPECT_EQ(spanned(text, spans[0]), "生態");
}

TEST(FindWords, QuotesInsideAMatchAreInItAndThoseAroundAreNot) {
    const std::string text = "深化“放管服”改革";
    const auto spans = find(text, {"放管服改革"});
    ASSERT_EQ(spans.size(), 1u);
    EXPECT_EQ(spanned(text, spans[0]), "放管服”改革");
}

TEST(FindWords, FullWidthLettersAndDigitsMatchTheirAsciiForm) {
    const std::string text = "实施ＰＰＰ项目１２个";
    const auto spans = find(text, {"ppp"});
    ASSERT_EQ(spans.size(), 1u);
    EXPECT_EQ(spanned(text, spans[0]), "ＰＰＰ");
}

TEST(FindWords, EveryOccurrenceOfEveryWordSortedAndOverlapsMerged) {
    const std::string text = "生态环境，生态保护，环境";
    const auto spans = find(text, {"环境", "生态环"});
    ASSERT_EQ(spans.size(), 2u);
    EXPECT_EQ(spanned(text, spans[0]), "生态环境");  // 生态环 and 环境 overlap: one span
    EXPECT_EQ(spanned(text, spans[1]), "环境");
}

TEST(FindWords, NothingFoundAndEmptyWordsIgnored) {
    EXPECT_TRUE(find("生态环境", {"河长"}).empty());
    EXPECT_TRUE(find("生态环境", {"“”"}).empty());  // key form empty
}

TEST(HasAllWords, EveryWordMustOccur) {
    KeyedText keyed;
    const std::vector<std::string> both{"生态", "环境"};
    const std::vector<std::string> one_missing{"生态", "河长"};
    const std::vector<std::string> none{""};
    EXPECT_TRUE(has_all_words("生態環境", both, keyed));
    EXPECT_FALSE(has_all_words("生態環境", one_missing, keyed));
    EXPECT_FALSE(has_all_words("生態環境", none, keyed));
}

TEST(ContextOf, WidthCountsCharactersEitherSideAndMarksCuts) {
    const std::string text = "一二三四五生态六七八九十";
    const auto spans = find(text, {"生态"});
    ASSERT_EQ(spans.size(), 1u);
    const Context c = context_of(text, spans[0], 2);
    EXPECT_EQ(c.before, "四五");
    EXPECT_EQ(c.match, "生态");
    EXPECT_EQ(c.after, "六七");
    EXPECT_TRUE(c.cut_before);
    EXPECT_TRUE(c.cut_after);
}

TEST(ContextOf, LineBreaksBecomeSpacesAndTheTextsEndsAreNotCuts) {
    const std::string text = "甲\n乙 生态\n丙";
    const auto spans = find(text, {"生态"});
    ASSERT_EQ(spans.size(), 1u);
    const Context c = context_of(text, spans[0], 10);
    EXPECT_EQ(c.before, "甲 乙 ");
    EXPECT_EQ(c.after, " 丙");
    EXPECT_FALSE(c.cut_before);
    EXPECT_FALSE(c.cut_after);
}

TEST(OneLine, WhiteSpaceRunsBecomeOneSpaceAndEndsAreTrimmed) {
    EXPECT_EQ(one_line("  甲\r\n\t乙\u3000丙  "), "甲 乙 丙");
}

}  // namespace
}  // namespace glossgraph
