// A damaged database is never written to: the import is refused before anything is written,
// naming the file and how to recover, and reading it says the same instead of a bare
// "malformed".
#include "tests/core/store/store_test_support.hpp"
#include "tests/faults/fault_support.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

namespace glossgraph::faults {
namespace {

// A database of the samples whose regions table is damaged. Importing a new report touched
// no damaged page, stored it and exited 0; every later read of the regions then failed.
class DamagedDatabase : public testing::Test {
protected:
    void SetUp() override {
        copy_samples(dir_ / "samples");
        const RunResult imported = run({"import", "samples"});
        ASSERT_EQ(imported.exit_code, 0) << imported.err;
        ASSERT_FALSE(fs::exists(dir_ / "glossgraph.db-wal"));  // checkpointed: every page is in the file
        store_test::damage_first_leaf_of(db_.string(), "regions");
        damaged_ = read_text(db_);
        fs::copy_file(source_dir() / "tests/importers/fixtures/report_gb18030.txt", dir_ / "new.txt");
    }

    RunResult run(std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", "glossgraph.db"});
        return run_glossgraph(args, logs_.path(), {false, dir_.path(), {}});
    }

    ScratchDir dir_{"glossgraph-damaged"};
    ScratchDir logs_{"glossgraph-damaged-logs"};
    fs::path db_ = dir_ / "glossgraph.db";
    std::string damaged_;
};

const std::string recovery =
    "Recover: import the reports again into a new database (glossgraph --db new.db import PATH...), or salvage its "
    "readable rows with: sqlite3 glossgraph.db .recover | sqlite3 fixed.db";

TEST_F(DamagedDatabase, ImportIntoDamagedPagesIsRefusedAndNothingIsWritten) {
    const RunResult result = run({"import", "new.txt"});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.out, "");
    EXPECT_NE(result.err.find("glossgraph: database error: glossgraph.db: the database is damaged (quick_check: "),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.err.find("); nothing was written. " + recovery), std::string::npos) << result.err;
    EXPECT_EQ(read_text(db_), damaged_) << "the damaged file was written to";
    EXPECT_TRUE(!fs::exists(dir_ / "glossgraph.db-wal") || fs::file_size(dir_ / "glossgraph.db-wal") == 0);
}

// A log left by an interrupted writer: neither the refused import nor a reader that meets the
// damage may copy it into the damaged file when it closes (SQLite's checkpoint on close), nor
// remove it.
TEST_F(DamagedDatabase, ADamagedDatabaseWithALogWritesNeitherFile) {
    sqlite3* writer = nullptr;
    ASSERT_EQ(sqlite3_open_v2(db_.c_str(), &writer, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(writer, "PRAGMA wal_autocheckpoint = 0; CREATE TABLE salvage_me (x); INSERT INTO salvage_me VALUES (1)",
                           nullptr, nullptr, nullptr), SQLITE_OK);
    // Copied while the writer is open: a database with a log no one has checkpointed.
    fs::copy_file(db_, dir_ / "hot.db");
    fs::copy_file(dir_ / "glossgraph.db-wal", dir_ / "hot.db-wal");
    sqlite3_close(writer);
    const std::string file = read_text(dir_ / "hot.db");
    const std::string log = read_text(dir_ / "hot.db-wal");
    ASSERT_FALSE(log.empty());
    const RunResult result = run_glossgraph({"--db", "hot.db", "import", "new.txt"}, logs_.path(), {false, dir_.path(), {}});
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_NE(result.err.find("hot.db: the database is damaged (quick_check: "), std::string::npos) << result.err;
    EXPECT_TRUE(read_text(dir_ / "hot.db") == file) << "the damaged file was written to";
    EXPECT_TRUE(read_text(dir_ / "hot.db-wal") == log) << "the log was checkpointed or removed";
    // Nor does a reader that meets the damaged page.
    const RunResult read = run_glossgraph({"--db", "hot.db", "reports"}, logs_.path(), {false, dir_.path(), {}});
    EXPECT_EQ(read.exit_code, 1);
    EXPECT_NE(read.err.find("hot.db: the database is damaged (database disk image is malformed)"), std::string::npos) << read.err;
    EXPECT_TRUE(read_text(dir_ / "hot.db") == file) << "the damaged file was written to by a reader";
    EXPECT_TRUE(read_text(dir_ / "hot.db-wal") == log) << "a reader checkpointed or removed the log";
}

TEST_F(DamagedDatabase, ReadCommandsOnDamagedPagesFailNamingTheFileAndHowToRecover) {
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"reports"}, {"entries", "--json"}, {"show", "三线一单"}, {"export", "--format", "json"}}) {
        const RunResult result = run(command);
        EXPECT_EQ(result.exit_code, 1) << command.front();
        EXPECT_EQ(result.out, "") << command.front();
        EXPECT_NE(result.err.find("glossgraph: database error: glossgraph.db: the database is damaged (database disk "
                                  "image is malformed). " + recovery),
                  std::string::npos)
            << result.err;
        EXPECT_EQ(result.err.find("unexpected"), std::string::npos) << result.err;
    }
    EXPECT_EQ(read_text(db_), damaged_);
}

