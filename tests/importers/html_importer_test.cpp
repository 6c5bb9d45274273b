#include "importers/html_importer.hpp"

#include "core/errors.hpp"
#include "tests/support/expect_error.hpp"
#include "core/text/utf8.hpp"
#include "importers/html_dom.hpp"
#include "importers/html_markup.hpp"
#include "importers/html_text.hpp"
#include "tests/importers/whole_file.hpp"

#include <gtest/gtest.h>


namespace glossgraph {
namespace {

std::string fixture_path(const std::string& name) { return std::string(GLOSSGRAPH_FIXTURES) + "/html/" + name; }

using testing::slurp;

struct Imported {
    CollectingSink sink;
    CollectingDiagnostics diagnostics;
    const ParsedReport& report() const { return sink.reports.at(0); }
};

std::unique_ptr<Imported> import_fixture(const std::string& name) {
    auto imported = std::make_unique<Imported>();
    const std::string path = fixture_path(name);
    HtmlImporter().read(slurp(path), ImportContext{path, &Gazetteer::builtin(), &imported->diagnostics}, imported->sink);
    return imported;
}

std::vector<std::string> terms(const ParsedReport& report) {
    std::vector<std::string> out;
    for (const GlossaryEntry& entry : report.entries) out.push_back(entry.term);
    return out;
}

std::vector<std::optional<int>> footnotes(const ParsedReport& report) {
    std::vector<std::optional<int>> out;
    for (const GlossaryEntry& entry : report.entries) out.push_back(entry.footnote);
    return out;
}

TEST(HtmlImporter, Gb2312PageDeclaredByHttpEquivIsReadAsGb18030) {
    const auto r = import_fixture("report_gb2312_http_equiv_meta.html");
    EXPECT_EQ(r->sink.ended, 1);
    const ReportMeta& meta = r->report().meta;
    EXPECT_EQ(meta.format, "html");
    EXPECT_EQ(meta.encoding, "GB18030");
    EXPECT_EQ(meta.title, "2024年德阳市罗江区政府工作报告");
    EXPECT_EQ(meta.delivered_on, "2023-12-27");
    EXPECT_EQ(meta.speaker, "张天则");
    EXPECT_EQ(meta.region->code, "510604");
    EXPECT_EQ(meta.glossary_heading, "名词解释");
    EXPECT_EQ(terms(r->report()), (std::vector<std::string>{"四大战略", "三线一单"}));
    EXPECT_EQ(r->report().entries[1].definition, "生态保护红线、环境质量底线、资源利用上线和环境准入负面清单。");
    // Entry lines are the page's own lines.
    EXPECT_EQ(r->report().entries[0].line, 14);
    EXPECT_TRUE(r->diagnostics.items.empty());
}

TEST(HtmlImporter, GbkPageWithoutCharsetIsDetected) {
    const auto r = import_fixture("report_gbk_without_charset.html");
    const ReportMeta& meta = r->report().meta;
    EXPECT_EQ(meta.encoding, "GB18030");
    EXPECT_EQ(meta.speaker, "李希巖");
    EXPECT_EQ(meta.region->code, "371403");
    EXPECT_NE(meta.body.find("我們要落實“標準地”辦法。"), std::string::npos);
}

TEST(HtmlImporter, UnknownCharsetIsAWarningAndTheEncodingDetected) {
    const auto r = import_fixture("report_unknown_charset_label.html");
    EXPECT_EQ(r->report().meta.encoding, "UTF-8");
    EXPECT_EQ(r->report().meta.speaker, "张天则");
    ASSERT_EQ(r->diagnostics.items.size(), 1u);
    EXPECT_EQ(r->diagnostics.items[0].severity, Severity::warning);
    EXPECT_NE(r->diagnostics.items[0].message.find("unknown charset 'x-klingon'"), std::string::npos);
}

TEST(HtmlImporter, NavigationScriptsStylesShareButtonsAndFootersAreLeftOut) {
    const auto r = import_fixture("report_chrome_around_utf8_meta_charset.html");
    const ReportMeta& meta = r->report().meta;
    for (const char* chrome : {"桃花源县", "样式里的字", "网站首页", "当前位置", "隐藏的广告", "相关文章", "分享到微信",
                               "搜索按钮", "版权所有", "脚本写的字"}) {
        EXPECT_EQ(meta.body.find(chrome), std::string::npos) << chrome;
    }
    EXPECT_EQ(meta.body.substr(0, meta.body.find('\n')), "2024年德阳市罗江区政府工作报告");
    EXPECT_NE(meta.body.find("深入实施“四大战略”(1)。"), std::string::npos);
    EXPECT_EQ(meta.title, "2024年德阳市罗江区政府工作报告");
    EXPECT_EQ(terms(r->report()), std::vector<std::string>{"四大战略"});
}

TEST(HtmlImporter, SupAndLinkedMarkersAnchorTheirFootnotes) {
    const auto r = import_fixture("report_sup_markers_3_anchored.html");
    const ReportMeta& meta = r->report().meta;
    ASSERT_EQ(meta.anchors.size(), 3u);  // m<sup>2</sup> is a unit, not footnote 2
    const std::vector<std::pair<int, std::string>> expected = {{1, "(1)"}, {2, "2"}, {3, "[3]"}};
    const std::vector<std::string> before = {"“四大战略”", "“三线一单”", "“金通工程”"};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const FootnoteAnchor& anchor = meta.anchors[i];
        EXPECT_EQ(anchor.footnote, expected[i].first);
        EXPECT_EQ(anchor.marker, expected[i].second);
        EXPECT_EQ(meta.body.substr(anchor.offset, anchor.marker.size()), anchor.marker);
        EXPECT_TRUE(meta.body.substr(0, anchor.offset).ends_with(before[i])) << before[i];
    }
    EXPECT_EQ(footnotes(r->report()), (std::vector<std::optional<int>>{1, 2, 3}));
}

TEST(HtmlImporter, OrderedListItemsAreNumberedEntries) {
    const auto r = import_fixture("glossary_ordered_list_3_items_and_sub_term.html");
    const ParsedReport& report = r->report();
    EXPECT_EQ(terms(report), (std::vector<std::string>{"“四五五六”发展总思路", "四大目标", "三线一单", "两品一标"}));
    EXPECT_EQ(footnotes(report), (std::vector<std::optional<int>>{1, 1, 2, 3}));
    EXPECT_EQ(report.entries[0].marker, "1.");
    EXPECT_EQ(report.entries[1].parent_seq, 0);
    EXPECT_EQ(report.entries[3].marker, "3.");  // numbered in its text: not numbered again
    EXPECT_TRUE(r->diagnostics.items.empty());
}

TEST(HtmlImporter, TwoColumnTableRowsAreTermAndDefinition) {
    const auto r = import_fixture("glossary_two_column_table_with_heading_row.html");
    const ParsedReport& report = r->report();
    EXPECT_EQ(terms(report), (std::vector<std::string>{"四大战略", "三线一单"}));  // not the 名词|解释 heading row
    EXPECT_EQ(report.entries[1].definition, "生态保护红线、环境质量底线。");
    EXPECT_FALSE(report.entries[0].footnote.has_value());
}

TEST(HtmlImporter, NumberedThreeColumnTableRowsAreNumberedEntries) {
    const auto r = import_fixture("glossary_numbered_three_column_table.html");
    const ParsedReport& report = r->report();
    EXPECT_EQ(report.meta.glossary_heading, "注释");
    EXPECT_EQ(terms(report), (std::vector<std::string>{"四大战略", "三线一单"}));
    EXPECT_EQ(footnotes(report), (std::vector<std::optional<int>>{1, 2}));
    EXPECT_EQ(report.entries[0].definition, "工业强区、科教兴区、文旅活区、生态立区。");
}

TEST(HtmlImporter, LineBreaksSeparateEntriesAndSourceBreaksBetweenHanVanish) {
    const auto r = import_fixture("glossary_br_separated_in_one_paragraph.html");
    const ParsedReport& report = r->report();
    EXPECT_EQ(terms(report), (std::vector<std::string>{"四大战略", "三线一单"}));
    EXPECT_EQ(report.entries[1].definition, "生态保护红线、环境质量底线。");
}

TEST(HtmlImporter, DefinitionListPairsAreEntries) {
    const auto r = import_fixture("glossary_definition_list.html");
    EXPECT_EQ(terms(r->report()), (std::vector<std::string>{"四大战略", "三线一单"}));
    EXPECT_EQ(r->report().entries[1].definition, "生态保护红线、环境质量底线。");
}

TEST(HtmlImporter, TitleAndDateComeFromThePageWhenTheTextLacksThem) {
    const auto r = import_fixture("title_and_date_only_in_head.html");
    const ReportMeta& meta = r->report().meta;
    EXPECT_EQ(meta.title, "2024年德阳市罗江区政府工作报告");
    EXPECT_EQ(meta.written_title, "2024年德阳市罗江区政府工作报告");  // without the site's name
    EXPECT_EQ(meta.year, 2024);
    EXPECT_EQ(meta.delivered_on, "2023-12-27");
    EXPECT_EQ(meta.region->code, "510604");
    EXPECT_TRUE(r->diagnostics.items.empty());
}

// The fixture is refused with a parse_error whose message names the file and says why.
void expect_refused(const std::string& fixture, const std::string& reason) {
    testing_support::expect_error<parse_error>([&] { import_fixture(fixture); }, reason, [&](const parse_error& e) {
        EXPECT_NE(std::string(e.what()).find(fixture_path(fixture) + ":"), std::string::npos) << e.what();
    });
}

TEST(HtmlImporter, EmptyFileIsRefusedNamingIt) { expect_refused("empty.html", "file is empty"); }

TEST(HtmlImporter, PageOfOnlyChromeIsRefusedNamingIt) { expect_refused("page_without_text.html", "HTML page without text"); }

TEST(HtmlImporter, AbsurdlyDeepNestingIsRefusedBeforeParsing) {
    std::string page = "<html><body><p>2024年政府工作报告</p>";
    for (int i = 0; i < 6000; ++i) page += "<div>";
    CollectingDiagnostics diagnostics;
    CollectingSink sink;
    EXPECT_THROW(
        {
            try {
                HtmlImporter().read(page, ImportContext{"deep.html", &Gazetteer::builtin(), &diagnostics}, sink);
            } catch (const parse_error& e) {
                EXPECT_EQ(std::string(e.what()), "deep.html: elements nested deeper than 5000 — not a page this importer reads");
                throw;
            }
        },
        parse_error);
}

// Found by fuzz_html_importer: a title of more than 512 bytes was cut inside a character, and
// the report's text (which starts with the title when the page's text has none) was not UTF-8.
TEST(HtmlImporter, ALongTitleIsCutBetweenCharacters) {
    std::string title = "2024年德阳市罗江区政府工作报告";
    while (title.size() < 600) title += "很";
    const std::string page = "<html><head><title>" + title + "</title></head><body><p>各位代表：</p><p>推进。</p></body></html>";
    CollectingDiagnostics diagnostics;
    CollectingSink sink;
    HtmlImporter().read(page, ImportContext{"long_title.html", &Gazetteer::builtin(), &diagnostics}, sink);
    ASSERT_EQ(sink.reports.size(), 1u);
    const ReportMeta& meta = sink.reports[0].meta;
    EXPECT_TRUE(utf8::is_valid(meta.body));
    EXPECT_TRUE(utf8::is_valid(meta.written_title));
    EXPECT_TRUE(meta.body.starts_with(title.substr(0, 510))) << meta.body.substr(0, 100);
}

TEST(HtmlText, NestingEstimateCountsOnlyElementsThatStayOpen) {
    EXPECT_EQ(html::nesting_estimate("<p><p><li><br><img src=x><div><span><b>x</b></span></div>"), 3u);
    EXPECT_EQ(html::nesting_estimate("<div><!-- <div><div> --><script>s = '<div><div>';</script></div><div>"), 1u);
    EXPECT_EQ(html::nesting_estimate("</div></div><div>"), 1u);
}

TEST(HtmlImporter, IdentifiesHtmlRootsAfterBomSpaceAndComments) {
    const HtmlImporter importer;
    EXPECT_EQ(importer.identify("<!DOCTYPE html><html>"), Identification::yes);
    EXPECT_EQ(importer.identify("\xEF\xBB\xBF  \n<HTML lang=zh>"), Identification::yes);
    EXPECT_EQ(importer.identify("<!-- saved page -->\n<head><meta charset=gbk>"), Identification::yes);
    EXPECT_EQ(importer.identify("<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"), Identification::yes);
    EXPECT_EQ(importer.identify(std::string_view("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14)), Identification::yes);
    EXPECT_EQ(importer.identify("2024年政府工作报告 <p>"), Identification::unsure);
    EXPECT_EQ(importer.identify("<htmlish>"), Identification::unsure);
    EXPECT_EQ(importer.identify(std::string_view("PK\x03\x04\0\0", 6)), Identification::no);
}

TEST(HtmlText, FootnoteMarkersInSuperscripts) {
    EXPECT_EQ(footnote_marker_number("(1)", false), 1);
    EXPECT_EQ(footnote_marker_number("（12）", false), 12);
    EXPECT_EQ(footnote_marker_number("[3]", true), 3);
    EXPECT_EQ(footnote_marker_number("⑪", false), 11);
    EXPECT_EQ(footnote_marker_number(" 7 ", false), 7);
    EXPECT_EQ(footnote_marker_number("2", true), std::nullopt);  // m², km²
    EXPECT_EQ(footnote_marker_number("1.", false), std::nullopt);
    EXPECT_EQ(footnote_marker_number("注", false), std::nullopt);
    EXPECT_EQ(footnote_marker_number("2023", false), std::nullopt);
}

}  // namespace
}  // namespace glossgraph
