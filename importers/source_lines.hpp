#pragma once
// A report as lines: the unit every text-based importer works in after decoding.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace glossgraph {

struct SourceLine {
    std::string text;  // cleaned: annotations stripped, hidden spam removed, trimmed
    int number = 0;    // 1-based line number in the decoded source
};

// Splits decoded text (LF line ends) into lines, cleaning each one: pinyin annotations
// after Han characters are removed, hidden HTML spam (<span style="display:none">…) is cut,
// and surrounding white space is trimmed. Blank lines are dropped; numbers are kept.
std::vector<SourceLine> split_clean_lines(std::string_view text);

// Removes hidden spam that page scrapers leave inside lines: from
// `<span style="display:none">` up to `</span>` or the end of the line.
std::string remove_hidden_spans(std::string_view line);

// One raw line cleaned as split_clean_lines() cleans it, remembering what was cut, so that a
// position in the raw line (a footnote reference an importer recorded while building it) is
// found in the cleaned text without cleaning again: linear to build, logarithmic per position.
class CleanedLine {
public:
    explicit CleanedLine(std::string_view raw);
    const std::string& text() const { return text_; }
    // The offset in text() of the raw byte offset `column`: the bytes kept before it. A column
    // inside a cut span or annotation maps to where the cut is; one past the end, to the end.
    std::size_t column(std::size_t raw_column) const;

private:
    using Ranges = std::vector<std::pair<std::size_t, std::size_t>>;
    // The offset after cutting `ranges` (ascending, apart) of an offset before.
    static std::size_t through(const Ranges& ranges, const std::vector<std::size_t>& cut_before, std::size_t offset);

    Ranges spans_;                        // hidden spans, in the raw line
    std::vector<std::size_t> span_cut_;   // bytes cut before each of spans_
    Ranges annotations_;                  // pinyin annotations, in the line without spans
    std::vector<std::size_t> annotation_cut_;
    std::size_t leading_ = 0;             // white space trimmed at the start
    std::string text_;
};

}  // namespace glossgraph
