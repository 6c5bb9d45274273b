#include "core/text/gbk_pairs.hpp"

#include <gtest/gtest.h>

namespace glossgraph::gbk {
namespace {

TEST(GbkPairs, ReadsAndWritesDoubleByteCharacters) {
    EXPECT_EQ(decode(0xD4, 0xDA), U'在');
    EXPECT_EQ(decode(0x83, 0xD4), U'冊');  // the key 們在 straddles
    EXPECT_EQ(encode(U'在'), (Pair{0xD4, 0xDA}));
    EXPECT_EQ(encode(U'。'), (Pair{0xA1, 0xA3}));
}

TEST(GbkPairs, PairsAPageLosesReadAsNone) {
    EXPECT_EQ(decode(0xAE, 0xEF), 0u);  // user-defined: a private-use character, stripped
    EXPECT_EQ(decode(0xA1, 0x4C), 0u);  // unassigned
    EXPECT_EQ(decode(0x41, 0x41), 0u);  // no lead
    EXPECT_EQ(decode(0xD4, 0x28), 0u);  // "(" is no trail
}

TEST(GbkPairs, AsciiAndCharactersGbkLacksHaveNoPair) {
    EXPECT_FALSE(encode(U'a').has_value());
    EXPECT_FALSE(encode(U'\U0001F600').has_value());
}

TEST(GbkPairs, LeadAndTrailRanges) {
    EXPECT_TRUE(is_lead(0x81));
    EXPECT_FALSE(is_lead(0x80));
    EXPECT_TRUE(is_trail(0x40));
    EXPECT_FALSE(is_trail(0x7F));
    EXPECT_FALSE(is_trail('('));
}

}  // namespace
}  // namespace glossgraph::gbk
