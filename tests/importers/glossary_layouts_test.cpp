// The layouts of real glossaries, one small report each (tests/importers/fixtures/glossary,
// each named after what it holds), read through the text importer as a user's file would be.
#include "importers/glossary_items.hpp"
#include "importers/text_importer.hpp"
#include "tests/importers/whole_file.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

using Terms = std::vector<std::string>;

struct Read {
    ParsedReport report;
    CollectingDiagnostics diagnostics;

    Terms terms() const {
        Terms out;
        for (const GlossaryEntry& entry : report.entries) out.push_back(entry.term);
        return out;
    }
    const GlossaryEntry& entry(std::size_t i) const { return report.entries.at(i); }
};

Read read_fixture(const std::string& name) {
    Read read;
    const std::string path = std::string(GLOSSGRAPH_FIXTURES) + "/glossary/" + name;
    read.report = parse_text_report(testing::slurp(path), ImportContext{path, &Gazetteer::builtin(), &read.diagnostics});
    return read;
}

const Terms three{"三线一单", "五社联动", "放管服"};
const Terms two{"三线一单", "五社联动"};

TEST(GlossaryLayouts, FullWidthSquareBracketMarkers) {
    const Read r = read_fixture("markers_fullwidth_square_brackets.txt");
    EXPECT_EQ(r.terms(), three);
    EXPECT_EQ(r.entry(2).marker, "［3］");
    EXPECT_EQ(r.entry(2).footnote, 3);
}

TEST(GlossaryLayouts, FullWidthDigitsWithDotAndCommaMixed) {
    const Read r = read_fixture("markers_fullwidth_digits_dot_and_comma.txt");
    EXPECT_EQ(r.terms(), three);
    EXPECT_EQ(r.entry(2).marker, "３、");
}

TEST(GlossaryLayouts, AngleAndWhiteLenticularBracketsMixed) {
    EXPECT_EQ(read_fixture("markers_angle_and_white_lenticular.txt").terms(), three);
}

TEST(GlossaryLayouts, ParenthesizedNumbers) {
    const Read r = read_fixture("markers_parenthesized_and_full_stop_numbers.txt");
    EXPECT_EQ(r.terms(), three);
    EXPECT_EQ(r.entry(1).footnote, 2);
}

TEST(GlossaryLayouts, ChineseNumeralMarkers) {
    const Read r = read_fixture("markers_chinese_numerals.txt");
    EXPECT_EQ(r.terms(), three);
    EXPECT_EQ(r.entry(2).marker, "三、");
    EXPECT_EQ(r.entry(2).footnote, 3);
}

TEST(GlossaryLayouts, ChineseNumeralsInBracketsWithTermAlone) {
    const Read r = read_fixture("markers_chinese_numerals_in_brackets_term_alone.txt");
    EXPECT_EQ(r.terms(), (Terms{"态势感知平台", "“三管三必须”", "“暖兵助业行动”"}));
    EXPECT_TRUE(r.entry(1).definition.starts_with("“三管三必须”是"));
    EXPECT_TRUE(r.entry(2).definition.ends_with("充分就业。"));
}

TEST(GlossaryLayouts, SublistInAnotherStyleAndDecimalStayInTheDefinition) {
    const Read r = read_fixture("markers_sublist_in_definition_other_style.txt");
    EXPECT_EQ(r.terms(), (Terms{"十件民生实事", "三水共治", "5万亩高标准农田"}));
    EXPECT_EQ(r.entry(0).definition, "（1）新建学校3所；（2）新增学位2000个。");
}

TEST(GlossaryLayouts, TermsOfLatinDigitsAndSymbols) {
    const Read r = read_fixture("terms_latin_digits_and_symbols.txt");
    EXPECT_EQ(r.terms(), (Terms{"R&D", "2+26", "REITs", "5G+工业互联网", "“1+N+X”"}));
    EXPECT_TRUE(r.entry(1).definition.starts_with("京津冀"));
}

TEST(GlossaryLayouts, TermAloneThenADefinitionThatHoldsAColon) {
    const Read r = read_fixture("term_alone_then_definition_with_colon.txt");
    EXPECT_EQ(r.terms(), (Terms{"“新基建”", "链长制", "揭榜挂帅"}));
    EXPECT_TRUE(r.entry(0).definition.ends_with("城市轨道交通。"));
    EXPECT_TRUE(r.entry(1).definition.ends_with("强链、补链、延链。"));
}

TEST(GlossaryLayouts, EditorCreditPrintCloseAndShareEndIt) {
    const Read r = read_fixture("end_editor_credit_print_close_share.txt");
    EXPECT_EQ(r.terms(), two);
    EXPECT_TRUE(r.entry(1).definition.ends_with("联动。"));
}

TEST(GlossaryLayouts, RelatedArticlesWithoutAHeadingEndIt) {
    const Read r = read_fixture("end_related_articles_without_heading_word.txt");
    EXPECT_EQ(r.terms(), two);
    EXPECT_TRUE(r.entry(1).definition.ends_with("联动。"));
}

