#include "core/text/damage_lattice.hpp"

#include <algorithm>
#include <gtest/gtest.h>

namespace glossgraph::damage_lattice {
namespace {

bool has(const std::vector<Option>& options, std::u32string_view chars) {
    return std::any_of(options.begin(), options.end(), [&](const Option& o) { return o.chars == chars; });
}

TEST(DamageLattice, OptionsAreTheCommonCharactersOfThePlace) {
    const damage_model::LocalPairs none;
    const std::vector<Option> one = options({{0xD4}, {0xDA}, ""}, none);
    EXPECT_EQ(std::count_if(one.begin(), one.end(), [](const Option& o) { return o.chars.size() == 1; }), 1);
    EXPECT_TRUE(has(one, U"在"));
    EXPECT_FALSE(has(options({{0x81}, {0x40}, ""}, none), U"丂"));  // not common
    // A swallowed last byte: any trail, the pinyin says which.
    std::vector<unsigned> trails;
    for (unsigned b = 0xA1; b <= 0xFE; ++b) trails.push_back(b);
    EXPECT_TRUE(has(options({{0xCC}, trails, "tán"}, none), U"潭"));
    EXPECT_FALSE(has(options({{0xCC}, trails, "tán"}, none), U"台"));
}

TEST(DamageLattice, TheCacheGivesWhatOptionsGivesForEachScript) {
    damage_model::LocalPairs simplified;
    simplified.script = Script::simplified;
    damage_model::LocalPairs traditional;
    traditional.script = Script::traditional;
    std::vector<unsigned> trails;
    for (unsigned b = 0xA1; b <= 0xFE; ++b) trails.push_back(b);
    const Place place{{0xB5}, trails, ""};
    OptionCache cache;
    const auto same = [](const std::vector<Option>& a, const std::vector<Option>& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                          [](const Option& x, const Option& y) { return x.chars == y.chars; });
    };
    for (int round = 0; round < 2; ++round) {  // the second round is read from the cache
        EXPECT_TRUE(same(cache.of(place, simplified), options(place, simplified)));
        EXPECT_TRUE(same(cache.of(place, traditional), options(place, traditional)));
    }
    EXPECT_FALSE(same(cache.of(place, simplified), cache.of(place, traditional)));  // 当 against 當
    EXPECT_TRUE(same(cache.of({{0xB5}, trails, "dang"}, simplified), options({{0xB5}, trails, "dang"}, simplified)));
}

TEST(DamageLattice, ALostPairIsFilledWithTwoCharacters) {
    // 全力 = C8 AB|C1 A6: read one byte late, AB C1 is user-defined and lost (江苏省盐城市 2025).
    const damage_model::LocalPairs none;
    EXPECT_TRUE(has(options({{0xC8}, {0xA6}, ""}, none), U"全力"));
}

TEST(DamageLattice, BestSequenceAndItsRunnerUp) {
    const damage_model::LocalPairs none;
    // 在市委 = D4 DA|CA D0|CE AF with the last trail unknown.
    std::vector<unsigned> trails;
    for (unsigned b = 0xA1; b <= 0xFE; ++b) trails.push_back(b);
    const Scored found = best_sequence(U'們', {{{0xD4}, {0xDA}, ""}, {{0xCA}, {0xD0}, ""}, {{0xCE}, trails, ""}}, U"、市政", &none);
    EXPECT_EQ(found.text, U"在市委");
    EXPECT_GT(found.score, found.runner_up);
    EXPECT_EQ(best_sequence(U'們', {{{0x81}, {0x7F}, ""}}, U"", &none).score, -std::numeric_limits<double>::infinity());
}

// The readings near the best: the runner-up first, none the best's text, each once, within
// kNear of the best or the runner-up itself.
TEST(DamageLattice, NearPathsStartWithTheRunnerUp) {
    const damage_model::LocalPairs none;
    std::vector<unsigned> trails;
    for (unsigned b = 0xA1; b <= 0xFE; ++b) trails.push_back(b);
    const Scored found = best_sequence(U'們', {{{0xD4}, {0xDA}, ""}, {{0xCA}, {0xD0}, ""}, {{0xCE}, trails, ""}}, U"、市政", &none);
    ASSERT_FALSE(found.near.empty());
    EXPECT_EQ(found.near.front().score, found.runner_up);
    for (std::size_t i = 0; i < found.near.size(); ++i) {
        EXPECT_NE(found.near[i].text, found.text);
        EXPECT_TRUE(found.near[i].score >= found.score - kNear || found.near[i].score == found.runner_up);
        EXPECT_DOUBLE_EQ(found.near[i].score, chain(U'們', found.near[i].text + U"、市政", &none));
        for (std::size_t j = 0; j < i; ++j) {
            EXPECT_NE(found.near[i].text, found.near[j].text);
            EXPECT_GE(found.near[j].score, found.near[i].score);
        }
    }
}

// The ends of one run share their places but the last: edges kept from one end's lattice
// for the next give the same scores as a lattice scored alone.
TEST(DamageLattice, KeptEdgesScoreAsALatticeScoredAlone) {
    damage_model::LocalPairs local;
    local.add_text(U"我們在市委、市政府");
    std::vector<unsigned> trails;
    for (unsigned b = 0xA1; b <= 0xFE; ++b) trails.push_back(b);
    // 在市委 = D4 DA|CA D0|CE AF, ended after 市 and after 委.
    const std::vector<Place> shorter{{{0xD4}, {0xDA}, ""}, {{0xCA}, {0xD0}, ""}, {{0xCE}, {0xAF}, ""}};
    const std::vector<Place> longer{{{0xD4}, {0xDA}, ""}, {{0xCA}, {0xD0}, ""}, {{0xCE}, {0xAF}, ""}, {{0xA1}, trails, ""}};
    OptionCache cache;
    EdgeCache edges;
    for (const auto* run : {&shorter, &longer, &shorter}) {
        const Scored kept = best_sequence(U'們', *run, U"市政", &local, &cache, &edges);
        const Scored alone = best_sequence(U'們', *run, U"市政", &local);
        EXPECT_EQ(kept.text, alone.text);
        EXPECT_EQ(kept.score, alone.score);
        EXPECT_EQ(kept.runner_up, alone.runner_up);
    }
}

TEST(DamageLattice, TheCacheForgetsOnlyPastItsBound) {
    const damage_model::LocalPairs none;
    OptionCache cache;
    const std::vector<Option>* kept = &cache.of({{0xD4}, {0xDA}, ""}, none);
    cache.forget_if_over(1);
    EXPECT_EQ(&cache.of({{0xD4}, {0xDA}, ""}, none), kept);  // one place: kept
    cache.of({{0xCA}, {0xD0}, ""}, none);
    cache.forget_if_over(1);
    EXPECT_TRUE(has(cache.of({{0xD4}, {0xDA}, ""}, none), U"在"));  // asked again: the same options
}

// Known bytes leave one character but for a lost pair, the only rival, and a far one.
TEST(DamageLattice, KnownBytesLeaveALostPairTheOnlyRival) {
    const damage_model::LocalPairs none;
    const Scored found = best_sequence(U'們', {{{0xD4}, {0xDA}, ""}}, U"市", &none);
    EXPECT_EQ(found.text, U"在");
    EXPECT_GT(found.runner_up, -std::numeric_limits<double>::infinity());
    EXPECT_GT(found.score - found.runner_up, 3.0);
}

}  // namespace
}  // namespace glossgraph::damage_lattice
