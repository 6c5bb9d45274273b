// The similarity join: the pairs it finds are those an all-pairs comparison finds, within its caps.
#include "core/compare/similar_texts.hpp"

#include "core/compare/comparison_text.hpp"
#include "core/errors.hpp"

#include <gtest/gtest.h>

#include <algorithm>
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

// Families of three or four texts, each a base of 4 to 24 characters (drawn from a few, so that
// unrelated texts share bigrams too) with up to five characters changed, dropped or added:
// many pairs lie near every threshold, and none has more alike texts than the caps allow.
std::vector<std::string> random_texts(std::size_t families, std::uint64_t seed) {
    const std::vector<std::string> alphabet = {"生", "态", "保", "护", "红", "线", "环", "境", "质", "量", "底", "上"};
    const auto next = [&](std::size_t n) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::size_t>(seed >> 33) % n;
    };
    std::vector<std::string> texts;
    std::set<std::string> seen;
    for (std::size_t f = 0; f < families; ++f) {
        std::vector<std::string> base;
        for (std::size_t i = 4 + next(21); i > 0; --i) base.push_back(alphabet[next(alphabet.size())]);
        for (std::size_t v = 3 + next(2); v > 0; --v) {
            std::vector<std::string> text = base;
            for (std::size_t edits = next(6); edits > 0 && !text.empty(); --edits) {
                const std::size_t at = next(text.size());
                switch (next(3)) {
                    case 0: text[at] = alphabet[next(alphabet.size())]; break;
                    case 1: text.erase(text.begin() + static_cast<std::ptrdiff_t>(at)); break;
                    default: text.insert(text.begin() + static_cast<std::ptrdiff_t>(at), alphabet[next(alphabet.size())]);
                }
            }
            std::string joined;
            for (const std::string& c : text) joined += c;
            if (seen.insert(joined).second) texts.push_back(joined);
        }
    }
    return texts;
}

TEST(SimilarTexts, FindsWhatComparingEveryPairFinds) {
    int exact = 0;
    for (const double threshold : {0.6, 0.7, 0.88}) {
        const std::vector<std::string> texts = random_texts(40, 2260);
        const SimilarTexts found = similar_texts(texts, texts, threshold);
        std::set<std::tuple<std::size_t, std::size_t, double>> expected;
        for (std::size_t i = 0; i < texts.size(); ++i)
            for (std::size_t j = 0; j < texts.size(); ++j) {
                const double similarity = edit_similarity(texts[i], texts[j]);
                if (i != j && similarity >= threshold) expected.insert({i, j, similarity});
            }
        if (found.capped) {  // the caps cut: then what was found must be among the expected
            const auto pairs = pairs_of(found);
            EXPECT_TRUE(std::includes(expected.begin(), expected.end(), pairs.begin(), pairs.end())) << threshold;
            continue;
        }
        ++exact;
        EXPECT_EQ(pairs_of(found), expected) << "threshold " << threshold;
        EXPECT_LT(found.compared, texts.size() * (texts.size() - 1) / 2);  // fewer than every pair
    }
    EXPECT_GE(exact, 1);  // at least one threshold found every pair within the caps
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
