#include "core/graph/graph_lookup.hpp"

#include "core/gazetteer.hpp"
#include "core/region_history.hpp"
#include "tests/core/graph/sample_graph.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

using testing::sample_graph;

std::vector<std::string> codes(const std::vector<const Region*>& regions) {
    std::vector<std::string> out;
    for (const Region* region : regions) out.push_back(region->code);
    return out;
}

using Codes = std::vector<std::string>;

TEST(GraphLookup, FindsByIdentity) {
    const GraphData data = sample_graph();
    ASSERT_NE(find_term(data, "五社联动"), nullptr);
    EXPECT_EQ(find_term(data, "五社联动")->label, "五社联动");
    EXPECT_EQ(find_term(data, "五社"), nullptr);
    ASSERT_NE(find_report(data, testing::kZengdu), nullptr);
    EXPECT_EQ(find_report(data, testing::kZengdu)->region_code, "421303");
    EXPECT_EQ(find_region(data, "371400")->name, "德州市");
    EXPECT_EQ(find_region(data, "371401"), nullptr);
    EXPECT_EQ(definitions_of(data, "三线一单").size(), 2u);
    EXPECT_EQ(definitions_of(data, "乡村振兴").size(), 0u);
    EXPECT_EQ(mentions_of(data, "乡村振兴").size(), 3u);
    EXPECT_EQ(region_code_of(data, testing::kLingcheng), "371403");
    EXPECT_EQ(region_code_of(data, "missing.txt"), "");
}

TEST(GraphLookup, FollowsTheRegionHierarchy) {
    const GraphData data = sample_graph();
    EXPECT_TRUE(is_within(data, "510604", "510000"));
    EXPECT_TRUE(is_within(data, "510604", "510604"));
    EXPECT_FALSE(is_within(data, "510000", "510604"));
    EXPECT_FALSE(is_within(data, "421303", "510000"));
    EXPECT_EQ(codes(region_chain(data, "421303")), (Codes{"421303", "421300", "420000"}));
    const auto subtree = region_subtree(data, "370000");
    EXPECT_EQ(subtree, (std::unordered_set<std::string>{"370000", "371400", "371403"}));
    EXPECT_TRUE(region_subtree(data, "999999").empty());
}

TEST(GraphLookup, ARegionStandsForItsLineOfHistory) {
    const GraphData data = testing::luojiang_line().build();
    using Set = std::unordered_set<std::string>;
    EXPECT_EQ(region_line(data, "510604"), (Set{"510604", "510626"}));
    EXPECT_EQ(region_line(data, "510626"), Set{"510626"});  // a predecessor, not its successors
    EXPECT_EQ(line_head(data, "510626"), "510604");
    EXPECT_EQ(line_head(data, "510604"), "510604");
    EXPECT_EQ(region_subtree(data, "510600", RegionCodes::with_predecessors), (Set{"510600", "510604", "510626"}));
    EXPECT_EQ(region_subtree(data, "510604", RegionCodes::with_predecessors), (Set{"510604", "510626"}));
    EXPECT_EQ(region_subtree(data, "510604", RegionCodes::strict), Set{"510604"});
}

// Every region of the gazetteer and of the history of the codes, placed as in its last year,
// and every link between codes: the regions a database holds.
GraphData national_regions() {
    std::map<std::string, Region> regions;
    for (const HistoricDivision& division : RegionHistory::builtin().divisions()) {
        const Region& r = division.region;
        regions[r.code] = {r.code, r.name, r.level, r.parent_code};  // the last record stays
    }
    for (const Region& r : Gazetteer::builtin().regions()) regions[r.code] = {r.code, r.name, r.level, r.parent_code};
    GraphData data;
    for (auto& [code, region] : regions) data.regions.push_back(std::move(region));
    data.region_links = RegionHistory::builtin().links();
    return data;
}

// The lines of history as the definition reads: the subtree, then again and again the
// subtree of every predecessor of every member, until nothing is added. Each code's plain
// subtree is kept for the next call (seen).
using Children = std::multimap<std::string, std::string>;  // parent code -> code

std::unordered_set<std::string> subtree_by_definition(const GraphData& data, const Children& children, const std::string& code,
                                                      std::map<std::string, std::unordered_set<std::string>>& seen) {
    // region_subtree(data, of), which tests of its own cover, by a children index: a scan of
    // every region for each of thousands of codes would take minutes under the sanitizers.
    const auto subtree = [&](const std::string& of) -> const std::unordered_set<std::string>& {
        auto found = seen.find(of);
        if (found != seen.end()) return found->second;
        std::unordered_set<std::string> under;
        std::vector<std::string> todo;
        if (find_region(data, of)) todo.push_back(of);
        while (!todo.empty()) {
            const std::string at = todo.back();
            todo.pop_back();
            if (!under.insert(at).second) continue;
            for (auto [child, end] = children.equal_range(at); child != end; ++child) todo.push_back(child->second);
        }
        return seen.emplace(of, std::move(under)).first->second;
    };
    std::unordered_set<std::string> found = subtree(code);
    for (std::size_t size = 0; size != found.size();) {
        size = found.size();
        for (const std::string& member : std::vector<std::string>(found.begin(), found.end()))
            for (const std::string& predecessor : region_line(data, member)) {
                const std::unordered_set<std::string>& under = subtree(predecessor);
                found.insert(under.begin(), under.end());
            }
    }
    return found;
}

