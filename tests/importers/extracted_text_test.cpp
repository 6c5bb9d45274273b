#include "importers/extracted_text.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

ParsedReport parse(const ExtractedText& extracted, CollectingDiagnostics& diagnostics) {
    ReportMeta base;
    base.file = "a.html";
    return parse_extracted_text(extracted, base, ImportContext{"a.html", &Gazetteer::builtin(), &diagnostics});
}

ExtractedText report_text(bool with_title) {
    ExtractedText extracted;
    extracted.text = std::string(with_title ? "  2024年德阳市罗江区政府工作报告\n" : "") +
                     "2023年12月27日在德阳市罗江区第二届人民代表大会第三次会议上\n区人民政府区长 张天则\n各位代表:\n"
                     "   深入实施“四大战略”(1),推进“三线一单”。\n名词解释\n(1)四大战略:工业强区。\n(2)空的:\n";
    const int lines = with_title ? 8 : 7;
    for (int i = 0; i < lines; ++i) extracted.source_lines.push_back(20 + i);
    return extracted;
}

TEST(HtmlDocxExtractedText, AnchorsArePlacedInTheCleanedBody) {
    ExtractedText extracted = report_text(true);
    const std::string line5 = "   深入实施“四大战略”(1),推进“三线一单”。";
    extracted.anchors = {{1, 5, line5.find("(1)"), "(1)"},
                         {9, 5, line5.size(), "9"},           // no footnote 9 in the glossary
                         {1, 7, 0, "(1)"}};                   // in the glossary, not the body
    CollectingDiagnostics diagnostics;
    const ParsedReport report = parse(extracted, diagnostics);
    ASSERT_EQ(report.meta.anchors.size(), 1u);
    EXPECT_EQ(report.meta.anchors[0].offset, report.meta.body.find("(1)"));
    EXPECT_EQ(report.meta.anchors[0].marker, "(1)");
}

TEST(HtmlDocxExtractedText, EntriesAndDiagnosticsNameSourceLines) {
    CollectingDiagnostics diagnostics;
    const ParsedReport report = parse(report_text(true), diagnostics);
    ASSERT_EQ(report.entries.size(), 1u);
    EXPECT_EQ(report.entries[0].line, 26);
    ASSERT_EQ(diagnostics.items.size(), 1u);  // "(2)空的" has no definition
    EXPECT_EQ(diagnostics.items[0].location.line, 27);
}

TEST(HtmlDocxExtractedText, MetadataTitleIsUsedWhenTheTextHasNone) {
    ExtractedText extracted = report_text(false);
    extracted.title = "2024年德阳市罗江区政府工作报告";
    extracted.title_line = 3;
    CollectingDiagnostics diagnostics;
    const ParsedReport report = parse(extracted, diagnostics);
    EXPECT_EQ(report.meta.title, "2024年德阳市罗江区政府工作报告");
    EXPECT_EQ(report.meta.region->code, "510604");
    EXPECT_EQ(report.entries.at(0).line, 25);  // still the source line, after the title put before
    ASSERT_EQ(diagnostics.items.size(), 1u);   // once, not once per parse
    EXPECT_EQ(diagnostics.items[0].location.line, 26);
}

// Found by fuzz_html_importer: a title from a <meta> content holding line breaks became
// several lines put before the text, and every entry after them was given line 0.
TEST(HtmlDocxExtractedText, AMetadataTitleWithLineBreaksIsPutBeforeTheTextAsOneLine) {
    ExtractedText extracted = report_text(false);
    extracted.title = "2024年德阳市\n罗江区政府工作报告";
    extracted.title_line = 3;
    CollectingDiagnostics diagnostics;
    const ParsedReport report = parse(extracted, diagnostics);
    EXPECT_EQ(report.meta.region->code, "510604");
    EXPECT_EQ(report.entries.at(0).line, 25);
    EXPECT_EQ(diagnostics.items.at(0).location.line, 26);
}

TEST(HtmlDocxExtractedText, TextBuilderEndsLinesAndRecordsAnchors) {
    TextBuilder builder;
    builder.set_source_line(4);
    builder.append("甲");
    builder.anchor(1, "(1)");
    builder.append("(1)\n乙");
    builder.end_paragraph();
    builder.end_paragraph();
    builder.line_break();
    const ExtractedText text = builder.take();
    EXPECT_EQ(text.text, "甲(1)\n乙\n\n");
    EXPECT_EQ(text.source_lines, (std::vector<int>{4, 4, 4}));
    ASSERT_EQ(text.anchors.size(), 1u);
    EXPECT_EQ(text.anchors[0].line, 1);
    EXPECT_EQ(text.anchors[0].column, 3u);
}

TEST(HtmlDocxExtractedText, DatesInMetadata) {
    EXPECT_EQ(parse_date("2023-12-27T08:00:00Z"), "2023-12-27");
    EXPECT_EQ(parse_date(" 2023/2/1 09:35"), "2023-02-01");
    EXPECT_EQ(parse_date("2023-02-01 09:35"), "2023-02-01");
    EXPECT_EQ(parse_date("发布于2023年1月8日"), "2023-01-08");
    EXPECT_EQ(parse_date("2023-02-30"), std::nullopt);
    EXPECT_EQ(parse_date("2023-02"), std::nullopt);
    EXPECT_EQ(parse_date("Mon, 01 Feb 2023"), std::nullopt);
}

TEST(HtmlDocxExtractedText, NamesReportInEitherScript) {
    EXPECT_TRUE(names_report("2021年德州市陵城區政府工作報告"));
    EXPECT_TRUE(names_report("政 府 工 作 报 告"));
    EXPECT_FALSE(names_report("罗江区人民政府"));
}

TEST(HtmlDocxExtractedText, TableRowLayouts) {
    using Cells = std::vector<std::string>;
    EXPECT_EQ(row_layout(Cells{"四大战略", "工业强区。"}), RowLayout::term_definition);
    EXPECT_EQ(row_layout(Cells{"1", "四大战略", "工业强区。"}), RowLayout::numbered_definition);
    EXPECT_EQ(row_layout(Cells{"", "四大目标", "重返前三。"}), RowLayout::numbered_definition);
    EXPECT_EQ(row_layout(Cells{"这是一句话。", "工业强区。"}), RowLayout::plain);
    EXPECT_EQ(row_layout(Cells{"四大战略", ""}), RowLayout::plain);
    EXPECT_EQ(row_layout(Cells{"地区", "2022年", "2023年"}), RowLayout::plain);
    EXPECT_EQ(cell_separator(RowLayout::term_definition, 1, "四大战略"), "：");
    EXPECT_EQ(cell_separator(RowLayout::term_definition, 1, "四大战略:"), "");
    EXPECT_EQ(cell_separator(RowLayout::numbered_definition, 1, "12"), ".");
    EXPECT_EQ(cell_separator(RowLayout::numbered_definition, 1, "(12)"), "");
    EXPECT_EQ(cell_separator(RowLayout::numbered_definition, 2, "四大战略"), "：");
    EXPECT_EQ(cell_separator(RowLayout::plain, 1, "地区"), " ");
    EXPECT_EQ(cell_separator(RowLayout::plain, 0, ""), "");
}

}  // namespace
}  // namespace glossgraph
