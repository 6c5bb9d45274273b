#include "core/output_file.hpp"

#include "core/errors.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <future>
#include <memory>
#include <new>
#include <optional>
#include <ostream>
#include <random>
#include <streambuf>
#include <system_error>
#include <utility>

namespace glossgraph {
namespace {

namespace fs = std::filesystem;

std::string quoted(const std::string& name) { return "'" + name + "'"; }

std::string output_named(const std::string& target) { return "output " + quoted(target); }

// A file as the kernel knows it: equal for every name of one file.
std::optional<std::pair<dev_t, ino_t>> identity(const fs::path& path) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0) return std::nullopt;
    return std::pair(status.st_dev, status.st_ino);
}

// Where a name puts a file: its folder resolved, the name itself not, since a rename
// replaces a symbolic link rather than following it.
fs::path location(const fs::path& path) {
    std::error_code ignored;
    const fs::path absolute = fs::absolute(path, ignored);
    return fs::weakly_canonical(absolute.parent_path(), ignored) / absolute.filename();
}

struct Guarded {
    fs::path path;
    std::string what;  // "the database 'x'", for messages
};

// What an output must not be. SQLite keeps a database's journal and WAL beside the file the
// name resolves to, so those are located from the resolved name.
std::vector<Guarded> guarded_files(const OutputRules& rules) {
    std::vector<Guarded> guarded;
    for (const fs::path& input : rules.inputs) guarded.push_back({input, "the input " + quoted(input.string())});
    for (const fs::path& database : rules.databases) {
        const std::string name = quoted(database.string());
        guarded.push_back({database, "the database " + name});
        std::error_code ignored;
        const fs::path resolved = fs::weakly_canonical(fs::absolute(database, ignored), ignored);
        for (const char* suffix : {"wal", "shm", "journal"}) {
            guarded.push_back({resolved.string() + "-" + suffix, std::string("the ") + suffix + " file of the database " + name});
        }
    }
    return guarded;
}

void refuse_guarded(const std::string& target, const OutputRules& rules) {
    const auto target_identity = identity(target);
    const fs::path target_location = location(target);
    for (const Guarded& file : guarded_files(rules)) {
        const bool same_file = target_identity && target_identity == identity(file.path);
        if (same_file || target_location == location(file.path)) {
            throw usage_error(output_named(target) + " is " + file.what + "; write the output elsewhere");
        }
    }
}

fs::path folder_of(const std::string& target) {
    const fs::path folder = fs::path(target).parent_path();
    return folder.empty() ? fs::path(".") : folder;
}

[[noreturn]] void refuse_existing(const std::string& target) {
    throw usage_error(output_named(target) + " exists; use --force to replace it");
}

// An ostream's buffer over a file descriptor, remembering the first failed write.
//
// A large output bypasses the page cache: once kDirectFrom bytes are written, whole aligned
// blocks go out with O_DIRECT where the file system takes it (on this project's machine the
// page cache copies about 330 MB/s and a direct write 1.1 GB/s, so a 4 GB N-Triples file
// took 12 s of writing instead of 3), each piece by a thread of its own while the next one
// is filled, so that writing overlaps the work that makes the output. A file system that
// refuses O_DIRECT, at fcntl or at the first write, is written through the cache as before;
// the bytes are the same either way.
class DescriptorBuffer final : public std::streambuf {
public:
    explicit DescriptorBuffer(int descriptor) : descriptor_(descriptor), buffer_(allocate()), spare_(allocate()) {
        setp(buffer_.get(), buffer_.get() + kBufferSize);
    }
    DescriptorBuffer(const DescriptorBuffer&) = delete;
    DescriptorBuffer& operator=(const DescriptorBuffer&) = delete;
    ~DescriptorBuffer() override { wait(); }

    int error() const { return error_; }

