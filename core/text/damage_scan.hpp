#pragma once
// How a damaged run reads (internal to the repair of damaged runs, damaged_runs.hpp): where a
// run starts, which byte its '?' swallowed, and the ways it may end. See damaged_runs.hpp
// for the damage these runs come from.
#include "core/text/gbk_pairs.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph::damage_scan {

// One way a run may end.
struct RunEnd {
    std::vector<gbk::Pair> body;  // the pairs read one byte late after the insertion, in order
    std::vector<unsigned> trails; // what the run's last byte may be
    std::string pinyin;           // how the last character must read ("": no constraint)
    std::size_t end = 0;          // index in the line just after the run
    std::u32string suffix;        // an annotation the end swallowed the "(" of, restored: "(yōu)"
    // The '?' the run ends at swallowed a byte of the page besides the run's last one (a
    // digit, a space): a reading that ends so cannot be the text as it was.
    bool lost_byte = false;
};

// A run that starts at a '?'.
struct RunShape {
    std::size_t start = 0;        // index of the '?'
    std::size_t after_start = 0;  // index after the insertion that opened the run
    bool by_annotation = false;   // opened by "?pinyin)" (else by '?' before 、。!?;)
    std::vector<unsigned> leads;  // what the swallowed first byte may be
    std::vector<RunEnd> ends;     // the earliest first; empty when the run reads no way
};

// The length of the pinyin syllable at line[at] when ")" follows it (0 when none).
std::size_t pinyin_at(std::u32string_view line, std::size_t at);

// The length of the rest of a tag at line[at] whose '<' a '?' swallowed, "span style=x>"
// (a name, then up to '>'), or 0 when none starts there.
std::size_t tag_rest_at(std::u32string_view line, std::size_t at);

// The index of the first character after the separator markup that starts at line[at]: a
// whole tag ('<' ... '>', or the rest of the line when it does not close) or the rest of one
// whose '<' a '?' swallowed; `at` itself when none starts there.
std::size_t after_markup(std::u32string_view line, std::size_t at);

// True when the report's text ends at line[at] (its line does): at the line's end, or at
// markup that is no separator (none of 、。!?; follows it: the page's own, such as the hidden
// watermark after a paragraph).
bool ends_text(std::u32string_view line, std::size_t at);

// The index of the character before index `at`, annotations "(pinyin)" skipped; npos at the
// line's start.
std::size_t index_before(const std::u32string& line, std::size_t at);

// The character before index `at`, annotations "(pinyin)" skipped; 0 at the line's start.
char32_t char_before(const std::u32string& line, std::size_t at);

// The run starting at the '?' at line[at], when one can start there: "?pinyin)" after a
// double-byte character, or '?' before one of 、。!?;. Reads at most a few dozen characters.
bool read_run(const std::u32string& line, std::size_t at, RunShape& shape);

}  // namespace glossgraph::damage_scan
