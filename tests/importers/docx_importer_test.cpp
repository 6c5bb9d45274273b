// DOCX fixtures are folders of XML parts (fixtures/docx/<name>/word/document.xml …), zipped
// here at test time; hostile archives are built on the spot.
#include "importers/docx_importer.hpp"

#include "core/errors.hpp"
#include "tests/support/expect_error.hpp"
#include "zip_builder.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

using testing::ZipEntry;

std::string fixture_path(const std::string& name) { return std::string(GLOSSGRAPH_FIXTURES) + "/docx/" + name; }

struct Imported {
    CollectingSink sink;
    CollectingDiagnostics diagnostics;
    const ParsedReport& report() const { return sink.reports.at(0); }
};

std::unique_ptr<Imported> import_bytes(const std::string& bytes, const std::string& path) {
    auto imported = std::make_unique<Imported>();
    DocxImporter().read(bytes, ImportContext{path, &Gazetteer::builtin(), &imported->diagnostics}, imported->sink);
    return imported;
}

std::unique_ptr<Imported> import_fixture(const std::string& name) {
    return import_bytes(testing::make_zip(testing::read_folder(fixture_path(name))), name + ".docx");
}

std::vector<std::string> terms(const ParsedReport& report) {
    std::vector<std::string> out;
    for (const GlossaryEntry& entry : report.entries) out.push_back(entry.term);
    return out;
}

// The lines of the body, for checking how runs were joined.
std::vector<std::string> body_lines(const ReportMeta& meta) {
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos < meta.body.size()) {
        const std::size_t end = meta.body.find('\n', pos);
        lines.push_back(meta.body.substr(pos, end - pos));
        pos = end + 1;
    }
    return lines;
}

TEST(DocxImporter, FootnotesAndEndnotesAreTheGlossaryNumberedByReference) {
    const auto r = import_fixture("footnotes_2_and_endnote_1_referenced");
    EXPECT_EQ(r->sink.ended, 1);
    const ParsedReport& report = r->report();
    EXPECT_EQ(report.meta.format, "docx");
    EXPECT_EQ(report.meta.glossary_heading, "名词解释");
    EXPECT_EQ(report.meta.region->code, "510604");
    // Footnote w:id 3 is referenced first, then w:id 2, then endnote 1.
    EXPECT_EQ(terms(report), (std::vector<std::string>{"三线一单", "四大战略", "工业强区", "金通工程"}));
    const std::vector<std::optional<int>> numbers = {1, 2, 2, 3};
    const std::vector<std::optional<std::string>> markers = {"1", "2", std::nullopt, "3"};
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        EXPECT_EQ(report.entries[i].footnote, numbers[i]) << i;
        EXPECT_EQ(report.entries[i].marker, markers[i]) << i;
    }
    EXPECT_EQ(report.entries[2].parent_seq, 1);
    EXPECT_EQ(report.entries[3].definition, "乡镇及建制村通客车的提质升级版。");
    EXPECT_TRUE(r->diagnostics.items.empty());
}

TEST(DocxImporter, FootnoteReferencesAreAnchoredWhereTheyStand) {
    const auto r = import_fixture("footnotes_2_and_endnote_1_referenced");
    const ReportMeta& meta = r->report().meta;
    EXPECT_NE(meta.body.find("推进“三线一单”落地,深入实施“四大战略”,建成“金通工程”。\n"), std::string::npos);
    ASSERT_EQ(meta.anchors.size(), 3u);
    const std::vector<std::string> before = {"推进“三线一单”", "实施“四大战略”", "建成“金通工程”"};
    for (std::size_t i = 0; i < before.size(); ++i) {
        EXPECT_EQ(meta.anchors[i].footnote, static_cast<int>(i + 1));
        EXPECT_EQ(meta.anchors[i].marker, "");
        EXPECT_TRUE(meta.body.substr(0, meta.anchors[i].offset).ends_with(before[i])) << before[i];
    }
}

TEST(DocxImporter, RunsTabsBreaksAndFieldResultsJoinIntoCleanText) {
    const auto r = import_fixture("runs_tabs_breaks_fields_hidden");
    const ParsedReport& report = r->report();
    const std::vector<std::string> expected = {"2024年德阳市罗江区政府工作报告",
                                               "2023年12月27日在德阳市罗江区第二届人民代表大会第三次会议上",
                                               "区人民政府区长  张天则",
                                               "各位代表:",
                                               "全面推进“三线一单”落地。\t第二句。",
                                               "第三句",
                                               "第四句链接文字",
                                               "各位代表,奋斗成就梦想!"};
    EXPECT_EQ(body_lines(report.meta), expected);
    EXPECT_EQ(report.meta.delivered_on, "2023-12-27");
    EXPECT_EQ(report.meta.speaker, "张天则");
    // Two entries in one paragraph, separated by a w:br.
    EXPECT_EQ(terms(report), (std::vector<std::string>{"四大战略", "三线一单"}));
    EXPECT_EQ(report.entries[0].marker, "(1)");
}

TEST(DocxImporter, TrackedDeletionsAreLeftOutInsertionsKept) {
    const auto r = import_fixture("tracked_changes_insert_delete_move");
    EXPECT_EQ(r->report().meta.body, "深入实施“四大战略”移来的话\n");
}

