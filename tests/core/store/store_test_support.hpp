#pragma once
// Helpers shared by the store tests: temporary database files, error checks and small
// builders for the values an importer would send.
#include "core/errors.hpp"
#include "core/gazetteer.hpp"
#include "core/model.hpp"
#include "core/sink.hpp"
#include "core/store/queries.hpp"
#include "core/store/report_writer.hpp"
#include "core/store/store.hpp"

#include "tests/support/expect_error.hpp"

#include <gtest/gtest.h>

#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace glossgraph::store_test {

// A database path under the test temporary folder, unique to the running test; the file
// and its WAL companions are removed before and after.
class TempDb {
public:
    explicit TempDb(const std::string& suffix = ".db") {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        path_ = ::testing::TempDir() + "glossgraph_" + info->test_suite_name() + "_" + info->name() + "_" +
                std::to_string(::getpid()) + suffix;
        remove();
    }
    ~TempDb() { remove(); }
    TempDb(const TempDb&) = delete;
    TempDb& operator=(const TempDb&) = delete;
    const std::string& path() const { return path_; }

private:
    void remove() const {
        for (const char* extra : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path_ + extra);
    }
    std::string path_;
};

// Runs action, which must throw a store_error whose message contains `part` and, when
// given, whose SQLite result code is `code`.
template <typename Action>
void expect_store_error(Action&& action, const std::string& part, std::optional<int> code = std::nullopt) {
    testing_support::expect_error<store_error>(action, part, [&](const store_error& e) {
        if (code) {
            EXPECT_EQ(e.code(), *code) << e.what();
        }
    });
}

// Overwrites the start of the first leaf page of `table` with 0xFF bytes, as a failing disk
// might: SQLite still opens the file, and only what reads that page (or PRAGMA quick_check)
// finds out. The database must be closed, its WAL checkpointed. Uses SQLite's dbstat table.
inline void damage_first_leaf_of(const std::string& db, const std::string& table) {
    sqlite3* handle = nullptr;
    sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* query = nullptr;
    const std::string sql = "SELECT pageno, (SELECT page_size FROM pragma_page_size) FROM dbstat WHERE name = ?1 "
                            "AND pagetype = 'leaf' ORDER BY pageno LIMIT 1";
    sqlite3_prepare_v2(handle, sql.c_str(), -1, &query, nullptr);
    sqlite3_bind_text(query, 1, table.c_str(), -1, SQLITE_TRANSIENT);
    const bool found = query && sqlite3_step(query) == SQLITE_ROW;
    const long long offset = found ? (sqlite3_column_int64(query, 0) - 1) * sqlite3_column_int64(query, 1) : 0;
    sqlite3_finalize(query);
    sqlite3_close(handle);
    if (!found) throw std::runtime_error("no leaf page of " + table + " in " + db);
    std::fstream file(db, std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(offset);
    file << std::string(200, '\xff');
    if (!file.flush()) throw std::runtime_error("cannot damage " + db);
}

inline RegionPath region_path(const std::string& code) {
    const Gazetteer& gazetteer = Gazetteer::builtin();
    const Region* region = gazetteer.find(code);
    EXPECT_NE(region, nullptr) << code;
    return region ? gazetteer.path(*region) : RegionPath{};
}

// A report with every required field filled; optional fields are left empty.
inline ReportMeta make_meta(const std::string& file, const std::string& hash) {
    ReportMeta meta;
    meta.file = file;
    meta.path = "samples/" + file;
    meta.content_hash = hash;
    meta.encoding = "UTF-8";
    meta.format = "text";
    meta.title = "title of " + file;
    meta.written_title = "written title of " + file;
    meta.script = Script::simplified;
    meta.body = "body of " + file;
    return meta;
}

inline ReportMeta make_meta(const std::string& file, const std::string& hash, const std::string& region_code) {
    ReportMeta meta = make_meta(file, hash);
    meta.region = region_path(region_code);
    return meta;
}

// An entry whose key is its term as written (the tests use terms that are their own key).
inline GlossaryEntry make_entry(int seq, const std::string& term, std::optional<int> parent_seq = std::nullopt) {
    GlossaryEntry entry;
    entry.seq = seq;
    entry.term = term;
    entry.key = term;
    entry.definition = "definition of " + term;
    entry.parent_seq = parent_seq;
    entry.line = 10 + seq;
    return entry;
}

using Strings = std::vector<std::string>;

// An entry with a key of its own.
inline GlossaryEntry keyed_entry(int seq, const std::string& term, const std::string& key) {
    GlossaryEntry entry = make_entry(seq, term);
    entry.key = key;
    return entry;
}

inline std::vector<std::string> term_keys(const std::vector<TermRow>& terms) {
    std::vector<std::string> keys;
    for (const TermRow& term : terms) keys.push_back(term.key);
    return keys;
}

// "file:term as written" of each entry.
inline std::vector<std::string> written_terms(const std::vector<EntryRow>& entries) {
    std::vector<std::string> terms;
    for (const EntryRow& entry : entries) terms.push_back(entry.report + ":" + entry.term);
    return terms;
}

inline std::vector<std::string> files(const std::vector<ReportRow>& reports) {
    std::vector<std::string> names;
    for (const ReportRow& report : reports) names.push_back(report.file);
    return names;
}


// Sends one whole report to a sink, as an importer would.
inline void import(ReportSink& sink, const ReportMeta& meta, const std::vector<GlossaryEntry>& entries) {
    sink.on_report(meta);
    for (const GlossaryEntry& entry : entries) sink.on_entry(entry);
    sink.end_report();
}

}  // namespace glossgraph::store_test
