// Creating, checking and migrating the schema of a glossgraph database.
#include "core/store/schema.hpp"

#include "core/gazetteer.hpp"
#include "core/region_history.hpp"
#include "core/store/database.hpp"
#include "core/store/link_tables.hpp"
#include "core/store/queries.hpp"
#include "core/store/report_source.hpp"
#include "core/store/report_writer.hpp"
#include "core/store/store.hpp"
#include "tests/core/store/store_test_support.hpp"

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <utility>
#include <vector>

namespace glossgraph {
namespace {

using store_test::expect_store_error;
using store_test::TempDb;

int pragma(Database& db, const std::string& name) {
    Statement query = db.prepare("PRAGMA " + name);
    EXPECT_TRUE(query.step()) << name;
    return query.column_int(0);
}

int count(Database& db, const std::string& table) {
    Statement query = db.prepare("SELECT count(*) FROM " + table);
    EXPECT_TRUE(query.step()) << table;
    return query.column_int(0);
}

// The number of distinct codes among the built-in divisions and their history: the regions
// table holds each code once.
int gazetteer_codes() {
    std::set<std::string> codes;
    for (const Region& region : Gazetteer::builtin().regions()) codes.insert(region.code);
    for (const HistoricDivision& division : RegionHistory::builtin().divisions()) codes.insert(division.region.code);
    return static_cast<int>(codes.size());
}

// "name|level|parent_code" of one region.
std::string region_row(Database& db, const std::string& code) {
    Statement query = db.prepare(
        "SELECT name || '|' || level || '|' || coalesce(parent_code, 'none') FROM regions WHERE code = ?1");
    if (!query.bind_text(1, code).step()) return "no region " + code;
    return query.column_text(0);
}

// A table's statement with each CHECK of comparisons (`a = 'x' OR a = 'y' OR a = 'z'`) written
// as the IN list versions 1 to 11 wrote (`a IN ('x', 'y', 'z')`): checks_as_comparisons undone.
std::string as_in_lists(const std::string& sql) {
    static const std::regex check(R"(CHECK \((\w+) = ('[^']*'(?: OR\s+\1 = '[^']*')+)\))");
    std::string out;
    auto rest = sql.cbegin();
    for (std::sregex_iterator it(sql.begin(), sql.end(), check), end; it != end; ++it) {
        const std::smatch& found = *it;
        out.append(rest, found[0].first);
        const std::string column = found[1].str();
        const std::regex joint(" OR(\\s+)" + column + " = ");
        out += "CHECK (" + column + " IN (" + std::regex_replace(found[2].str(), joint, ",$1") + "))";
        rest = found[0].second;
    }
    out.append(rest, sql.cend());
    return out;
}

// Takes a database back to version 11: CHECKs of three values or more as IN lists.
void make_version_11(Database& db) {
    EXPECT_GT(rewrite_table_statements(db, [](std::string_view sql) { return as_in_lists(std::string(sql)); }), 0);
}

// Every table, index, view and trigger with the statement that made it, in order.
std::string schema_statements(Database& db) {
    std::string all;
    Statement query = db.prepare("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name");
    while (query.step()) all += query.column_text(0) + " " + query.column_text(1) + ": " + query.column_text(2) + "\n";
    return all;
}

// The opcodes SQLite compiles `sql` to.
std::vector<std::string> opcodes(Database& db, const std::string& sql) {
    std::vector<std::string> codes;
    Statement explain = db.prepare("EXPLAIN " + sql);
    while (explain.step()) codes.push_back(explain.column_text(1));
    return codes;
}

// An insert of a value into each column of `table`.
std::string insert_of_every_column(Database& db, const std::string& table) {
    std::string columns;
    std::string values;
    Statement query = db.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    query.bind_text(1, table);
    while (query.step()) {
        columns += (columns.empty() ? "" : ", ") + query.column_text(0);
        values += values.empty() ? "?" : ", ?";
    }
    return "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")";
}

// Takes a database back to version 10: no stamps of the files reports were read from.
void make_version_10(Database& db) {
    make_version_11(db);
    db.exec("ALTER TABLE reports DROP COLUMN file_size; ALTER TABLE reports DROP COLUMN file_mtime_ns");
}

// Takes a database back to version 9: the search index's columns without their end mark.
void make_version_9(Database& db) {
    make_version_10(db);
    db.exec("UPDATE entry_search SET term = substr(term, 1, length(term) - 1), definition = substr(definition, 1, length(definition) - 1)");
}

// Takes a database back to version 8: no damaged runs (user_version is left to the caller).
void make_version_8(Database& db) {
    make_version_9(db);
    db.exec("DROP TABLE damaged_runs; ALTER TABLE reports DROP COLUMN damage; ALTER TABLE entries DROP COLUMN damage");
}

// Takes a current database back to version 7: no history of the codes, only today's regions
// (user_version is left to the caller).
void make_version_7(Database& db) {
    make_version_8(db);
    db.exec("DROP TABLE region_links; DROP TABLE region_names");
    std::set<std::string> today;
    for (const Region& region : Gazetteer::builtin().regions()) today.insert(region.code);
    Statement retire = db.prepare("DELETE FROM regions WHERE code = ?1");
    // Counties first, then prefectures, then provinces: no parent goes while a child names it.
    for (const RegionLevel level : {RegionLevel::county, RegionLevel::prefecture, RegionLevel::province}) {
        for (const HistoricDivision& division : RegionHistory::builtin().divisions()) {
            if (division.region.level != level || today.contains(division.region.code)) continue;
            ScopedReset done(retire);
            retire.bind_text(1, division.region.code).run();
        }
    }
}

// Takes a database back to version 6: no stored labels (user_version is left to the caller).
void make_version_6(Database& db) {
    make_version_7(db);
    db.exec("ALTER TABLE terms DROP COLUMN label; DROP INDEX reports_year; DROP INDEX entries_report_term");
}

// Takes a database back to version 5: no search table either.
void make_version_5(Database& db) {
    make_version_6(db);
    db.exec("DROP TRIGGER entry_search_delete; DROP TABLE entry_search");
}

// Takes the reports table back to version 4: no source (user_version is left to the caller).
void make_version_4_reports(Database& db) {
    make_version_5(db);
    db.exec("DROP INDEX reports_source; ALTER TABLE reports DROP COLUMN source");
}

// Stores one report, a.txt, of one entry at path; linked (its entry indexed for search) when
// asked.
void store_one_entry(const std::string& path, const std::string& term, const std::string& definition, bool linked) {
    Store store(path);
    store.writer().on_report(store_test::make_meta("a.txt", "h"));
    GlossaryEntry entry;
    entry.term = term;
    entry.definition = definition;
    store.writer().on_entry(entry);
    store.writer().end_report();
    if (!linked) return;
    store.link_tables().begin_linking(1);
    store.link_tables().commit_linking();
}

// Makes a current glossgraph database at path, then lets `damage` change it.
template <typename Damage>
void make_database(const std::string& path, Damage&& damage) {
    Database db(path, Access::read_write_create);
    prepare_database(db, Gazetteer::builtin());
    damage(db);
}

TEST(StoreSchema, NewDatabaseGetsCurrentVersionAndEveryRegion) {
    Database db(":memory:", Access::read_write_create);
    prepare_database(db, Gazetteer::builtin());
    EXPECT_EQ(pragma(db, "user_version"), current_schema_version());
    EXPECT_EQ(Store::schema_version(), current_schema_version());
    EXPECT_EQ(count(db, "regions"), gazetteer_codes());
    EXPECT_GT(count(db, "regions"), 3000);
    EXPECT_EQ(pragma(db, "foreign_keys"), 1);
}

TEST(StoreSchema, RegionsLinkCountyToPrefectureToProvince) {
    Database db(":memory:", Access::read_write_create);
    prepare_database(db, Gazetteer::builtin());
    Statement chain = db.prepare(
        "SELECT c.name, p.code, p.name, g.code, g.name, g.parent_code FROM regions c"
        " JOIN regions p ON p.code = c.parent_code JOIN regions g ON g.code = p.parent_code"
        " WHERE c.code = '510604'");
    ASSERT_TRUE(chain.step());
    EXPECT_EQ(chain.column_text(0), "罗江区");
    EXPECT_EQ(chain.column_text(1), "510600");
    EXPECT_EQ(chain.column_text(2), "德阳市");
    EXPECT_EQ(chain.column_text(3), "510000");
    EXPECT_EQ(chain.column_text(4), "四川省");
    EXPECT_TRUE(chain.column_is_null(5));
    EXPECT_EQ(region_row(db, "510604"), "罗江区|county|510600");
    EXPECT_EQ(region_row(db, "510600"), "德阳市|prefecture|510000");
    EXPECT_EQ(region_row(db, "510000"), "四川省|province|none");
}

TEST(StoreSchema, CountyGovernedByItsProvinceNamesTheProvince) {
    Database db(":memory:", Access::read_write_create);
    prepare_database(db, Gazetteer::builtin());
    EXPECT_EQ(region_row(db, "110101"), "东城区|county|110000");
    EXPECT_EQ(region_row(db, "419001"), "济源市|county|410000");
}

TEST(StoreSchema, CityWithoutCountiesIsKeptOnceAsAPrefecture) {
    Database db(":memory:", Access::read_write_create);
    prepare_database(db, Gazetteer::builtin());
    EXPECT_EQ(region_row(db, "441900"), "东莞市|prefecture|440000");
}

TEST(StoreSchema, FileDatabaseUsesWriteAheadLog) {
    TempDb file;
    make_database(file.path(), [](Database&) {});
    Database db(file.path(), Access::read_write);
    Statement mode = db.prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode.step());
    EXPECT_EQ(mode.column_text(0), "wal");
}