TEST(DocxImporter, GlossaryWrittenAsParagraphsReadsAsInText) {
    const auto r = import_fixture("glossary_paragraphs_at_end");
    const ParsedReport& report = r->report();
    EXPECT_EQ(terms(report), (std::vector<std::string>{"四大战略", "三线一单"}));
    EXPECT_EQ(report.entries[0].marker, "(1)");
    EXPECT_EQ(report.entries[1].footnote, 2);
    // No references in the document: the anchors are the text pipeline's markers.
    ASSERT_EQ(report.meta.anchors.size(), 1u);
    EXPECT_EQ(report.meta.anchors[0].marker, "(1)");
}

TEST(DocxImporter, TableRowsAreEntriesWithoutTheHeaderRow) {
    const auto r = import_fixture("glossary_table_with_header_row");
    const ParsedReport& report = r->report();
    EXPECT_EQ(terms(report), (std::vector<std::string>{"四大战略", "三线一单"}));
    EXPECT_EQ(report.entries[1].definition, "生态保护红线、环境质量底线。");
}

TEST(DocxImporter, TitleAndDateComeFromCorePropertiesWhenTheTextLacksThem) {
    const auto r = import_fixture("title_and_date_only_in_core");
    const ReportMeta& meta = r->report().meta;
    EXPECT_EQ(meta.title, "2024年德阳市罗江区政府工作报告");
    EXPECT_EQ(meta.delivered_on, "2023-12-27");
    EXPECT_EQ(meta.year, 2024);
    EXPECT_EQ(meta.region->code, "510604");
}

TEST(DocxImporter, DoctypeEntitiesAreNotExpanded) {
    const auto r = import_fixture("doctype_entity_not_expanded");
    EXPECT_EQ(r->report().meta.body, "外部实体&xxe;内部实体&lol;预定义&\n");
}

// Importing `bytes` as `name` is refused with a parse_error naming the file and saying why.
void expect_refused(const std::string& bytes, const std::string& name, const std::string& reason) {
    testing_support::expect_error<parse_error>([&] { import_bytes(bytes, name); }, reason, [&](const parse_error& e) {
        EXPECT_TRUE(std::string(e.what()).starts_with(name + ": ")) << e.what();
    });
}

std::vector<ZipEntry> minimal_document() { return testing::read_folder(fixture_path("tracked_changes_insert_delete_move")); }

TEST(DocxImporter, ArchiveWithoutDocumentXmlIsRefused) {
    expect_refused(testing::make_zip(testing::read_folder(fixture_path("missing_document_xml"))), "missing.docx",
                   "not a Word document: the archive has no word/document.xml");
}

TEST(DocxImporter, MalformedXmlIsRefusedNamingPartLineAndColumn) {
    expect_refused(testing::make_zip(testing::read_folder(fixture_path("malformed_document_xml"))), "malformed.docx",
                   "word/document.xml:4:23: malformed XML: invalid closing tag name");
}

TEST(DocxImporter, EntryOutsideTheArchiveIsRefused) {
    std::vector<ZipEntry> entries = minimal_document();
    entries.push_back({"../evil.xml", "<x/>"});
    expect_refused(testing::make_zip(entries), "traversal.docx", "unsafe entry name '../evil.xml'");
}

TEST(DocxImporter, DeclaredZipBombIsRefusedBeforeExpanding) {
    const std::string zip = testing::with_declared_size(testing::make_zip(minimal_document()), "word/document.xml", 0xF0000000u);
    expect_refused(zip, "bomb.docx", "zip bomb: entries declare more than 256 MiB uncompressed");
}

TEST(DocxImporter, HighlyCompressedEntryIsRefusedAsABomb) {
    std::vector<ZipEntry> entries = minimal_document();
    entries.push_back({"word/media/zeros.bin", std::string(4u << 20, '\0')});
    expect_refused(testing::make_zip(entries), "ratio.docx", "zip bomb: 'word/media/zeros.bin' expands");
}

TEST(DocxImporter, BytesThatAreNoZipArchiveAreRefused) {
    expect_refused("PK\x03\x04 not really a zip archive", "fake.docx", "not a ZIP archive");
}

TEST(DocxImporter, IdentifiesWordArchivesByContent) {
    const DocxImporter importer;
    EXPECT_EQ(importer.identify(std::string("PK\x03\x04\x14\0\0\0", 8) + "word/document.xml"), Identification::yes);
    EXPECT_EQ(importer.identify(std::string("PK\x03\x04\x14\0\0\0", 8) + "mimetype"), Identification::unsure);
    EXPECT_EQ(importer.identify("<html>"), Identification::no);
}

// Found by fuzz_docx_importer: bytes of a part that were not UTF-8 went into the report as
// they were, and the store and the JSON output then met text that is not UTF-8.
TEST(DocxImporter, BytesThatAreNotUtf8AreReplacedWithAWarning) {
    const std::string w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    const std::string document = "<w:document " + w + "><w:body><w:p><w:r><w:t>2024年德阳市罗江区政府工作报告</w:t></w:r></w:p>"
                                 "<w:p><w:r><w:t>各位代表：推进\xFF\xFE落地。</w:t></w:r></w:p></w:body></w:document>";
    const auto r = import_bytes(testing::make_zip({{"word/document.xml", document}}), "damaged.docx");
    EXPECT_NE(r->report().meta.body.find("推进\xEF\xBF\xBD\xEF\xBF\xBD落地"), std::string::npos) << r->report().meta.body;
    ASSERT_EQ(r->diagnostics.items.size(), 1u);
    EXPECT_EQ(format_diagnostic(r->diagnostics.items[0]),
              "damaged.docx: warning: word/document.xml: invalid UTF-8 byte 0xFF; 2 damaged sequences replaced with U+FFFD");
}

}  // namespace
}  // namespace glossgraph
