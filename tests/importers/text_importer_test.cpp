#include "importers/text_importer.hpp"

#include "core/errors.hpp"
#include "tests/support/expect_error.hpp"
#include "tests/importers/whole_file.hpp"

#include <gtest/gtest.h>


namespace glossgraph {
namespace {

std::string fixture_path(const std::string& name) { return std::string(GLOSSGRAPH_FIXTURES) + "/" + name; }

using testing::slurp;

struct Imported {
    CollectingSink sink;
    CollectingDiagnostics diagnostics;
};

Imported import_fixture(const std::string& name) {
    Imported imported;
    const std::string path = fixture_path(name);
    TextImporter().read(slurp(path), ImportContext{path, &Gazetteer::builtin(), &imported.diagnostics}, imported.sink);
    return imported;
}

TEST(TextImporter, EmitsReportEntriesAndEnd) {
    const Imported r = import_fixture("report_simplified_with_glossary.txt");
    ASSERT_EQ(r.sink.reports.size(), 1u);
    EXPECT_EQ(r.sink.ended, 1);
    const ParsedReport& report = r.sink.reports[0];
    EXPECT_EQ(report.meta.file, "report_simplified_with_glossary.txt");
    EXPECT_EQ(report.meta.format, "text");
    EXPECT_EQ(report.meta.encoding, "UTF-8");
    EXPECT_EQ(report.meta.content_hash.size(), 32u);
    EXPECT_EQ(report.meta.region->code, "510604");
    ASSERT_EQ(report.entries.size(), 2u);
    EXPECT_EQ(report.entries[1].term, "三线一单");
    EXPECT_EQ(report.entries[1].line, 9);
    // The body is the report without its glossary.
    EXPECT_NE(report.meta.body.find("深入实施“四大战略”(1)"), std::string::npos);
    EXPECT_EQ(report.meta.body.find("名词解释"), std::string::npos);
}

TEST(TextImporter, ForumChromeIsRemovedReportTextKept) {
    const Imported r = import_fixture("report_forum_chrome_around.txt");
    const ReportMeta& meta = r.sink.reports.at(0).meta;
    for (const char* chrome : {"设为首页", "复制链接", "TA的每日心情", "172463", "发表于", "您需要登录", "Powered by", "010-63691786", "返回顶部"}) {
        EXPECT_EQ(meta.body.find(chrome), std::string::npos) << chrome;
    }
    EXPECT_NE(meta.body.find("本版积分规则在正文里不是页面装饰,这一句要保留。"), std::string::npos);
    ASSERT_EQ(r.sink.reports[0].entries.size(), 1u);
    EXPECT_EQ(r.sink.reports[0].entries[0].definition, "资源变资产。");
    EXPECT_EQ(meta.title, "2024年德阳市罗江区政府工作报告");
}

TEST(TextImporter, TraditionalScriptWithPinyinAnnotations) {
    const Imported r = import_fixture("report_traditional_pinyin_annotations.txt");
    const ParsedReport& report = r.sink.reports.at(0);
    EXPECT_EQ(report.meta.script, Script::traditional);
    EXPECT_EQ(report.meta.region->code, "371403");
    EXPECT_EQ(report.meta.speaker, "李希巖");
    EXPECT_EQ(report.meta.written_title, "2021年德州市陵城區政府工作報告");
    EXPECT_EQ(report.meta.title, "2021年德州市陵城区政府工作报告");
    EXPECT_NE(report.meta.body.find("我們要落實“標準地”(試行)辦法。"), std::string::npos);
    ASSERT_EQ(report.entries.size(), 1u);
    EXPECT_EQ(report.entries[0].term, "四個最嚴");
    EXPECT_EQ(report.entries[0].key, "四个最严");
    // Issue 18: the one damaged run (the byte-level annotation split 的) is repaired, said, flagged.
    EXPECT_EQ(report.entries[0].definition, "最嚴謹的標準、最嚴格的監管。");
    EXPECT_EQ(report.entries[0].damage, Damage::repaired);
    EXPECT_EQ(report.meta.damage, Damage::repaired);
    ASSERT_EQ(report.meta.damaged_runs.size(), 1u);
    EXPECT_EQ(report.meta.damaged_runs[0].line, 7);
    ASSERT_EQ(r.diagnostics.items.size(), 1u);
    EXPECT_EQ(r.diagnostics.items[0].message, "damaged text '?shù)臉?biāo)' repaired as '的標(biāo)'");
}

TEST(TextImporter, ReportWithoutGlossaryHasNoEntriesAndNoWarning) {
    const Imported r = import_fixture("report_without_glossary.txt");
    EXPECT_TRUE(r.sink.reports.at(0).entries.empty());
    EXPECT_EQ(r.sink.reports[0].meta.region->code, "530302");
    EXPECT_TRUE(r.diagnostics.items.empty());
}

TEST(TextImporter, Gb18030InputIsDetectedAndConverted) {
    const Imported r = import_fixture("report_gb18030.txt");
    const ReportMeta& meta = r.sink.reports.at(0).meta;
    EXPECT_EQ(meta.encoding, "GB18030");
    EXPECT_EQ(meta.speaker, "张忠文");
    EXPECT_EQ(meta.region->code, "530302");
    EXPECT_EQ(meta.delivered_on, "2023-01-04");
}

TEST(TextImporter, Utf8BomAndCrlf) {
    const Imported r = import_fixture("report_utf8_bom_crlf.txt");
    const ParsedReport& report = r.sink.reports.at(0);
    EXPECT_EQ(report.meta.encoding, "UTF-8 (BOM)");
    EXPECT_EQ(report.meta.region->code, "360281");
    ASSERT_EQ(report.entries.size(), 1u);
    EXPECT_EQ(report.entries[0].definition, "减环节、减材料。");
}

TEST(TextImporter, UnknownRegionIsAWarningAndTheReportIsKept) {
    const Imported r = import_fixture("report_region_unknown.txt");
    ASSERT_EQ(r.sink.reports.size(), 1u);
    EXPECT_FALSE(r.sink.reports[0].meta.region.has_value());
    EXPECT_EQ(r.sink.reports[0].entries.size(), 1u);
    ASSERT_EQ(r.diagnostics.items.size(), 1u);
    EXPECT_EQ(r.diagnostics.items[0].severity, Severity::warning);
    EXPECT_EQ(r.diagnostics.items[0].location.line, 1);
    EXPECT_NE(r.diagnostics.items[0].message.find("桃花源县"), std::string::npos);
}

// The fixture is refused with a parse_error whose message names the file and says why.
void expect_refused(const std::string& fixture, const std::string& reason) {
    testing_support::expect_error<parse_error>([&] { import_fixture(fixture); }, reason, [&](const parse_error& e) {
        EXPECT_NE(std::string(e.what()).find(fixture_path(fixture) + ":"), std::string::npos) << e.what();
    });
}

TEST(TextImporter, EmptyFileIsRefusedNamingIt) { expect_refused("empty.txt", "file is empty"); }

TEST(TextImporter, BinaryFileIsRefusedNamingIt) { expect_refused("binary_nul_bytes.txt", "binary content"); }

TEST(TextImporter, IdentifiesByContent) {
    const TextImporter importer;
    EXPECT_EQ(importer.identify("2024年政府工作报告"), Identification::unsure);
    EXPECT_EQ(importer.identify(std::string_view("PK\x03\x04\0\0", 6)), Identification::no);
}

}  // namespace
}  // namespace glossgraph
