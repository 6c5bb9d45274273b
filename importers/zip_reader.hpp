#pragma once
// Reading parts of a ZIP archive held in memory (libzip), refusing hostile archives before
// anything is expanded. Nothing is ever written to disk.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace glossgraph {

struct ZipLimits {
    std::uint64_t max_total_size = 256ull << 20;  // declared uncompressed bytes of all entries
    std::uint64_t max_ratio = 200;                // uncompressed : compressed, per entry ...
    std::uint64_t ratio_exempt_size = 1ull << 20; // ... larger than this (small parts compress well)
    std::uint64_t max_entries = 10000;
    // Bytes that the entries read from one archive may expand to, all together: what parsing
    // them costs grows with it (a 262 MB word/document.xml, 165 times its compressed size and
    // so no bomb by ratio, took 3.4 GB to parse). A long report's document.xml is a few MB.
    std::uint64_t max_read_size = 64ull << 20;
};

class ZipArchive {
public:
    // Opens the archive in `bytes`, which must outlive this object, and checks every entry
    // before any is read. Throws parse_error naming `file` for
    //  - bytes that are not a ZIP archive ("not a ZIP archive: …");
    //  - an entry named with an absolute path, a drive letter or a ".." step
    //    ("unsafe entry name '../evil.xml' …");
    //  - a zip bomb: more than max_entries entries, declared sizes over max_total_size in
    //    all, or an entry over ratio_exempt_size that expands more than max_ratio times;
    //  - two entries of one name, compared without regard to ASCII case as Word compares
    //    part names ("the archive holds 'word/document.xml' twice …"): libzip would read
    //    the first, Word and other readers the last.
    ZipArchive(std::string_view bytes, std::string file, ZipLimits limits = {});
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    bool contains(const std::string& name) const;
    // The bytes of entry `name`. Throws parse_error when it is missing, cannot be expanded
    // (damaged, encrypted, CRC error), expands beyond its declared size, or would bring what
    // this archive has read to more than max_read_size (checked before it is expanded).
    std::string read(const std::string& name) const;

private:
    struct Handle;
    std::unique_ptr<Handle> handle_;
    std::string file_;
    ZipLimits limits_;
    mutable std::uint64_t read_ = 0;  // bytes expanded by read() so far
};

// True when an entry name stays inside the archive: relative, no "..", no drive letter.
bool is_safe_entry_name(std::string_view name);

}  // namespace glossgraph
