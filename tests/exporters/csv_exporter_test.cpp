// CSV: one table per write, a header and CRLF records, the byte order mark under excel (pandas
// reads the samples' tables in the cli tests).
#include "exporters/csv_exporter.hpp"

#include "core/errors.hpp"
#include "fixture_graph.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace glossgraph {
namespace {

std::string table(const std::string& name, bool excel = false) {
    std::ostringstream out;
    ExportOptions options;
    options.table = name;
    options.excel = excel;
    CsvExporter().write(fixtures::fixture_graph(), options, out);
    return out.str();
}

std::size_t records(const std::string& text) {
    std::size_t count = 0;
    for (std::size_t at = text.find("\r\n"); at != std::string::npos; at = text.find("\r\n", at + 2)) ++count;
    return count;
}

TEST(ExportCsv, TablesInTheirOrder) {
    EXPECT_EQ(CsvExporter().tables(), (std::vector<std::string_view>{"entries", "terms", "regions", "relations"}));
}

TEST(ExportCsv, RegionsTable) {
    const std::string text = table("regions");
    EXPECT_EQ(text.substr(0, text.find("\r\n", text.find("\r\n") + 2) + 2),
              "code,name,level,parent_code\r\n370000,山东省,province,\r\n");
    EXPECT_EQ(records(text), 1 + fixtures::fixture_graph().regions.size());
}

TEST(ExportCsv, EntriesHaveTheirReportRegionAndText) {
    const std::string text = table("entries");
    EXPECT_EQ(text.substr(0, text.find("\r\n")),
              "report,report_title,year,region_code,region,term_key,written_term,definition,footnote");
    EXPECT_NE(text.find("\r\n002_56897e3e26716c43.txt,2023年曾都区政府工作报告,2023,421303,曾都区,三线一单,三线一单,"
                        "生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。,8\r\n"),
              std::string::npos);
    // The hostile definition: quoted, its quotes doubled, its line break kept inside the field.
    EXPECT_NE(text.find(",\"定义含 \"\"引号\"\"、\\反斜杠、<标签>、&符号\n第二行：與繁體 'x'\",\r\n"), std::string::npos);
    EXPECT_EQ(records(text), 1 + fixtures::fixture_graph().definitions.size());  // the LF inside a field ends no record
}

TEST(ExportCsv, TermsCountWhatTheDataHolds) {
    const std::string text = table("terms");
    EXPECT_NE(text.find("\r\n三线一单,三线一单,三线一单,2,2,2,2\r\n"), std::string::npos);
    EXPECT_NE(text.find("\r\n四个最严,四個最嚴,四個最嚴,1,1,0,0\r\n"), std::string::npos);
}

TEST(ExportCsv, RelationsWithBothLabels) {
    EXPECT_NE(table("relations").find("\r\n四个最严要求,“四个最严”要求,四个最严,四個最嚴,variant_suffix,suffix 要求\r\n"),
              std::string::npos);
}

TEST(ExportCsv, ExcelGetsAByteOrderMark) {
    EXPECT_EQ(table("regions", true).substr(0, 3), "\xEF\xBB\xBF");
    EXPECT_EQ(table("regions", true).substr(3), table("regions"));
    EXPECT_EQ(table("regions").substr(0, 4), "code");
}

TEST(ExportCsv, UnknownTableIsAUsageError) {
    EXPECT_THROW(
        {
            try {
                table("reports");
            } catch (const usage_error& e) {
                EXPECT_STREQ(e.what(), "csv writes one table at a time: name one of entries, terms, regions, relations (not 'reports')");
                throw;
            }
        },
        usage_error);
}

}  // namespace
}  // namespace glossgraph
