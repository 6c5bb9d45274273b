#pragma once
// The items of a glossary section, read from its first line on (see glossary_parser.hpp).
//
// Numbered glossaries: the first marker whose text has a term sets the style; the items are
// the lines with that style whose numbers count up from it (a gap of up to three is accepted
// with a warning when the line holds a term; a number inside a definition — "3.5万亩", a
// sub-list in another style — is text). Chinese-numeral lines without a term before the
// first item are group headings and are skipped. Inside an item, further "term：definition"
// lines after a finished sentence are entries of their own with the item's number and no
// marker: narrower terms of the item's head when the head's definition names them,
// siblings otherwise.
//
// Unnumbered glossaries: each "term：definition" line (or a term alone on a line followed by
// its definition) is an entry.
//
// The end: between items every line belongs to the item before it, except page furniture
// (dropped); after the last item, lines continue its definition only while it is mid-sentence
// or they read like definition prose; the first line that does not ends the glossary.
#include "core/diagnostics.hpp"
#include "core/model.hpp"
#include "importers/source_lines.hpp"

#include <string>
#include <vector>

namespace glossgraph {

struct ItemsResult {
    std::vector<GlossaryEntry> entries;  // kept entries, seq renumbered from 0
    int items = 0;                       // numbered items found (0 for an unnumbered glossary)
    int items_with_term = 0;             // of those, how many had a term
    std::size_t end = 0;                 // index of the first line after the glossary
};

// Reads the glossary that starts at lines[begin] (the line after its heading, or the first
// item of a headless list). `headless` lowers every entry's confidence: without a heading,
// only the list's shape says it is a glossary. Entries under the confidence floor are dropped
// with a warning, doubtful ones kept with one.
ItemsResult read_glossary_items(const std::vector<SourceLine>& lines, std::size_t begin, bool headless,
                                const std::string& file, Diagnostics& diagnostics);

// The confidence under which an entry is dropped, and under which a kept one is doubtful.
constexpr double confidence_floor = 0.5;
constexpr double doubtful_below = 0.7;

}  // namespace glossgraph
