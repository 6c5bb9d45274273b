#include "importers/importer.hpp"

#include "core/errors.hpp"
#include "importers/docx_importer.hpp"
#include "importers/html_importer.hpp"
#include "importers/text_importer.hpp"

#include <xxhash.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <iterator>

namespace glossgraph {
namespace {

struct FormatName {
    Format format;
    std::string_view name;
};
constexpr FormatName format_names[] = {
    {Format::text, "text"}, {Format::text, "txt"}, {Format::html, "html"}, {Format::html, "htm"}, {Format::docx, "docx"}};

std::string lower_suffix(const std::string& path) {
    const std::string name = file_name(path);
    const std::size_t dot = name.rfind('.');
    if (dot == std::string::npos) return {};
    std::string suffix = name.substr(dot);
    std::transform(suffix.begin(), suffix.end(), suffix.begin(), [](unsigned char c) { return std::tolower(c); });
    return suffix;
}

}  // namespace

std::string_view to_string(Format format) {
    for (const FormatName& entry : format_names) {
        if (entry.format == format) return entry.name;
    }
    return "text";
}

Format parse_format(std::string_view name) {
    std::string known;
    for (const FormatName& entry : format_names) {
        if (entry.name == name) return entry.format;
        known += known.empty() ? "" : ", ";
        known += entry.name;
    }
    throw usage_error("unknown format '" + std::string(name) + "'; known formats: " + known);
}

void ImporterRegistry::add(std::unique_ptr<Importer> importer) { importers_.push_back(std::move(importer)); }

const Importer& ImporterRegistry::get(Format format) const {
    for (const auto& importer : importers_) {
        if (importer->format() == format) return *importer;
    }
    throw usage_error("no importer for format '" + std::string(to_string(format)) + "'");
}

const Importer& ImporterRegistry::choose(const std::string& path, std::string_view probe,
                                         std::optional<Format> from) const {
    if (from) return get(*from);
    std::string rejected;  // the formats whose importers say no
    bool any_unsure = false;
    for (const auto& importer : importers_) {
        const Identification answer = importer->identify(probe);
        if (answer == Identification::yes) return *importer;
        if (answer == Identification::unsure) any_unsure = true;
        if (answer == Identification::no) rejected.append(rejected.empty() ? "" : ", ").append(to_string(importer->format()));
    }
    const std::string binary = "binary content that no importer reads (not " + rejected + ")";
    const std::string suffix = lower_suffix(path);
    for (const auto& importer : importers_) {
        const auto suffixes = importer->suffixes();
        if (std::find(suffixes.begin(), suffixes.end(), suffix) == suffixes.end()) continue;
        if (importer->identify(probe) == Identification::unsure) return *importer;
        throw parse_error(path, 0, 0, binary);  // the importer its name calls for rejects it
    }
    if (!any_unsure) throw parse_error(path, 0, 0, binary);
    throw usage_error("cannot tell the format of '" + path + "'; use --from");
}

bool ImporterRegistry::claims_suffix(const std::string& path) const {
    const std::string suffix = lower_suffix(path);
    for (const auto& importer : importers_) {
        const auto suffixes = importer->suffixes();
        if (std::find(suffixes.begin(), suffixes.end(), suffix) != suffixes.end()) return true;
    }
    return false;
}

std::vector<Format> ImporterRegistry::formats() const {
    std::vector<Format> out;
    for (const auto& importer : importers_) out.push_back(importer->format());
    return out;
}

std::vector<std::string_view> ImporterRegistry::suffixes() const {
    std::vector<std::string_view> out;
    for (const auto& importer : importers_) {
        for (const std::string_view suffix : importer->suffixes()) out.push_back(suffix);
    }
    return out;
}

void register_builtin_importers(ImporterRegistry& registry) {
    registry.add(std::make_unique<TextImporter>());
    registry.add(std::make_unique<HtmlImporter>());
    registry.add(std::make_unique<DocxImporter>());
}

std::string content_hash(std::string_view bytes) {
    const XXH128_hash_t hash = XXH3_128bits(bytes.data(), bytes.size());
    char hex[33];
    std::snprintf(hex, sizeof hex, "%016llx%016llx", static_cast<unsigned long long>(hash.high64),
                  static_cast<unsigned long long>(hash.low64));
    return hex;
}

std::string size_text(std::uint64_t bytes) {
    static constexpr const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024) return std::to_string(bytes) + " bytes";
    std::size_t unit = 0;
    std::uint64_t scale = 1024;
    while (bytes / scale >= 1024 && unit + 1 < std::size(units)) {
        scale *= 1024;
        ++unit;
    }
    if (bytes % scale == 0) return std::to_string(bytes / scale) + " " + units[unit];
    char text[64];
    std::snprintf(text, sizeof text, "%.1f %s (%llu bytes)", static_cast<double>(bytes) / static_cast<double>(scale),
                  units[unit], static_cast<unsigned long long>(bytes));
    return text;
}

std::string file_name(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace glossgraph
