#include "core/graph/selection.hpp"

#include "core/errors.hpp"
#include "tests/core/graph/graph_builder.hpp"
#include "tests/core/graph/sample_graph.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

namespace glossgraph {
namespace {

using testing::kLingcheng;
using testing::kLuojiang;
using testing::kZengdu;
using testing::sample_graph;
using Strings = std::vector<std::string>;

Strings term_keys(const GraphData& data) {
    Strings keys;
    for (const GraphTerm& t : data.terms) keys.push_back(t.key);
    return keys;
}

Strings report_files(const GraphData& data) {
    Strings files;
    for (const GraphReport& r : data.reports) files.push_back(r.file);
    return files;
}

Strings region_codes(const GraphData& data) {
    Strings codes;
    for (const Region& r : data.regions) codes.push_back(r.code);
    return codes;
}

// Every list keeps the sort order Store::graph_data() promises.
void expect_sorted(const GraphData& d) {
    EXPECT_TRUE(std::is_sorted(d.regions.begin(), d.regions.end(), [](auto& x, auto& y) { return x.code < y.code; }));
    EXPECT_TRUE(std::is_sorted(d.reports.begin(), d.reports.end(), [](auto& x, auto& y) { return x.file < y.file; }));
    EXPECT_TRUE(std::is_sorted(d.terms.begin(), d.terms.end(), [](auto& x, auto& y) { return x.key < y.key; }));
    EXPECT_TRUE(std::is_sorted(d.definitions.begin(), d.definitions.end(), [](auto& x, auto& y) {
        return std::tie(x.term_key, x.report_file, x.entry_id) < std::tie(y.term_key, y.report_file, y.entry_id);
    }));
    EXPECT_TRUE(std::is_sorted(d.mentions.begin(), d.mentions.end(), [](auto& x, auto& y) {
        return std::tie(x.term_key, x.report_file) < std::tie(y.term_key, y.report_file);
    }));
}

TEST(GraphSelectTerm, TheTermItsReportsAndTheirRegionsWithAncestors) {
    const GraphData data = sample_graph();
    const GraphData part = select_term(data, "三线一单", 0);
    EXPECT_EQ(term_keys(part), Strings{"三线一单"});
    EXPECT_EQ(report_files(part), (Strings{kLuojiang, kZengdu}));
    EXPECT_EQ(region_codes(part), (Strings{"420000", "421300", "421303", "510000", "510600", "510604"}));
    EXPECT_EQ(part.definitions.size(), 2u);
    EXPECT_EQ(part.mentions.size(), 2u);
    EXPECT_TRUE(part.relations.empty());
    expect_sorted(part);
}

TEST(GraphSelectTerm, DepthFollowsRelationsBothWays) {
    const GraphData data = sample_graph();
    // 四个最严要求 -> 四个最严: reached from its target.
    const GraphData part = select_term(data, "四个最严", 1);
    EXPECT_EQ(term_keys(part), (Strings{"四个最严", "四个最严要求"}));
    EXPECT_EQ(report_files(part), (Strings{kLuojiang, kLingcheng}));
    ASSERT_EQ(part.relations.size(), 1u);
    EXPECT_EQ(part.relations[0].kind, RelationKind::variant_suffix);
    EXPECT_EQ(part.definitions.size(), 2u);
    expect_sorted(part);

    const GraphData alone = select_term(data, "四个最严", 0);
    EXPECT_EQ(term_keys(alone), Strings{"四个最严"});
    EXPECT_TRUE(alone.relations.empty());  // its other end is not selected
    EXPECT_EQ(region_codes(alone), (Strings{"370000", "371400", "371403"}));
}

TEST(GraphSelectTerm, DepthLimitsAChain) {
    const GraphData data = testing::GraphBuilder()
                               .relate("甲", "乙", RelationKind::refers_to)
                               .relate("乙", "丙", RelationKind::broader)
                               .relate("丙", "丁", RelationKind::family)
                               .build();
    EXPECT_EQ(term_keys(select_term(data, "乙", 1)), (Strings{"丙", "乙", "甲"}));
    EXPECT_EQ(term_keys(select_term(data, "乙", 2)), (Strings{"丁", "丙", "乙", "甲"}));
    EXPECT_EQ(select_term(data, "乙", 2).relations.size(), 3u);
}

TEST(GraphSelectTerm, UnknownKeyIsEmptyAndNegativeDepthIsRefused) {
    const GraphData data = sample_graph();
    const GraphData none = select_term(data, "不存在", 2);
    EXPECT_TRUE(none.terms.empty() && none.reports.empty() && none.regions.empty());
    const KnowledgeGraph graph(data);
    ASSERT_THROW(
        try { select_term(graph, "三线一单", -1); } catch (const usage_error& e) {
            EXPECT_STREQ(e.what(), "term selection depth must not be negative, got -1");
            throw;
        },
        usage_error);
}

TEST(GraphSelectRegion, WhatOneRegionDefinesAndMentions) {
    const GraphData data = sample_graph();
    const GraphData part = select_region(data, "421303");
    EXPECT_EQ(report_files(part), Strings{kZengdu});
    EXPECT_EQ(term_keys(part), (Strings{"三线一单", "乡村振兴", "二品一标", "五社联动"}));
    EXPECT_EQ(region_codes(part), (Strings{"420000", "421300", "421303"}));
    EXPECT_EQ(part.definitions.size(), 3u);  // only 曾都区's own
    EXPECT_EQ(part.mentions.size(), 4u);
    EXPECT_TRUE(part.relations.empty());  // 两品一标 is not 曾都区's
    for (const GraphDefinition& d : part.definitions) EXPECT_EQ(d.report_file, kZengdu);
    expect_sorted(part);
}

TEST(GraphSelectRegion, KeepsRelationsAmongItsTerms) {
    const GraphData data = testing::sample_builder().mention(kLuojiang, "二品一标").build();
    const GraphData part = select_region(data, "510604");
    ASSERT_EQ(part.relations.size(), 1u);
    EXPECT_EQ(part.relations[0].to_key, "二品一标");
    EXPECT_EQ(region_codes(part), (Strings{"510000", "510600", "510604"}));
}

TEST(GraphSelectRegion, APrefectureWithoutReportsOfItsOwnHasOnlyItsChain) {
    const GraphData data = sample_graph();
    const GraphData part = select_region(data, "510600");
    EXPECT_EQ(region_codes(part), (Strings{"510000", "510600"}));
    EXPECT_TRUE(part.reports.empty());
    EXPECT_TRUE(part.terms.empty());
    EXPECT_TRUE(select_region(data, "999999").regions.empty());
}

TEST(GraphSelectProvince, EverythingUnderIt) {
    const GraphData data = testing::sample_builder()
                               .region("510100", "成都市", RegionLevel::prefecture, "510000")
                               .report("100_chengdu_2024.txt", "510100", 2024)
                               .define("100_chengdu_2024.txt", "三线一单", "生态保护红线。")
                               .build();
    const GraphData part = select_within(data, "510000");
    EXPECT_EQ(report_files(part), (Strings{kLuojiang, "100_chengdu_2024.txt"}));
    EXPECT_EQ(region_codes(part), (Strings{"510000", "510100", "510600", "510604"}));
    EXPECT_EQ(part.definitions.size(), 5u);
    expect_sorted(part);

    const GraphData prefecture = select_within(data, "510600");  // any region's subtree
    EXPECT_EQ(report_files(prefecture), Strings{kLuojiang});
    EXPECT_EQ(region_codes(prefecture), (Strings{"510000", "510600", "510604"}));
}

// A regions table whose parent codes loop (四川省 under its own 德阳市; Store::graph_data
// refuses such a file, this is the data as a caller might build it): the walk down the tree
// visits each region once instead of recursing until the stack overflows (issue 12, item 10).
TEST(GraphSelectProvince, ARegionTreeWithACycleIsWalkedOnce) {
    GraphData data = testing::sample_builder().build();
    for (Region& region : data.regions) {
        if (region.code == "510000") region.parent_code = "510600";
    }
    const GraphData part = select_within(data, "510000");
    EXPECT_EQ(report_files(part), Strings{kLuojiang});
    EXPECT_EQ(region_codes(part), (Strings{"510000", "510600", "510604"}));
    EXPECT_EQ(region_codes(select_within(data, "510604")), (Strings{"510000", "510600", "510604"}));
    EXPECT_EQ(region_codes(select_region(data, "510600")), (Strings{"510000", "510600"}));
}

TEST(GraphSelectReports, KeepsTheRegionsTheirLinesContinueIntoAndTheLinks) {
    const GraphData data = testing::luojiang_line().build();
    ReportFilter only_2015;
    only_2015.since = only_2015.until = 2015;
    const GraphData selected = select_reports(data, only_2015);
    ASSERT_EQ(selected.reports.size(), 1u);
    std::vector<std::string> codes;
    for (const Region& region : selected.regions) codes.push_back(region.code);
    EXPECT_EQ(codes, (std::vector<std::string>{"510000", "510600", "510604", "510626"}));  // 罗江区 as 罗江县's successor
    ASSERT_EQ(selected.region_links.size(), 1u);
    EXPECT_EQ(selected.region_links[0].to_code, "510604");
}

// 四川 (德阳: 罗江, 旌阳) and 湖北 (随州: 曾都): 罗江 defines 三线一单 twice (2020, 2021), 旌阳
// defines 河长制 and mentions 三线一单, 曾都 defines 河长制 and mentions 三线一单 only otherwise;
// a report of 随州 only mentions 三线一单.
GraphData narrowing_graph() {
    return testing::sichuan_and_hubei()
        .report("luojiang_2020.txt", "510604", 2020)
        .report("luojiang_2021.txt", "510604", 2021)
        .report("jingyang_2021.txt", "510603", 2021)
        .report("zengdu_2021.txt", "421303", 2021)
        .report("suizhou_2021.txt", "421300", 2021)
        .define("luojiang_2020.txt", "三线一单", "生态保护红线。")
        .define("luojiang_2021.txt", "三线一单", "生态保护红线。")
        .define("jingyang_2021.txt", "河长制", "河湖管护责任。")
        .define("zengdu_2021.txt", "河长制", "河湖管护。")
        .mention("jingyang_2021.txt", "三线一单")
        .mention("zengdu_2021.txt", "三线一单")
        .mention("suizhou_2021.txt", "三线一单")
        .relate("河长制", "三线一单", RelationKind::family)
        .build();
}

TEST(GraphNarrow, NothingNarrowedIsThePartItself) {
    const GraphData data = narrowing_graph();
    const GraphData same = narrow(data, {});
    EXPECT_EQ(report_files(same), report_files(data));
    EXPECT_EQ(same.mentions.size(), data.mentions.size());
}

TEST(GraphNarrow, DefinesOnlyDropsMentionsAndTheReportsThatOnlyMention) {
    const GraphData part = narrow(narrowing_graph(), {true, 0});
    EXPECT_EQ(term_keys(part), (Strings{"三线一单", "河长制"}));
    EXPECT_TRUE(part.mentions.empty());
    EXPECT_EQ(report_files(part), (Strings{"jingyang_2021.txt", "luojiang_2020.txt", "luojiang_2021.txt", "zengdu_2021.txt"}));
    EXPECT_EQ(part.definitions.size(), 4u);
    EXPECT_EQ(part.relations.size(), 1u);
    EXPECT_EQ(region_codes(part), (Strings{"420000", "421300", "421303", "510000", "510600", "510603", "510604"}));
    expect_sorted(part);
}

TEST(GraphNarrow, MinRegionsCountsTheRegionsNotTheReports) {
    // 三线一单: two reports of one region; 河长制: two regions.
    const GraphData part = narrow(narrowing_graph(), {false, 2});
    EXPECT_EQ(term_keys(part), Strings{"河长制"});
    EXPECT_EQ(report_files(part), (Strings{"jingyang_2021.txt", "zengdu_2021.txt"}));
    EXPECT_TRUE(part.mentions.empty());  // only 三线一单 is mentioned
    EXPECT_TRUE(part.relations.empty());  // its other end is gone
    EXPECT_EQ(region_codes(part), (Strings{"420000", "421300", "421303", "510000", "510600", "510603"}));
}

TEST(GraphNarrow, MinRegionsKeepsTheMentionsOfTheTermsItKeeps) {
    const GraphData part = narrow(narrowing_graph(), {false, 1});
    EXPECT_EQ(term_keys(part), (Strings{"三线一单", "河长制"}));
    EXPECT_EQ(part.mentions.size(), 3u);
    EXPECT_EQ(report_files(part).size(), 5u);
}

}  // namespace
}  // namespace glossgraph