// A version-2 file (version 3 without link_state) gains link_state at rules version 0, so the
// next link links it again as a whole; what it held is kept.
// A lookup on a current file builds no gazetteer (milliseconds of every read command); a new
// file and a migrated one ask for it once.
TEST(StoreSchema, TheGazetteerIsAskedForOnlyToCreateOrMigrate) {
    TempDb file;
    int asked = 0;
    const GazetteerSource counted = [&]() -> const Gazetteer& {
        ++asked;
        return Gazetteer::builtin();
    };
    { Store created(file.path(), Store::Purpose::write, counted); }
    EXPECT_EQ(asked, 1);
    { Store read(file.path(), Store::Purpose::read, counted); }
    { Store written(file.path(), Store::Purpose::write, counted); }
    EXPECT_EQ(asked, 1);
    TempDb older(".v3.db");
    make_database(older.path(), [](Database& db) {  // as StoreSchema.Version3EntriesGetFullConfidence makes it
        make_version_4_reports(db);
        db.exec("ALTER TABLE entries DROP COLUMN confidence; PRAGMA user_version = 3");
    });
    { Store migrated(older.path(), Store::Purpose::read, counted); }
    EXPECT_EQ(asked, 2);
}

TEST(StoreSchema, Version2DatabaseIsMigratedAndMarkedForLinkingAgain) {
    TempDb file;
    make_database(file.path(), [](Database& db) {
        db.exec("INSERT INTO terms (key) VALUES ('kept'); DROP TABLE link_state;"
                " ALTER TABLE entries DROP COLUMN confidence; PRAGMA user_version = 2");
        make_version_4_reports(db);
    });
    Database db(file.path(), Access::read_write);
    prepare_database(db, Gazetteer::builtin());
    EXPECT_EQ(pragma(db, "user_version"), current_schema_version());
    EXPECT_EQ(count(db, "terms"), 1);
    Statement rules = db.prepare("SELECT rules_version FROM link_state");
    ASSERT_TRUE(rules.step());
    EXPECT_EQ(rules.column_int(0), 0);
}

