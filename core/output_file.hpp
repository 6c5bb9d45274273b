#pragma once
// Writing an output file whole or not at all, and never over what the program reads. Every
// program of the project that writes a file it is told to write goes through here: the
// export command, the build's table generator, the benchmark corpus generator.
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace glossgraph {

struct OutputRules {
    // Replace a file that exists (the CLI's --force). Without it, an existing name (even a
    // dangling symbolic link) is refused, and so is one that appears while the output is
    // being written.
    bool force = false;
    // Files the program reads: the output may not be any of them, by any name (compared by
    // device and inode, so ./x, a symbolic link and a hard link count).
    std::vector<std::filesystem::path> inputs;
    // SQLite databases the program reads: as inputs, and their -wal, -shm and -journal files
    // as well, by location, since they need not exist yet to be SQLite's.
    std::vector<std::filesystem::path> databases;
    // fsync the file before it takes the target's name. Only throwaway data (a benchmark
    // corpus) turns it off.
    bool sync = true;
};

// Checks that `target` may be written under `rules`, before any work is done.
// Throws usage_error naming the target when it is empty, a folder (or ends in '/'), one of
// the inputs or databases (or a database's companion file), or exists without rules.force;
// io_error when its folder does not exist.
void check_output_file(const std::string& target, const OutputRules& rules);

// Writes `target` through `write`: checks it (as check_output_file), creates a temporary file
// with O_EXCL in the target's folder (a fresh name, never following a symbolic link), lets
// `write` fill it, flushes and fsyncs it, and only then renames it to `target` (atomically;
// without rules.force, only when `target` still does not exist). A symbolic link at `target`
// is replaced, not written through. On any failure, including an exception from `write` or
// a stream `write` leaves failed, the temporary is removed, `target` is as it was, and the
// error goes on: io_error naming the target for a failed write, sync or rename.
void write_output_file(const std::string& target, const OutputRules& rules,
                       const std::function<void(std::ostream&)>& write);

}  // namespace glossgraph
