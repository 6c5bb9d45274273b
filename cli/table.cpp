#include "cli/table.hpp"

#include "core/terminal_text.hpp"
#include "exporters/escape.hpp"
#include "core/text/utf8.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdlib>
#include <ostream>

namespace glossgraph {
namespace {

std::size_t char_width(char32_t cp) {
    const auto width = static_cast<UEastAsianWidth>(
        u_getIntPropertyValue(static_cast<UChar32>(cp), UCHAR_EAST_ASIAN_WIDTH));
    return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

// A cell on one line that cannot act on the terminal.
std::string shown_cell(std::string cell) {
    for (char& c : cell) {
        if (c == '\n' || c == '\t') c = ' ';
    }
    return escape_for_terminal(cell);
}

}  // namespace

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
        if (used + char_width(cp) + 1 > width) break;
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
    auto print_row = [&](const std::vector<std::string>& row) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) line += std::string(widths[i] - display_width(row[i]) + 2, ' ');
        }
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out << line << '\n';
    };
    print_row(headers_);
    std::vector<std::string> rule;
    for (std::size_t width : widths) rule.push_back(std::string(width, '-'));
    print_row(rule);
    for (const auto& row : shown) print_row(row);
}

StreamedTable::StreamedTable(std::vector<std::string> headers, std::vector<std::size_t> widths)
    : headers_(std::move(headers)), widths_(std::move(widths)) {
    widths_.resize(headers_.size(), 0);
}

void StreamedTable::write(std::ostream& out, const std::vector<std::string>& cells) const {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const std::string cell = shown_cell(cells[i]);
        line += cell;
        if (i + 1 < cells.size()) line += std::string(widths_[i] > display_width(cell) ? widths_[i] - display_width(cell) + 2 : 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
}

void StreamedTable::row(std::ostream& out, std::vector<std::string> cells) {
    if (!started_) {
        write(out, headers_);
        std::vector<std::string> rule;
        for (std::size_t i = 0; i < headers_.size(); ++i) {
            rule.push_back(std::string(i + 1 < headers_.size() ? widths_[i] : display_width(headers_[i]), '-'));
        }
        write(out, rule);
        started_ = true;
    }
    cells.resize(headers_.size());
    write(out, cells);
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
