#pragma once
// What the repair of damaged runs (damaged_runs.hpp) knows of Chinese text: which characters
// are common, how a character reads, and how likely one character follows another. Derived at
// build time by damage_model_gen.cpp (ICU's converters and Han-Latin transliterator, and the
// character pairs of clean reports: tests/real/reports and samples 000-002). Thread-safe.
#include <string_view>

namespace glossgraph::damage_model {

// True for a Han character of GB2312 level 1 or Big5 level 1, and for the symbols of GBK's
// rows A1 (、。“”…) and A3 (full-width ASCII): what a repair may put back.
bool is_common(char32_t cp);

// True when cp reads as pinyin (one syllable with tone marks, as written in annotations):
// exactly as ICU's Han-Latin reads it, or so with tones and the ü/v spelling ignored.
bool reads_as(char32_t cp, std::string_view pinyin);

// log P(second | first) of the bigram table, interpolated with the character's own
// frequency; both characters are width-folded and simplified first. Finite for any input.
double log_probability(char32_t first, char32_t second);

}  // namespace glossgraph::damage_model