TEST(GlossaryLayouts, RelatedArticlesHeadingEndsIt) {
    const Read r = read_fixture("end_related_articles_heading.txt");
    EXPECT_EQ(r.terms(), two);
    EXPECT_TRUE(r.entry(1).definition.ends_with("联动。"));
}

TEST(GlossaryLayouts, CopyrightAndIcpLinesEndIt) {
    const Read r = read_fixture("end_copyright_icp_lines.txt");
    EXPECT_EQ(r.terms(), two);
    EXPECT_TRUE(r.entry(1).definition.ends_with("联动。"));
}

TEST(GlossaryLayouts, TheReportsOpeningRepeatedEndsIt) {
    const Read r = read_fixture("end_report_opening_repeated.txt");
    EXPECT_EQ(r.terms(), two);
    EXPECT_TRUE(r.entry(1).definition.ends_with("联动。"));
}

TEST(GlossaryLayouts, UnfinishedSentencesAndProseContinueTheDefinition) {
    const Read r = read_fixture("end_unfinished_sentence_continues.txt");
    EXPECT_EQ(r.terms(), two);
    EXPECT_EQ(r.entry(0).definition, "生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。");
    EXPECT_TRUE(r.entry(1).definition.ends_with("社工是支撑。"));
}

TEST(GlossaryLayouts, HeadingWithTheReportsTitleAroundIt) {
    const Read r = read_fixture("heading_report_title_around_words.txt");
    EXPECT_EQ(r.terms(), two);
    EXPECT_EQ(r.report.meta.glossary_heading, "《2024年某县政府工作报告》名词注释");
}

TEST(GlossaryLayouts, Attachment2GlossaryAfterAttachment1Projects) {
    const Read r = read_fixture("heading_attachment2_after_attachment1_projects.txt");
    EXPECT_EQ(r.terms(), two);
    EXPECT_EQ(r.report.meta.glossary_heading, "名词解释");
}

TEST(GlossaryLayouts, TitledProjectListIsNotAGlossary) {
    const Read r = read_fixture("headless_projects_list_is_not_a_glossary.txt");
    EXPECT_TRUE(r.report.entries.empty());
    EXPECT_TRUE(r.report.meta.glossary_heading.empty());
}

TEST(GlossaryLayouts, ListOfSentencesIsNotAGlossary) {
    EXPECT_TRUE(read_fixture("headless_sentences_list_is_not_a_glossary.txt").report.entries.empty());
}

TEST(GlossaryLayouts, NotesWhoseMarkersAlsoStandInTheBody) {
    const Read r = read_fixture("notes_markers_also_in_body.txt");
    EXPECT_EQ(r.terms(), (Terms{"放管服", "三线一单"}));
    EXPECT_NE(r.report.meta.body.find("[1]号文件已经印发。"), std::string::npos);
}

TEST(GlossaryLayouts, UnnumberedQuotedTermsWithDefiningVerbs) {
    const Read r = read_fixture("unnumbered_quoted_term_with_defining_verb.txt");
    EXPECT_EQ(r.terms(), (Terms{"“放管服”改革", "“三线一单”", "“五社联动”"}));
    EXPECT_EQ(r.entry(0).definition, "即简政放权、放管结合、优化服务改革。");
    EXPECT_TRUE(r.entry(1).definition.starts_with("是指"));
}

TEST(GlossaryLayouts, UnnumberedTermsAloneOnTheirLines) {
    const Read r = read_fixture("unnumbered_term_alone_lines.txt");
    EXPECT_EQ(r.terms(), two);
    EXPECT_LT(r.entry(0).confidence, doubtful_below);
}

TEST(GlossaryLayouts, PublicationStampAfterTheGlossaryIsNoEntry) {
    const Read r = read_fixture("time_stamp_is_not_a_term.txt");
    EXPECT_EQ(r.terms(), two);
    EXPECT_TRUE(r.entry(1).definition.ends_with("联动。"));
}

TEST(GlossaryLayouts, PageOfItemsWithoutHeadingStartingAt8) {
    const Read r = read_fixture("page_of_items_without_heading.txt");
    EXPECT_EQ(r.terms(), (Terms{"“田长制”", "“那”", "耕地“进出平衡”", "五大百亿农业产业"}));
    EXPECT_EQ(r.entry(0).footnote, 8);
    EXPECT_LT(r.entry(0).confidence, 1.0);
}

TEST(GlossaryLayouts, PageNumbersAndRunningHeadersBetweenItemsAreDropped) {
    const Read r = read_fixture("page_numbers_and_running_header_between_items.txt");
    EXPECT_EQ(r.terms(), three);
    EXPECT_EQ(r.entry(0).definition, "生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。");
    EXPECT_EQ(r.entry(2).definition, "简政放权、放管结合、优化服务。");
}

