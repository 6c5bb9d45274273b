// A database that another writer has locked, that is read-only, or whose disk is full: the
// import fails with a message naming the database, exits 1, and everything stored before
// is still there, whole.
#include "cli/run_cli.hpp"
#include "core/gazetteer.hpp"
#include "core/store/report_writer.hpp"
#include "importers/text_importer.hpp"
#include "tests/core/store/store_test_support.hpp"
#include "tests/faults/fault_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <cstdlib>
#include <sstream>

namespace glossgraph::faults {
namespace {

const RunOptions as_nobody{true, {}, {}};
const fs::path new_report = source_dir() / "tests/importers/fixtures/report_gb18030.txt";

// A folder holding a database of the samples and one report not in it yet.
class DatabaseFaults : public testing::Test {
protected:
    void SetUp() override {
        copy_samples(dir_ / "samples");
        const RunResult result = run_glossgraph({"--db", db_.string(), "import", (dir_ / "samples").string()}, dir_.path());
        ASSERT_EQ(result.exit_code, 0) << result.err;
        fs::copy_file(new_report, dir_ / "new.txt");
        before_ = read_database(db_);
        ASSERT_EQ(before_.reports.size(), 5u);
    }

    RunResult import_new(const RunOptions& options = {}) {
        return run_glossgraph({"--db", db_.string(), "import", (dir_ / "new.txt").string()}, logs_.path(), options);
    }

    void expect_nothing_lost() {
        const StoredDatabase after = read_database(db_);
        EXPECT_EQ(after.integrity, "ok");
        EXPECT_EQ(after.reports, before_.reports);
    }

