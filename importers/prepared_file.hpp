#pragma once
// The CPU work of an import, done ahead of the store and on every core: reading a file,
// hashing it, choosing its importer and parsing it into events that are kept in memory. The
// store then takes each file's events in file order (cli/cmd_import.cpp), so the database is
// the same as if every file had been read straight into it.
#include "core/diagnostics.hpp"
#include "core/sink.hpp"
#include "importers/importer.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace glossgraph {

// The largest file import reads unless told otherwise (--max-file-size): far beyond any real
// report (the largest sample is under 200 KB, a DOCX with its images a few MB), small enough
// that two files parsed at once stay well inside memory.
inline constexpr std::uint64_t kDefaultMaxFileSize = std::uint64_t{64} << 20;

// The bytes of the regular file at path, at most max_size of them. Throws io_error naming the
// file when it cannot be opened or read, or is no regular file (a FIFO, a device, a socket:
// opened without blocking and refused before anything is read, so neither a FIFO without a
// writer nor /dev/zero can stall or exhaust an import), and parse_error when it holds more
// than max_size bytes (checked on its size first, and again while reading, for a file that grows).
// When stamp is given, it is set to the file's stamp as opened, before a byte is read: a file
// changed while it is read has a stamp that its next import finds changed.
std::string read_file_bytes(const std::string& path, std::uint64_t max_size, FileStamp* stamp = nullptr);

// The stamp of the file at path (following links, as reading does), or none when it cannot be
// had.
std::optional<FileStamp> file_stamp(const std::string& path);

class PreparedFile {
public:
    explicit PreparedFile(std::string path) : path_(std::move(path)) {}

    // Reads the file (read_file_bytes), hashes it and chooses its importer, which is kept:
    // `registry` must outlive this file. A read error, a file that is no regular file or is
    // larger than max_file_size, or content that no importer takes, is kept as failure(), not
    // thrown.
    void read(const ImporterRegistry& registry, std::optional<Format> from,
              std::uint64_t max_file_size = kDefaultMaxFileSize);
    // Parses the bytes read into events and diagnostics (once; a no-op after a failure) and
    // frees the bytes. A parse error (or any std::exception, such as bad_alloc) is kept as
    // failure(), with what was emitted before it discarded.
    void parse();
    // Emits the parsed reports to sink and their diagnostics to diagnostics, in the order the
    // importer emitted each; parses first when parse() was not called. The sink may throw.
    void replay(ReportSink& sink, Diagnostics& diagnostics);

    // Frees the bytes and events (after the file was stored); path, hash and failure stay.
    void release();
    // The bytes of content and parsed text this file holds now.
    std::size_t held_bytes() const;

    const std::string& path() const { return path_; }
    const std::string& hash() const { return hash_; }
    // The file's stamp as read (read_file_bytes); none before read() or when it failed to open.
    const std::optional<FileStamp>& stamp() const { return stamp_; }
    // The importer's format ("text"), empty when the file could not be read or chosen.
    std::string format() const;
    // A message naming the file, empty when reading and parsing went well.
    const std::string& failure() const { return failure_; }

private:
    std::string path_;
    std::string bytes_;
    std::string hash_;
    std::optional<FileStamp> stamp_;
    const Importer* importer_ = nullptr;
    std::string failure_;
    bool parsed_ = false;
    CollectingSink events_;
    CollectingDiagnostics diagnostics_;
};

// Files are read and parsed in batches small enough to keep in memory: the batch of `paths`
// that starts at `begin` ends before the file that would make it more than kFilesPerBatch
// files, or after the file that brings its size on disk to kBytesPerBatch or more. Returns the
// end index, > begin while begin < paths.size().
inline constexpr std::size_t kFilesPerBatch = 32;
inline constexpr std::uintmax_t kBytesPerBatch = std::uintmax_t{64} << 20;
std::size_t batch_end(const std::vector<std::string>& paths, std::size_t begin);

// Calls read() on every file for which `wanted` is true, on every core.
void read_all(std::vector<PreparedFile>& files, const std::vector<bool>& wanted, const ImporterRegistry& registry,
              std::optional<Format> from, std::uint64_t max_file_size = kDefaultMaxFileSize);
// Calls parse() on every file for which `wanted` is true, on every core, until the parsed
// files hold kBytesPerBatch (held_bytes()); replay() parses the others when they are stored.
void parse_all(std::vector<PreparedFile>& files, const std::vector<bool>& wanted);

}  // namespace glossgraph
