#include "core/terminal_text.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

TEST(TerminalText, PlainAndChineseTextIsKept) {
    EXPECT_EQ(escape_for_terminal("三线一单：生态保护红线 (1) a\\b"), "三线一单：生态保护红线 (1) a\\b");
    EXPECT_EQ(escape_for_terminal(""), "");
}

TEST(TerminalText, EscapeSequencesAndBellAreWrittenOut) {
    // An OSC sequence that would set the window title, and a colour.
    EXPECT_EQ(escape_for_terminal("\x1b]0;PWNED\x07"), "\\x1B]0;PWNED\\x07");
    EXPECT_EQ(escape_for_terminal("\x1b[31mred"), "\\x1B[31mred");
    EXPECT_EQ(escape_for_terminal(std::string("a\0b", 3)), "a\\x00b");
    EXPECT_EQ(escape_for_terminal("\x7f"), "\\x7F");
}

TEST(TerminalText, LineBreaksCannotForgeALine) {
    EXPECT_EQ(escape_for_terminal("x\nglossgraph: import succeeded\r\t"), "x\\nglossgraph: import succeeded\\r\\t");
    EXPECT_EQ(escape_for_terminal("one\ntwo\x1b", Newlines::keep), "one\ntwo\\x1B");
    EXPECT_EQ(escape_for_terminal("one\rtwo", Newlines::keep), "one\\rtwo");
}

TEST(TerminalText, C1AndBidiControlsAreWrittenOut) {
    EXPECT_EQ(escape_for_terminal("\xc2\x9b" "31m"), "\\u009B31m");          // C1 CSI
    EXPECT_EQ(escape_for_terminal("\xc2\x85"), "\\u0085");                   // NEL
    EXPECT_EQ(escape_for_terminal("txt.\xe2\x80\xae" "exe"), "txt.\\u202Eexe");  // RIGHT-TO-LEFT OVERRIDE
    EXPECT_EQ(escape_for_terminal("\xe2\x81\xa6\xe2\x81\xa9\xe2\x80\x8f\xd8\x9c"), "\\u2066\\u2069\\u200F\\u061C");
    EXPECT_EQ(escape_for_terminal("\xe2\x80\xa8\xe2\x80\xa9"), "\\u2028\\u2029");
    // Other non-ASCII characters just above or below them stay.
    EXPECT_EQ(escape_for_terminal("\xc2\xa0\xe2\x80\x94\xe2\x80\xaf"), "\xc2\xa0\xe2\x80\x94\xe2\x80\xaf");
}

TEST(TerminalText, IllFormedBytesAreWrittenAsHex) {
    // A GBK file name (政府) and a truncated UTF-8 character.
    EXPECT_EQ(escape_for_terminal("\xd5\xfe\xb8\xae.txt"), "\\xD5\\xFE\\xB8\\xAE.txt");
    EXPECT_EQ(escape_for_terminal("ab\xe4\xb8"), "ab\\xE4\\xB8");
    EXPECT_EQ(escape_for_terminal("\xed\xa0\x80"), "\\xED\\xA0\\x80");  // a surrogate
    EXPECT_EQ(escape_for_terminal("\xc0\xaf"), "\\xC0\\xAF");          // overlong '/'
}

}  // namespace
}  // namespace glossgraph
