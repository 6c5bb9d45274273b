// libFuzzer target: the HTML importer (charset detection, the markup limits, gumbo, the page
// walk, extracted text and footnote anchors) on arbitrary bytes. Input that cannot be a report
// must be refused with parse_error; anything else (a crash, a sanitizer report, another
// exception, output the store would refuse, an input that takes longer than -timeout) is a
// finding.
#include "core/errors.hpp"
#include "core/gazetteer.hpp"
#include "importers/html_importer.hpp"
#include "tests/fuzz/fuzz_invariants.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace glossgraph;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    CollectingDiagnostics diagnostics;
    CollectingSink sink;
    const ImportContext context{"fuzz.html", &Gazetteer::builtin(), &diagnostics};
    try {
        HtmlImporter().read(bytes, context, sink);
    } catch (const parse_error&) {
        fuzz::require(sink.reports.empty(), "a refused page emits no report");
        return 0;
    }
    fuzz::require(sink.reports.size() == 1 && sink.ended == 1, "one report, ended once");
    fuzz::check_report(sink.reports.front());
    return 0;
}
