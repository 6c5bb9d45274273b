#include "importers/prepared_file.hpp"

#include "core/errors.hpp"
#include "core/gazetteer.hpp"
#include "core/parallel.hpp"

#include <atomic>
#include <cerrno>
#include <system_error>
#include <filesystem>
#include <fstream>

namespace glossgraph {
namespace {

std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw io_error(path, "cannot read: " + std::generic_category().message(errno));
    // read() sets badbit on an I/O error; `content << in.rdbuf()` would swallow it and make
    // an unreadable file look empty.
    std::string content;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) content.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (in.bad()) throw io_error(path, "read failed: " + std::generic_category().message(errno));
    return content;
}

}  // namespace

void PreparedFile::read(const ImporterRegistry& registry, std::optional<Format> from) {
    try {
        bytes_ = read_bytes(path_);
        hash_ = content_hash(bytes_);
        importer_ = &registry.choose(path_, std::string_view(bytes_).substr(0, 4096), from);
    } catch (const error& e) {
        failure_ = e.what();  // names the file
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
              std::optional<Format> from) {
    parallel_for(files.size(), [&](std::size_t i) {
        if (wanted[i]) files[i].read(registry, from);
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
