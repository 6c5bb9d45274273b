#include "importers/prepared_file.hpp"

#include "core/errors.hpp"
#include "core/gazetteer.hpp"
#include "core/parallel.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace glossgraph {
namespace {

std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw io_error(path, std::string("cannot read: ") + std::strerror(errno));
    // read() sets badbit on an I/O error; `content << in.rdbuf()` would swallow it and make
    // an unreadable file look empty.
    std::string content;
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) content.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (in.bad()) throw io_error(path, std::string("read failed: ") + std::strerror(errno));
    return content;
}

}  // namespace

void PreparedFile::read(const ImporterRegistry& registry, std::optional<Format> from) {
    try {
        bytes_ = read_bytes(path_);
        hash_ = content_hash(bytes_);
        importer_ = &registry.choose(path_, std::string_view(bytes_).substr(0, 4096), from);
    } catch (const error& e) {
        failure_ = e.what();
    }
}

void PreparedFile::parse() {
    if (parsed_ || !importer_ || !failure_.empty()) return;
    parsed_ = true;
    try {
        importer_->read(bytes_, ImportContext{path_, &Gazetteer::builtin(), &diagnostics_}, events_);
    } catch (const error& e) {
        failure_ = e.what();
        events_.reports.clear();
    }
    bytes_ = std::string();  // parsed: the events hold what is needed
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
    parallel_for(files.size(), [&](std::size_t i) {
        if (wanted[i]) files[i].parse();
    });
}

}  // namespace glossgraph
