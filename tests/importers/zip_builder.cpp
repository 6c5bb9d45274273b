#include "zip_builder.hpp"

#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace glossgraph::testing {
namespace {

std::uint32_t read_u16(const std::string& bytes, std::size_t at) {
    return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at]) | static_cast<unsigned char>(bytes[at + 1]) << 8);
}

void write_u32(std::string& bytes, std::size_t at, std::uint32_t value) {
    for (std::size_t i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
}

// Rewrites the size field of every header (local "PK\3\4" or central "PK\1\2") naming `name`.
void patch_headers(std::string& zip, const std::string& signature, std::size_t size_at, std::size_t name_length_at,
                   std::size_t name_at, const std::string& name, std::uint32_t size) {
    for (std::size_t at = zip.find(signature); at != std::string::npos; at = zip.find(signature, at + 4)) {
        if (at + name_at > zip.size()) break;
        const std::size_t length = read_u16(zip, at + name_length_at);
        if (zip.compare(at + name_at, length, name) == 0) write_u32(zip, at + size_at, size);
    }
}

}  // namespace

std::string make_zip(const std::vector<ZipEntry>& entries) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* archive = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &error) : nullptr;
    if (!archive) throw std::runtime_error(std::string("cannot create a ZIP archive: ") + zip_error_strerror(&error));
    zip_source_keep(buffer);
    for (const ZipEntry& entry : entries) {
        zip_source_t* source = zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
        if (!source || zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
            throw std::runtime_error("cannot add " + entry.name + ": " + zip_strerror(archive));
        }
    }
    if (zip_close(archive) != 0) throw std::runtime_error(std::string("cannot write the archive: ") + zip_strerror(archive));
    std::string bytes;
    zip_source_open(buffer);
    zip_source_seek(buffer, 0, SEEK_END);
    bytes.resize(static_cast<std::size_t>(zip_source_tell(buffer)));
    zip_source_seek(buffer, 0, SEEK_SET);
    zip_source_read(buffer, bytes.data(), bytes.size());
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return bytes;
}

std::vector<ZipEntry> read_folder(const std::filesystem::path& folder) {
    std::vector<ZipEntry> entries;
    for (const auto& file : std::filesystem::recursive_directory_iterator(folder)) {
        if (!file.is_regular_file()) continue;
        std::ifstream in(file.path(), std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        entries.push_back({std::filesystem::relative(file.path(), folder).generic_string(), bytes.str()});
    }
    if (entries.empty()) throw std::runtime_error("no fixture files in " + folder.string());
    std::sort(entries.begin(), entries.end(), [](const ZipEntry& a, const ZipEntry& b) { return a.name < b.name; });
    return entries;
}

std::string with_declared_size(std::string zip, const std::string& name, std::uint32_t size) {
    patch_headers(zip, "PK\x03\x04", 22, 26, 30, name, size);
    patch_headers(zip, "PK\x01\x02", 24, 28, 46, name, size);
    return zip;
}

}  // namespace glossgraph::testing
