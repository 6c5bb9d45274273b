// The property-graph view that GraphML, JSON and DOT share.
#include "exporters/property_graph.hpp"

#include "core/text/normalize.hpp"
#include "fixture_graph.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

namespace glossgraph {
namespace {

const PropertyNode& node(const PropertyGraph& graph, const std::string& id) {
    const auto found = std::find_if(graph.nodes.begin(), graph.nodes.end(), [&](const PropertyNode& n) { return n.id == id; });
    if (found == graph.nodes.end()) throw std::out_of_range("no node " + id);
    return *found;
}

PropertyValue property(const std::vector<Property>& properties, const std::string& name) {
    for (const Property& p : properties) {
        if (p.name == name) return p.value;
    }
    throw std::out_of_range("no property " + name);
}

bool has_property(const std::vector<Property>& properties, const std::string& name) {
    return std::any_of(properties.begin(), properties.end(), [&](const Property& p) { return p.name == name; });
}

std::map<std::string, int> kinds(const PropertyGraph& graph) {
    std::map<std::string, int> counts;
    for (const PropertyEdge& edge : graph.edges) ++counts[edge.kind];
    return counts;
}

TEST(ExportPropertyGraph, FixtureKeysAreWhatTermKeyMakes) {
    for (const GraphTerm& term : fixtures::fixture_graph().terms) EXPECT_EQ(term_key(term.label), term.key) << term.label;
}

TEST(ExportPropertyGraph, NodesInDataOrder) {
    const PropertyGraph graph = build_property_graph(fixtures::fixture_graph());
    ASSERT_EQ(graph.nodes.size(), 9u + 4u + 9u);
    EXPECT_EQ(graph.nodes.front().id, "region:370000");
    EXPECT_EQ(graph.nodes[9].id, "report:000_5b54c714a6bec26a.txt");
    EXPECT_EQ(graph.nodes[13].id, fixtures::hostile_id);
    EXPECT_EQ(graph.nodes.back().id, "term:放管服改革");
    EXPECT_EQ(node(graph, "term:四个最严").label, "四個最嚴");
    EXPECT_EQ(node(graph, "region:510604").kind, NodeKind::region);
}

TEST(ExportPropertyGraph, EdgesOfEveryKind) {
    const PropertyGraph graph = build_property_graph(fixtures::fixture_graph());
    const std::map<std::string, int> expected{{"part_of", 6},  {"in_region", 3},       {"defines", 10},
                                              {"mentions", 9}, {"refers_to", 1},       {"variant_numeral", 1},
                                              {"variant_suffix", 1}, {"broader", 1}, {"derived_from", 1}};
    EXPECT_EQ(kinds(graph), expected);
    const PropertyEdge& first = graph.edges.front();
    EXPECT_EQ(first.source, "region:371400");
    EXPECT_EQ(first.target, "region:370000");
}

TEST(ExportPropertyGraph, TermCountsDefinitionsRegionsAndMentions) {
    const PropertyGraph graph = build_property_graph(fixtures::fixture_graph());
    const PropertyNode& sanxian = node(graph, "term:三线一单");
    EXPECT_EQ(std::get<int>(property(sanxian.properties, "definition_count")), 2);
    EXPECT_EQ(std::get<int>(property(sanxian.properties, "region_count")), 2);
    EXPECT_EQ(std::get<int>(property(sanxian.properties, "mention_count")), 2);
    EXPECT_EQ(std::get<std::string>(property(node(graph, "term:四个最严").properties, "written_forms")), "四個最嚴");
}

TEST(ExportPropertyGraph, ReportAttributesOnlyWhenKnown) {
    GraphData data = fixtures::fixture_graph();
    data.reports[3].year.reset();
    data.reports[3].speaker.reset();
    data.reports[3].title.clear();
    const PropertyGraph graph = build_property_graph(data);
    const PropertyNode& report = node(graph, "report:004_377fd206c21df32a.txt");
    EXPECT_EQ(report.label, "004_377fd206c21df32a.txt");
    EXPECT_FALSE(has_property(report.properties, "year"));
    EXPECT_FALSE(has_property(report.properties, "speaker"));
    EXPECT_FALSE(has_property(report.properties, "code_then"));
    EXPECT_FALSE(has_property(report.properties, "code_now"));
    EXPECT_EQ(std::get<int>(property(node(graph, "report:000_5b54c714a6bec26a.txt").properties, "year")), 2024);
}

// 罗江县's report of 2015, filed under 510626, is today 罗江区's (510604): the report says both
// codes, and the two regions are joined by a successor edge with the change and its year.
TEST(ExportPropertyGraph, ReportsSayTheCodeOfTheirYearAndOfToday) {
    GraphData data;
    data.regions = {{"510000", "四川省", RegionLevel::province, ""},
                    {"510600", "德阳市", RegionLevel::prefecture, "510000"},
                    {"510604", "罗江区", RegionLevel::county, "510600"},
                    {"510626", "罗江县", RegionLevel::county, "510600"}};
    data.reports = {{"2015.txt", "2015年罗江县政府工作报告", 2015, {}, {}, Script::simplified, "510626", {}},
                    {"2019.txt", "2019年罗江区政府工作报告", 2019, {}, {}, Script::simplified, "510604", {}}};
    data.region_links = {{"510626", "510604", 2017, RegionChange::upgraded}};
    const PropertyGraph graph = build_property_graph(data);
    const PropertyNode& then = node(graph, "report:2015.txt");
    EXPECT_EQ(std::get<std::string>(property(then.properties, "code_then")), "510626");
    EXPECT_EQ(std::get<std::string>(property(then.properties, "code_now")), "510604");
    const PropertyNode& now = node(graph, "report:2019.txt");
    EXPECT_EQ(std::get<std::string>(property(now.properties, "code_then")), "510604");
    EXPECT_EQ(std::get<std::string>(property(now.properties, "code_now")), "510604");
    const auto successor = std::find_if(graph.edges.begin(), graph.edges.end(),
                                        [](const PropertyEdge& e) { return e.kind == "successor"; });
    ASSERT_NE(successor, graph.edges.end());
    EXPECT_EQ(successor->source, "region:510626");
    EXPECT_EQ(successor->target, "region:510604");
    EXPECT_EQ(std::get<std::string>(property(successor->properties, "change")), "upgraded");
    EXPECT_EQ(std::get<int>(property(successor->properties, "year")), 2017);
}

// A split gives a part of the area away: the edge is there, but the line does not continue.
TEST(ExportPropertyGraph, ASplitIsNoLineOfHistory) {
    GraphData data;
    data.regions = {{"110000", "北京市", RegionLevel::province, ""},
                    {"110108", "海淀区", RegionLevel::county, "110000"},
                    {"110109", "门头沟区", RegionLevel::county, "110000"}};
    data.reports = {{"a.txt", "", 2015, {}, {}, Script::simplified, "110108", {}}};
    data.region_links = {{"110108", "110109", 2016, RegionChange::split_from}};
    const PropertyGraph graph = build_property_graph(data);
    EXPECT_EQ(std::get<std::string>(property(node(graph, "report:a.txt").properties, "code_now")), "110108");
    EXPECT_EQ(kinds(graph).at("successor"), 1);
}

TEST(ExportPropertyGraph, EdgesToNodesOutsideTheDataAreDropped) {
    GraphData data = fixtures::fixture_graph();
    data.regions.erase(data.regions.begin() + 1);  // 德州市: 陵城区 loses its parent
    data.terms.erase(data.terms.begin() + 1);      // 三线一单: its definitions, mentions, a relation, a derivation
    const std::map<std::string, int> expected{{"part_of", 4}, {"in_region", 3}, {"defines", 8}, {"mentions", 7},
                                              {"variant_numeral", 1}, {"variant_suffix", 1}, {"broader", 1}};
    EXPECT_EQ(kinds(build_property_graph(data)), expected);
}

// 罗江区's 三线一单 adapted from 曾都区's: an edge between their reports naming both entries.
TEST(ExportPropertyGraph, DerivationsAreEdgesBetweenReports) {
    const PropertyGraph graph = build_property_graph(fixtures::fixture_graph());
    const auto derived = std::find_if(graph.edges.begin(), graph.edges.end(),
                                      [](const PropertyEdge& e) { return e.kind == "derived_from"; });
    ASSERT_NE(derived, graph.edges.end());
    EXPECT_EQ(derived->source, "report:000_5b54c714a6bec26a.txt");
    EXPECT_EQ(derived->target, "report:002_56897e3e26716c43.txt");
    EXPECT_EQ(std::get<std::string>(property(derived->properties, "term")), "三线一单");
    EXPECT_EQ(std::get<int>(property(derived->properties, "entry")), 124);
    EXPECT_EQ(std::get<int>(property(derived->properties, "source_entry")), 208);
    EXPECT_EQ(std::get<std::string>(property(derived->properties, "relation")), "adapted");
    EXPECT_EQ(std::get<std::string>(property(derived->properties, "direction")), "distant");
    EXPECT_DOUBLE_EQ(std::get<double>(property(derived->properties, "similarity")), 0.8518518518518519);
}

TEST(ExportPropertyGraph, MentionAndDefinitionAttributes) {
    const PropertyGraph graph = build_property_graph(fixtures::fixture_graph());
    const auto mention = std::find_if(graph.edges.begin(), graph.edges.end(), [](const PropertyEdge& e) {
        return e.kind == "mentions" && e.target == "term:二品一标";
    });
    ASSERT_NE(mention, graph.edges.end());
    EXPECT_EQ(std::get<int>(property(mention->properties, "count")), 2);
    EXPECT_EQ(std::get<bool>(property(mention->properties, "anchored")), false);
    const auto definition = std::find_if(graph.edges.begin(), graph.edges.end(), [](const PropertyEdge& e) {
        return e.kind == "defines" && e.target == "term:四大目标";
    });
    ASSERT_NE(definition, graph.edges.end());
    EXPECT_FALSE(has_property(definition->properties, "footnote"));
    EXPECT_EQ(std::get<std::string>(property(definition->properties, "text")), "经济总量“重返前三”。");
}

// Issue 12: keys differing only in a control character, and file names in GBK that are not
// UTF-8, were one node each in GraphML, JSON and DOT.
GraphData lookalikes() {
    GraphData data;
    data.reports = {{"2023\xd5\xfe\xb8\xae.txt", "", 2023, {}, {}, Script::unknown, "510604"},
                    {"2023\xd5\xfe\xb8\xbd.txt", "", 2023, {}, {}, Script::unknown, "421303"}};
    data.terms = {{"术\x01甲", "术\x01甲", {}}, {"术\x02甲", "术\x02甲", {}}};
    data.definitions = {{1, "术\x01甲", "2023\xd5\xfe\xb8\xae.txt", "术\x01甲", "一", {}},
                        {2, "术\x02甲", "2023\xd5\xfe\xb8\xbd.txt", "术\x02甲", "二", {}}};
    return data;
}

TEST(ExportPropertyGraph, LookalikeKeysAndFileNamesAreDistinctNodes) {
    const PropertyGraph graph = build_property_graph(lookalikes());
    ASSERT_EQ(graph.nodes.size(), 4u);
    EXPECT_EQ(graph.nodes[0].id, "report:2023\\xD5\\xFE\\xB8\\xAE.txt");
    EXPECT_EQ(graph.nodes[1].id, "report:2023\\xD5\\xFE\\xB8\\xBD.txt");
    EXPECT_EQ(graph.nodes[2].id, "term:术\\x01甲");
    EXPECT_EQ(graph.nodes[3].id, "term:术\\x02甲");
    ASSERT_EQ(graph.edges.size(), 2u);  // each definition still joins its own two nodes
    EXPECT_EQ(graph.edges[0].source, graph.nodes[0].id);
    EXPECT_EQ(graph.edges[0].target, graph.nodes[2].id);
    EXPECT_EQ(graph.edges[1].target, graph.nodes[3].id);
}

}  // namespace
}  // namespace glossgraph