// The one walk over indexes gives what the definition gives, for every province, every
// second prefecture and every twentieth county, retired ones included.
TEST(GraphLookup, LinesOfHistoryOfEveryRegionAsTheDefinitionReadsThem) {
    const GraphData data = national_regions();
    ASSERT_GT(data.regions.size(), 5000u);
    ASSERT_GT(data.region_links.size(), 1000u);
    std::size_t compared = 0;
    std::size_t with_history = 0;
    std::map<std::string, std::unordered_set<std::string>> seen;
    Children children;
    for (const Region& region : data.regions) children.emplace(region.parent_code, region.code);
    for (std::size_t i = 0; i < data.regions.size(); ++i) {
        const Region& region = data.regions[i];
        const std::size_t every = region.level == RegionLevel::province ? 1 : region.level == RegionLevel::prefecture ? 2 : 20;
        if (i % every != 0) continue;
        const auto wanted = subtree_by_definition(data, children, region.code, seen);
        EXPECT_EQ(region_subtree(data, region.code, RegionCodes::with_predecessors), wanted) << region.code;
        ++compared;
        if (wanted != region_subtree(data, region.code, RegionCodes::strict)) ++with_history;
    }
    EXPECT_GT(compared, 500u);
    EXPECT_GT(with_history, 50u);  // most of them have a line of history to follow
    EXPECT_TRUE(region_subtree(data, "999999", RegionCodes::with_predecessors).empty());
}

TEST(GraphLookup, ASplitContinuesNoLine) {
    const GraphData data = testing::luojiang_line()
                               .region("510603", "旌阳区", RegionLevel::county, "510600")
                               .succeed("510626", "510603", 2010, RegionChange::split_from)
                               .build();
    EXPECT_EQ(region_line(data, "510603"), std::unordered_set<std::string>{"510603"});
    EXPECT_EQ(line_head(data, "510626"), "510604");
}

TEST(GraphFindRegions, ByCode) {
    const GraphData data = sample_graph();
    EXPECT_EQ(codes(find_regions(data, "421303")), Codes{"421303"});
    EXPECT_EQ(codes(find_regions(data, " 510600 ")), Codes{"510600"});
    EXPECT_TRUE(find_regions(data, "110101").empty());
}

TEST(GraphFindRegions, ByShortOrFullWidthCode) {
    const GraphData data = sample_graph();
    EXPECT_EQ(codes(find_regions(data, "51")), Codes{"510000"});
    EXPECT_EQ(codes(find_regions(data, "5106")), Codes{"510600"});
    EXPECT_EQ(codes(find_regions(data, "５１０６０４")), Codes{"510604"});
    EXPECT_EQ(codes(find_regions(data, "４２")), Codes{"420000"});
    EXPECT_TRUE(find_regions(data, "51060").empty());    // five digits are no code
    EXPECT_TRUE(find_regions(data, "5106040").empty());  // nor are seven
    EXPECT_TRUE(find_regions(data, "11").empty());       // no report from 北京
}

TEST(GraphFindRegions, ByNameInEitherScript) {
    const GraphData data = sample_graph();
    EXPECT_EQ(codes(find_regions(data, "罗江区")), Codes{"510604"});
    EXPECT_EQ(codes(find_regions(data, "陵城區")), Codes{"371403"});
    EXPECT_EQ(codes(find_regions(data, "德陽市")), Codes{"510600"});
    EXPECT_EQ(codes(find_regions(data, "罗　江 区")), Codes{"510604"});  // spaces, full-width too
    EXPECT_TRUE(find_regions(data, "东城区").empty());
    EXPECT_TRUE(find_regions(data, "").empty());
}

TEST(GraphFindRegions, WithOrWithoutTheSuffix) {
    const GraphData data = sample_graph();
    EXPECT_EQ(codes(find_regions(data, "罗江")), Codes{"510604"});
    EXPECT_EQ(codes(find_regions(data, "罗江县")), Codes{"510604"});  // its name before 2017
    EXPECT_EQ(codes(find_regions(data, "四川")), Codes{"510000"});
    EXPECT_EQ(codes(find_regions(data, "随州")), Codes{"421300"});
}

// 420600 was 襄樊市 until 2010: its former name finds it as closely as its name of today, and
// a former name closer than another region's stem wins over it.
TEST(GraphFindRegions, ByAFormerName) {
    GraphData data = sample_graph();
    data.regions.push_back({"420600", "襄阳市", RegionLevel::prefecture, "420000"});
    std::sort(data.regions.begin(), data.regions.end(), [](const Region& a, const Region& b) { return a.code < b.code; });
    data.former_region_names = {{"420600", "襄樊市", 2010}};
    EXPECT_EQ(codes(find_regions(data, "襄樊市")), Codes{"420600"});
    EXPECT_EQ(codes(find_regions(data, "襄樊")), Codes{"420600"});
    EXPECT_EQ(codes(find_regions(data, "襄阳")), Codes{"420600"});
    EXPECT_EQ(codes(find_regions(data, "420600")), Codes{"420600"});
    data.former_region_names.clear();
    EXPECT_TRUE(find_regions(data, "襄樊市").empty());
}