TEST(StoreSchema, Version3EntriesGetFullConfidence) {
    TempDb file;
    make_database(file.path(), [](Database& db) {
        make_version_4_reports(db);
        db.exec("ALTER TABLE entries DROP COLUMN confidence; PRAGMA user_version = 3;"
                " INSERT INTO reports (id, file, path, content_hash, encoding, format, title, written_title, script,"
                " glossary_heading) VALUES (1, 'r.txt', 'r.txt', 'h', 'UTF-8', 'text', '', '', 'simplified', '');"
                " INSERT INTO terms (id, key) VALUES (1, 'k');"
                " INSERT INTO entries (report_id, seq, term_id, term, definition, line) VALUES (1, 0, 1, 'k', 'd', 3)");
    });
    Database db(file.path(), Access::read_write);
    prepare_database(db, Gazetteer::builtin());
    EXPECT_EQ(pragma(db, "user_version"), current_schema_version());
    Statement confidence = db.prepare("SELECT confidence FROM entries");
    ASSERT_TRUE(confidence.step());
    EXPECT_EQ(confidence.column_double(0), 1.0);
}

// Issue 12, report identity: a version-4 file knew its reports by file name. Each now gets
// the source its stored path gives (that path was given from a folder not stored: the one
// glossgraph runs in, else the database's, whichever holds the file), and a name that is UTF-8.
TEST(StoreSchema, Version4ReportsAreKnownByTheirPathFromNowOn) {
    TempDb file;
    const std::filesystem::path beside = std::filesystem::path(file.path()).parent_path() / "reports_v4_migration";
    std::filesystem::create_directories(beside / "xa");
    std::ofstream(beside / "xa" / "a.txt") << "x";
    const std::string folder = beside.filename().string();
    make_database(file.path(), [&](Database& db) {
        make_version_4_reports(db);
        db.exec("PRAGMA user_version = 4");
        db.exec("INSERT INTO reports (id, file, path, content_hash, encoding, format, title, written_title, script,"
                " glossary_heading) VALUES"
                " (1, 'a.txt', '" + folder + "/xa/a.txt', 'h1', 'UTF-8', 'text', '', '', 'simplified', ''),"
                " (2, CAST(X'32303233D5FEB8AE2E747874' AS TEXT), '/gone/2023.txt', 'h2', 'GB18030', 'text', '', '',"
                " 'simplified', '')");
    });
    Database db(file.path(), Access::read_write);
    prepare_database(db, Gazetteer::builtin());
    EXPECT_EQ(pragma(db, "user_version"), current_schema_version());
    Statement rows = db.prepare("SELECT file, source FROM reports ORDER BY id");
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.column_text(0), "a.txt");
    EXPECT_EQ(rows.column_text(1), folder + "/xa/a.txt");  // found beside the database
    ASSERT_TRUE(rows.step());
    EXPECT_EQ(rows.column_text(0), "2023政府.txt");  // the GBK name, now UTF-8
    EXPECT_EQ(rows.column_text(1), report_source("/gone/2023.txt", file.path()));
    std::filesystem::remove_all(beside);
    // A second file of the name a.txt from another folder is another report, not a replacement.
    Store store(file.path());
    EXPECT_EQ(store.writer().state_of(folder + "/xb/a.txt", "h3"), ReportState::absent);
    EXPECT_EQ(store.writer().state_of(folder + "/xa/a.txt", "h1"), ReportState::unchanged);
}

