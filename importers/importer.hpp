#pragma once
// The importer interface and the one registry of input formats.
// main() fills a registry with register_builtin_importers(); commands ask it for the
// importer of a file: by --from, else by content (identify), else by file suffix.
#include "core/diagnostics.hpp"
#include "core/gazetteer.hpp"
#include "core/sink.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

enum class Format { text, html, docx };

std::string_view to_string(Format format);
// Parses a format name ("text", also "txt"; "html", also "htm"; "docx"); throws usage_error
// listing the known ones.
Format parse_format(std::string_view name);

enum class Identification { yes, no, unsure };

// What an importer needs besides the bytes.
struct ImportContext {
    std::string path;            // as the user gave it; names the file in every message
    const Gazetteer* gazetteer;  // never null
    Diagnostics* diagnostics;    // never null
};

class Importer {
public:
    virtual ~Importer() = default;
    virtual Format format() const = 0;
    // Looks at the first bytes of a file: yes, no, or unsure (then the suffix decides).
    virtual Identification identify(std::string_view probe) const = 0;
    // File suffixes, lower case with the dot: ".txt".
    virtual std::vector<std::string_view> suffixes() const = 0;
    // Reads one report and emits it to sink (on_report, on_entry..., end_report).
    // Throws parse_error for input that cannot be a report (empty, binary); recoverable
    // problems go to context.diagnostics and the report is still emitted.
    virtual void read(std::string_view bytes, const ImportContext& context, ReportSink& sink) const = 0;
};

class ImporterRegistry {
public:
    void add(std::unique_ptr<Importer> importer);
    // The importer registered for format; throws usage_error when there is none.
    const Importer& get(Format format) const;
    // Chooses by `from` when given, else by content (an importer that says yes), else by
    // the suffix of path. Throws parse_error "binary content that no importer reads" when
    // the importer of the suffix, or every importer, rejects the content, and usage_error
    // "cannot tell the format of 'x.bin'; use --from" when nothing decides.
    const Importer& choose(const std::string& path, std::string_view probe, std::optional<Format> from) const;
    // True when some importer claims the suffix of path (".txt"): how folders are filtered.
    bool claims_suffix(const std::string& path) const;
    // The registered formats and every suffix claimed, in registration order (for --help).
    std::vector<Format> formats() const;
    std::vector<std::string_view> suffixes() const;

private:
    std::vector<std::unique_ptr<Importer>> importers_;
};

void register_builtin_importers(ImporterRegistry& registry);

// The content hash that identifies a report's bytes: 32 hex digits of XXH3-128.
std::string content_hash(std::string_view bytes);

// A size as the messages about limits show it: "500 bytes", "64 MiB" when whole, else
// "1.5 GiB (1610612736 bytes)".
std::string size_text(std::uint64_t bytes);

// The file name of a path ("samples/000.txt" -> "000.txt").
std::string file_name(const std::string& path);

}  // namespace glossgraph
