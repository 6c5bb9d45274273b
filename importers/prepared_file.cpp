#include "importers/prepared_file.hpp"

#include "core/errors.hpp"
#include "core/gazetteer.hpp"
#include "core/parallel.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <iterator>
#include <new>
#include <system_error>

namespace glossgraph {
namespace {

// What a file that is no regular file is, for the message that refuses it.
std::string kind_of(mode_t mode) {
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISDIR(mode)) return "a folder";
    return "not a regular file";
}

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

std::string over_limit(const std::string& size, std::uint64_t max_size) {
    return "file is " + size + ", over the limit of " + size_text(max_size) +
           " a report may have; not read (--max-file-size raises the limit)";
}

FileStamp stamp_of(const struct stat& status) {
    return {static_cast<std::int64_t>(status.st_size),
            static_cast<std::int64_t>(status.st_mtim.tv_sec) * 1'000'000'000 + static_cast<std::int64_t>(status.st_mtim.tv_nsec)};
}

}  // namespace

std::optional<FileStamp> file_stamp(const std::string& path) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0 || !S_ISREG(status.st_mode)) return std::nullopt;
    return stamp_of(status);
}

std::string read_file_bytes(const std::string& path, std::uint64_t max_size, FileStamp* stamp) {
    // O_NONBLOCK: opening a FIFO without a writer would wait for one, forever.
    const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
    if (fd.get() < 0) throw io_error(path, "cannot read: " + std::generic_category().message(errno));
    struct stat status {};
    if (::fstat(fd.get(), &status) != 0) throw io_error(path, "cannot read: " + std::generic_category().message(errno));
    if (!S_ISREG(status.st_mode)) throw io_error(path, "is " + kind_of(status.st_mode) + ", not a regular file; not read");
    if (stamp) *stamp = stamp_of(status);
    if (static_cast<std::uint64_t>(status.st_size) > max_size) {
        throw parse_error(path, 0, 0, over_limit(size_text(static_cast<std::uint64_t>(status.st_size)), max_size));
    }
    std::string content;
    content.reserve(static_cast<std::size_t>(status.st_size));
    char buffer[1 << 16];
    while (true) {
        const ssize_t got = ::read(fd.get(), buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) throw io_error(path, "read failed: " + std::generic_category().message(errno));
        if (got == 0) return content;
        content.append(buffer, static_cast<std::size_t>(got));
        if (content.size() > max_size) throw parse_error(path, 0, 0, over_limit("more than " + size_text(max_size), max_size));
    }
}

void PreparedFile::read(const ImporterRegistry& registry, std::optional<Format> from, std::uint64_t max_file_size) {
    try {
        FileStamp stamp;
        bytes_ = read_file_bytes(path_, max_file_size, &stamp);
        stamp_ = stamp;
        hash_ = content_hash(bytes_);
        importer_ = &registry.choose(path_, std::string_view(bytes_).substr(0, 4096), from);
    } catch (const error& e) {
        failure_ = e.what();  // names the file
    } catch (const std::bad_alloc&) {
        bytes_ = std::string();
        failure_ = path_ + ": out of memory while reading it";
    } catch (const std::exception& e) {
        failure_ = path_ + ": " + e.what();  // out of memory, most likely: the other files go on
    }
}

void PreparedFile::parse() {
    if (parsed_ || !importer_ || !failure_.empty()) return;
    parsed_ = true;
    try {
        importer_->read(bytes_, ImportContext{path_, &Gazetteer::builtin(), &diagnostics_}, events_);
    } catch (const error& e) {
        failure_ = e.what();
    } catch (const std::bad_alloc&) {
        events_ = CollectingSink();
        failure_ = path_ + ": out of memory while parsing it (" + size_text(bytes_.size()) + ")";
    } catch (const std::exception& e) {
        failure_ = path_ + ": " + e.what();
    }
    if (!failure_.empty()) events_ = CollectingSink();
    bytes_ = std::string();  // parsed: the events hold what is needed
}

std::size_t PreparedFile::held_bytes() const {
    std::size_t held = bytes_.size();
    for (const ParsedReport& report : events_.reports) {
        held += report.meta.body.size();
        for (const GlossaryEntry& entry : report.entries) held += entry.term.size() + entry.definition.size();
    }
    return held;
}

void PreparedFile::release() {
    bytes_ = std::string();
    events_ = CollectingSink();
    diagnostics_ = CollectingDiagnostics();
}

void PreparedFile::replay(ReportSink& sink, Diagnostics& diagnostics) {
    parse();
    for (const Diagnostic& diagnostic : diagnostics_.items) diagnostics.report(diagnostic.severity, diagnostic.location, diagnostic.message);
    if (!failure_.empty()) return;
    for (const ParsedReport& report : events_.reports) {
        sink.on_report(report.meta);
        for (const GlossaryEntry& entry : report.entries) sink.on_entry(entry);
        sink.end_report();
    }
}

std::string PreparedFile::format() const { return importer_ ? std::string(to_string(importer_->format())) : std::string(); }

std::size_t batch_end(const std::vector<std::string>& paths, std::size_t begin) {
    std::uintmax_t bytes = 0;
    std::size_t end = begin;
    while (end < paths.size() && end - begin < kFilesPerBatch && bytes < kBytesPerBatch) {
        std::error_code ec;
        const std::uintmax_t size = std::filesystem::file_size(paths[end], ec);
        bytes += ec ? 0 : size;  // an unreadable file fails when it is read
        ++end;
    }
    return end;
}

void read_all(std::vector<PreparedFile>& files, const std::vector<bool>& wanted, const ImporterRegistry& registry,
              std::optional<Format> from, std::uint64_t max_file_size) {
    parallel_for(files.size(), [&](std::size_t i) {
        if (wanted[i]) files[i].read(registry, from, max_file_size);
    });
}

void parse_all(std::vector<PreparedFile>& files, const std::vector<bool>& wanted) {
    // What parsing makes can be far larger than the file (a DOCX is compressed): once the
    // parsed files hold kBytesPerBatch, the rest are parsed one at a time as they are stored.
    std::atomic<std::size_t> held{0};
    parallel_for(files.size(), [&](std::size_t i) {
        if (!wanted[i] || held.load() >= kBytesPerBatch) return;
        files[i].parse();
        held += files[i].held_bytes();
    });
}

}  // namespace glossgraph
