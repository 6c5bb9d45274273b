// What DOT draws: a term's readings, the edges of reports by region past a size, bare reports
// left out.
#include "exporters/dot_drawing.hpp"

#include "exporters/dot_exporter.hpp"
#include "exporters/property_graph.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

namespace glossgraph {
namespace {

using Strings = std::vector<std::string>;

Region region(std::string code, std::string name, RegionLevel level, std::string parent = "") {
    return {std::move(code), std::move(name), level, std::move(parent)};
}

// 德阳市 with 罗江区 and 旌阳区: two reports define 三线一单 alike, one otherwise; one mentions it.
GraphData three_definitions() {
    GraphData data;
    data.regions = {region("510600", "德阳市", RegionLevel::prefecture), region("510603", "旌阳区", RegionLevel::county, "510600"),
                    region("510604", "罗江区", RegionLevel::county, "510600")};
    data.reports = {{"a.txt", "a", 2020, {}, {}, Script::simplified, "510604"},
                    {"b.txt", "b", 2021, {}, {}, Script::simplified, "510604"},
                    {"c.txt", "c", 2021, {}, {}, Script::simplified, "510603"},
                    {"d.txt", "d", 2021, {}, {}, Script::simplified, "510603"}};
    data.terms = {{"三线一单", "三线一单", {"三线一单"}}};
    data.definitions = {{1, "三线一单", "a.txt", "三线一单", "生态保护红线。", {}},
                        {2, "三线一单", "b.txt", "三线一单", "生态保护红线。", {}},
                        {3, "三线一单", "c.txt", "三线一单", "环境质量底线。", {}}};
    data.mentions = {{"三线一单", "d.txt", 1, false, false, false}};
    data.readings = {{"三线一单", "生态保护红线。", {1, 2}}, {"三线一单", "环境质量底线。", {3}}};
    return data;
}

Strings node_ids(const Drawing& drawing) {
    Strings ids;
    for (const DrawnNode& node : drawing.nodes) ids.push_back(node.id);
    return ids;
}

Strings edges_of(const Drawing& drawing, std::string_view kind) {
    Strings edges;
    for (const DrawnEdge& edge : drawing.edges)
        if (edge.kind == kind) edges.push_back(std::string(edge.source) + " -> " + std::string(edge.target));
    return edges;
}

TEST(DotDrawing, ATermWithReadingsIsDrawnThroughThemToTheRegions) {
    const Drawing drawing = make_drawing(three_definitions());
    EXPECT_TRUE(edges_of(drawing, edge_defines).empty());
    EXPECT_EQ(edges_of(drawing, drawn_has_reading), (Strings{"term:三线一单 -> reading:三线一单:1", "term:三线一单 -> reading:三线一单:2"}));
    EXPECT_EQ(edges_of(drawing, drawn_held_by), (Strings{"reading:三线一单:1 -> region:510604", "reading:三线一单:2 -> region:510603"}));
    // a, b and c only defined: drawn by their readings, they are left out; d mentions.
    EXPECT_EQ(node_ids(drawing), (Strings{"region:510600", "region:510603", "region:510604", "report:d.txt", "term:三线一单",
                                          "reading:三线一单:1", "reading:三线一单:2"}));
    const DrawnNode& first = drawing.nodes[5];
    EXPECT_EQ(first.label, "读法 1 · 1 地区\n生态保护红线。");
    EXPECT_EQ(first.tooltip, "生态保护红线。");
    EXPECT_EQ(drawing.edges.back().tooltip, "旌阳区 2021");
    EXPECT_FALSE(drawing.by_region);
}

TEST(DotDrawing, ALongReadingIsCutAndWrapped) {
    GraphData data = three_definitions();
    data.readings[0].text = std::string(3 * 60, 'x');
    const Drawing drawing = make_drawing(data);
    const std::string& label = drawing.nodes[5].label;
    EXPECT_EQ(label, "读法 1 · 1 地区\n" + std::string(18, 'x') + "\n" + std::string(18, 'x') + "\n" + std::string(17, 'x') + "…");
}

TEST(DotDrawing, PastTheLimitTheEdgesOfReportsAreDrawnByRegion) {
    GraphData data = three_definitions();
    data.readings.clear();
    for (std::size_t i = 0; i <= dot_report_edge_limit; ++i) {
        std::string file = "m";
        file += std::to_string(1000 + i);
        file += ".txt";
        data.reports.push_back({file, file, 2022, {}, {}, Script::simplified, i % 2 ? "510603" : "510604"});
        data.mentions.push_back({"三线一单", file, 1, false, false, false});
    }
    std::sort(data.reports.begin(), data.reports.end(), [](auto& x, auto& y) { return x.file < y.file; });
    std::sort(data.mentions.begin(), data.mentions.end(), [](auto& x, auto& y) { return x.report_file < y.report_file; });
    const Drawing drawing = make_drawing(data);
    EXPECT_TRUE(drawing.by_region);
    EXPECT_EQ(edges_of(drawing, edge_mentions), (Strings{"region:510603 -> term:三线一单", "region:510604 -> term:三线一单"}));
    EXPECT_EQ(edges_of(drawing, edge_defines), (Strings{"region:510603 -> term:三线一单", "region:510604 -> term:三线一单"}));
    EXPECT_TRUE(std::none_of(drawing.nodes.begin(), drawing.nodes.end(), [](const DrawnNode& n) { return n.kind == DrawnKind::report; }));
    for (const DrawnEdge& edge : drawing.edges) {
        if (edge.kind == edge_mentions && edge.source == "region:510603") {
            EXPECT_EQ(edge.weight, 76);  // d.txt and the 75 odd ones
            EXPECT_EQ(edge.tooltip, "mentions ×76");
        }
    }
    std::ostringstream dot;
    DotExporter().write(data, {}, dot);
    EXPECT_NE(dot.str().find("// drawn by region: more than 150 edges of reports"), std::string::npos);
    EXPECT_NE(dot.str().find("\"region:510603\" -> \"term:三线一单\" [color=\"#7f7f7f\", style=dotted, penwidth="), std::string::npos);
}

TEST(DotDrawing, AReportWithoutARegionKeepsItsEdges) {
    GraphData data = three_definitions();
    data.reports.push_back({"e.txt", "e", 2021, {}, {}, Script::simplified, ""});
    data.definitions.push_back({4, "三线一单", "e.txt", "三线一单", "环境质量底线。", {}});
    data.readings[1].entry_ids.push_back(4);
    const Drawing drawing = make_drawing(data);
    EXPECT_EQ(edges_of(drawing, drawn_held_by),
              (Strings{"reading:三线一单:1 -> region:510604", "reading:三线一单:2 -> region:510603", "reading:三线一单:2 -> report:e.txt"}));
}

TEST(DotDrawing, NoLegendWhenNotAsked) {
    ExportOptions options;
    options.legend = false;
    std::ostringstream with, without;
    DotExporter().write(three_definitions(), {}, with);
    DotExporter().write(three_definitions(), options, without);
    EXPECT_NE(with.str().find("\"legend\" [shape=plain"), std::string::npos);
    EXPECT_NE(with.str().find("读法 reading"), std::string::npos);
    EXPECT_EQ(without.str().find("legend"), std::string::npos);
}

}  // namespace
}  // namespace glossgraph
