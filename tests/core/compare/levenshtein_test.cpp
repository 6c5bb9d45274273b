#include "core/compare/levenshtein.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace glossgraph {
namespace {

TEST(CompareLevenshtein, KnownDistances) {
    EXPECT_EQ(levenshtein_distance(U"kitten", U"sitting"), 3u);
    EXPECT_EQ(levenshtein_distance(U"", U""), 0u);
    EXPECT_EQ(levenshtein_distance(U"", U"abc"), 3u);
    EXPECT_EQ(levenshtein_distance(U"abc", U""), 3u);
    EXPECT_EQ(levenshtein_distance(U"甲", U"乙"), 1u);
    EXPECT_EQ(levenshtein_distance(U"环境准入负面清单", U"生态环境准入清单"), 4u);
}

TEST(CompareLevenshtein, WithinReportsOneMoreThanTheLimitWhenExceeded) {
    EXPECT_EQ(levenshtein_distance_within(U"kitten", U"sitting", 3), 3u);
    EXPECT_EQ(levenshtein_distance_within(U"kitten", U"sitting", 2), 3u);
    EXPECT_EQ(levenshtein_distance_within(U"kitten", U"sitting", 1), 2u);
    EXPECT_EQ(levenshtein_distance_within(U"kitten", U"sitting", 0), 1u);
    EXPECT_EQ(levenshtein_distance_within(U"abcdef", U"a", 2), 3u);  // lengths alone decide
    EXPECT_EQ(levenshtein_distance_within(U"same", U"same", 0), 0u);
}

std::u32string random_text(std::mt19937& random, std::size_t max_length) {
    static constexpr char32_t alphabet[] = U"甲乙丙丁a";
    std::uniform_int_distribution<std::size_t> length(0, max_length), letter(0, 4);
    std::u32string text(length(random), U' ');
    for (char32_t& cp : text) cp = alphabet[letter(random)];
    return text;
}

// The textbook full table, as a reference.
std::size_t reference_distance(const std::u32string& a, const std::u32string& b) {
    std::vector<std::vector<std::size_t>> table(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) table[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) table[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j)
            table[i][j] = std::min({table[i - 1][j] + 1, table[i][j - 1] + 1,
                                    table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    return table[a.size()][b.size()];
}

TEST(CompareLevenshtein, BandedAgreesWithTheFullTableForEveryLimit) {
    std::mt19937 random(20240710);
    for (int round = 0; round < 300; ++round) {
        const std::u32string a = random_text(random, 12), b = random_text(random, 12);
        const std::size_t expected = reference_distance(a, b);
        ASSERT_EQ(levenshtein_distance(a, b), expected);
        for (std::size_t limit = 0; limit <= 13; ++limit)
            ASSERT_EQ(levenshtein_distance_within(a, b, limit), std::min(expected, limit + 1)) << "limit " << limit;
    }
}

TEST(CompareLevenshtein, SimilarityFromDistance) {
    EXPECT_EQ(similarity_from_distance(0, 0), 1.0);
    EXPECT_EQ(similarity_from_distance(0, 10), 1.0);
    EXPECT_EQ(similarity_from_distance(10, 10), 0.0);
    EXPECT_DOUBLE_EQ(similarity_from_distance(4, 27), 1.0 - 4.0 / 27.0);
}

TEST(CompareLevenshtein, LargestDistanceWithinMatchesTheSimilarityTest) {
    for (std::size_t longest = 0; longest <= 60; ++longest) {
        for (int percent = 0; percent <= 100; ++percent) {
            const double threshold = percent / 100.0;
            std::size_t expected = 0;
            while (expected < longest && similarity_from_distance(expected + 1, longest) >= threshold) ++expected;
            ASSERT_EQ(largest_distance_within(longest, threshold), expected) << longest << " " << threshold;
        }
    }
    EXPECT_EQ(largest_distance_within(27, 0.88), 3u);
    EXPECT_EQ(largest_distance_within(24, 0.88), 2u);
    EXPECT_EQ(largest_distance_within(10, 1.0), 0u);
    EXPECT_EQ(largest_distance_within(10, 0.0), 10u);
}

}  // namespace
}  // namespace glossgraph
