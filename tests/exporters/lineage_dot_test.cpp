// The lineage drawing: DOT of definitions, derivations, a year axis and a legend; laid out by dot.
#include "exporters/lineage_dot.hpp"

#include "core/errors.hpp"
#include "exporters/graphviz.hpp"

#include "tests/support/expect_error.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace glossgraph {
namespace {

GraphData tree() {
    GraphData data;
    data.regions = {{"510000", "四川省", RegionLevel::province, ""},
                    {"510600", "德阳市", RegionLevel::prefecture, "510000"},
                    {"510604", "罗江区", RegionLevel::county, "510600"}};
    return data;
}

LineageEntry entry(std::string report, int year, std::string code, std::string region, std::string text) {
    LineageEntry e;
    e.definition = {0, "河长制", "河长制", std::move(text), std::move(report), year, std::move(code), std::move(region)};
    return e;
}

Lineage chain() {
    Lineage lineage;
    lineage.entries.push_back(entry("a.txt", 2019, "510000", "四川省", "河长 & “湖长”"));
    lineage.entries.push_back(entry("b.txt", 2020, "510600", "德阳市", "河长 & 湖长"));
    lineage.entries.push_back(entry("c\".txt", 2021, "510604", "罗江区", "河长与湖长"));
    lineage.entries.push_back(entry("u.txt", 0, "", "", "无年份"));
    lineage.entries[3].definition.year.reset();
    lineage.entries[1].relation = LineageRelation::verbatim;
    lineage.entries[1].source = 0;
    lineage.entries[1].direction = LineageDirection::down;
    lineage.entries[1].similarity = 1.0;
    lineage.entries[2].relation = LineageRelation::adapted;
    lineage.entries[2].source = 1;
    lineage.entries[2].direction = LineageDirection::down;
    lineage.entries[2].similarity = 0.8;
    return lineage;
}

std::string dot_of(const Lineage& lineage) {
    std::ostringstream out;
    write_lineage_dot(lineage, tree(), "河长制 <&>", out);
    return out.str();
}

TEST(LineageDot, DrawsEachDefinitionAndDerivation) {
    const std::string dot = dot_of(chain());
    EXPECT_NE(dot.find("\"d0\" [label=\"四川省 510000\\n2019\", shape=box, peripheries=2"), std::string::npos) << dot;
    EXPECT_NE(dot.find("\"d2\" [label=\"罗江区 510604\\n2021\", shape=ellipse"), std::string::npos);
    EXPECT_NE(dot.find("\"d3\" [label=\"(u.txt)\\n?\", shape=note, fillcolor=\"#ffffff\", penwidth=2.2"), std::string::npos);
    EXPECT_NE(dot.find("\"d0\" -> \"d1\" [label=\"down\""), std::string::npos);
    EXPECT_NE(dot.find("\"d1\" -> \"d2\" [label=\"down 0.80\", color=\"#1f4e99\", fontcolor=\"#1f4e99\", style=dashed]"),
              std::string::npos);
    EXPECT_NE(dot.find("{rank=same; \"year:undated\"; \"d3\";}"), std::string::npos);
    EXPECT_NE(dot.find("tooltip=\"c\\\".txt: 河长与湖长\""), std::string::npos);  // quotes escaped
    EXPECT_NE(dot.find("label=\"河长制 <&amp;>\""), std::string::npos);         // & as DOT needs it
    EXPECT_NE(dot.find("<TD ALIGN=\"LEFT\">四川省 510000</TD>"), std::string::npos);
}

TEST(LineageDot, DotLaysItOutAsSvg) {
    const std::string svg = render_graphviz(dot_of(chain()));
    EXPECT_NE(svg.find("<svg"), std::string::npos);
    EXPECT_NE(svg.find("罗江区 510604"), std::string::npos);
    EXPECT_NE(svg.find("河长制 &lt;&amp;&gt;"), std::string::npos);
}

// The error `action` must throw, its message holding `part`.
template <typename Action>
void expect_error(Action&& action, const std::string& part) {
    testing_support::expect_error<error>(action, part);
}

TEST(Graphviz, AFailureSaysWhatGraphvizSaid) {
    expect_error([] { render_graphviz("digraph { a -> "); }, "Graphviz's 'dot' failed (exit 1): Error:");
    expect_error([] { render_graphviz("digraph {}", "no-such-graphviz-program"); }, "install Graphviz");
}

}  // namespace
}  // namespace glossgraph