TEST(GlossaryLayouts, WideSpaceDashOrTabInsteadOfAColon) {
    const Read r = read_fixture("terms_with_wide_space_or_dash_separator.txt");
    EXPECT_EQ(r.terms(), three);
    EXPECT_EQ(r.entry(1).definition, "社区、社会组织、社工、社会资源及社区自治组织的联动。");
    EXPECT_LT(r.entry(0).confidence, 1.0);
}

TEST(GlossaryLayouts, SuperscriptNoteMarks) {
    const Read r = read_fixture("superscript_note_marks.txt");
    EXPECT_EQ(r.terms(), (Terms{"放管服", "三线一单"}));
    EXPECT_EQ(r.entry(1).marker, "²");
    EXPECT_EQ(r.entry(1).footnote, 2);
}

TEST(GlossaryLayouts, HeadingAndFirstItemOnOneLine) {
    const Read r = read_fixture("heading_and_first_item_on_one_line.txt");
    EXPECT_EQ(r.terms(), (Terms{"放管服", "三线一单"}));
    EXPECT_EQ(r.report.meta.glossary_heading, "注释：");
    EXPECT_EQ(r.report.meta.body.find("放管服"), std::string::npos);
}

TEST(GlossaryLayouts, ANoteUnderATableIsNotAGlossary) {
    const Read r = read_fixture("table_note_is_not_a_glossary.txt");
    EXPECT_TRUE(r.report.entries.empty());
    EXPECT_NE(r.report.meta.body.find("数据来源"), std::string::npos);
}

TEST(GlossaryLayouts, DefinitionsInParenthesesEvenOverALineBreak) {
    const Read r = read_fixture("definitions_in_parentheses.txt");
    EXPECT_EQ(r.terms(), (Terms{"“两不愁三保障”", "五大任务", "“放管服”改革"}));
    EXPECT_EQ(r.entry(1).definition, "习近平总书记交给内蒙古的五大任务，即努力成为我国北方重要生态安全屏障、祖国北疆安全稳定屏障");
    EXPECT_EQ(r.entry(2).definition, "简政放权、放管结合、优化服务改革");
}

TEST(GlossaryLayouts, TermBrokenByAPdfLineBreak) {
    const Read r = read_fixture("term_broken_by_a_pdf_line_break.txt");
    EXPECT_EQ(r.terms(), (Terms{"长江经济带“共抓大保护、不搞大开发”", "大湾区大花园大通道大都市区建设", "三线一单"}));
    EXPECT_EQ(r.entry(1).definition, "浙江省2017年提出的四大建设。");
}

TEST(GlossaryLayouts, DocumentSharingSiteFurnitureAroundTheGlossary) {
    const Read r = read_fixture("document_sharing_site_around_glossary.txt");
    EXPECT_EQ(r.terms(), two);
    EXPECT_EQ(r.entry(1).definition, "社区、社会组织、社工、社会资源及社区自治组织的联动。");
}

TEST(GlossaryLayouts, ASubListOfTheHeadNamesSubTerms) {
    const Read r = read_fixture("sub_list_of_the_head_names_sub_terms.txt");
    EXPECT_EQ(r.terms(), (Terms{"三个“一号工程”", "数字经济创新提质“一号发展工程”", "营商环境优化提升“一号改革工程”", "三线一单"}));
    EXPECT_EQ(r.entry(1).footnote, 1);
    EXPECT_FALSE(r.entry(1).marker.has_value());
    EXPECT_EQ(r.entry(3).footnote, 2);
}

TEST(GlossaryLayouts, TablePastedAsTabSeparatedText) {
    const Read r = read_fixture("table_pasted_as_tab_separated_text.txt");
    EXPECT_EQ(r.terms(), two);
    EXPECT_EQ(r.entry(1).footnote, 2);
    EXPECT_EQ(r.entry(1).definition, "社区、社会组织、社工、社会资源及社区自治组织的联动。");
}

TEST(GlossaryLayouts, NumbersAloneOnTheirLinesAndBracketedFurniture) {
    const Read r = read_fixture("numbers_alone_on_their_lines.txt");
    EXPECT_EQ(r.terms(), three);
    EXPECT_EQ(r.entry(1).definition, "社区、社会组织、社工、社会资源及社区自治组织的联动。");
    EXPECT_EQ(r.entry(2).definition, "简政放权、放管结合、优化服务。");
}

TEST(GlossaryLayouts, NewsPageOfNewTermsWithoutHeading) {
    const Read r = read_fixture("news_page_of_new_terms_without_heading.txt");
    EXPECT_EQ(r.terms(), (Terms{"四个城市", "青山绿道蓝网", "五绿润城"}));
    EXPECT_LT(r.entry(0).confidence, doubtful_below);
}

TEST(GlossaryLayouts, ReportPageOfSectionHeadingsIsNotAGlossary) {
    EXPECT_TRUE(read_fixture("report_page_with_section_headings_is_not_a_glossary.txt").report.entries.empty());
}

}  // namespace
}  // namespace glossgraph
