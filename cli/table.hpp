#pragma once
// Aligned text tables for people. Widths count display columns (CJK characters take two),
// so Chinese columns line up in a terminal.
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

class Table {
public:
    // max_widths: a display-width limit per column (0 = none); longer cells end in "…".
    Table(std::vector<std::string> headers, std::vector<std::size_t> max_widths = {});
    // Tabs and line breaks in a cell become spaces, and every other control character is
    // written out (escape_for_terminal), so a cell is one line and cannot act on the terminal.
    void add(std::vector<std::string> row);
    // Writes the header, a rule, and the rows; columns separated by two spaces, no trailing blanks.
    void print(std::ostream& out) const;
    bool empty() const { return rows_.empty(); }

private:
    std::vector<std::string> headers_;
    std::vector<std::size_t> max_widths_;
    std::vector<std::vector<std::string>> rows_;
};

// Display columns of UTF-8 text: East Asian wide and full-width characters count two.
std::size_t display_width(std::string_view text);

// text cut to at most width display columns, with "…" when cut.
std::string truncate_to_width(std::string_view text, std::size_t width);

}  // namespace glossgraph