// Issue 14, search: a version-5 file's entries are indexed by the migration, in key form.
TEST(StoreSchema, Version5EntriesBecomeSearchable) {
    TempDb file;
    store_one_entry(file.path(), "“三線一單”", "生態保護紅線。", false);
    make_database(file.path(), [](Database& db) {
        make_version_5(db);
        db.exec("PRAGMA user_version = 5");
    });
    Store store(file.path());
    const auto hits = store.queries().search({{"生态保护"}, true, true, {}});
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].key, "三线一单");
    EXPECT_EQ(hits[0].definition, "生態保護紅線。");
}

// Version 7: a version-6 file's terms get their labels stored, ranked as before.
TEST(StoreSchema, Version6TermsGetTheirLabelsStored) {
    TempDb file;
    {
        Store store(file.path());
        for (const char* name : {"a.txt", "b.txt", "c.txt"}) {
            ReportMeta meta;
            meta.file = name;
            meta.path = name;
            meta.content_hash = name;
            meta.encoding = "UTF-8";
            meta.format = "text";
            store.writer().on_report(meta);
            GlossaryEntry entry;
            entry.term = std::string(name) == "a.txt" ? "四個最嚴" : "“四个最严”";
            entry.definition = "最严谨的标准。";
            store.writer().on_entry(entry);
            store.writer().end_report();
        }
    }
    make_database(file.path(), [](Database& db) {
        make_version_6(db);
        db.exec("PRAGMA user_version = 6");
    });
    Database db(file.path(), Access::read_write);
    prepare_database(db, Gazetteer::builtin());
    Statement label = db.prepare("SELECT label FROM terms WHERE key = '四个最严'");
    ASSERT_TRUE(label.step());
    EXPECT_EQ(label.column_text(0), "“四个最严”");  // used twice, against once
}

