#include "cli/table.hpp"

#include "core/terminal_text.hpp"
#include "exporters/escape.hpp"
#include "core/text/utf8.hpp"

#include <CLI/CLI.hpp>
#include <unicode/uchar.h>

#include <algorithm>
#include <cstdlib>
#include <ostream>

namespace glossgraph {
namespace {

// East Asian wide and full-width characters take two columns, and so do the quotation marks
// and the ellipsis of Chinese text (“ ” ‘ ’ …), which CJK fonts and terminals draw wide.
std::size_t char_width(char32_t cp) {
    if (cp == U'\u201C' || cp == U'\u201D' || cp == U'\u2018' || cp == U'\u2019' || cp == U'\u2026') return 2;
    const auto width = static_cast<UEastAsianWidth>(
        u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH));
    return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

// One line of a table: each cell but the last padded to its column's width (a wider cell
// pushes the rest of its line on), two spaces between columns, no trailing blanks. Cells are
// written as given: callers pass them through shown_cell.
void write_line(std::ostream& out, const std::vector<std::string>& cells, const std::vector<std::size_t>& widths) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        line += cells[i];
        const std::size_t width = display_width(cells[i]);
        if (i + 1 < cells.size()) line += std::string(widths[i] > width ? widths[i] - width + 2 : 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
}

int fitting_index() {
    static const int index = std::ios_base::xalloc();
    return index;
}

// Shrinks the widest columns that can shrink until the line fits in `columns`: none below
// kKeptWhole or its header's width.
void fit(std::vector<std::size_t>& widths, const std::vector<std::string>& headers, std::size_t columns) {
    if (columns == 0 || widths.empty()) return;
    std::vector<std::size_t> least(widths.size());
    std::size_t total = 2 * (widths.size() - 1);
    for (std::size_t i = 0; i < widths.size(); ++i) {
        least[i] = std::max(kKeptWhole, display_width(headers[i]));
        total += widths[i];
    }
    while (total > columns) {
        std::size_t widest = widths.size();  // the widest column that can shrink
        for (std::size_t i = 0; i < widths.size(); ++i)
            if (widths[i] > least[i] && (widest == widths.size() || widths[i] > widths[widest])) widest = i;
        if (widest == widths.size()) return;
        const std::size_t cut = std::min(total - columns, widths[widest] - least[widest]);
        widths[widest] -= cut;
        total -= cut;
    }
}

// text in pieces of at most width display columns (a wide character never split).
std::vector<std::string> wrapped(std::string_view text, std::size_t width) {
    std::vector<std::string> lines(1);
    std::size_t used = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = utf8::next(text, pos);
        const std::size_t w = char_width(cp);
        if (used + w > width && used > 0) {
            lines.emplace_back();
            used = 0;
        }
        utf8::append(lines.back(), cp);
        used += w;
    }
    return lines;
}

// One row as the lines it takes when its cells wrap at their columns' widths.
void write_row(std::ostream& out, const std::vector<std::string>& row, const std::vector<std::size_t>& widths) {
    std::vector<std::vector<std::string>> pieces;
    std::size_t lines = 1;
    for (std::size_t i = 0; i < row.size(); ++i) {
        pieces.push_back(display_width(row[i]) > widths[i] ? wrapped(row[i], widths[i]) : std::vector<std::string>{row[i]});
        lines = std::max(lines, pieces.back().size());
    }
    for (std::size_t line = 0; line < lines; ++line) {
        std::vector<std::string> cells;
        for (const auto& cell : pieces) cells.push_back(line < cell.size() ? cell[line] : std::string());
        write_line(out, cells, widths);
    }
}

// A cell on one line that cannot act on the terminal.
std::string shown_cell(std::string cell) {
    for (char& c : cell) {
        if (c == '\n' || c == '\t') c = ' ';
    }
    return escape_for_terminal(cell);
}

}  // namespace

