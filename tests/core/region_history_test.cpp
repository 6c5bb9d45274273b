#include "core/region_history.hpp"

#include "core/errors.hpp"

#include "tests/support/expect_error.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace glossgraph {
namespace {

using Codes = std::vector<std::string>;

const RegionHistory& history() { return RegionHistory::builtin(); }

Codes codes(const std::vector<const Region*>& regions) {
    Codes result;
    for (const Region* region : regions) result.push_back(region->code);
    return result;
}

Codes resolve(std::string_view phrase, int year) { return codes(history().resolve(phrase, {}, year)); }

const RegionLink* link(const std::string& from, const std::string& to) {
    const auto& links = history().links();
    const auto it = std::find_if(links.begin(), links.end(),
                                 [&](const RegionLink& l) { return l.from_code == from && l.to_code == to; });
    return it == links.end() ? nullptr : &*it;
}

// ---- the built-in data ----

TEST(RegionHistoryBuiltin, CoversTheCodeTablesOf1981To2025) {
    EXPECT_EQ(history().first_year(), 1981);
    EXPECT_EQ(history().last_year(), 2025);
    EXPECT_TRUE(history().covers(1981));
    EXPECT_TRUE(history().covers(2026));  // delivered in its first months, by the table of 2025
    EXPECT_FALSE(history().covers(1980));
    EXPECT_FALSE(history().covers(2027));
}

TEST(RegionHistoryBuiltin, KnowsARetiredCountyWithItsYearsAndParent) {
    const auto& divisions = history().divisions();
    const auto it = std::find_if(divisions.begin(), divisions.end(),
                                 [](const HistoricDivision& d) { return d.region.code == "510626"; });
    ASSERT_NE(it, divisions.end());
    EXPECT_EQ(it->region.name, "罗江县");
    EXPECT_EQ(it->region.parent_code, "510600");
    EXPECT_EQ(it->since, 1996);
    EXPECT_EQ(it->until, 2017);
}

TEST(RegionHistoryBuiltin, LinksSayHowACodeGaveWay) {
    const std::vector<std::tuple<std::string, std::string, int, RegionChange>> expected = {
        {"510626", "510604", 2017, RegionChange::upgraded},     // 罗江县 -> 罗江区
        {"320621", "320685", 2018, RegionChange::upgraded},     // 海安县 -> 海安市
        {"322521", "320621", 1983, RegionChange::recoded},      // 海安县 of 南通地区 -> of 南通市
        {"120225", "120119", 2016, RegionChange::renamed},      // 蓟县 -> 蓟州区
        {"110103", "110101", 2010, RegionChange::merged_into},  // 崇文区 -> 东城区
        {"130427", "130402", 2016, RegionChange::split_from},   // 磁县 gave towns to 邯山区
    };
    for (const auto& [from, to, year, change] : expected) {
        const RegionLink* found = link(from, to);
        ASSERT_NE(found, nullptr) << from << " -> " << to;
        EXPECT_EQ(found->year, year) << from << " -> " << to;
        EXPECT_EQ(found->change, change) << from << " -> " << to;
    }
    EXPECT_EQ(link("130503", "130503"), nullptr);  // 桥西区 -> 信都区 kept its code: no link
}

TEST(RegionHistoryBuiltin, EachYearHasItsOwnDivisions) {
    EXPECT_EQ(history().in_year(2015).find("510626")->name, "罗江县");
    EXPECT_EQ(history().in_year(2015).find("510604"), nullptr);
    EXPECT_EQ(history().in_year(2019).find("510626"), nullptr);
    EXPECT_NE(history().in_year(2017).find("510626"), nullptr);  // the year of the change has both
    EXPECT_NE(history().in_year(2017).find("510604"), nullptr);
    EXPECT_EQ(history().in_year(2009).find("110103")->name, "崇文区");
    EXPECT_EQ(history().in_year(2011).find("110103"), nullptr);
}

TEST(RegionHistoryBuiltin, AYearIsPlacedInItsOwnTree) {
    const Gazetteer& then = history().in_year(1982);
    const RegionPath path = then.path(*then.find("322521"));
    EXPECT_EQ(path.province, "江苏省");
    EXPECT_EQ(path.prefecture, "南通地区");
    EXPECT_EQ(path.county, "海安县");
}

TEST(RegionHistoryBuiltin, ResolvesAPlaceAmongTheDivisionsOfItsYear) {
    EXPECT_EQ(resolve("罗江县", 2015), Codes{"510626"});
    EXPECT_EQ(resolve("德阳市罗江县", 2015), Codes{"510626"});
    EXPECT_EQ(resolve("罗江区", 2019), Codes{"510604"});
    EXPECT_EQ(resolve("崇文区", 2009), Codes{"110103"});
    EXPECT_EQ(resolve("海安县", 2017), Codes{"320621"});
    EXPECT_EQ(resolve("邢台市桥西区", 2015), Codes{"130503"});
    EXPECT_EQ(resolve("邢台市信都区", 2021), Codes{"130503"});
}

TEST(RegionHistoryBuiltin, TheYearOfAChangeKeepsThePredecessorForAStem) {
    EXPECT_EQ(resolve("德阳罗江", 2017), Codes{"510626"});
    EXPECT_EQ(resolve("罗江区", 2017), Codes{"510604"});  // its own name is its own
    EXPECT_EQ(resolve("六盘水市盘县", 1999), Codes{"520222"});  // 盘县, not 盘县特区 by its stem
}

TEST(RegionHistoryBuiltin, ANameOfARenamedCodeIsKnownInTheYearOfTheRename) {
    EXPECT_EQ(resolve("邢台市桥西区", 2020), Codes{"130503"});
    EXPECT_EQ(resolve("邢台市信都区", 2020), Codes{"130503"});
}

TEST(RegionHistoryBuiltin, ANameAmbiguousTodayIsUniqueInItsYearAndTheReverse) {
    EXPECT_EQ(resolve("通州区", 2005), Codes{"110112"});  // 南通's 通州区 dates from 2009
    EXPECT_EQ(resolve("通州区", 2020), (Codes{"110112", "320612"}));
    EXPECT_EQ(resolve("桥东区", 2005), (Codes{"130103", "130502", "130702"}));
    EXPECT_EQ(resolve("桥东区", 2022), Codes{"130702"});
}

TEST(RegionHistoryBuiltin, DevelopmentZonesOfTodayAreDivisionsOfEveryYear) {
    EXPECT_EQ(resolve("石家庄高新技术产业开发区", 2010), Codes{"130171"});
    EXPECT_EQ(history().in_year(1990).find("130171")->parent_code, "130100");
}

TEST(RegionHistoryBuiltin, FollowsALaterNameBackAndAnEarlierOneForward) {
    const YearMatch back = history().follow("罗江区", 2015);
    EXPECT_EQ(codes(back.regions), Codes{"510626"});
    EXPECT_EQ(back.severity, Severity::note);
    EXPECT_EQ(back.words, "罗江县 (510626) was upgraded to 罗江区 (510604) in 2017");
    const YearMatch forward = history().follow("罗江县", 2019);
    EXPECT_EQ(codes(forward.regions), Codes{"510604"});
    EXPECT_EQ(forward.severity, Severity::note);
    EXPECT_EQ(forward.words, "罗江县 (510626) was upgraded to 罗江区 (510604) in 2017");
}

TEST(RegionHistoryBuiltin, FollowsAMergerWithAWarning) {
    const YearMatch merged = history().follow("崇文区", 2012);
    EXPECT_EQ(codes(merged.regions), Codes{"110101"});
    EXPECT_EQ(merged.severity, Severity::warning);
    EXPECT_EQ(merged.words, "崇文区 (110103) was merged into 东城区 (110101) in 2010");
}

TEST(RegionHistoryBuiltin, FollowsSeveralStepsAsTheyHappened) {
    const YearMatch match = history().follow("临安县", 2020);
    EXPECT_EQ(codes(match.regions), Codes{"330112"});
    EXPECT_EQ(match.words,
              "临安县 (330124) was upgraded to 临安市 (330185) in 1996, and 临安市 (330185) was upgraded to 临安区 (330112) in 2017");
}

TEST(RegionHistoryBuiltin, FollowsNothingForAPlaceNoYearNames) {
    EXPECT_TRUE(history().follow("不存在县", 2015).regions.empty());
}

// ---- parsing ----

constexpr std::string_view kHeader = "代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码\n";

RegionHistory parse(const std::string& rows) {
    return RegionHistory::from_csv(std::string(kHeader) + rows, Gazetteer::builtin(), 2025);
}

TEST(RegionHistoryCsv, ReadsRowsAndDerivesTheirLinks) {
    const RegionHistory parsed = parse(
        "510000,四川省,,四川省,省级,在用,1981,,\n"
        "510600,四川省,德阳市,德阳市,地级,在用,1983,,\n"
        "510604,四川省,德阳市,罗江区,县级,在用,2017,,\n"
        "510626,四川省,德阳市,罗江县,县级,弃用,1996,2017,510604\n");
    ASSERT_EQ(parsed.divisions().size(), 4u);
    EXPECT_EQ(parsed.first_year(), 1981);
    ASSERT_EQ(parsed.links().size(), 1u);
    EXPECT_EQ(parsed.links()[0].change, RegionChange::upgraded);
    EXPECT_EQ(codes(parsed.resolve("罗江县", {}, 2016)), Codes{"510626"});
}

// Runs from_csv on rows, which must throw a parse_error with exactly `message`.
void expect_parse_error(const std::string& rows, const std::string& message) {
    testing_support::expect_error_exactly<parse_error>([&] { (void)parse(rows); }, message);
}

TEST(RegionHistoryCsv, RefusesAnUnknownLevel) {
    expect_parse_error("510000,四川省,,四川省,国级,在用,1981,,\n", "result.csv:2: 级别 \"国级\" is none of 省级, 地级, 县级");
}

TEST(RegionHistoryCsv, RefusesASuccessorThatIsNoCode) {
    expect_parse_error("510626,四川省,德阳市,罗江县,县级,弃用,1996,2017,51060X\n", "result.csv:2: 新代码 \"51060X\" is not a code");
    expect_parse_error("510626,四川省,德阳市,罗江县,县级,弃用,1996,2017,510604\n",
                       "result.csv:2: 新代码 510604 is no code of the history");
}

TEST(RegionHistoryCsv, RefusesAStatusAtOddsWithItsYears) {
    expect_parse_error("510626,四川省,德阳市,罗江县,县级,在用,1996,2017,\n",
                       "result.csv:2: 状态 \"在用\" does not agree with 变更/弃用时间");
}

}  // namespace
}  // namespace glossgraph
