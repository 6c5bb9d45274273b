// A file that vanishes, or becomes unreadable, after the folder was listed and before it is
// read: the import names it in a failure, imports the other files and exits 1.
//
// The moment is made deterministic rather than raced. glossgraph reads files in batches
// (importers/prepared_file.hpp) and reads the next batch only once the current one is stored.
// Another connection holds the write lock, so glossgraph, having listed the folder and read
// the first batch, waits (up to its five-second busy timeout) to store it. inotify tells when
// the first file has been read; the test then removes or locks a file of the second batch and
// releases the lock.
#include "tests/faults/fault_support.hpp"

#include "importers/prepared_file.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/inotify.h>
#include <poll.h>
#include <unistd.h>

#include <functional>

namespace glossgraph::faults {
namespace {

const fs::path fixtures = source_dir() / "tests/importers/fixtures";

// Waits until a file named `name` in `folder` is closed after reading; false on timeout.
class ReadWatch {
public:
    explicit ReadWatch(const fs::path& folder) : fd_(inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
        if (fd_ >= 0) inotify_add_watch(fd_, folder.c_str(), IN_CLOSE_NOWRITE);
    }
    ~ReadWatch() {
        if (fd_ >= 0) ::close(fd_);
    }
    ReadWatch(const ReadWatch&) = delete;
    ReadWatch& operator=(const ReadWatch&) = delete;

    bool wait_for(const std::string& name, int timeout_ms) {
        const auto start = std::chrono::steady_clock::now();
        alignas(inotify_event) char buffer[4096];
        while (elapsed_since(start).count() < timeout_ms) {
            pollfd ready{fd_, POLLIN, 0};
            if (::poll(&ready, 1, 100) <= 0) continue;
            const ssize_t size = ::read(fd_, buffer, sizeof buffer);
            for (ssize_t at = 0; at < size;) {
                const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
                if (event->len > 0 && name == event->name) return true;
                at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            }
        }
        return false;
    }

private:
    int fd_;
};

// Imports a folder of three reports, a_first, b_second and c_third, with enough copies of an
// already stored report after a_first (duplicates, not stored again) to put b_second in the
// second batch; `spoil` acts on b_second once a_first is read. Returns the import's result.
RunResult import_spoiling_second(ScratchDir& dir, const std::function<void(const fs::path&)>& spoil,
                                 const RunOptions& options = {}) {
    const fs::path db = dir / "glossgraph.db";
    const fs::path folder = dir / "reports";
    fs::create_directories(folder);
    fs::copy_file(fixtures / "report_simplified_with_glossary.txt", folder / "a_first.txt");
    for (std::size_t i = 1; i < kFilesPerBatch; ++i) {
        fs::copy_file(fixtures / "report_without_glossary.txt", folder / ("a_first_copy_" + std::to_string(100 + i) + ".txt"));
    }
    fs::copy_file(fixtures / "report_gb18030.txt", folder / "b_second.txt");
    fs::copy_file(fixtures / "report_utf8_bom_crlf.txt", folder / "c_third.txt");
    // An existing database (holding one other report): opening it needs no write lock,
    // only storing a report does.
    EXPECT_EQ(run_glossgraph({"--db", db.string(), "import", (fixtures / "report_without_glossary.txt").string()},
                             dir.path()).exit_code, 0);
    hand_to_unprivileged(dir.path());

    WriteLock lock(db);
    EXPECT_TRUE(lock.locked());
    ReadWatch watch(folder);
    Child import({"--db", db.string(), "import", "--json", folder.string()}, dir.path(), "import", options);
    EXPECT_TRUE(watch.wait_for("a_first.txt", 20000)) << "glossgraph never read the first file";
    spoil(folder / "b_second.txt");
    lock.release();
    RunResult result;
    result.exit_code = import.wait();
    result.out = import.out();
    result.err = import.err();
    return result;
}

TEST(VanishingFile, RemovedAfterListingFailsNamingItAndTheOthersImport) {
    ScratchDir dir("glossgraph-vanish");
    const RunResult result = import_spoiling_second(dir, [](const fs::path& file) { fs::remove(file); });
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_NE(result.err.find("reports/b_second.txt: cannot read: No such file or directory"), std::string::npos)
        << result.err;
    EXPECT_NE(result.out.find("\"status\": \"failed\""), std::string::npos);
    const StoredDatabase stored = read_database(dir / "glossgraph.db");
    EXPECT_EQ(stored.integrity, "ok");
    EXPECT_EQ(stored.reports.size(), 3u);
    EXPECT_EQ(stored.reports.count("a_first.txt"), 1u);
    EXPECT_EQ(stored.reports.count("c_third.txt"), 1u);
}

// Root reads any file, so the import runs as `nobody` when the test runs as root.
TEST(VanishingFile, UnreadableAfterListingFailsNamingItAndTheOthersImport) {
    ScratchDir dir("glossgraph-unreadable");
    const RunResult result = import_spoiling_second(
        dir, [](const fs::path& file) { fs::permissions(file, fs::perms::none); }, RunOptions{true, {}, {}});
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_NE(result.err.find("reports/b_second.txt: cannot read: Permission denied"), std::string::npos)
        << result.err;
    const StoredDatabase stored = read_database(dir / "glossgraph.db");
    EXPECT_EQ(stored.integrity, "ok");
    EXPECT_EQ(stored.reports.size(), 3u);
    EXPECT_EQ(stored.reports.count("b_second.txt"), 0u);
}

}  // namespace
}  // namespace glossgraph::faults
