#pragma once
// The text of WordprocessingML content, one paragraph per line.
//
//  - Paragraphs (w:p) are lines; runs (w:r/w:t) join without separators; w:tab is a tab;
//    w:br and w:cr end a line (as <br> does in HTML); w:noBreakHyphen is '-'.
//  - Field codes: the instruction (w:instrText, and everything between a w:fldChar "begin"
//    and its "separate") is left out, the result kept; w:fldSimple keeps its result runs.
//  - Tracked changes: deletions (w:del, w:moveFrom, w:delText) are left out, insertions
//    (w:ins, w:moveTo) kept. Hidden runs (w:vanish) are left out, as are drawings, pictures
//    and embedded objects.
//  - Hyperlinks, smart tags, content controls (w:sdt) and custom XML are read through.
//  - Tables: rows of "term | definition" and "1 | term | definition" become one
//    "term：definition" line (see row_layout; header rows of such tables are left out),
//    other rows join their cells with spaces, and cells holding several paragraphs are read
//    as paragraphs.
// Only the conventional "w:" prefix is recognised, as Word and every other producer write it.
#include "importers/docx_xml.hpp"
#include "importers/extracted_text.hpp"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace glossgraph {

enum class NoteKind { footnote, endnote };

// Called where the text refers to a note (w:footnoteReference, w:endnoteReference) with the
// note's w:id; the TextBuilder is then at the place of the reference.
using NoteReferenceHandler = std::function<void(NoteKind kind, std::string_view id)>;

// Writes the text of the block-level children of `container` (w:body, w:footnote, a cell).
void write_docx_blocks(const XmlNode& container, TextBuilder& out, const NoteReferenceHandler& on_reference);

// The notes of word/footnotes.xml or word/endnotes.xml: w:id -> its paragraphs, trimmed,
// without empty ones and without the separator notes Word keeps there.
using NoteTexts = std::map<std::string, std::vector<std::string>, std::less<>>;
NoteTexts read_notes(const XmlPart& part);

}  // namespace glossgraph
