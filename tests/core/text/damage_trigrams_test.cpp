#include "core/text/damage_trigrams.hpp"

#include <cmath>
#include <gtest/gtest.h>

namespace glossgraph::damage_trigrams {
namespace {

TEST(DamageTrigrams, APairTheReportsKeepNoTripleOfIsThePairModel) {
    EXPECT_EQ(log_probability(U'丂', U'丂', U'在', nullptr), damage_model::log_probability(U'丂', U'在'));
    EXPECT_TRUE(std::isfinite(log_probability(U'丂', U'丂', U'丂', nullptr)));
}

TEST(DamageTrigrams, CharactersAreSimplifiedFirst) {
    EXPECT_EQ(log_probability(U'標', U'準', U'化', nullptr), log_probability(U'标', U'准', U'化', nullptr));
}

TEST(DamageTrigrams, TwoCharactersBackTellApartWhatOneCannot) {
    // After 就 the pair model hesitates; after ，就 the reports' triples know 一 (，就一定).
    const double pairs = damage_model::log_probability(U'就', U'一') - damage_model::log_probability(U'和', U'一');
    const double triples = log_probability(U'，', U'就', U'一', nullptr) - log_probability(U'，', U'和', U'一', nullptr);
    EXPECT_GT(triples, pairs);
}

TEST(DamageTrigrams, AChainReadsTheLastTwoCharactersBefore) {
    const damage_model::LocalPairs none;
    EXPECT_EQ(chain(U"", U"市", &none), 0.0);
    EXPECT_EQ(chain(U"委", U"市", &none), damage_model::log_probability(U'委', U'市', &none));
    EXPECT_EQ(chain(U"我們在", U"市委", &none), chain(U"們在", U"市委", &none));
    EXPECT_DOUBLE_EQ(chain(U"們在", U"市委", &none),
                     log_probability(U'們', U'在', U'市', &none) + log_probability(U'在', U'市', U'委', &none));
}

}  // namespace
}  // namespace glossgraph::damage_trigrams
