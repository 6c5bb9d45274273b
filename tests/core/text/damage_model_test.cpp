#include "core/text/damage_model.hpp"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

namespace glossgraph::damage_model {
namespace {

TEST(DamageModel, CommonCharactersAreWhatARepairMayPutBack) {
    EXPECT_TRUE(is_common(U'在'));
    EXPECT_TRUE(is_common(U'標'));   // Big5 level 1
    EXPECT_TRUE(is_common(U'、'));   // GBK row A1
    EXPECT_TRUE(is_common(U'（'));   // row A3, full-width forms
    EXPECT_FALSE(is_common(U'丂'));  // GBK, but rare
}

TEST(DamageModel, ReadingsWithTonesOrWithout) {
    EXPECT_TRUE(reads_as(U'冊', "cè"));
    EXPECT_TRUE(reads_as(U'冊', "ce"));
    EXPECT_FALSE(reads_as(U'冊', "zai"));
    EXPECT_FALSE(reads_as(U'a', "a"));
}

TEST(DamageModel, PairsOfReportsAreLikelierThanNonsense) {
    EXPECT_GT(log_probability(U'市', U'委'), log_probability(U'市', U'谑'));
    EXPECT_GT(log_probability(U'的', U'標'), log_probability(U'的', U'臉') - 100);  // finite
    EXPECT_EQ(log_probability(U'標', U'準'), log_probability(U'标', U'准'));      // simplified first
    EXPECT_TRUE(std::isfinite(log_probability(U'丂', U'丂')));
}

TEST(DamageModel, FollowersAreWhatTheTablesShowAfterACharacter) {
    const std::vector<char32_t> after = followers(U'危');
    EXPECT_TRUE(std::binary_search(after.begin(), after.end(), U'化'));  // 危化品
    EXPECT_TRUE(std::is_sorted(after.begin(), after.end()));
    EXPECT_EQ(std::adjacent_find(after.begin(), after.end()), after.end());
    EXPECT_EQ(followers(U'標'), followers(U'标'));  // simplified first
    for (char32_t c : after) EXPECT_TRUE(attested(U'危', c));
}

TEST(DamageModel, LinesEndInFullStopsNeverInEnumerationCommas) {
    EXPECT_GT(log_probability_of_end(U'。'), log_probability_of_end(U'、') + 3);
    EXPECT_LT(log_probability_of_end(U'。'), 0.0);
    EXPECT_TRUE(std::isfinite(log_probability_of_end(U'丂')));
}

TEST(DamageModel, LocalPairsRaiseWhatTheReportShows) {
    LocalPairs local;
    EXPECT_EQ(log_probability(U'龍', U'潭', &local), log_probability(U'龍', U'潭'));
    local.add_text(U"龍潭龍潭龍潭");
    EXPECT_EQ(local.pair_count(U'龍', U'潭'), 3);
    EXPECT_EQ(local.first_count(U'龍'), 3);
    EXPECT_GT(log_probability(U'龍', U'潭', &local), log_probability(U'龍', U'潭') + 1);
    // What the report does not show is not made less likely: 龍 before 井 is new to it.
    EXPECT_EQ(log_probability(U'龍', U'井', &local), log_probability(U'龍', U'井'));
    local.add_text(U"龍潭龍潭龍潭", -1);
    EXPECT_EQ(local.first_count(U'龍'), 0);
    local.add_text(std::u32string{U'龍', 0, U'潭'});  // a break: no pair across it
    EXPECT_EQ(local.pair_count(U'龍', U'潭'), 0);
    EXPECT_EQ(local.first_count(U'龍'), 0);
}

// A lattice scores pairs through Followers and Second: the same values, bit for bit, as one
// pair at a time, for pairs both tables hold, one holds, neither holds, with and without the
// report's own pairs.
TEST(DamageModel, FollowersScoreEachPairAsLogProbabilityDoes) {
    LocalPairs local;
    local.add_text(U"龍潭市井龍潭");
    LocalPairs none;
    const std::u32string firsts = U"市的龍標丂。a的";
    const std::u32string seconds = U"委標潭準臉丂“b谑";
    for (const LocalPairs* evidence : std::initializer_list<const LocalPairs*>{&none, &local, nullptr}) {
        for (char32_t first : firsts) {
            const Followers after(first, evidence);
            for (char32_t second : seconds) {
                EXPECT_EQ(after.log_probability(second_of(second)), log_probability(first, second, evidence));
                EXPECT_EQ(after.log_probability(second), log_probability(first, second, evidence));
            }
        }
    }
}

TEST(DamageModel, LocalPairsKeepEveryCountAsTheTableGrows) {
    LocalPairs local;
    std::u32string text;
    for (char32_t c = U'一'; c < U'一' + 3000; ++c) text.push_back(c);  // 2,999 pairs: the table doubles often
    local.add_text(text);
    local.add_text(text.substr(0, 100));
    EXPECT_EQ(local.pair_count(U'一', U'一' + 1), 2);
    EXPECT_EQ(local.pair_count(U'一' + 2000, U'一' + 2001), 1);
    EXPECT_EQ(local.pair_count(U'一' + 2001, U'一' + 2000), 0);
    EXPECT_EQ(local.first_count(U'一' + 50), 2);
    EXPECT_EQ(local.first_count(U'一' + 2999), 0);  // last: nothing follows it
}

TEST(DamageModel, ScriptOfTheReportKeepsTheOtherScriptOut) {
    LocalPairs local;
    EXPECT_TRUE(local.fits_script(U'当'));
    local.script = Script::traditional;
    EXPECT_TRUE(local.fits_script(U'當'));
    EXPECT_FALSE(local.fits_script(U'当'));
    EXPECT_TRUE(local.fits_script(U'台'));  // both scripts
}

}  // namespace
}  // namespace glossgraph::damage_model
