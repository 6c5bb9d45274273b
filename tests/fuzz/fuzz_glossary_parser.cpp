// libFuzzer target: glossary location and entry parsing on arbitrary lines, plus the pieces
// it is built from (headings, markers, term splits). The parser's input is decoded text, so
// the bytes are first made valid UTF-8 the way decoding does (each bad byte becomes U+FFFD).
#include "core/diagnostics.hpp"
#include "core/text/utf8.hpp"
#include "importers/glossary_parser.hpp"
#include "importers/source_lines.hpp"
#include "tests/fuzz/fuzz_invariants.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

std::string valid_utf8(std::string_view bytes) {
    std::string text;
    text.reserve(bytes.size());
    for (std::size_t pos = 0; pos < bytes.size();) glossgraph::utf8::append(text, glossgraph::utf8::next(bytes, pos));
    return text;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace glossgraph;
    const std::string text = valid_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
    const std::vector<SourceLine> lines = split_clean_lines(text);
    for (const SourceLine& line : lines) {
        fuzz::require(utf8::is_valid(line.text), "a cleaned line is valid UTF-8");
        if (const auto heading = glossary_heading(line.text)) fuzz::require(utf8::is_valid(*heading), "heading is valid UTF-8");
        if (const auto marker = read_marker(line.text)) {
            fuzz::require(marker->length <= line.text.size(), "marker lies inside its line");
            fuzz::require(utf8::is_valid(marker->text), "marker is valid UTF-8");
        }
        if (const auto split = split_term(line.text)) {
            fuzz::require(!split->term.empty(), "a split term is not empty");
            fuzz::require(utf8::length(split->term) <= 64, "a split term has at most 64 characters");
        }
    }
    CollectingDiagnostics diagnostics;
    const GlossarySection glossary = parse_glossary(lines, "fuzz.txt", diagnostics);
    fuzz::require(!glossary.found || glossary.begin < lines.size(), "the glossary starts at one of the lines");
    fuzz::require(glossary.found || glossary.entries.empty(), "no glossary, no entries");
    fuzz::check_entries(glossary.entries);
    return 0;
}
