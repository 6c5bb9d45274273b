#include "core/text/utf8.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace glossgraph::utf8 {
namespace {

std::vector<char32_t> decode_all(std::string_view text) {
    std::vector<char32_t> result;
    std::size_t pos = 0;
    while (pos < text.size()) result.push_back(next(text, pos));
    return result;
}

TEST(Utf8, NextDecodesOneToFourByteSequences) {
    EXPECT_EQ(decode_all("a\u00E9\u533A\U00020000"), (std::vector<char32_t>{U'a', 0xE9, 0x533A, 0x20000}));
}

TEST(Utf8, NextAdvancesPastTheSequence) {
    const std::string_view text = "\u533A!";
    std::size_t pos = 0;
    EXPECT_EQ(next(text, pos), U'区');
    EXPECT_EQ(pos, 3u);
    EXPECT_EQ(next(text, pos), U'!');
    EXPECT_EQ(pos, 4u);
}

TEST(Utf8, NextYieldsReplacementAndOneByteForInvalidSequences) {
    EXPECT_EQ(decode_all("\xFF" "a"), (std::vector<char32_t>{0xFFFD, U'a'}));
    EXPECT_EQ(decode_all("\xE5\x8C"), (std::vector<char32_t>{0xFFFD, 0xFFFD}));           // truncated
    EXPECT_EQ(decode_all("\xC0\xAF"), (std::vector<char32_t>{0xFFFD, 0xFFFD}));           // overlong '/'
    EXPECT_EQ(decode_all("\xED\xA0\x80"), (std::vector<char32_t>{0xFFFD, 0xFFFD, 0xFFFD}));  // surrogate
    EXPECT_EQ(decode_all("\xF4\x90\x80\x80").size(), 4u);                                // past U+10FFFF
}

TEST(Utf8, SequenceLengthIsZeroExactlyForIllFormedBytes) {
    EXPECT_EQ(sequence_length("a", 0), 1u);
    EXPECT_EQ(sequence_length("\u00E9", 0), 2u);
    EXPECT_EQ(sequence_length("\u533A", 0), 3u);
    EXPECT_EQ(sequence_length("\U0002A6D6", 0), 4u);
    EXPECT_EQ(sequence_length("\x80", 0), 0u);
    EXPECT_EQ(sequence_length("\xE0\x80\x80", 0), 0u);  // overlong
    EXPECT_EQ(sequence_length("\xF0\x8F\xBF\xBF", 0), 0u);
}

TEST(Utf8, IllFormedLengthIsTheMaximalSubpart) {
    EXPECT_EQ(ill_formed_length("\xE5\x8C" "a", 0), 2u);  // a truncated 3-byte sequence is one unit
    EXPECT_EQ(ill_formed_length("\xF0\x9F\x98" "a", 0), 3u);
    EXPECT_EQ(ill_formed_length("\xC0\xAF", 0), 1u);        // C0 never starts a sequence
    EXPECT_EQ(ill_formed_length("\xED\xA0\x80", 0), 1u);    // ED A0 would be a surrogate
    EXPECT_EQ(ill_formed_length("\xBF", 0), 1u);
}

TEST(Utf8, AppendEncodesEveryLength) {
    std::string out;
    append(out, U'a');
    append(out, 0xE9);
    append(out, U'区');
    append(out, 0x20000);
    EXPECT_EQ(out, "a\u00E9\u533A\U00020000");
}

TEST(Utf8, AppendReplacesNonScalarValues) {
    std::string out;
    append(out, 0xD800);
    append(out, 0x110000);
    EXPECT_EQ(out, "\uFFFD\uFFFD");
}

TEST(Utf8, LengthCountsCodePoints) {
    EXPECT_EQ(length(""), 0u);
    EXPECT_EQ(length("abcdefghij"), 10u);
    EXPECT_EQ(length("陵城區政府工作報告 2021"), 14u);
    EXPECT_EQ(length("a\xFF" "b"), 3u);  // as next() steps
}

TEST(Utf8, PrefixTakesWholeCodePoints) {
    EXPECT_EQ(prefix("陵城區政府", 2), "陵城");
    EXPECT_EQ(prefix("ab", 5), "ab");
    EXPECT_EQ(prefix("ab", 0), "");
}

TEST(Utf8, SuffixTakesWholeCodePoints) {
    EXPECT_EQ(suffix("政府工作報告", 2), "報告");
    EXPECT_EQ(suffix("a\U00020000", 1), "\U00020000");
    EXPECT_EQ(suffix("ab", 5), "ab");
    EXPECT_EQ(suffix("ab", 0), "");
}

TEST(Utf8, SuffixCountsIllFormedBytesAsNextDoes) {
    EXPECT_EQ(suffix("a\xE5\x8C", 1), "\x8C");
    EXPECT_EQ(suffix("a\xE5\x8C", 2), "\xE5\x8C");
    EXPECT_EQ(suffix("\x80\x80\x80\x80\x80", 2), "\x80\x80");
}

TEST(Utf8, IsHanCoversUnifiedAndCompatibilityIdeographs) {
    for (char32_t cp : {U'〇', U'㐀', U'一', U'區', U'鿿', U'豈', char32_t{0x20000}, char32_t{0x2F800},
                        char32_t{0x31350}})
        EXPECT_TRUE(is_han(cp)) << std::hex << static_cast<unsigned>(cp);
    for (char32_t cp : {U'a', U'。', U'（', U'ā', U'ー', U'가', char32_t{0x3006}, char32_t{0x10000}})
        EXPECT_FALSE(is_han(cp)) << std::hex << static_cast<unsigned>(cp);
}

TEST(Utf8, IsValidAcceptsWellFormedText) {
    EXPECT_TRUE(is_valid(""));
    EXPECT_TRUE(is_valid("plain ASCII text, longer than eight bytes"));
    EXPECT_TRUE(is_valid("2021年德州市陵城區政府工作報告 \U0002A6D6 \U0010FFFF"));
}

TEST(Utf8, IsValidRejectsEveryKindOfIllFormedSequence) {
    EXPECT_FALSE(is_valid("abcdefgh\xFF"));
    EXPECT_FALSE(is_valid("\xE5\x8C"));
    EXPECT_FALSE(is_valid("\xC1\xBF"));
    EXPECT_FALSE(is_valid("\xE0\x9F\xBF"));
    EXPECT_FALSE(is_valid("\xED\xBF\xBF"));
    EXPECT_FALSE(is_valid("\xF4\x90\x80\x80"));
    EXPECT_FALSE(is_valid("\xF5\x80\x80\x80"));
    EXPECT_FALSE(is_valid("\x80"));
}

// A byte budget cut where a character begins: 三 is E4 B8 89, 线 E7 BA BF.
TEST(Utf8, CharacterStartStepsBackOverContinuationBytes) {
    const std::string text = "a三线";
    EXPECT_TRUE(is_continuation('\x89'));
    EXPECT_FALSE(is_continuation('\xE4'));
    EXPECT_FALSE(is_continuation('a'));
    EXPECT_EQ(character_start(text, 0), 0u);
    EXPECT_EQ(character_start(text, 1), 1u);
    EXPECT_EQ(character_start(text, 2), 1u);
    EXPECT_EQ(character_start(text, 3), 1u);
    EXPECT_EQ(character_start(text, 4), 4u);
    EXPECT_EQ(character_start(text, 6), 4u);
    EXPECT_EQ(character_start(text, text.size()), text.size());  // the end is a boundary
    EXPECT_EQ(character_start("\x80\x80", 1), 0u);               // no lead byte: the start
}

}  // namespace
}  // namespace glossgraph::utf8