TEST(GraphFindRegions, SeveralMeanAmbiguous) {
    const GraphData data = testing::two_districts_named_chaoyang()
                               .region("210000", "辽宁省", RegionLevel::province)
                               .region("211300", "朝阳市", RegionLevel::prefecture, "210000")
                               .build();
    EXPECT_EQ(codes(find_regions(data, "朝阳区")), (Codes{"110105", "220104"}));  // exact names win over 朝阳市
    EXPECT_EQ(codes(find_regions(data, "朝陽")), (Codes{"110105", "211300", "220104"}));
}

// Divisions of the gazetteer (core/model.hpp Region), matched as the imported ones are.
const std::vector<Region>& divisions() {
    static const std::vector<Region> list{{"510000", "四川省", RegionLevel::province, ""},
                                          {"510100", "成都市", RegionLevel::prefecture, "510000"},
                                          {"513400", "凉山彝族自治州", RegionLevel::prefecture, "510000"},
                                          {"450000", "广西壮族自治区", RegionLevel::province, ""},
                                          {"220000", "吉林省", RegionLevel::province, ""},
                                          {"220200", "吉林市", RegionLevel::prefecture, "220000"},
                                          {"210500", "本溪市", RegionLevel::prefecture, "210000"},
                                          {"210521", "本溪满族自治县", RegionLevel::county, "210500"},
                                          {"110105", "朝阳区", RegionLevel::county, "110000"},
                                          {"220104", "朝阳区", RegionLevel::county, "220100"}};
    return list;
}

using NameMatch = region_names::NameMatch;

// The codes of the regions found, and how closely they match.
std::pair<Codes, NameMatch> query(std::string_view text) {
    const auto found = RegionQuery(text).find_in(divisions());
    Codes codes;
    for (const Region* region : found.regions) codes.push_back(region->code);
    return {codes, found.match};
}

TEST(GraphRegionQuery, MatchesAnyListOfRegions) {
    EXPECT_EQ(query("成都"), std::pair(Codes{"510100"}, NameMatch::stem));
    EXPECT_EQ(query("5101"), std::pair(Codes{"510100"}, NameMatch::official));
    EXPECT_EQ(query("朝陽區"), std::pair(Codes{"110105", "220104"}, NameMatch::official));
    EXPECT_EQ(query("1101"), std::pair(Codes{}, NameMatch::none));
    EXPECT_EQ(query("桃花源县"), std::pair(Codes{}, NameMatch::none));
    EXPECT_EQ(query("  "), std::pair(Codes{}, NameMatch::none));
}

TEST(GraphRegionQuery, ShortForms) {
    EXPECT_EQ(query("四川"), std::pair(Codes{"510000"}, NameMatch::short_form));
    EXPECT_EQ(query("广西"), std::pair(Codes{"450000"}, NameMatch::short_form));
    EXPECT_EQ(query("凉山州"), std::pair(Codes{"513400"}, NameMatch::short_form));
    EXPECT_EQ(query("凉 山 州"), std::pair(Codes{"513400"}, NameMatch::short_form));
    EXPECT_EQ(query("涼山州"), std::pair(Codes{"513400"}, NameMatch::short_form));
    EXPECT_EQ(query("凉山"), std::pair(Codes{"513400"}, NameMatch::stem));
    EXPECT_EQ(query("广西壮族自治区"), std::pair(Codes{"450000"}, NameMatch::official));
}

TEST(GraphRegionQuery, OnlyTheClosestMatchesCount) {
    EXPECT_EQ(query("吉林"), std::pair(Codes{"220000"}, NameMatch::short_form));  // not 吉林市 by its stem
    EXPECT_EQ(query("吉林市"), std::pair(Codes{"220200"}, NameMatch::official));
    EXPECT_EQ(query("本溪县"), std::pair(Codes{"210521"}, NameMatch::short_form));  // not 本溪市 by its stem
    EXPECT_EQ(query("本溪"), std::pair(Codes{"210500", "210521"}, NameMatch::stem));
}

TEST(GraphRegionQuery, AQualifiedNameIsNoSingleName) {
    EXPECT_EQ(query("四川省成都市"), std::pair(Codes{}, NameMatch::none));
    EXPECT_EQ(RegionQuery("四川省 成都市").text(), "四川省成都市");
    EXPECT_FALSE(RegionQuery("四川省成都市").is_code());
    EXPECT_TRUE(RegionQuery("５１").is_code());
    EXPECT_EQ(RegionQuery("５１").text(), "510000");
}

}  // namespace
}  // namespace glossgraph
