// Hostile text is data: every query binds its values, so a term written as SQL is stored,
// found and shown exactly as written, and every table is still there afterwards.
#include "core/store/report_writer.hpp"
#include "core/store/store.hpp"
#include "tests/faults/fault_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>

namespace glossgraph::faults {
namespace {

using Json = nlohmann::json;

const std::string drop_terms = "'); DROP TABLE terms;--";

std::vector<std::string> tables(const fs::path& db) {
    sqlite3* handle = nullptr;
    sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* query = nullptr;
    sqlite3_prepare_v2(handle, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", -1, &query, nullptr);
    std::vector<std::string> names;
    while (sqlite3_step(query) == SQLITE_ROW) names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(query, 0)));
    sqlite3_finalize(query);
    sqlite3_close(handle);
    return names;
}

void expect_tables_intact(const fs::path& db) {
    const std::vector<std::string> names = tables(db);
    for (const char* table : {"entries", "regions", "report_texts", "reports", "terms", "mentions", "relations"}) {
        EXPECT_NE(std::find(names.begin(), names.end(), table), names.end()) << "table " << table << " is gone";
    }
}

// The glossary parser takes no term with a semicolon (sentence punctuation) and none without
// a Han character, so the exact term reaches the store through the sink interface,
// as any importer's glossary would.
void store_hostile_report(const fs::path& db) {
    Store store(db.string());
    ReportMeta meta;
    meta.file = "hostile.txt";
    meta.path = "hostile.txt";
    meta.content_hash = "0123456789abcdef0123456789abcdef";
    meta.encoding = "UTF-8";
    meta.format = "text";
    meta.title = "2024年'); DROP TABLE reports;--政府工作报告";
    meta.written_title = meta.title;
    meta.body = "深入实施“" + drop_terms + "”。";
    store.writer().on_report(meta);
    GlossaryEntry entry;
    entry.seq = 0;
    entry.marker = "(1)";
    entry.footnote = 1;
    entry.term = drop_terms;
    entry.definition = "x'); DELETE FROM entries; SELECT ('";
    entry.line = 9;
    store.writer().on_entry(entry);
    store.writer().end_report();
}

// The CLI finds and shows the term stored by store_hostile_report, and refuses a missing one.
TEST(SqlInjection, TermDropTableIsStoredAndShownAsWritten) {
    ScratchDir dir("glossgraph-sql");
    const fs::path db = dir / "glossgraph.db";
    store_hostile_report(db);
    // Importing an empty folder links what is stored: the mention of the term in the body.
    fs::create_directory(dir / "empty");
    const RunResult linked = run_glossgraph({"--db", db.string(), "import", (dir / "empty").string()}, dir.path());
    ASSERT_EQ(linked.exit_code, 0) << linked.err;

    const RunResult shown = run_glossgraph({"--db", db.string(), "show", drop_terms, "--json"}, dir.path());
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    const Json term = Json::parse(shown.out);
    EXPECT_EQ(term["term"], drop_terms);
    ASSERT_EQ(term["defined_by"].size(), 1u);
    EXPECT_EQ(term["defined_by"][0]["definition"], "x'); DELETE FROM entries; SELECT ('");
    EXPECT_EQ(term["mentioned_by"].size(), 1u);

    const RunResult entries = run_glossgraph({"--db", db.string(), "entries", "--json"}, dir.path());
    ASSERT_EQ(entries.exit_code, 0) << entries.err;
    EXPECT_EQ(Json::parse(entries.out)[0]["term"], drop_terms);
    const RunResult table = run_glossgraph({"--db", db.string(), "show", drop_terms}, dir.path());
    EXPECT_NE(table.out.find(drop_terms + "  (key "), std::string::npos) << table.out;

    const RunResult missing = run_glossgraph({"--db", db.string(), "show", "x'; DROP TABLE entries;--"}, dir.path());
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_NE(missing.err.find("no term 'x'; DROP TABLE entries;--'"), std::string::npos) << missing.err;
    expect_tables_intact(db);
    EXPECT_EQ(read_database(db).reports.at("hostile.txt").entries.size(), 1u);
}

// Through the text importer: as much SQL in a term as the parser lets through, and the exact
// DROP TABLE in its definition.
TEST(SqlInjection, ImportedGlossaryWithSqlIsStoredAndShownAsWritten) {
    ScratchDir dir("glossgraph-sql-import");
    const fs::path db = dir / "glossgraph.db";
    const fs::path fixture = source_dir() / "tests/faults/fixtures/glossary_term_with_sql.txt";
    const RunResult imported = run_glossgraph({"--db", db.string(), "import", fixture.string()}, dir.path());
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    EXPECT_EQ(imported.err, "");

    const std::string written = "' OR '1'='1' --条款";
    const RunResult shown = run_glossgraph({"--db", db.string(), "show", written, "--json"}, dir.path());
    ASSERT_EQ(shown.exit_code, 0) << shown.err;
    const Json term = Json::parse(shown.out);
    EXPECT_EQ(term["term"], written);
    ASSERT_EQ(term["defined_by"].size(), 1u);
    EXPECT_EQ(term["defined_by"][0]["definition"].get<std::string>().substr(0, drop_terms.size()), drop_terms);

    const RunResult entries = run_glossgraph({"--db", db.string(), "entries", "--json"}, dir.path());
    ASSERT_EQ(entries.exit_code, 0) << entries.err;
    EXPECT_EQ(Json::parse(entries.out).size(), 2u);
    expect_tables_intact(db);
}

}  // namespace
}  // namespace glossgraph::faults