TEST(StoreSchema, Version7GetsTheHistoryOfTheCodes) {
    TempDb file;
    make_database(file.path(), [](Database& db) {
        make_version_7(db);
        db.exec("PRAGMA user_version = 7");
    });
    {
        Database db(file.path(), Access::read_write);
        EXPECT_EQ(region_row(db, "510626"), "no region 510626");
    }
    Database db(file.path(), Access::read_write);
    prepare_database(db, Gazetteer::builtin());
    EXPECT_EQ(pragma(db, "user_version"), current_schema_version());
    EXPECT_EQ(count(db, "regions"), gazetteer_codes());
    EXPECT_EQ(region_row(db, "510626"), "罗江县|county|510600");  // retired, placed as in its last year
    EXPECT_EQ(region_row(db, "510604"), "罗江区|county|510600");  // today's row, as it was
    EXPECT_EQ(region_row(db, "322500"), "南通地区|prefecture|320000");
    EXPECT_EQ(count(db, "region_names"), static_cast<int>(RegionHistory::builtin().divisions().size()));
    EXPECT_EQ(count(db, "region_links"), static_cast<int>(RegionHistory::builtin().links().size()));
    Statement link = db.prepare("SELECT year, change FROM region_links WHERE from_code = '510626' AND to_code = '510604'");
    ASSERT_TRUE(link.step());
    EXPECT_EQ(link.column_int(0), 2017);
    EXPECT_EQ(link.column_text(1), "upgraded");
}

// A version-8 file gains the damaged runs: none stored, every report and entry undamaged.
TEST(StoreSchema, Version8ReportsAndEntriesHoldNoDamage) {
    TempDb file;
    make_database(file.path(), [](Database& db) {
        make_version_8(db);
        db.exec("PRAGMA user_version = 8;"
                " INSERT INTO reports (id, file, path, content_hash, encoding, format, title, written_title, script,"
                " glossary_heading, source) VALUES (1, 'r.txt', 'r.txt', 'h', 'UTF-8', 'text', '', '', 'simplified', '',"
                " 'r.txt'); INSERT INTO terms (id, key) VALUES (1, 'k');"
                " INSERT INTO entries (report_id, seq, term_id, term, definition, line) VALUES (1, 0, 1, 'k', 'd', 3)");
    });
    Database db(file.path(), Access::read_write);
    prepare_database(db, Gazetteer::builtin());
    EXPECT_EQ(pragma(db, "user_version"), current_schema_version());
    EXPECT_EQ(count(db, "damaged_runs"), 0);
    Statement damage = db.prepare("SELECT r.damage || '|' || e.damage FROM reports r JOIN entries e ON e.report_id = r.id");
    ASSERT_TRUE(damage.step());
    EXPECT_EQ(damage.column_text(0), "none|none");
}

// A version-9 file's search index gets the end mark of each column: a two-character word at
// the end of a term is found through the index.
TEST(StoreSchema, Version9SearchColumnsGetTheirEndMark) {
    TempDb file;
    store_one_entry(file.path(), "五社联动", "社区、社会组织联动。", true);
    make_database(file.path(), [](Database& db) {
        make_version_9(db);
        db.exec("PRAGMA user_version = 9");
        Statement column = db.prepare("SELECT term FROM entry_search");
        ASSERT_TRUE(column.step());
        EXPECT_EQ(column.column_text(0), "五社联动");
    });
    {
        Database db(file.path(), Access::read_write);
        prepare_database(db, Gazetteer::builtin());
        EXPECT_EQ(pragma(db, "user_version"), current_schema_version());
        Statement column = db.prepare("SELECT term, definition FROM entry_search");
        ASSERT_TRUE(column.step());
        EXPECT_EQ(column.column_text(0), "五社联动\x01");
        EXPECT_EQ(column.column_text(1), "社区、社会组织联动。\x01");
    }
    Store store(file.path());
    const auto hits = store.queries().search({{"联动"}, true, false, {}});
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].key, "五社联动");
}

