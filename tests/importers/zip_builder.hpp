#pragma once
// Builds ZIP archives in memory for tests (libzip), so that DOCX fixtures can be kept as
// folders of XML parts and hostile archives can be made on the spot.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace glossgraph::testing {

struct ZipEntry {
    std::string name;
    std::string bytes;
};

// An archive of the entries, deflated, in the order given.
std::string make_zip(const std::vector<ZipEntry>& entries);

// The files under folder, named by their '/'-separated path relative to it, sorted by name.
std::vector<ZipEntry> read_folder(const std::filesystem::path& folder);

// The archive with the uncompressed size it declares for `name` (in the local and the
// central header) replaced by `size`: a lie about what the entry expands to.
std::string with_declared_size(std::string zip, const std::string& name, std::uint32_t size);

}  // namespace glossgraph::testing
