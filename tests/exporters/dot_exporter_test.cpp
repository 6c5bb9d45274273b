// DOT: clusters, styles, the legend, the font, and labels that survive hostile text.
#include "exporters/dot_exporter.hpp"

#include "fixture_graph.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace glossgraph {
namespace {

std::string dot_of(const GraphData& data) {
    std::ostringstream out;
    DotExporter().write(data, ExportOptions{}, out);
    return out.str();
}

// The text between the line that opens subgraph "cluster_<code>" and its closing brace.
std::string cluster_body(const std::string& dot, const std::string& code) {
    const std::string opening = "subgraph \"cluster_" + code + "\" {\n";
    const std::size_t start = dot.find(opening);
    if (start == std::string::npos) return {};
    const std::size_t line_start = dot.rfind('\n', start) + 1;
    std::string closing = "\n";
    closing.append(dot, line_start, start - line_start).append("}\n");
    return dot.substr(start, dot.find(closing, start) - start);
}

TEST(ExportDot, ProvincesHoldPrefecturesHoldCountiesAndReports) {
    const std::string dot = dot_of(fixtures::fixture_graph());
    const std::string sichuan = cluster_body(dot, "510000");
    const std::string deyang = cluster_body(dot, "510600");
    ASSERT_FALSE(deyang.empty());
    EXPECT_NE(sichuan.find(deyang), std::string::npos);
    EXPECT_NE(sichuan.find("\"region:510000\" [label=\"四川省\""), std::string::npos);
    EXPECT_NE(deyang.find("\t\t\t\"region:510604\" [label=\"罗江区\""), std::string::npos);
    EXPECT_NE(deyang.find("\"report:000_5b54c714a6bec26a.txt\" [label=\"2024年德阳市罗江区政府工作报告\""), std::string::npos);
    EXPECT_EQ(sichuan.find("report:002"), std::string::npos);
    EXPECT_NE(cluster_body(dot, "421300").find("report:002_56897e3e26716c43.txt"), std::string::npos);
}

TEST(ExportDot, TermsAndReportsWithoutRegionStandOutside) {
    const std::string dot = dot_of(fixtures::fixture_graph());
    EXPECT_NE(dot.find("\n\t\"report:004_377fd206c21df32a.txt\" [label="), std::string::npos);
    EXPECT_NE(dot.find("\n\t\"term:三线一单\" [label=\"三线一单\", shape=ellipse"), std::string::npos);
    EXPECT_NE(dot.find("\n\t\"term:四个最严\" [label=\"四個最嚴\""), std::string::npos);
}

TEST(ExportDot, HostileLabelIsEscaped) {
    const std::string dot = dot_of(fixtures::fixture_graph());
    EXPECT_NE(dot.find("\"term:ab\\\\\\\\c<d>&amp;ex;droptableterms;--\" [label=\"a\\\"b\\\\c<d>&amp;e\\n'x'); DROP TABLE terms;--\""),
              std::string::npos);
    EXPECT_NE(dot.find("tooltip=\"定义含 \\\"引号\\\"、\\\\反斜杠、<标签>、&amp;符号\\n第二行：與繁體 'x'\""), std::string::npos);
    EXPECT_NE(dot.find("tooltip=\"names 三线一单 in \\\"<b>\\\" &amp; 'c'\""), std::string::npos);
    EXPECT_EQ(dot.find('\r'), std::string::npos);
}

TEST(ExportDot, FontKindsEdgeStylesAndLegend) {
    const std::string dot = dot_of(fixtures::fixture_graph());
    EXPECT_EQ(dot.rfind("digraph \"glossgraph\" {\n", 0), 0u);
    EXPECT_NE(dot.find("\tnode [fontname=\"Noto Sans CJK SC\""), std::string::npos);
    EXPECT_NE(dot.find("\tedge [fontname=\"Noto Sans CJK SC\""), std::string::npos);
    EXPECT_NE(dot.find("\"term:四大目标\" -> \"term:四五五六发展总思路\" [color=\"#2ca02c\", penwidth=1.4, arrowhead=onormal"),
              std::string::npos);
    EXPECT_NE(dot.find("\"term:两品一标\" -> \"term:二品一标\" [color=\"#e377c2\", style=bold, dir=none, tooltip=\"numeral 两=二\"]"),
              std::string::npos);
    EXPECT_NE(dot.find("\"report:004_377fd206c21df32a.txt\" -> \"term:放管服改革\" [color=\"#7f7f7f\", style=dotted, tooltip=\"mentions ×1\"]"),
              std::string::npos);
    // The legend is one node: every layout keeps it whole. It lists the kinds drawn, no others.
    const std::size_t legend = dot.find("\t\"legend\" [shape=plain");
    ASSERT_NE(legend, std::string::npos);
    const std::string table = dot.substr(legend);
    EXPECT_NE(table.find("<TD ALIGN=\"LEFT\">术语 term</TD>"), std::string::npos);
    EXPECT_NE(table.find("<FONT COLOR=\"#2ca02c\">───▷</FONT></TD><TD ALIGN=\"LEFT\">broader 上位</TD>"), std::string::npos);
    EXPECT_EQ(table.find("读法 reading"), std::string::npos);
    EXPECT_EQ(table.find("has_reading"), std::string::npos);
    EXPECT_EQ(dot.find("cluster_legend"), std::string::npos);
    EXPECT_EQ(dot.substr(dot.size() - 14), "</TABLE>>];\n}\n");
}

// An edge kind without a style of its own is drawn plain (black); no relation kind is one of them.
TEST(ExportDot, EveryRelationKindHasAStyleOfItsOwn) {
    for (const RelationKind kind : {RelationKind::variant_suffix, RelationKind::variant_numeral, RelationKind::variant_expansion,
                                    RelationKind::family, RelationKind::refers_to, RelationKind::broader}) {
        GraphData data = fixtures::fixture_graph();
        data.relations = {{"三线一单", "二品一标", kind, "test"}};
        const std::string dot = dot_of(data);
        const std::size_t edge = dot.find("\"term:三线一单\" -> \"term:二品一标\" [color=\"");
        ASSERT_NE(edge, std::string::npos) << to_string(kind);
        EXPECT_NE(dot.substr(edge, dot.find('\n', edge) - edge).find("tooltip=\"test\""), std::string::npos) << to_string(kind);
        EXPECT_EQ(dot.find("#000000"), std::string::npos) << to_string(kind);
        EXPECT_NE(dot.find("<TD ALIGN=\"LEFT\">" + std::string(to_string(kind)) + " "), std::string::npos) << to_string(kind);
    }
}

TEST(ExportDot, CountyWithoutParentAndCircularParentsStillDrawn) {
    GraphData data;
    data.regions = {{"110000", "甲", RegionLevel::province, "120000"}, {"120000", "乙", RegionLevel::province, "110000"},
                    {"130101", "丙", RegionLevel::county, "130100"}};
    const std::string dot = dot_of(data);
    EXPECT_NE(dot.find("\n\tsubgraph \"cluster_110000\""), std::string::npos);
    EXPECT_NE(dot.find("\n\tsubgraph \"cluster_120000\""), std::string::npos);
    EXPECT_NE(dot.find("\n\t\"region:130101\" [label=\"丙\""), std::string::npos);
}

TEST(ExportDot, LayoutEngineBySize) {
    GraphData data = fixtures::fixture_graph();
    EXPECT_EQ(recommended_layout(data), "dot");
    for (std::size_t i = 0; i < dot_layout_node_limit; ++i) {
        std::string key = "t";
        key += std::to_string(i);
        data.terms.push_back({key, "t", {}});
    }
    EXPECT_EQ(recommended_layout(data), "sfdp");
}

// Issue 13: a definition of more than 16,384 bytes went whole into a tooltip, and dot refused
// the file ("longer than 16384?"). Texts are cut with an ellipsis; the real dot reads the file.
TEST(ExportDot, LongTextsAreCutSoThatDotReadsTheFile) {
    GraphData data = fixtures::fixture_graph();
    std::string definition;
    for (int i = 0; i < 2000; ++i) definition += "生态&保护红线";  // 14,000 characters, 24,000 bytes as written
    data.definitions.front().text = definition;
    data.reports.front().title = std::string(300, 'T');
    const std::string dot = dot_of(data);
    const std::size_t tooltip = dot.find("tooltip=\"生态&amp;保护红线");
    ASSERT_NE(tooltip, std::string::npos);
    const std::string quoted = dot.substr(tooltip + 8, dot.find("\"]", tooltip) + 1 - (tooltip + 8));
    EXPECT_LT(quoted.size(), 16384u);
    EXPECT_EQ(quoted.substr(quoted.size() - 4), "…\"");
    EXPECT_NE(dot.find("[label=\"" + std::string(199, 'T') + "…\""), std::string::npos);

    const std::filesystem::path file =
        std::filesystem::temp_directory_path() / ("glossgraph-long-" + std::to_string(getpid()) + ".dot");
    std::ofstream(file) << dot;
    const std::string command = "dot -Tsvg -o /dev/null '" + file.string() + "' 2>&1";
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    std::filesystem::remove(file);
}

}  // namespace
}  // namespace glossgraph
