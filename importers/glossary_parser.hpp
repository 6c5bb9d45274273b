#pragma once
// Finds a report's glossary (名词解释) and splits it into entries.
//
// A glossary is a section at the end of a report: a heading (名词解释, 名 詞 解 釋, 注释,
// 附件2 名词解释, 《政府工作报告》名词注释, 【名词解释】 …) followed by items, or, without a
// heading, a numbered list after the report's closing paragraph (the last line opening with
// 各位代表) whose items are term–definition pairs, or a newspaper's labelled blocks
// (关键词： / term / 名词解释：definition, glossary_labelled.hpp), or, on a page about a report
// without a closing paragraph, at least three terms alone on their lines, each before its
// definition, filling the page to its end (names, not verb-phrase section headings). Several
// headings: the last
// one followed by entries wins (a related article titled …名词解释 after the glossary is
// not one); a heading without entries counts only when nothing else is found.
//
// Items (glossary_items.hpp) are either numbered — one marker style, numbers counting up —
// or unnumbered "term：definition" lines. An item is a term and a definition separated by a
// colon, a defining verb (是指, 即) or a line break. The glossary ends where its sequence
// ends and the following lines stop reading like a definition: page furniture, related
// articles and the report's title repeated are never part of it.
//
// Every entry carries a confidence (0..1) from the evidence that made it; doubtful entries
// are kept with a warning, entries below the floor are dropped with one.
#include "core/diagnostics.hpp"
#include "core/model.hpp"
#include "importers/glossary_marker.hpp"
#include "importers/glossary_term.hpp"
#include "importers/source_lines.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

struct GlossarySection {
    bool found = false;
    std::size_t begin = 0;       // index in the lines of the heading or the first entry line
    std::string heading;         // as written; empty for a headless list
    std::vector<GlossaryEntry> entries;
};

// Locates and parses the glossary of `lines` (chrome already removed). Recoverable problems
// (a footnote without a term, a number out of sequence, a heading with no entries, an entry
// dropped as doubtful) go to diagnostics with the file and line. A report without a
// glossary gives found == false and no diagnostics.
GlossarySection parse_glossary(const std::vector<SourceLine>& lines, const std::string& file,
                               Diagnostics& diagnostics);

// The glossary heading in a line, normalised ("名词解释", "注释"), or nothing. The heading
// word ends the line (after decorations: brackets, a colon, a short parenthetical remark, an
// attachment number); what stands before it may only say which report it belongs to.
std::optional<std::string> glossary_heading(std::string_view line);

}  // namespace glossgraph
