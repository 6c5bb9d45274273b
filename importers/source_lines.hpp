#pragma once
// A report as lines: the unit every text-based importer works in after decoding.
#include <string>
#include <string_view>
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

}  // namespace glossgraph
