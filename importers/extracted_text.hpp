#pragma once
// Text that an importer has pulled out of a structured format (HTML, DOCX), ready for the
// text pipeline: one paragraph per line, plus what only the format knows — where the body
// refers to footnotes, which source line each text line came from, and the document's own
// title and date.
#include "importers/importer.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

// A footnote reference at a place in ExtractedText::text.
struct TextAnchor {
    int footnote = 0;
    int line = 0;            // 1-based line of the text
    std::size_t column = 0;  // byte offset in that line as built, before cleaning
    std::string marker;      // as written ("(1)", "[2]"); empty when the format shows none
};

struct ExtractedText {
    std::string text;               // UTF-8, lines separated by '\n'
    std::vector<int> source_lines;  // per text line, its line in the source file (0: unknown);
                                    // empty when the text's own line numbers are the best there is
    std::vector<TextAnchor> anchors;
    std::string title;                // the document's own title naming the report; empty if none
    int title_line = 0;               // its source line, 0 when unknown
    std::optional<std::string> date;  // YYYY-MM-DD from the document's metadata
};

// Builds ExtractedText line by line. Text goes into the current line; breaks end it.
class TextBuilder {
public:
    // The source line that text appended from now on comes from.
    void set_source_line(int line) { source_line_ = line; }
    // Appends to the current line; each '\n' in text ends a line.
    void append(std::string_view text);
    // Ends the current line, empty or not (<br>, w:br).
    void line_break();
    // Ends the current line unless it is empty (the edges of blocks and paragraphs).
    void end_paragraph();
    // Records a footnote reference at the current position.
    void anchor(int footnote, std::string marker);
    const std::string& current_line() const { return line_; }
    // The 1-based number of the line being written.
    int line_number() const { return lines_ + 1; }
    // The finished text; the builder is empty afterwards.
    ExtractedText take();

private:
    ExtractedText out_;
    std::string line_;
    int line_source_ = 0;
    int source_line_ = 0;
    int lines_ = 0;  // lines finished so far
};

// Repairs the damaged runs of extracted text (importers/damaged_text.hpp; anchors after a
// repair on their line move with it), runs the text pipeline (parse_report_text) on it, then
// adds what the format knows:
//  - when the text has no title line (or no delivery date) and the document's metadata has
//    one, the metadata's title (and date, as "YYYY年M月D日") are put before the text as lines
//    of their own and it is parsed again, so title, year and region come out as if the text
//    had them (the body then starts with those lines);
//  - entry lines, damaged runs' lines and diagnostics name source lines (source_lines) where
//    they are known (a run's column stays its byte offset in the extracted line);
//  - anchors are placed in meta.body and replace the markers the text pipeline scanned, when
//    the format had any references; only footnotes that the glossary has are anchored.
ParsedReport parse_extracted_text(const ExtractedText& extracted, ReportMeta base, const ImportContext& context);

// "2023-12-27", "2023-12-27T08:00:00Z", "2023/12/27 09:35" and "2023年12月27日" as
// YYYY-MM-DD, when they start with a real calendar date.
std::optional<std::string> parse_date(std::string_view text);

// True when text names a government work report (政府工作报告, in either script).
bool names_report(std::string_view text);

// How a table row of cell texts becomes a line.
enum class RowLayout {
    plain,                    // cells joined by spaces
    term_definition,          // "term | definition"          -> "term：definition"
    numbered_definition,      // "1 | term | definition"      -> "1.term：definition"
};

// term_definition for two cells whose first can be a term (at most 64 characters, no
// sentence punctuation) and whose second is not empty; numbered_definition for three cells
// whose first is a number (or empty, for a narrower term) and whose others are as above.
RowLayout row_layout(const std::vector<std::string>& cells);

// The separator written before cell `index` (0-based) of a row with this layout:
// "" before the first, then " " for plain rows, "：" before a definition, "." after a bare number.
std::string_view cell_separator(RowLayout layout, std::size_t index, std::string_view previous_cell);

}  // namespace glossgraph
