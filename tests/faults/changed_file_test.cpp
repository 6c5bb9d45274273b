// Files met again by a later import: one whose stamp (size, modification time) is the one its
// report was read with is unchanged without being read; one rewritten is read and replaced;
// one touched without a change is read once, found unchanged by its content, and known by
// its new stamp from then on.
#include "fault_support.hpp"

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <chrono>
#include <thread>

namespace glossgraph::faults {
namespace {

class ChangedFile : public ::testing::Test {
protected:
    ChangedFile() : dir_("gg-changed"), logs_("gg-changed-logs") {
        fs::create_directories(dir_ / "reports");
        fs::copy_file(source_dir() / "samples" / "000_5b54c714a6bec26a.txt", report_);
        db_ = dir_ / "reports.db";
    }

    RunResult import(const RunOptions& options = {}) {
        return run_glossgraph({"--db", db_.string(), "import", (dir_ / "reports").string()}, logs_.path(), options);
    }

    // Imports as `nobody` with the report unreadable to it: only an import that does not read
    // the file can call it unchanged (as root the test cannot tell, and says so).
    RunResult import_without_reading() {
        hand_to_unprivileged(dir_.path());
        fs::permissions(report_, fs::perms::none);
        RunResult result = import({true, {}, {}});
        fs::permissions(report_, fs::perms::owner_read | fs::perms::owner_write);
        return result;
    }

    ScratchDir dir_;
    ScratchDir logs_;
    fs::path report_ = dir_ / "reports" / "000.txt";
    fs::path db_;
};

TEST_F(ChangedFile, AnUnchangedStampIsNotReadAgain) {
    ASSERT_EQ(import().exit_code, 0);
    if (!running_as_root()) GTEST_SKIP() << "needs root to run the import as nobody";
    const RunResult again = import_without_reading();
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find("unchanged"), std::string::npos) << again.out;
    EXPECT_NE(again.out.find("0 imported, 0 replaced, 1 unchanged"), std::string::npos) << again.out;
}

TEST_F(ChangedFile, ARewrittenFileIsReadAndReplaced) {
    ASSERT_EQ(import().exit_code, 0);
    std::string text = read_text(report_);
    text.replace(text.find("三线一单"), std::string("三线一单").size(), "四线一单");  // same size, other content
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    write_text(report_, text);
    const RunResult again = import();
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find("1 replaced"), std::string::npos) << again.out;
}

TEST_F(ChangedFile, ATouchedFileIsReadOnceThenKnownByItsNewStamp) {
    ASSERT_EQ(import().exit_code, 0);
    const auto later = fs::last_write_time(report_) + std::chrono::seconds(5);
    fs::last_write_time(report_, later);
    const RunResult touched = import();
    EXPECT_EQ(touched.exit_code, 0) << touched.err;
    EXPECT_NE(touched.out.find("1 unchanged"), std::string::npos) << touched.out;
    if (!running_as_root()) GTEST_SKIP() << "needs root to run the import as nobody";
    const RunResult again = import_without_reading();
    EXPECT_EQ(again.exit_code, 0) << again.err;
    EXPECT_NE(again.out.find("1 unchanged"), std::string::npos) << again.out;
}

}  // namespace
}  // namespace glossgraph::faults