// Version 11 keeps the stamp of each report's file; reports of before have none, and are
// read and hashed when met again.
TEST(StoreSchema, Version10ReportsHaveNoStampOfTheirFile) {
    TempDb file;
    store_one_entry(file.path(), "五社联动", "社区、社会组织联动。", true);
    make_database(file.path(), [](Database& db) {
        make_version_10(db);
        db.exec("PRAGMA user_version = 10");
    });
    Store store(file.path());
    {
        Database db(file.path(), Access::read_only);
        EXPECT_EQ(pragma(db, "user_version"), current_schema_version());
    }
    const auto reports = store.queries().reports();
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_FALSE(store.writer().stored_stamp(reports[0].file).has_value());
    store.writer().refresh_stamp(reports[0].file, {1234, 5678});
    const auto stamp = store.writer().stored_stamp(reports[0].file);
    ASSERT_TRUE(stamp.has_value());
    EXPECT_EQ(stamp->stamp, (FileStamp{1234, 5678}));
}

TEST(StoreSchema, Version11ChecksBecomeComparisonsAsInANewDatabase) {
    TempDb made(".made.db");
    make_database(made.path(), [](Database&) {});
    TempDb file;
    store_one_entry(file.path(), "五社联动", "社区、社会组织联动。", true);
    make_database(file.path(), [](Database& db) {
        make_version_11(db);
        db.exec("PRAGMA user_version = 11");
    });
    {
        Database db(file.path(), Access::read_only);
        const std::string before = schema_statements(db);
        EXPECT_NE(before.find("CHECK (level IN ('province', 'prefecture', 'county'))"), std::string::npos) << before;
        EXPECT_NE(before.find("CHECK (kind IN ('variant_suffix', 'variant_numeral', 'variant_expansion',\n"), std::string::npos);
    }
    Store store(file.path());
    Database db(file.path(), Access::read_write);
    Database made_db(made.path(), Access::read_only);
    EXPECT_EQ(schema_statements(db), schema_statements(made_db));
    EXPECT_EQ(pragma(db, "user_version"), current_schema_version());
    Statement check = db.prepare("PRAGMA quick_check");
    ASSERT_TRUE(check.step());
    EXPECT_EQ(check.column_text(0), "ok");
    EXPECT_EQ(count(db, "entries"), 1);
    // The constraints hold as before.
    expect_store_error([&] { db.exec("UPDATE entries SET damage = 'broken'"); }, "CHECK constraint failed");
    expect_store_error([&] { db.exec("INSERT INTO regions (code, name, level) VALUES ('999999', 'x', 'town')"); },
                       "CHECK constraint failed");
    db.exec("UPDATE entries SET damage = 'repaired'");
    EXPECT_EQ(store.queries().reports().size(), 1u);
}

// SQLite checks an IN list of three or more constants through a temporary b-tree built for
// each run of the statement; no table's insert does so (checks_as_comparisons).
TEST(StoreSchema, NoInsertBuildsATemporaryTable) {
    Database db(":memory:", Access::read_write_create);
    prepare_database(db, Gazetteer::builtin());
    db.exec("CREATE TEMP TABLE probe (a TEXT CHECK (a IN ('x', 'y', 'z')))");
    const auto probe = opcodes(db, "INSERT INTO probe (a) VALUES (?)");
    ASSERT_NE(std::find(probe.begin(), probe.end(), "OpenEphemeral"), probe.end()) << "the probe finds what it looks for";
    std::vector<std::string> tables;
    Statement query = db.prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'");
    while (query.step()) tables.push_back(query.column_text(0));
    EXPECT_GE(tables.size(), 10u);
    for (const std::string& table : tables) {
        const std::string insert = insert_of_every_column(db, table);
        const auto codes = opcodes(db, insert);
        EXPECT_EQ(std::find(codes.begin(), codes.end(), "OpenEphemeral"), codes.end()) << insert;
    }
}

TEST(StoreSchema, ReopeningACurrentDatabaseChangesNothing) {
    TempDb file;
    make_database(file.path(), [](Database& db) {
        db.exec("INSERT INTO terms (key) VALUES ('kept')");
    });
    Database db(file.path(), Access::read_write);
    prepare_database(db, Gazetteer::builtin());
    EXPECT_EQ(pragma(db, "user_version"), current_schema_version());
    EXPECT_EQ(count(db, "regions"), gazetteer_codes());
    EXPECT_EQ(count(db, "terms"), 1);
}

