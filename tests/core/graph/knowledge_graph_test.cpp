#include "core/graph/knowledge_graph.hpp"

#include "tests/core/graph/sample_graph.hpp"
#include "tests/core/graph/synthetic_graph.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <iostream>
#include <map>

namespace glossgraph {
namespace {

using testing::kLuojiang;
using testing::sample_graph;

// How many out-edges of each kind a vertex has.
std::map<EdgeKind, int> out_kinds(const KnowledgeGraph& graph, KnowledgeGraph::Vertex v) {
    std::map<EdgeKind, int> kinds;
    for (const auto e : boost::make_iterator_range(boost::out_edges(v, graph.graph()))) ++kinds[graph.props(e).kind];
    return kinds;
}

std::map<EdgeKind, int> in_kinds(const KnowledgeGraph& graph, KnowledgeGraph::Vertex v) {
    std::map<EdgeKind, int> kinds;
    for (const auto e : boost::make_iterator_range(boost::in_edges(v, graph.graph()))) ++kinds[graph.props(e).kind];
    return kinds;
}

TEST(GraphEdgeKind, EachRelationKindIsTheTermRelationOfItsName) {
    for (const RelationKind kind : {RelationKind::variant_suffix, RelationKind::variant_numeral, RelationKind::variant_expansion,
                                    RelationKind::family, RelationKind::refers_to, RelationKind::broader}) {
        EXPECT_EQ(to_string(edge_kind(kind)), to_string(kind));
        EXPECT_TRUE(is_term_relation(edge_kind(kind))) << to_string(kind);
    }
    EXPECT_EQ(to_string(EdgeKind::derived_from), "derived_from");
    EXPECT_FALSE(is_term_relation(EdgeKind::in_region));
    EXPECT_FALSE(is_term_relation(EdgeKind::part_of));
    EXPECT_FALSE(is_term_relation(EdgeKind::derived_from));
}

TEST(GraphKnowledgeGraph, SampleVerticesAreTermsThenReportsThenRegions) {
    const GraphData data = sample_graph();
    const KnowledgeGraph graph(data);
    ASSERT_EQ(data.terms.size(), 7u);  // the seven keys of the definitions, mentions and relations
    EXPECT_EQ(boost::num_vertices(graph.graph()), 7u + 3u + 9u);
    EXPECT_EQ(graph.term("三线一单"), KnowledgeGraph::Vertex{0});  // 三 U+4E09 starts the smallest key
    EXPECT_EQ(graph.term("两品一标"), KnowledgeGraph::Vertex{1});  // 两 U+4E24 the next
    EXPECT_EQ(graph.props(*graph.report(kLuojiang)).kind, NodeKind::report);
    EXPECT_EQ(data.reports[graph.props(*graph.report(kLuojiang)).index].file, kLuojiang);
    EXPECT_EQ(data.regions[graph.props(*graph.region("421303")).index].name, "曾都区");
    EXPECT_EQ(graph.term("四個最嚴"), std::nullopt);  // lookups take keys, not written forms
    EXPECT_EQ(graph.region("510604"), graph.region_vertex(8));
}

TEST(GraphKnowledgeGraph, SampleEdgesAreTyped) {
    const GraphData data = sample_graph();
    const KnowledgeGraph graph(data);
    // 8 definitions, 11 mentions, 3 reports and 6 regions located in a parent, 2 relations.
    EXPECT_EQ(boost::num_edges(graph.graph()), 8u + 11u + 9u + 2u);
    const std::map<EdgeKind, int> luojiang{{EdgeKind::defines, 4}, {EdgeKind::mentions, 5}, {EdgeKind::in_region, 1}};
    EXPECT_EQ(out_kinds(graph, *graph.report(kLuojiang)), luojiang);
    const std::map<EdgeKind, int> san_xian{{EdgeKind::defines, 2}, {EdgeKind::mentions, 2}};
    EXPECT_EQ(in_kinds(graph, *graph.term("三线一单")), san_xian);
    const std::map<EdgeKind, int> liang_pin{{EdgeKind::variant_numeral, 1}};
    EXPECT_EQ(out_kinds(graph, *graph.term("两品一标")), liang_pin);
    const std::map<EdgeKind, int> deyang{{EdgeKind::part_of, 1}};  // to 四川省; 罗江区 points in
    EXPECT_EQ(out_kinds(graph, *graph.region("510600")), deyang);
    EXPECT_EQ(in_kinds(graph, *graph.region("510600")), deyang);
    EXPECT_TRUE(out_kinds(graph, *graph.region("510000")).empty());
}

TEST(GraphKnowledgeGraph, EdgesPointBackIntoTheData) {
    const GraphData data = sample_graph();
    const KnowledgeGraph graph(data);
    int checked = 0;
    for (const auto e : boost::make_iterator_range(boost::edges(graph.graph()))) {
        const EdgeProps& p = graph.props(e);
        if (p.kind == EdgeKind::defines || is_term_relation(p.kind)) ++checked;
        const auto from = boost::source(e, graph.graph());
        const auto to = boost::target(e, graph.graph());
        if (p.kind == EdgeKind::defines) {
            EXPECT_EQ(graph.term(data.definitions[p.index].term_key), to);
            EXPECT_EQ(graph.report(data.definitions[p.index].report_file), from);
        } else if (is_term_relation(p.kind)) {
            EXPECT_EQ(graph.term(data.relations[p.index].from_key), from);
            EXPECT_EQ(p.kind, edge_kind(data.relations[p.index].kind));
        }
    }
    EXPECT_EQ(checked, 8 + 2);
}

// A derivation joins the reports of its two definitions; one naming an unknown entry is left out.
TEST(GraphKnowledgeGraph, DerivationsJoinTheReportsOfTheirDefinitions) {
    GraphData data = testing::GraphBuilder()
                         .region("510000", "四川省", RegionLevel::province)
                         .report("a.txt", "510000", 2023)
                         .report("b.txt", "510000", 2024)
                         .define("a.txt", "甲", "定义")
                         .define("b.txt", "甲", "定义")
                         .build();
    data.derivations = {{2, 1, "verbatim", "self", 1.0}, {2, 77, "verbatim", "self", 1.0}};
    const KnowledgeGraph graph(data);
    const std::map<EdgeKind, int> b{{EdgeKind::defines, 1}, {EdgeKind::in_region, 1}, {EdgeKind::derived_from, 1}};
    EXPECT_EQ(out_kinds(graph, *graph.report("b.txt")), b);
    const std::map<EdgeKind, int> a{{EdgeKind::derived_from, 1}};
    EXPECT_EQ(in_kinds(graph, *graph.report("a.txt")), a);
}

TEST(GraphKnowledgeGraph, LeavesOutWhatNamesAnUnknownEnd) {
    GraphData data = testing::GraphBuilder()
                         .region("510000", "四川省", RegionLevel::province, "999999")
                         .report("a.txt", "510000", 2024)
                         .report("b.txt", "", 2024)
                         .report("c.txt", "123456", 2024)
                         .define("a.txt", "甲", "定义")
                         .build();
    data.mentions.push_back({"丙", "a.txt", 1, false, false, false});     // no such term
    data.relations.push_back({"甲", "丁", RelationKind::family, "test"});  // no such term
    data.definitions.push_back({99, "甲", "z.txt", "甲", "x", std::nullopt});  // no such report
    const KnowledgeGraph graph(data);
    // Only a.txt -> 510000 and a.txt defines 甲 remain: the unknown parent, the empty and the
    // unknown region code and the unknown ends are left out. (A relation's kind is always one
    // glossgraph knows: GraphReader leaves out a stored row of another, store_query_test.)
    EXPECT_EQ(boost::num_edges(graph.graph()), 2u);
}

TEST(GraphKnowledgeGraph, BuildsAStoreSizedGraphLinearly) {
    const testing::SyntheticSize size;
    const auto generate_start = std::chrono::steady_clock::now();
    const GraphData& data = testing::store_sized_graph();
    const auto build_start = std::chrono::steady_clock::now();
    const KnowledgeGraph graph(data);
    const auto built = std::chrono::steady_clock::now();
    const auto ms = [](auto d) { return std::chrono::duration_cast<std::chrono::milliseconds>(d).count(); };
    std::cout << "[ timing   ] generated in " << ms(build_start - generate_start) << " ms, built in "
              << ms(built - build_start) << " ms\n";

    ASSERT_EQ(data.regions.size(), 30u + 300u + 3000u);
    ASSERT_EQ(data.reports.size(), 15'000u);
    ASSERT_EQ(data.definitions.size(), 150'000u);
    ASSERT_EQ(data.mentions.size(), testing::synthetic_mentions(size));
    EXPECT_GT(data.mentions.size(), 900'000u);
    EXPECT_EQ(boost::num_vertices(graph.graph()), 100'000u + 15'000u + 3'330u);
    const std::size_t part_of = 3'300u, in_region = 15'000u;
    EXPECT_EQ(boost::num_edges(graph.graph()), part_of + in_region + 150'000u + data.mentions.size() + 10'000u);
    EXPECT_EQ(boost::in_degree(*graph.term("t0000000"), graph.graph()), 15'000u + 3u);  // every report, 3 definitions
    EXPECT_EQ(boost::out_degree(*graph.term("t0000000"), graph.graph()), 1u);          // its variant
}

}  // namespace
}  // namespace glossgraph
