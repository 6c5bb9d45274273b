#pragma once
// Shared by the fault tests: scratch folders, running the glossgraph executable as a child
// process (to kill it, to run it as another user, to run it beside a reader), reading a
// database with SQLite directly, and synthetic reports to make imports long enough.
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace glossgraph::faults {

namespace fs = std::filesystem;

// The glossgraph executable under test and the repository, from CMake.
fs::path glossgraph_exe();
fs::path source_dir();

// A fresh folder under the system temp folder, removed with everything in it on destruction.
class ScratchDir {
public:
    explicit ScratchDir(const std::string& prefix);
    ~ScratchDir();
    ScratchDir(const ScratchDir&) = delete;
    ScratchDir& operator=(const ScratchDir&) = delete;
    const fs::path& path() const { return path_; }
    fs::path operator/(const std::string& name) const { return path_ / name; }

private:
    fs::path path_;
};

std::string read_text(const fs::path& file);
void write_text(const fs::path& file, const std::string& text);

// How a child runs.
struct RunOptions {
    // Run as the unprivileged user `nobody` when the test runs as root, so that file
    // permissions apply (root ignores them); a no-op otherwise.
    bool unprivileged = false;
    fs::path workdir;  // empty: the test's own
    // "NAME=value" set in the child's environment besides the test's own (replacing NAME there).
    std::vector<std::string> environment;
};

// A glossgraph process started with `args` (without the program name); stdout and stderr go
// to files in `log_dir`, named after `tag`.
class Child {
public:
    Child(const std::vector<std::string>& args, const fs::path& log_dir, const std::string& tag,
          const RunOptions& options = {});
    ~Child();  // kills and reaps a child still running
    Child(const Child&) = delete;
    Child& operator=(const Child&) = delete;

    pid_t pid() const { return pid_; }
    // True once the child has exited (reaps it).
    bool finished();
    // Waits for the end; the exit code, or 128 + signal for a child killed by a signal.
    int wait();
    // SIGKILL now; true when the child was still running (so it really was killed).
    bool kill_now();
    std::string out() const { return read_text(out_path_); }
    std::string err() const { return read_text(err_path_); }

private:
    pid_t pid_ = -1;
    std::optional<int> status_;
    fs::path out_path_;
    fs::path err_path_;
};

struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs glossgraph to the end.
RunResult run_glossgraph(const std::vector<std::string>& args, const fs::path& log_dir,
                         const RunOptions& options = {});

// Gives `path` (recursively) to the user `nobody` when running as root, so an unprivileged
// child can write there; a no-op otherwise.
void hand_to_unprivileged(const fs::path& path);
bool running_as_root();

// What a database holds, read with SQLite directly (no glossgraph code involved).
struct StoredEntry {
    int seq = 0;
    std::string marker;
    std::string term;
    std::string definition;
    int line = 0;
    bool operator==(const StoredEntry&) const = default;
};
struct StoredReport {
    std::string content_hash;
    std::size_t body_bytes = 0;
    std::vector<StoredEntry> entries;  // by seq
    bool operator==(const StoredReport&) const = default;
};
struct StoredDatabase {
    std::string integrity;       // PRAGMA integrity_check: "ok" when sound
    int foreign_key_faults = 0;  // rows PRAGMA foreign_key_check lists
    int orphan_terms = 0;        // terms no entry defines
    std::map<std::string, StoredReport> reports;  // by file name
};
// Opens the file read-write (so a hot WAL is recovered, as the next glossgraph would) and
// reads it whole. Throws std::runtime_error when SQLite cannot open or read it.
StoredDatabase read_database(const fs::path& db);

// Synthetic reports: `count` files named synthetic_NNN.txt in `folder`, each a few KiB of
// report text with a numbered glossary of 8-30 entries; terms are shared between reports so
// linking finds mentions. Version 1 revises every even-numbered report (other terms, other
// definitions), so importing it over version 0 replaces half of them.
void write_synthetic_reports(const fs::path& folder, int count, int version);

// Copies samples/ into folder.
void copy_samples(const fs::path& folder);

// The term synthetic reports use at `index` (0-59): 数字示范区, 绿色示范区 ...
std::string synthetic_term(unsigned index);

std::chrono::milliseconds elapsed_since(std::chrono::steady_clock::time_point start);

// Holds the write lock of a database, as a writer in the middle of a report does, until
// released or destroyed.
class WriteLock {
public:
    explicit WriteLock(const fs::path& db);
    ~WriteLock() { release(); }
    WriteLock(const WriteLock&) = delete;
    WriteLock& operator=(const WriteLock&) = delete;
    bool locked() const { return locked_; }
    void release();

private:
    sqlite3* handle_ = nullptr;
    bool locked_ = false;
};

}  // namespace glossgraph::faults
