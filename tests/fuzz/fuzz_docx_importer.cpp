// libFuzzer target: the DOCX importer. Raw bytes rarely get past the ZIP reader, so an input
// that does not start with "PK" is taken as the parts of a Word document, separated by lines
// of "\n@@\n": word/document.xml, word/footnotes.xml, word/endnotes.xml, docProps/core.xml
// (missing ones are left out), stored in a ZIP archive made here; an input that starts with
// "PK" is read as the archive itself (ZIP structure, bombs, unsafe names). Input that cannot
// be a report must be refused with parse_error; anything else (a crash, a sanitizer report,
// another exception, output the store would refuse, an input that takes longer than -timeout)
// is a finding.
#include "core/errors.hpp"
#include "core/gazetteer.hpp"
#include "importers/docx_importer.hpp"
#include "tests/fuzz/fuzz_invariants.hpp"

#include <zip.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view kSeparator = "\n@@\n";
constexpr const char* kParts[] = {"word/document.xml", "word/footnotes.xml", "word/endnotes.xml", "docProps/core.xml"};

std::vector<std::string_view> split_parts(std::string_view input) {
    std::vector<std::string_view> parts;
    while (parts.size() + 1 < std::size(kParts)) {
        const std::size_t at = input.find(kSeparator);
        if (at == std::string_view::npos) break;
        parts.push_back(input.substr(0, at));
        input.remove_prefix(at + kSeparator.size());
    }
    parts.push_back(input);
    return parts;
}

// The parts stored (not deflated) in a ZIP archive, built in memory with libzip.
std::string zip_of(const std::vector<std::string_view>& parts) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* archive = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &error) : nullptr;
    if (!archive) std::abort();
    zip_source_keep(buffer);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0 && parts[i].empty()) continue;
        zip_source_t* part = zip_source_buffer(archive, parts[i].data(), parts[i].size(), 0);
        const zip_int64_t index = part ? zip_file_add(archive, kParts[i], part, ZIP_FL_OVERWRITE) : -1;
        if (index < 0 || zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0) != 0) std::abort();
    }
    if (zip_close(archive) != 0) std::abort();
    std::string bytes;
    zip_stat_t stat;
    if (zip_source_stat(buffer, &stat) == 0 && zip_source_open(buffer) == 0) {
        bytes.resize(stat.size);
        if (zip_source_read(buffer, bytes.data(), stat.size) != static_cast<zip_int64_t>(stat.size)) std::abort();
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    zip_error_fini(&error);
    return bytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace glossgraph;
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::string bytes = input.starts_with("PK") ? std::string(input) : zip_of(split_parts(input));
    CollectingDiagnostics diagnostics;
    CollectingSink sink;
    const ImportContext context{"fuzz.docx", &Gazetteer::builtin(), &diagnostics};
    try {
        DocxImporter().read(bytes, context, sink);
    } catch (const parse_error&) {
        fuzz::require(sink.reports.empty(), "a refused document emits no report");
        return 0;
    }
    fuzz::require(sink.reports.size() == 1 && sink.ended == 1, "one report, ended once");
    fuzz::check_report(sink.reports.front());
    return 0;
}