void fit_tables_to(std::ostream& out, std::size_t columns) { out.iword(fitting_index()) = static_cast<long>(columns); }

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (std::size_t pos = 0; pos < text.size();) width += char_width(utf8::next(text, pos));
    return width;
}

std::string truncate_to_width(std::string_view text, std::size_t width) {
    if (display_width(text) <= width) return std::string(text);
    std::string out;
    std::size_t used = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t cp = utf8::next(text, pos);
        if (used + char_width(cp) + char_width(U'\u2026') > width) break;
        used += char_width(cp);
        utf8::append(out, cp);
    }
    return out + "…";
}

Table::Table(std::vector<std::string> headers, std::vector<std::size_t> max_widths)
    : headers_(std::move(headers)), max_widths_(std::move(max_widths)) {
    max_widths_.resize(headers_.size(), 0);
}

void Table::add(std::vector<std::string> row) {
    row.resize(headers_.size());
    rows_.push_back(std::move(row));
}

void Table::print(std::ostream& out) const {
    std::vector<std::vector<std::string>> shown;
    for (auto row : rows_) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            row[i] = shown_cell(std::move(row[i]));
            if (max_widths_[i] > 0) row[i] = truncate_to_width(row[i], max_widths_[i]);
        }
        shown.push_back(std::move(row));
    }
    std::vector<std::size_t> widths(headers_.size());
    for (std::size_t i = 0; i < headers_.size(); ++i) widths[i] = display_width(headers_[i]);
    for (const auto& row : shown) {
        for (std::size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], display_width(row[i]));
    }
    fit(widths, headers_, static_cast<std::size_t>(out.iword(fitting_index())));
    write_row(out, headers_, widths);
    std::vector<std::string> rule;
    for (std::size_t width : widths) rule.push_back(std::string(width, '-'));
    write_line(out, rule, widths);
    for (const auto& row : shown) write_row(out, row, widths);
}

StreamedTable::StreamedTable(std::vector<std::string> headers, std::vector<std::size_t> widths)
    : headers_(std::move(headers)), widths_(std::move(widths)) {
    widths_.resize(headers_.size(), 0);
}

void StreamedTable::row(std::ostream& out, std::vector<std::string> cells) {
    if (!started_) {
        write_line(out, headers_, widths_);
        std::vector<std::string> rule;
        for (std::size_t i = 0; i < headers_.size(); ++i) {
            rule.push_back(std::string(i + 1 < headers_.size() ? widths_[i] : display_width(headers_[i]), '-'));
        }
        write_line(out, rule, widths_);
        started_ = true;
    }
    cells.resize(headers_.size());
    for (std::string& cell : cells) cell = shown_cell(std::move(cell));
    write_line(out, cells, widths_);
    out.flush();
}


void Table::write_csv(std::ostream& out, Csv flavour) const {
    if (flavour == Csv::excel) out << "\xEF\xBB\xBF";
    const auto write_row = [&](const std::vector<std::string>& row) {
        for (std::size_t i = 0; i < row.size(); ++i) out << (i == 0 ? "" : ",") << csv_field(row[i], flavour == Csv::excel);
        out << "\r\n";
    };
    write_row(headers_);
    for (const auto& row : rows_) write_row(row);
}

void TableOptions::add_to(CLI::App& app, CLI::Option* json) {
    auto* csv = app.add_flag("--csv", csv_, "Print the table as CSV (UTF-8, RFC 4180), for spreadsheets and pandas");
    auto* excel = app.add_flag("--excel", excel_, "Print the table as CSV that Excel opens as UTF-8 (byte order mark)");
    csv->excludes(excel);
    if (json != nullptr) {
        json->excludes(csv);
        json->excludes(excel);
    }
}

void TableOptions::print(const Table& table, std::ostream& out) const {
    if (csv()) {
        table.write_csv(out, excel_ ? Table::Csv::excel : Table::Csv::plain);
    } else {
        table.print(out);
    }
}

}  // namespace glossgraph