    // Writes what is left, its unaligned end through the cache. Once, after the last output.
    bool finish() {
        if (!drain() || !wait()) return false;
        if (direct_) set_direct(false);
        if (!write_all(pbase(), static_cast<std::size_t>(pptr() - pbase()))) return false;
        setp(buffer_.get(), buffer_.get() + kBufferSize);
        return true;
    }

protected:
    int_type overflow(int_type c) override {
        if (!drain()) return traits_type::eof();
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        *pptr() = traits_type::to_char_type(c);
        pbump(1);
        return c;
    }
    int sync() override { return drain() ? 0 : -1; }

private:
    static constexpr std::size_t kAlign = 4096;             // a multiple of every logical block size
    static constexpr std::size_t kBufferSize = 4 << 20;     // a multiple of kAlign
    static constexpr long long kDirectFrom = 8ll << 20;     // smaller files gain nothing

    struct Free {
        void operator()(char* memory) const { std::free(memory); }
    };
    using Memory = std::unique_ptr<char, Free>;

    static Memory allocate() {
        Memory memory(static_cast<char*>(std::aligned_alloc(kAlign, kBufferSize)));
        if (!memory) throw std::bad_alloc();
        return memory;
    }

    // Waits for the piece being written, if any; false when any write failed.
    bool wait() {
        if (pending_.valid() && !pending_.get()) return false;
        return error_ == 0;
    }

    // Writes the buffer, leaving in it (moved to its start) at most the bytes that direct
    // writing cannot take yet: less than one block. Direct pieces are written by a thread
    // while the caller fills the other buffer.
    bool drain() {
        if (!wait()) return false;
        const std::size_t size = static_cast<std::size_t>(pptr() - pbase());
        if (!direct_ && !refused_ && written_ + static_cast<long long>(size) >= kDirectFrom) {
            // Direct writing starts at a block boundary of the file: reach it through the cache.
            const std::size_t to_boundary = (kAlign - static_cast<std::size_t>(written_ % kAlign)) % kAlign;
            if (to_boundary <= size) {
                if (!write_all(pbase(), to_boundary)) return false;
                keep_from(buffer_.get(), to_boundary, size);
                set_direct(true);
                return drain();
            }
        }
        if (!direct_) {
            if (!write_all(pbase(), size)) return false;
            keep_from(buffer_.get(), size, size);
            return true;
        }
        const std::size_t take = size / kAlign * kAlign;
        if (take == 0) return true;
        std::swap(buffer_, spare_);
        char* const full = spare_.get();
        keep_from(full, take, size);
        try {
            pending_ = std::async(std::launch::async, [this, full, take] { return write_all(full, take); });
        } catch (const std::system_error&) {  // no thread to be had: written here and now
            return write_all(full, take);
        }
        return true;
    }

    // The bytes of `from` in [at, size) moved to the start of the current buffer, to be
    // written with what comes next.
    void keep_from(const char* from, std::size_t at, std::size_t size) {
        if (at < size) std::memmove(buffer_.get(), from + at, size - at);
        setp(buffer_.get(), buffer_.get() + kBufferSize);
        pbump(static_cast<int>(size - at));
    }

    void set_direct(bool on) {
        const int flags = ::fcntl(descriptor_, F_GETFL);
        if (flags >= 0 && ::fcntl(descriptor_, F_SETFL, on ? flags | O_DIRECT : flags & ~O_DIRECT) == 0) {
            direct_ = on;
        } else if (on) {
            refused_ = true;
        }
    }

    bool write_all(const char* next, std::size_t size) {
        for (const char* end = next + size; next < end;) {
            const ssize_t written = ::write(descriptor_, next, static_cast<std::size_t>(end - next));
            if (written < 0 && errno == EINTR) continue;
            if (written < 0 && errno == EINVAL && direct_) {
                // The file system took the flag but not the write: through the cache instead.
                set_direct(false);
                refused_ = true;
                continue;
            }
            if (written <= 0) {
                error_ = written < 0 ? errno : EIO;
                return false;
            }
            next += written;
            written_ += written;
        }
        return true;
    }

    int descriptor_;
    // Written by the writing thread, read by the caller only after wait().
    int error_ = 0;
    long long written_ = 0;  // bytes in the file
    bool direct_ = false;
    bool refused_ = false;   // O_DIRECT refused: never tried again
    Memory buffer_;          // being filled
    Memory spare_;           // being written, while pending_
    std::future<bool> pending_;
};