TEST(StoreSchema, NewerDatabaseIsRefused) {
    TempDb file;
    const int newer = current_schema_version() + 1;
    make_database(file.path(), [&](Database& db) { db.exec("PRAGMA user_version = " + std::to_string(newer)); });
    expect_store_error([&] { Store store(file.path()); },
                       file.path() + ": written by a newer glossgraph (schema version " + std::to_string(newer) +
                           "; this glossgraph reads up to version " + std::to_string(current_schema_version()) +
                           ")",
                       SQLITE_NOTADB);
}

TEST(StoreSchema, DatabaseMissingATableIsRefused) {
    TempDb file;
    make_database(file.path(), [](Database& db) { db.exec("DROP TABLE report_texts"); });
    expect_store_error([&] { Store store(file.path()); },
                       file.path() + ": not a glossgraph database, or a damaged one: it has no table 'report_texts'");
}

TEST(StoreSchema, AnotherProgramsDatabaseIsRefusedAndLeftAlone) {
    TempDb file;
    {
        Database other(file.path(), Access::read_write_create);
        other.exec("CREATE TABLE notes (text TEXT)");
    }
    expect_store_error([&] { Store store(file.path()); },
                       file.path() + ": not a glossgraph database (it holds another program's tables)");
    Database other(file.path(), Access::read_write);
    EXPECT_EQ(pragma(other, "user_version"), 0);
    Statement mode = other.prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode.step());
    EXPECT_EQ(mode.column_text(0), "delete");  // not switched to WAL
}

TEST(StoreSchema, AnotherProgramsVersionedDatabaseIsRefused) {
    TempDb file;
    {
        Database other(file.path(), Access::read_write_create);
        other.exec("CREATE TABLE notes (text TEXT); PRAGMA user_version = 1");
    }
    expect_store_error([&] { Store store(file.path()); },
                       file.path() + ": not a glossgraph database (it belongs to another program)");
}

TEST(StoreSchema, TextFileIsRefusedByName) {
    TempDb file(".txt");
    std::ofstream(file.path()) << "2024年德阳市罗江区政府工作报告\n名词解释\n1.四个最严：……\n";
    expect_store_error([&] { Store store(file.path()); },
                       file.path() + ": file is not a database (expected a glossgraph database)", SQLITE_NOTADB);
}

// Opening for writing checks every page, so a damaged file is refused before anything is
// written to it; opening for reading does not read the whole file first.
TEST(StoreSchema, DamagedFileIsRefusedForWritingAndNothingIsWritten) {
    TempDb file;
    {
        Store store(file.path());
        store.writer().on_report(store_test::make_meta("beijing.txt", "h1", "110105"));  // on the first page of regions
        store.writer().end_report();
    }
    store_test::damage_first_leaf_of(file.path(), "regions");
    const auto bytes = [&] {
        std::ifstream in(file.path(), std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    };
    const std::string damaged = bytes();
    expect_store_error([&] { Store(file.path()).prepare_to_write(); },
                       file.path() + ": the database is damaged (quick_check: Page ", SQLITE_CORRUPT);
    expect_store_error(
        [&] {
            Store store(file.path());
            store.writer().on_report(store_test::make_meta("other.txt", "h2"));
        },
        "); nothing was written. Recover: import the reports again");
    EXPECT_EQ(bytes(), damaged);
    Store reader(file.path(), Store::Purpose::read);
    expect_store_error([&] { static_cast<void>(reader.queries().reports()); },
                       file.path() + ": the database is damaged (database disk image is malformed). Recover: ",
                       SQLITE_CORRUPT);
    EXPECT_EQ(bytes(), damaged);
}

TEST(StoreSchema, FolderThatDoesNotExistIsNamed) {
    TempDb file;
    const std::string path = file.path() + "/missing/glossgraph.db";
    expect_store_error([&] { Store store(path); }, path + ": unable to open database file", SQLITE_CANTOPEN);
}

}  // namespace
}  // namespace glossgraph