    ScratchDir dir_{"glossgraph-dbfault"};
    ScratchDir logs_{"glossgraph-dbfault-logs"};
    fs::path db_ = dir_ / "glossgraph.db";
    StoredDatabase before_;
};

// The import waits on the lock for its busy timeout, shortened to 100 ms by a preloaded
// sqlite3_busy_timeout (short_busy_timeout.cpp), so the test does not wait out the store's.
RunOptions with_short_busy_timeout() {
    const char* asan = std::getenv("ASAN_OPTIONS");
    return {false, {}, {std::string("LD_PRELOAD=") + GLOSSGRAPH_SHORT_BUSY_TIMEOUT,
                        std::string("ASAN_OPTIONS=") + (asan ? asan : "") + ":verify_asan_link_order=0"}};
}

TEST_F(DatabaseFaults, LockedByAnotherWriterFailsNamingTheDatabaseAndLosesNothing) {
    {
        WriteLock lock(db_);
        ASSERT_TRUE(lock.locked());
        const RunResult result = import_new(with_short_busy_timeout());
        EXPECT_EQ(result.exit_code, 1);
        EXPECT_NE(result.err.find("new.txt: database error: " + db_.string() +
                                  ": database is locked (another glossgraph is writing?)"),
                  std::string::npos)
            << result.err;
    }
    expect_nothing_lost();
    // Once the other writer is done, the same import succeeds.
    EXPECT_EQ(import_new().exit_code, 0);
    EXPECT_EQ(read_database(db_).reports.size(), 6u);
}

// Root ignores file permissions, so the import runs as `nobody` when the test runs as root.
TEST_F(DatabaseFaults, ReadOnlyFileFailsNamingTheDatabaseAndLosesNothing) {
    hand_to_unprivileged(dir_.path());
    fs::permissions(db_, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    const RunResult result = import_new(as_nobody);
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("new.txt: database error: " + db_.string() +
                              ": attempt to write a readonly database (is the file or its folder read-only?)"),
              std::string::npos)
        << result.err;
    // Reading still works.
    const RunResult stats = run_glossgraph({"--db", db_.string(), "stats", "--json"}, logs_.path(), as_nobody);
    EXPECT_EQ(stats.exit_code, 0) << stats.err;
    EXPECT_NE(stats.out.find("\"reports\": 5"), std::string::npos) << stats.out;
    expect_nothing_lost();
}

TEST_F(DatabaseFaults, ReadOnlyFolderFailsNamingTheDatabaseAndLosesNothing) {
    hand_to_unprivileged(dir_.path());
    fs::permissions(db_, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(dir_.path(), fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                     fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    const RunResult result = import_new(as_nobody);
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find(db_.string() + ": attempt to write a readonly database (is the file or its folder read-only?)"),
              std::string::npos)
        << result.err;
    fs::permissions(dir_.path(), fs::perms::owner_all, fs::perm_options::add);
    expect_nothing_lost();
}

// Issue 12, item 17: in a folder it may not write to, a database could not be read at all
// ("attempt to write a readonly database": a reader of a WAL database creates its -shm file).
TEST_F(DatabaseFaults, ReadOnlyFolderCanStillBeRead) {
    hand_to_unprivileged(dir_.path());
    fs::permissions(db_, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(dir_.path(), fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                     fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    const std::vector<std::vector<std::string>> reads = {
        {"stats", "--json"}, {"reports"}, {"show", "三线一单"}, {"entries", "--json"}, {"export", "--format", "json"}};
    for (const std::vector<std::string>& read : reads) {
        std::vector<std::string> args{"--db", db_.string()};
        args.insert(args.end(), read.begin(), read.end());
        const RunResult result = run_glossgraph(args, logs_.path(), as_nobody);
        EXPECT_EQ(result.exit_code, 0) << read.front() << ": " << result.err;
        EXPECT_EQ(result.err, "") << read.front();
    }
    const RunResult stats = run_glossgraph({"--db", db_.string(), "stats", "--json"}, logs_.path(), as_nobody);
    EXPECT_NE(stats.out.find("\"reports\": 5"), std::string::npos) << stats.out;
    fs::permissions(dir_.path(), fs::perms::owner_all, fs::perm_options::add);
    EXPECT_FALSE(fs::exists(dir_ / "glossgraph.db-shm"));
    expect_nothing_lost();
}

// An older database cannot be upgraded where it cannot be written: said so, with how.
TEST_F(DatabaseFaults, ReadOnlyFolderWithAnOlderDatabaseSaysHowToUpgradeIt) {
    sqlite3* handle = nullptr;
    ASSERT_EQ(sqlite3_open_v2(db_.c_str(), &handle, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(handle, "DROP INDEX reports_source; ALTER TABLE reports DROP COLUMN source; PRAGMA user_version = 4",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(handle);
    hand_to_unprivileged(dir_.path());
    fs::permissions(dir_.path(), fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                     fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    const RunResult result = run_glossgraph({"--db", db_.string(), "reports"}, logs_.path(), as_nobody);
    fs::permissions(dir_.path(), fs::perms::owner_all, fs::perm_options::add);
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find(db_.string() + ": written by an older glossgraph (schema version 4; this one reads version " +
                              std::to_string(Store::schema_version()) +
                              "), and it must be upgraded, which writes to it; it is read-only here"),
              std::string::npos)
        << result.err;
}

// A full disk, simulated as the issue asks with PRAGMA max_page_count. The pragma holds for
// one connection only, so it is set from inside this process on every connection SQLite
// opens (an auto extension), and glossgraph runs in-process through run_cli().
int page_limit = 0;

int limit_pages(sqlite3* db, const char**, const void*) {
    const std::string pragma = "PRAGMA max_page_count = " + std::to_string(page_limit);
    return sqlite3_exec(db, pragma.c_str(), nullptr, nullptr, nullptr);
}

class PageLimit {
public:
    explicit PageLimit(int pages) {
        page_limit = pages;
        sqlite3_auto_extension(reinterpret_cast<void (*)()>(limit_pages));
    }
    ~PageLimit() { sqlite3_cancel_auto_extension(reinterpret_cast<void (*)()>(limit_pages)); }
    PageLimit(const PageLimit&) = delete;
    PageLimit& operator=(const PageLimit&) = delete;
};

int page_count(const fs::path& db) {
    sqlite3* handle = nullptr;
    sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* query = nullptr;
    sqlite3_prepare_v2(handle, "PRAGMA page_count", -1, &query, nullptr);
    const int pages = sqlite3_step(query) == SQLITE_ROW ? sqlite3_column_int(query, 0) : -1;
    sqlite3_finalize(query);
    sqlite3_close(handle);
    return pages;
}

int run_in_process(const std::vector<std::string>& args, std::string& out, std::string& err) {
    std::vector<const char*> argv{"glossgraph"};
    for (const std::string& arg : args) argv.push_back(arg.c_str());
    std::ostringstream out_stream;
    std::ostringstream err_stream;
    Streams streams{out_stream, err_stream, false};
    const int code = run_cli(static_cast<int>(argv.size()), argv.data(), streams);
    out = out_stream.str();
    err = err_stream.str();
    return code;
}

TEST_F(DatabaseFaults, FullDiskFailsNamingTheDatabaseAndLosesNothing) {
    write_synthetic_reports(dir_ / "more", 10, 0);
    const int pages = page_count(db_);
    ASSERT_GT(pages, 0);
    std::string out;
    std::string err;
    {
        PageLimit limit(pages + 8);  // room for a report or two, not for ten
        EXPECT_EQ(run_in_process({"--db", db_.string(), "import", (dir_ / "more").string()}, out, err), 1);
    }
    EXPECT_NE(err.find(": database error: " + db_.string() + ": database or disk is full (is the disk full?)"),
              std::string::npos)
        << err;
    // The samples are intact; of the new reports, those stored are whole and the rest absent.
    const StoredDatabase after = read_database(db_);
    EXPECT_EQ(after.integrity, "ok");
    for (const auto& [file, report] : before_.reports) EXPECT_EQ(after.reports.at(file), report) << file;
    EXPECT_LT(after.reports.size(), 15u);
    // With room again, the import finishes.
    EXPECT_EQ(run_in_process({"--db", db_.string(), "import", (dir_ / "more").string()}, out, err), 0) << err;
    EXPECT_EQ(read_database(db_).reports.size(), 15u);
}

// Issue 12, item 18: after the disk filled up, the summary counted only the files tried
// ("3 file(s): 2 imported, 1 failed"), not the ones the stop left untried.
TEST_F(DatabaseFaults, FullDiskSummaryCountsTheFilesNeverReached) {
    write_synthetic_reports(dir_ / "more", 10, 0);
    std::string out;
    std::string err;
    {
        PageLimit limit(page_count(db_) + 8);
        EXPECT_EQ(run_in_process({"--db", db_.string(), "import", (dir_ / "more").string()}, out, err), 1);
    }
    EXPECT_NE(out.find("10 file(s): "), std::string::npos) << out;
    EXPECT_NE(out.find(" not tried (the import stopped)"), std::string::npos) << out;
    EXPECT_NE(out.find("skipped   " + (dir_ / "more/synthetic_009.txt").string()), std::string::npos) << out;
    {
        PageLimit limit(page_count(db_) + 8);
        EXPECT_EQ(run_in_process({"--db", db_.string(), "import", "--json", (dir_ / "more").string()}, out, err), 1);
    }
    EXPECT_EQ(nlohmann::json::parse(out).size(), 10u) << out;
}

// At the store: a report that no longer fits is rolled back whole, and the version it was
// replacing stays.
// Forwards to the store as the report from `source` (reports are known by their source).
struct SourcedSink final : ReportSink {
    SourcedSink(Store& to, std::string as) : store(to), source(std::move(as)) {}
    void on_report(const ReportMeta& meta) override { store.writer().on_report(meta, source); }
    void on_entry(const GlossaryEntry& entry) override { store.writer().on_entry(entry); }
    void end_report() override { store.writer().end_report(); }
    Store& store;
    std::string source;
};

TEST_F(DatabaseFaults, FullDiskDuringReplacementKeepsThePreviousVersion) {
    write_synthetic_reports(dir_ / "v0", 1, 0);
    write_synthetic_reports(dir_ / "v1", 1, 1);
    ASSERT_EQ(run_glossgraph({"--db", db_.string(), "import", (dir_ / "v0").string()}, dir_.path()).exit_code, 0);
    const StoredReport stored = read_database(db_).reports.at("synthetic_000.txt");
    const std::string bytes = read_text(dir_ / "v1/synthetic_000.txt");
    // The next version with a much longer body, so it cannot fit.
    std::string prose;
    for (int i = 0; i < 20000; ++i) prose += "正文的一句话，";
    const std::string longer = prose + "\n" + bytes;
    {
        PageLimit limit(page_count(db_));
        Store store(db_.string());
        CollectingDiagnostics diagnostics;
        const ImportContext context{"v1/synthetic_000.txt", &Gazetteer::builtin(), &diagnostics};
        // As import does: the report from v0's source, which it replaces.
        SourcedSink sink{store, "v0/synthetic_000.txt"};
        store_test::expect_store_error([&] { TextImporter().read(longer, context, sink); },
                                       db_.string() + ": database or disk is full (is the disk full?)", SQLITE_FULL);
        store.writer().abort_report();
    }
    const StoredDatabase after = read_database(db_);
    EXPECT_EQ(after.integrity, "ok");
    EXPECT_EQ(after.reports.at("synthetic_000.txt"), stored);
}

}  // namespace
}  // namespace glossgraph::faults