// A file of a fresh name in the target's folder, created with O_EXCL (so never an existing
// file, nor through a symbolic link); removed on destruction unless it took the target's name.
class Temporary {
public:
    Temporary(const fs::path& folder, const std::string& target) : target_(target) {
        // One generator per thread, seeded once: opening the system's random device for every
        // file costs more than writing a small file (a site writes tens of thousands).
        thread_local std::mt19937 random(std::random_device{}());
        for (int attempt = 0; attempt < 64 && descriptor_ < 0; ++attempt) {
            char name[48];
            std::snprintf(name, sizeof name, ".glossgraph-%08x%08x.tmp", static_cast<unsigned>(random()), static_cast<unsigned>(random()));
            path_ = folder / name;
            descriptor_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
            const int error = errno;
            if (descriptor_ < 0 && error != EEXIST) fail("cannot create a file in " + quoted(folder.string()), error);
        }
        if (descriptor_ < 0) fail("cannot find a free temporary name in " + quoted(folder.string()), EEXIST);
    }
    ~Temporary() {
        if (descriptor_ >= 0) ::close(descriptor_);
        if (!placed_) ::unlink(path_.c_str());
    }
    Temporary(const Temporary&) = delete;
    Temporary& operator=(const Temporary&) = delete;

    int descriptor() const { return descriptor_; }

    void close(bool sync) {
        if (sync && ::fsync(descriptor_) != 0) {
            const int error = errno;
            fail("cannot write it to disk", error);
        }
        const int descriptor = std::exchange(descriptor_, -1);
        if (::close(descriptor) != 0) {
            const int error = errno;
            fail("cannot write", error);
        }
    }

    void place(bool force) {
        if (force ? ::rename(path_.c_str(), target_.c_str()) == 0 : place_if_absent()) {
            placed_ = true;
            return;
        }
        const int error = errno;
        if (!force && error == EEXIST) refuse_existing(target_);
        fail("cannot give the written file its name", error);
    }

    [[noreturn]] void fail(const std::string& what, int error) const {
        throw io_error(target_, what + ": " + std::strerror(error));
    }

private:
    // Atomic and never replacing: a target made meanwhile (another export) is not clobbered.
    bool place_if_absent() const {
        if (::renameat2(AT_FDCWD, path_.c_str(), AT_FDCWD, target_.c_str(), RENAME_NOREPLACE) == 0) return true;
        if (errno != EINVAL && errno != ENOSYS) return false;
        // File systems without RENAME_NOREPLACE: link() refuses an existing name just the same.
        if (::link(path_.c_str(), target_.c_str()) != 0) return false;
        ::unlink(path_.c_str());
        return true;
    }

    std::string target_;
    fs::path path_;
    int descriptor_ = -1;
    bool placed_ = false;
};

// The new name survives a crash only once its folder is on disk too. Best effort: some file
// systems cannot sync a folder, and the file itself is already safe.
void sync_folder(const fs::path& folder) {
    const int descriptor = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor < 0) return;
    ::fsync(descriptor);
    ::close(descriptor);
}

}  // namespace

void check_output_file(const std::string& target, const OutputRules& rules) {
    if (target.empty()) throw usage_error("output '' is not a file name");
    std::error_code ignored;
    if (target.back() == '/' || fs::is_directory(target, ignored)) {
        throw usage_error(output_named(target) + " is a folder; name a file in it");
    }
    const fs::path folder = folder_of(target);
    if (!fs::is_directory(folder, ignored)) {
        throw io_error(folder.string(), "no such folder (for the " + output_named(target) + ")");
    }
    refuse_guarded(target, rules);
    if (!rules.force && fs::exists(fs::symlink_status(target, ignored))) refuse_existing(target);
}

void write_output_file(const std::string& target, const OutputRules& rules,
                       const std::function<void(std::ostream&)>& write) {
    check_output_file(target, rules);
    const fs::path folder = folder_of(target);
    Temporary temporary(folder, target);
    DescriptorBuffer buffer(temporary.descriptor());
    std::ostream out(&buffer);
    write(out);
    out.flush();
    if (out && !buffer.finish()) out.setstate(std::ios::badbit);
    if (!out) temporary.fail("cannot write", buffer.error() != 0 ? buffer.error() : EIO);
    temporary.close(rules.sync);
    temporary.place(rules.force);
    if (rules.sync) sync_folder(folder);
}

}  // namespace glossgraph
