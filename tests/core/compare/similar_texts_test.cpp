// The similarity join: the pairs it finds are those an all-pairs comparison finds, within its caps.
#include "core/compare/similar_texts.hpp"

#include "core/compare/compare.hpp"
#include "core/errors.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace glossgraph {
namespace {

std::set<std::tuple<std::size_t, std::size_t, double>> pairs_of(const SimilarTexts& found) {
    std::set<std::tuple<std::size_t, std::size_t, double>> pairs;
    for (std::size_t i = 0; i < found.neighbours.size(); ++i)
        for (const SimilarText& s : found.neighbours[i]) pairs.insert({i, s.other, s.similarity});
    return pairs;
}

// Texts drawn from a few characters, so that many pairs are near the threshold.
std::vector<std::string> random_texts(std::size_t count, std::uint64_t seed) {
    const std::vector<std::string> alphabet = {"生", "态", "保", "护", "红", "线", "环", "境", "质", "量"};
    std::vector<std::string> texts;
    std::set<std::string> seen;
    while (texts.size() < count) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        const std::size_t length = 3 + (seed >> 33) % 10;
        std::string text;
        for (std::size_t i = 0; i < length; ++i) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            text += alphabet[(seed >> 33) % (i % 3 == 0 ? alphabet.size() : 4)];
        }
        if (seen.insert(text).second) texts.push_back(text);
    }
    return texts;
}

TEST(SimilarTexts, FindsWhatComparingEveryPairFinds) {
    for (const double threshold : {0.6, 0.7, 0.88}) {
        const std::vector<std::string> texts = random_texts(150, 2260);
        const SimilarTexts found = similar_texts(texts, texts, threshold);
        std::set<std::tuple<std::size_t, std::size_t, double>> expected;
        for (std::size_t i = 0; i < texts.size(); ++i)
            for (std::size_t j = 0; j < texts.size(); ++j) {
                const double similarity = edit_similarity(texts[i], texts[j]);
                if (i != j && similarity >= threshold) expected.insert({i, j, similarity});
            }
        if (found.capped) continue;  // the caps cut; then a subset is enough
        EXPECT_EQ(pairs_of(found), expected) << "threshold " << threshold;
        EXPECT_LT(found.compared, texts.size() * (texts.size() - 1) / 2);  // fewer than every pair
    }
}

TEST(SimilarTexts, NeighboursComeMostSimilarFirst) {
    const std::vector<std::string> texts = {"生态保护红线环境质量底线", "生态保护红线环境质量上线", "生态保护红线环境质量", "完全无关的一句话"};
    const SimilarTexts found = similar_texts(texts, texts, 0.7);
    ASSERT_EQ(found.neighbours[0].size(), 2u);
    EXPECT_EQ(found.neighbours[0][0].other, 1u);  // one edit in 12
    EXPECT_DOUBLE_EQ(found.neighbours[0][0].similarity, 1.0 - 1.0 / 12);
    EXPECT_EQ(found.neighbours[0][1].other, 2u);
    EXPECT_TRUE(found.neighbours[3].empty());
}

TEST(SimilarTexts, RefusesAThresholdOutsideItsRange) {
    EXPECT_THROW(similar_texts({}, {}, 0.0), usage_error);
    EXPECT_THROW(similar_texts({}, {}, 1.01), usage_error);
    EXPECT_THROW(similar_texts({"a"}, {}, 0.5), usage_error);
    EXPECT_TRUE(similar_texts({}, {}, 1.0).neighbours.empty());
}

}  // namespace
}  // namespace glossgraph
