#include "core/link/matcher.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace glossgraph {
namespace {

using Matches = std::vector<PatternMatch>;

// Every occurrence by std::string_view::find, in the order find_all promises.
Matches naive_find_all(std::string_view text, const std::vector<std::string>& patterns) {
    Matches matches;
    for (std::size_t p = 0; p < patterns.size(); ++p) {
        if (patterns[p].empty()) continue;
        for (auto at = text.find(patterns[p]); at != std::string_view::npos; at = text.find(patterns[p], at + 1))
            matches.push_back(PatternMatch{static_cast<std::uint32_t>(p), at, at + patterns[p].size()});
    }
    std::sort(matches.begin(), matches.end(), [](const PatternMatch& a, const PatternMatch& b) {
        if (a.end != b.end) return a.end < b.end;
        if (a.begin != b.begin) return a.begin < b.begin;  // longer first
        return a.pattern < b.pattern;
    });
    return matches;
}

std::size_t offset_of(std::string_view text, std::string_view part) { return text.find(part); }

bool on_boundary(std::string_view text, std::size_t offset) {
    return offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
}

std::string read_sample(const std::string& name) {
    std::ifstream in(std::string(GLOSSGRAPH_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

TEST(Matcher, ClassicHeSheHisHers) {
    const MultiMatcher matcher({"he", "she", "his", "hers"});
    EXPECT_EQ(matcher.find_all("ushers"), (Matches{{1, 1, 4}, {0, 2, 4}, {3, 2, 6}}));
    EXPECT_EQ(matcher.find_all("ahishers"),
              (Matches{{2, 1, 4}, {1, 3, 6}, {0, 4, 6}, {3, 4, 8}}));
}

TEST(Matcher, NestedTermReportedInsideLongerTerm) {
    const std::string text = "落实三线一单要求";
    const MultiMatcher matcher({"三线一单要求", "三线一单"});
    const std::size_t begin = offset_of(text, "三线一单");
    EXPECT_EQ(matcher.find_all(text),
              (Matches{{1, begin, begin + 12}, {0, begin, text.size()}}));
}

TEST(Matcher, SuffixTermsFoundThroughDictionaryLinks) {
    const std::string text = "要高标准地推进";
    const MultiMatcher matcher({"标准地", "高标准地推进", "推进", "地推"});
    const std::size_t high = offset_of(text, "高");
    const std::size_t standard = offset_of(text, "标准地");
    const std::size_t earth = offset_of(text, "地推");
    const std::size_t push = offset_of(text, "推进");
    EXPECT_EQ(matcher.find_all(text), (Matches{{0, standard, standard + 9},
                                               {3, earth, earth + 6},
                                               {1, high, text.size()},
                                               {2, push, text.size()}}));
}

TEST(Matcher, OverlappingOccurrencesOfOnePattern) {
    const MultiMatcher matcher({"三三"});
    EXPECT_EQ(matcher.find_all("三三三"), (Matches{{0, 0, 6}, {0, 3, 9}}));
}

TEST(Matcher, DuplicatesEachReportTheirIndex) {
    const MultiMatcher matcher({"零工驿站", "驿站", "零工驿站"});
    EXPECT_EQ(matcher.find_all("零工驿站"), (Matches{{0, 0, 12}, {2, 0, 12}, {1, 6, 12}}));
}

TEST(Matcher, EmptyPatternIgnoredButCounted) {
    const MultiMatcher matcher({"", "一张网", ""});
    EXPECT_EQ(matcher.pattern_count(), 3u);
    EXPECT_EQ(matcher.find_all("建设一张网"), (Matches{{1, 6, 15}}));
}

TEST(Matcher, NoPatternsFindNothing) {
    const MultiMatcher matcher(std::vector<std::string>{});
    EXPECT_EQ(matcher.pattern_count(), 0u);
    EXPECT_TRUE(matcher.find_all("三线一单").empty());
    EXPECT_TRUE(MultiMatcher({""}).find_all("abc").empty());
}

TEST(Matcher, EmptyTextFindsNothing) {
    EXPECT_TRUE(MultiMatcher({"三线一单"}).find_all("").empty());
}

TEST(Matcher, MixedAsciiAndCjkPatterns) {
    const std::string text = "开展03专项行动和“10+8”行动，推进10+8行动";
    const std::vector<std::string> patterns{"03专项行动", "“10+8”行动", "10+8行动", "专项"};
    const MultiMatcher matcher(patterns);
    const Matches found = matcher.find_all(text);
    EXPECT_EQ(found, naive_find_all(text, patterns));
    ASSERT_EQ(found.size(), 4u);
    EXPECT_EQ(found[0], (PatternMatch{3, offset_of(text, "专项"), offset_of(text, "专项") + 6}));
    EXPECT_EQ(found[3], (PatternMatch{2, text.size() - 10, text.size()}));
}

TEST(Matcher, MatchesAtStartAndEndOfText) {
    const MultiMatcher matcher({"千万工程", "两品一标"});
    const std::string text = "千万工程与两品一标";
    EXPECT_EQ(matcher.find_all(text), (Matches{{0, 0, 12}, {1, text.size() - 12, text.size()}}));
}

TEST(Matcher, OrderedByEndThenLongestFirst) {
    const std::vector<std::string> patterns{"c", "abc", "bc", "ab", "b"};
    const Matches found = MultiMatcher(patterns).find_all("abcab");
    EXPECT_EQ(found, (Matches{{3, 0, 2}, {4, 1, 2}, {1, 0, 3}, {2, 1, 3}, {0, 2, 3}, {3, 3, 5}, {4, 4, 5}}));
}

TEST(Matcher, OffsetsDelimitThePatternBytes) {
    const std::string text = "“放管服”改革和“三变”改革，深化放管服";
    const std::vector<std::string> patterns{"“放管服”改革", "放管服", "改革", "“三变”"};
    for (const PatternMatch& m : MultiMatcher(patterns).find_all(text))
        EXPECT_EQ(text.substr(m.begin, m.end - m.begin), patterns[m.pattern]);
}

TEST(Matcher, BytesNotInAnyPatternResetTheMatch) {
    // 'x' occurs in no pattern, so it must break "ab" apart instead of being skipped.
    EXPECT_EQ(MultiMatcher({"ab"}).find_all("axbab"), (Matches{{0, 3, 5}}));
}

TEST(Matcher, AppendingOverloadKeepsEarlierMatches) {
    const MultiMatcher matcher({"三线一单"});
    Matches buffer{{7, 1, 2}};
    matcher.find_all("三线一单", buffer);
    EXPECT_EQ(buffer, (Matches{{7, 1, 2}, {0, 0, 12}}));
}

TEST(Matcher, MovedFromMatcherFindsNothing) {
    MultiMatcher source({"三线一单"});
    const MultiMatcher target(std::move(source));
    EXPECT_EQ(target.find_all("三线一单").size(), 1u);
    EXPECT_TRUE(source.find_all("三线一单").empty());  // NOLINT(bugprone-use-after-move): documented state
    EXPECT_EQ(source.pattern_count(), 0u);              // NOLINT(bugprone-use-after-move)
}

// Random patterns and texts over a few CJK characters (and one ASCII byte) make many
// overlapping, nested and repeated matches.
TEST(Matcher, RandomTextsAgreeWithNaiveSearch) {
    const std::vector<std::string> alphabet{"三", "线", "一", "单", "二", "标", "1"};
    std::mt19937 random(20240710);
    auto random_string = [&](std::size_t min_chars, std::size_t max_chars) {
        std::string s;
        const std::size_t chars = std::uniform_int_distribution<std::size_t>(min_chars, max_chars)(random);
        for (std::size_t i = 0; i < chars; ++i)
            s += alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(random)];
        return s;
    };
    std::size_t total = 0;
    for (int round = 0; round < 200; ++round) {
        std::vector<std::string> patterns;
        for (int p = 0; p < 40; ++p) patterns.push_back(random_string(1, 5));
        const std::string text = random_string(0, 300);
        const Matches expected = naive_find_all(text, patterns);
        ASSERT_EQ(MultiMatcher(patterns).find_all(text), expected) << "round " << round;
        total += expected.size();
    }
    EXPECT_GT(total, 10000u);  // the check saw plenty of matches
}

// Thousands of patterns over hundreds of characters: nodes with many children spread over
// many symbols, which the double array must interleave without collisions.
TEST(Matcher, ManyPatternsOverWideAlphabetAgreeWithNaiveSearch) {
    std::mt19937 random(42);
    std::uniform_int_distribution<std::uint32_t> ideograph(0x4E00, 0x4E00 + 299);
    auto random_string = [&](std::size_t chars) {
        std::string s;
        for (std::size_t i = 0; i < chars; ++i) {
            const std::uint32_t cp = ideograph(random);
            s += {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
                  static_cast<char>(0x80 | (cp & 0x3F))};
        }
        return s;
    };
    std::vector<std::string> patterns;
    std::uniform_int_distribution<std::size_t> length(1, 4);
    for (int p = 0; p < 3000; ++p) patterns.push_back(random_string(length(random)));
    const std::string text = random_string(5000);
    const Matches found = MultiMatcher(patterns).find_all(text);
    EXPECT_EQ(found, naive_find_all(text, patterns));
    EXPECT_GT(found.size(), 5000u);
}

// Glossary terms of tests/GOLD.json (traditional ones included), a part of one, and two
// common words that nest in them and occur hundreds of times.
TEST(Matcher, SampleReportsAgreeWithNaiveSearch) {
    const std::vector<std::string> terms{
        "三线一单", "两品一标", "“放管服”改革", "放管服", "千万工程", "五社联动", "“10+8”行动",
        "03专项行动", "一张网", "免申即享", "零工驿站", "三区三线", "四下基层", "社区医院",
        "專精特新“小巨人”企業", "三品一標", "“专精特新”企业", "标准地", "改革", "发展"};
    const MultiMatcher matcher(terms);
    std::size_t total = 0;
    for (const char* name : {"000_5b54c714a6bec26a.txt", "001_4e4f3f491fbc5ac3.txt", "002_56897e3e26716c43.txt",
                             "003_69fdf8d6d7fd43b7.txt", "004_377fd206c21df32a.txt"}) {
        const std::string text = read_sample(name);
        ASSERT_FALSE(text.empty()) << name;
        const Matches found = matcher.find_all(text);
        EXPECT_EQ(found, naive_find_all(text, terms)) << name;
        for (const PatternMatch& m : found)
            EXPECT_TRUE(on_boundary(text, m.begin) && on_boundary(text, m.end)) << name << " at " << m.begin;
        total += found.size();
    }
    EXPECT_GT(total, 100u);
}

TEST(Matcher, PatternThatIsNotUtf8Rejected) {
    EXPECT_THROW(
        {
            try {
                MultiMatcher({"三线一单", "\xE4\xB8"});
            } catch (const std::invalid_argument& e) {
                EXPECT_STREQ(e.what(), "MultiMatcher: pattern 1 is not valid UTF-8");
                throw;
            }
        },
        std::invalid_argument);
}

TEST(Matcher, IllFormedTextBytesMatchNothing) {
    // Overlong '/'s in two and three bytes, a lone continuation byte, a truncated 三 and an
    // encoded surrogate.
    const std::string text = "\xC0\xAF/\xE0\x80\xAF\xB8三\xE4\xB8三\xED\xA0\x80/";
    const std::vector<std::string> patterns{"/", "三", "三三"};
    const Matches found = MultiMatcher(patterns).find_all(text);
    EXPECT_EQ(found, naive_find_all(text, patterns));
    EXPECT_EQ(found.size(), 4u);
}

TEST(Matcher, SupplementaryPlaneCharacters) {
    const std::string text = "𠀀𠮷野家和𠮷";
    const std::vector<std::string> patterns{"𠮷", "𠮷野家", "野"};
    EXPECT_EQ(MultiMatcher(patterns).find_all(text), naive_find_all(text, patterns));
    EXPECT_EQ(MultiMatcher(patterns).find_all(text).size(), 4u);
}

// Random bytes between the characters: the scan must stay exact over bytes.
TEST(Matcher, RandomBytesAgreeWithNaiveSearch) {
    const std::vector<std::string> alphabet{"三", "线", "一", "单", "a", "\x80", "\xE4", "\xB8", "\xF0", "\xFF"};
    const std::vector<std::string> patterns{"三", "三线", "线一单", "一单", "a三", "单a", "aa", "三三"};
    std::mt19937 random(7);
    std::size_t total = 0;
    for (int round = 0; round < 300; ++round) {
        std::string text;
        const std::size_t pieces = std::uniform_int_distribution<std::size_t>(0, 200)(random);
        for (std::size_t i = 0; i < pieces; ++i)
            text += alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(random)];
        const Matches expected = naive_find_all(text, patterns);
        ASSERT_EQ(MultiMatcher(patterns).find_all(text), expected) << "round " << round;
        total += expected.size();
    }
    EXPECT_GT(total, 2000u);
}

}  // namespace
}  // namespace glossgraph
