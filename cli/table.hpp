#pragma once
// Aligned text tables for people. Widths count display columns (CJK characters take two),
// so Chinese columns line up in a terminal.
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace glossgraph {

class Table {
public:
    // max_widths: a display-width limit per column (0 = none); longer cells end in "…".
    Table(std::vector<std::string> headers, std::vector<std::size_t> max_widths = {});
    void add(std::vector<std::string> row);
    // Writes the header, a rule, and the rows; columns separated by two spaces, no trailing
    // blanks. Tabs and line breaks in a cell become spaces, and every other control character
    // is written out (escape_for_terminal), so a cell is one line and cannot act on the terminal.
    // A table wider than fit_tables_to() allows wraps its widest columns (a row then takes
    // several lines, the other cells on its first).
    void print(std::ostream& out) const;
    // Writes the header and the rows as CSV, each cell whole as csv_field (exporters/escape.hpp)
    // writes it (RFC 4180), records ending in CRLF. For Excel: a UTF-8 byte order mark first
    // (or Excel reads the text as the system's code page), and cells Excel would run as a
    // formula start with an apostrophe.
    enum class Csv { plain, excel };
    void write_csv(std::ostream& out, Csv flavour = Csv::plain) const;
    bool empty() const { return rows_.empty(); }

private:
    std::vector<std::string> headers_;
    std::vector<std::size_t> max_widths_;
    std::vector<std::vector<std::string>> rows_;
};

// A table written a row at a time, as its rows come (the import's files as they finish): each
// column but the last has the width given up front (a longer cell widens its own row; nothing
// is cut), the header and rule come before the first row. Cells as Table::print writes them.
class StreamedTable {
public:
    StreamedTable(std::vector<std::string> headers, std::vector<std::size_t> widths);
    void row(std::ostream& out, std::vector<std::string> cells);

private:
    std::vector<std::string> headers_;
    std::vector<std::size_t> widths_;
    bool started_ = false;
};

// --csv and --excel for a command that prints a table: add_to() declares them (excluding
// --json when given), print() writes the table as they ask, or as text.
class TableOptions {
public:
    void add_to(CLI::App& app, CLI::Option* json = nullptr);
    bool csv() const { return csv_ || excel_; }
    void print(const Table& table, std::ostream& out) const;

private:
    bool csv_ = false;
    bool excel_ = false;
};

// Tables written to `out` fit in `columns` display columns (0: no limit, the default): a table
// wider than that wraps its widest column onto more lines, as often as needed, but never a
// column narrower than kKeptWhole or its header (codes, years, counts stay whole).
// The command line sets it for standard output on a terminal (its width, or $COLUMNS).
void fit_tables_to(std::ostream& out, std::size_t columns);
inline constexpr std::size_t kKeptWhole = 12;

// Display columns of UTF-8 text: East Asian wide and full-width characters count two.
std::size_t display_width(std::string_view text);

// text cut to at most width display columns, with "…" when cut.
std::string truncate_to_width(std::string_view text, std::size_t width);

}  // namespace glossgraph
