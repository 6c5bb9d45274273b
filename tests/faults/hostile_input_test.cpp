// Files that are no reports at all, named on the command line (issue 12, item 8): a FIFO
// blocked the import for ever, /dev/zero was read until memory ran out, a file of 1 GB failed
// with bad_alloc. Each is now refused before it is read, naming it, and the other files of
// the run are imported.
#include "tests/faults/fault_support.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <thread>

namespace glossgraph::faults {
namespace {

const fs::path report = source_dir() / "tests/importers/fixtures/report_simplified_with_glossary.txt";

class HostileInput : public testing::Test {
protected:
    void SetUp() override { fs::copy_file(report, dir_ / "good.txt"); }

    // Runs glossgraph in the scratch folder; a run that takes longer than `patience` is killed
    // and reported as hanging (exit code -1).
    RunResult run(std::vector<std::string> args, std::chrono::seconds patience = std::chrono::seconds(60)) {
        args.insert(args.begin(), {"--db", "glossgraph.db"});
        Child child(args, logs_.path(), "run", {false, dir_.path(), {}});
        const auto start = std::chrono::steady_clock::now();
        while (!child.finished()) {
            if (elapsed_since(start) > patience) {
                child.kill_now();
                return {-1, child.out(), "hangs: killed after " + std::to_string(patience.count()) + " s"};
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return {child.wait(), child.out(), child.err()};
    }

    ScratchDir dir_{"glossgraph-hostile-input"};
    ScratchDir logs_{"glossgraph-hostile-input-logs"};
};

TEST_F(HostileInput, FifoNamedOnTheCommandLineIsRefusedNotWaitedFor) {
    ASSERT_EQ(::mkfifo((dir_ / "pipe.txt").c_str(), 0600), 0);
    const RunResult result = run({"import", "pipe.txt", "good.txt"});
    ASSERT_EQ(result.exit_code, 1) << result.err;
    EXPECT_NE(result.err.find("glossgraph: import failed: pipe.txt: is a FIFO (named pipe), not a regular file; not read"),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.out.find("2 file(s): 1 imported, 0 replaced, 0 unchanged, 0 duplicate, 1 failed"), std::string::npos)
        << result.out;
}

TEST_F(HostileInput, DeviceIsRefusedNotReadUntilMemoryRunsOut) {
    const RunResult result = run({"import", "/dev/zero", "good.txt"});
    ASSERT_EQ(result.exit_code, 1) << result.err;
    EXPECT_NE(result.err.find("glossgraph: import failed: /dev/zero: is a character device, not a regular file; not read"),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.out.find("1 imported"), std::string::npos) << result.out;
}

// A sparse file: 65 MiB on paper, nothing on disk. Refused by its size before a byte is read;
// before, it was read whole (a 1 GB file failed with bad_alloc).
TEST_F(HostileInput, FileOverTheDefaultMaximumSizeIsRefusedNamingIt) {
    fs::resize_file((dir_ / "huge.txt").string(), (fs::copy_file(report, dir_ / "huge.txt"), std::uintmax_t{65} << 20));
    const RunResult result = run({"import", "huge.txt", "good.txt"});
    ASSERT_EQ(result.exit_code, 1) << result.err;
    EXPECT_NE(result.err.find("glossgraph: import failed: huge.txt: file is 65 MiB, over the limit of 64 MiB a report may "
                              "have; not read (--max-file-size raises the limit)"),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.out.find("1 imported"), std::string::npos) << result.out;
}

TEST_F(HostileInput, MaximumFileSizeIsConfigurable) {
    write_text(dir_ / "good.txt", read_text(report) + std::string(2048 - fs::file_size(report), '\n'));
    const RunResult small = run({"import", "--max-file-size", "1k", "good.txt"});
    EXPECT_EQ(small.exit_code, 1);
    EXPECT_NE(small.err.find("good.txt: file is 2 KiB, over the limit of 1 KiB a report may have"), std::string::npos)
        << small.err;
    const RunResult enough = run({"import", "--max-file-size", "2M", "good.txt"});
    EXPECT_EQ(enough.exit_code, 0) << enough.err;
    for (const std::string bad : {"0", "-5", "lots", "5 parsecs"}) {
        const RunResult refused = run({"import", "--max-file-size", bad, "good.txt"});
        EXPECT_EQ(refused.exit_code, 2) << bad << ": " << refused.err;
        EXPECT_NE(refused.err.find("--max-file-size"), std::string::npos) << bad << ": " << refused.err;
    }
}

}  // namespace
}  // namespace glossgraph::faults