// Issue 12, item 18: a mentions row whose offsets are not numbers (a hand-edited or damaged
// file) failed with "unexpected error: stoull".
TEST(DamagedDatabaseRows, BadOffsetsColumnIsDamageNotAnUnexpectedError) {
    ScratchDir dir("glossgraph-offsets");
    copy_samples(dir / "samples");
    const RunOptions in_dir{false, dir.path(), {}};
    ASSERT_EQ(run_glossgraph({"--db", "glossgraph.db", "import", "samples"}, dir.path(), in_dir).exit_code, 0);
    sqlite3* handle = nullptr;
    ASSERT_EQ(sqlite3_open_v2((dir / "glossgraph.db").c_str(), &handle, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(handle, "UPDATE mentions SET offsets = '12,x9' WHERE (report_id, term_id) = (SELECT report_id, term_id FROM mentions LIMIT 1)",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    sqlite3_close(handle);
    const RunResult result = run_glossgraph({"--db", "glossgraph.db", "mentions", "--json"}, dir.path(), in_dir);
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.err.find("unexpected error"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("glossgraph: database error: glossgraph.db: the database is damaged (a mention's offsets are "
                              "'12,x9', not byte offsets). " + recovery),
              std::string::npos)
        << result.err;
}

// A regions table whose parent codes loop, as a hand edit or a damaged page can leave it:
// 四川省 510000 made a child of its own 德阳市 510600. export --within 51 and --province 51
// walked down the loop until the stack overflowed (SIGSEGV, issue 12, item 10).
class RegionCycle : public DamagedDatabase {
protected:
    void SetUp() override {
        copy_samples(dir_ / "samples");
        const RunResult imported = run({"import", "samples"});
        ASSERT_EQ(imported.exit_code, 0) << imported.err;
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open_v2(db_.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, "UPDATE regions SET parent_code = '510600' WHERE code = '510000'", nullptr, nullptr, nullptr),
                  SQLITE_OK);
        sqlite3_close(db);
    }
};

TEST_F(RegionCycle, ExportWithinAndProvinceReportTheDamageInsteadOfCrashing) {
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"export", "--format", "json", "--within", "51"},
          {"export", "--format", "json", "--province", "51"}, {"export", "--format", "json", "--within", "510604"},
          {"export", "--format", "dot"}, {"compare", "51", "42"}, {"central"}, {"diff", "三线一单"}}) {
        const RunResult result = run(command);
        EXPECT_EQ(result.exit_code, 1) << command.back() << ": " << result.err;
        EXPECT_EQ(result.out, "") << command.back();
        EXPECT_NE(result.err.find("glossgraph: database error: glossgraph.db: the database is damaged (regions: the parent "
                                  "codes form a cycle: 510000 -> 510600 -> 510000). " + recovery),
                  std::string::npos)
            << result.err;
    }
}

}  // namespace
}  // namespace glossgraph::faults
