#include "importers/zip_reader.hpp"

#include "core/errors.hpp"
#include "importers/importer.hpp"

#include <zip.h>

#include <algorithm>
#include <cctype>
#include <map>

namespace glossgraph {
namespace {

struct FileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

class ZipError {
public:
    ZipError() { zip_error_init(&error_); }
    ~ZipError() { zip_error_fini(&error_); }
    ZipError(const ZipError&) = delete;
    ZipError& operator=(const ZipError&) = delete;
    zip_error_t* get() { return &error_; }
    std::string message() { return zip_error_strerror(&error_); }

private:
    zip_error_t error_;
};

// Throws parse_error when the entry is unsafe or, with the sizes declared so far, a bomb.
void check_entry(const std::string& file, const ZipLimits& limits, const zip_stat_t& stat, std::uint64_t total_so_far) {
    const std::string name = stat.name;
    if (!is_safe_entry_name(name)) {
        throw parse_error(file, 0, 0, "unsafe entry name '" + name + "' in the archive (a path outside it)");
    }
    if (total_so_far > limits.max_total_size) {
        throw parse_error(file, 0, 0, "zip bomb: entries declare more than " + size_text(limits.max_total_size) +
                                           " uncompressed (at '" + name + "')");
    }
    const std::uint64_t ratio = stat.size / std::max<std::uint64_t>(stat.comp_size, 1);
    if (stat.size > limits.ratio_exempt_size && ratio > limits.max_ratio) {
        throw parse_error(file, 0, 0, "zip bomb: '" + name + "' expands " + std::to_string(ratio) +
                                           " times, over the limit of " + std::to_string(limits.max_ratio));
    }
}

// Part names of a Word document are compared without regard to ASCII case (OPC).
std::string folded_name(std::string_view name) {
    std::string folded(name);
    std::transform(folded.begin(), folded.end(), folded.begin(), [](unsigned char c) { return std::tolower(c); });
    return folded;
}

}  // namespace

struct ZipArchive::Handle {
    zip_t* archive = nullptr;
    ~Handle() {
        if (archive) zip_discard(archive);
    }
};

bool is_safe_entry_name(std::string_view name) {
    if (name.empty() || name.front() == '/' || name.front() == '\\') return false;
    if (name.size() >= 2 && name[1] == ':' && std::isalpha(static_cast<unsigned char>(name[0]))) return false;
    std::size_t pos = 0;
    while (pos <= name.size()) {
        std::size_t end = name.find_first_of("/\\", pos);
        if (end == std::string_view::npos) end = name.size();
        if (name.substr(pos, end - pos) == "..") return false;
        pos = end + 1;
    }
    return true;
}

ZipArchive::ZipArchive(std::string_view bytes, std::string file, ZipLimits limits)
    : handle_(std::make_unique<Handle>()), file_(std::move(file)), limits_(limits) {
    ZipError error;
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, error.get());
    if (!source) throw parse_error(file_, 0, 0, "not a ZIP archive: " + error.message());
    handle_->archive = zip_open_from_source(source, ZIP_RDONLY, error.get());
    if (!handle_->archive) {
        zip_source_free(source);
        throw parse_error(file_, 0, 0, "not a ZIP archive: " + error.message());
    }
    const zip_int64_t entries = zip_get_num_entries(handle_->archive, 0);
    if (entries < 0 || static_cast<std::uint64_t>(entries) > limits_.max_entries) {
        throw parse_error(file_, 0, 0, "zip bomb: " + std::to_string(entries) + " entries, over the limit of " +
                                           std::to_string(limits_.max_entries));
    }
    std::uint64_t total = 0;
    std::map<std::string, std::string> names;  // folded -> as written
    for (zip_uint64_t index = 0; index < static_cast<zip_uint64_t>(entries); ++index) {
        zip_stat_t stat;
        if (zip_stat_index(handle_->archive, index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME)) {
            throw parse_error(file_, 0, 0, "damaged ZIP archive: entry " + std::to_string(index) + " cannot be read");
        }
        total += stat.size;
        check_entry(file_, limits_, stat, total);
        // libzip would read the first of two entries of one name, Word and other readers the
        // last: which document is meant cannot be told.
        const auto [first, fresh] = names.emplace(folded_name(stat.name), stat.name);
        if (!fresh) {
            const std::string spelling = first->second == stat.name ? "" : " (once as '" + std::string(stat.name) + "')";
            throw parse_error(file_, 0, 0, "the archive holds '" + first->second + "' twice" + spelling +
                                               "; readers disagree on which one is the document");
        }
    }
}

ZipArchive::~ZipArchive() = default;

bool ZipArchive::contains(const std::string& name) const {
    return zip_name_locate(handle_->archive, name.c_str(), 0) >= 0;
}

std::string ZipArchive::read(const std::string& name) const {
    const zip_int64_t index = zip_name_locate(handle_->archive, name.c_str(), 0);
    if (index < 0) throw parse_error(file_, 0, 0, "the archive has no " + name);
    zip_stat_t stat;
    zip_stat_index(handle_->archive, static_cast<zip_uint64_t>(index), 0, &stat);
    if (stat.size > limits_.max_read_size - std::min(read_, limits_.max_read_size)) {
        throw parse_error(file_, 0, 0, "'" + name + "' expands to " + size_text(stat.size) + (read_ > 0 ? " after " + size_text(read_) + " read" : "") +
                                           "; the parts of one document may expand to " + size_text(limits_.max_read_size) +
                                           " in all — too large to be a report");
    }
    read_ += stat.size;
    std::unique_ptr<zip_file_t, FileCloser> part(zip_fopen_index(handle_->archive, static_cast<zip_uint64_t>(index), 0));
    if (!part) {
        throw parse_error(file_, 0, 0, "cannot expand '" + name + "': " + zip_strerror(handle_->archive));
    }
    // Never more than the declared size (checked against the limits) is kept; one byte more
    // means the entry lied about its size.
    std::string bytes(static_cast<std::size_t>(stat.size) + 1, '\0');
    std::size_t filled = 0;
    while (filled < bytes.size()) {
        const zip_int64_t got = zip_fread(part.get(), bytes.data() + filled, bytes.size() - filled);
        if (got < 0) throw parse_error(file_, 0, 0, "cannot expand '" + name + "': " + zip_file_strerror(part.get()));
        if (got == 0) break;
        filled += static_cast<std::size_t>(got);
    }
    if (filled > stat.size) {
        throw parse_error(file_, 0, 0, "zip bomb: '" + name + "' expands beyond its declared " +
                                           std::to_string(stat.size) + " bytes");
    }
    bytes.resize(filled);
    return bytes;
}

}  // namespace glossgraph
