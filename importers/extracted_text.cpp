#include "importers/extracted_text.hpp"

#include "core/text/normalize.hpp"
#include "core/text/script.hpp"
#include "core/text/utf8.hpp"
#include "importers/chrome.hpp"
#include "importers/damaged_text.hpp"
#include "importers/glossary_parser.hpp"
#include "importers/report_header.hpp"
#include "importers/source_lines.hpp"
#include "importers/text_importer.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>

namespace glossgraph {
namespace {

// Text line numbers of the parsed text back to source lines: the first `preamble` lines are
// the metadata's (title, date), the rest the extracted text's.
class LineMap {
public:
    LineMap(const ExtractedText& extracted, std::vector<int> preamble_sources)
        : extracted_(extracted), preamble_(std::move(preamble_sources)) {}

    int preamble() const { return static_cast<int>(preamble_.size()); }

    int source_of(int line) const {
        if (line <= 0) return line;
        if (line <= preamble()) return preamble_[static_cast<std::size_t>(line - 1)];
        const int own = line - preamble();
        if (extracted_.source_lines.empty()) return own;
        const auto index = static_cast<std::size_t>(own - 1);
        return index < extracted_.source_lines.size() ? extracted_.source_lines[index] : 0;
    }

private:
    const ExtractedText& extracted_;
    std::vector<int> preamble_;
};

std::string chinese_date(const std::string& iso) {
    return iso.substr(0, 4) + "年" + std::to_string(std::stoi(iso.substr(5, 2))) + "月" +
           std::to_string(std::stoi(iso.substr(8, 2))) + "日";
}

struct PreambleLine {
    std::string text;
    int source_line = 0;
};

// The text on one line: a title from metadata may hold line breaks (a <meta> content, a
// dc:title), and a preamble line that were several would shift every line number after it.
std::string on_one_line(std::string_view text) {
    std::string line(text);
    std::replace_if(line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r'; }, ' ');
    return line;
}

// The metadata lines to put before the text, for what the text's own header lacks.
std::vector<PreambleLine> preamble_lines(const ReportMeta& meta, const ExtractedText& extracted) {
    std::vector<PreambleLine> lines;
    if (meta.written_title.empty() && !extracted.title.empty()) {
        lines.push_back({on_one_line(extracted.title), extracted.title_line});
    }
    if (!meta.delivered_on && extracted.date) lines.push_back({chinese_date(*extracted.date), 0});
    return lines;
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t pos = 0;
    while (true) {
        const std::size_t end = text.find('\n', pos);
        lines.push_back(text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos));
        if (end == std::string_view::npos) return lines;
        pos = end + 1;
    }
}

struct BodyLine {
    std::size_t offset = 0;  // in meta.body
    std::size_t length = 0;
};

// Where each body line (by its 1-based text line number) starts in meta.body: the body is
// the cleaned, chrome-free lines before the glossary, each followed by '\n'.
std::map<int, BodyLine> body_lines(std::string_view text, const std::string& body) {
    std::map<int, BodyLine> lines;
    std::size_t offset = 0;
    for (const SourceLine& line : strip_chrome(split_clean_lines(text)).lines) {
        if (body.compare(offset, line.text.size(), line.text) != 0) break;
        lines[line.number] = {offset, line.text.size()};
        offset += line.text.size() + 1;
        if (offset >= body.size()) break;
    }
    return lines;
}

// Anchors come in text order, so each line's cleaning (with its map of what was cut) is
// made once, however many markers the line holds.
std::vector<FootnoteAnchor> place_anchors(std::string_view text, const ParsedReport& report,
                                          const std::vector<TextAnchor>& anchors, int shift) {
    std::set<int> footnotes;
    for (const GlossaryEntry& entry : report.entries) {
        if (entry.footnote) footnotes.insert(*entry.footnote);
    }
    const std::vector<std::string_view> raw = split_lines(text);
    const std::map<int, BodyLine> body = body_lines(text, report.meta.body);
    std::vector<FootnoteAnchor> placed;
    std::optional<CleanedLine> cleaned;
    int cleaned_number = 0;
    for (const TextAnchor& anchor : anchors) {
        const int line = anchor.line + shift;
        const auto found = body.find(line);
        if (found == body.end() || !footnotes.contains(anchor.footnote)) continue;
        if (!cleaned || cleaned_number != line) {
            cleaned.emplace(raw[static_cast<std::size_t>(line - 1)]);
            cleaned_number = line;
        }
        const std::size_t column = cleaned->column(anchor.column);
        placed.push_back({anchor.footnote, found->second.offset + std::min(column, found->second.length), anchor.marker});
    }
    std::stable_sort(placed.begin(), placed.end(), [](const auto& a, const auto& b) { return a.offset < b.offset; });
    return placed;
}

// A repair changes the length of its line after the run: anchors later on the line move with it.
void shift_anchor_columns(std::vector<TextAnchor>& anchors, const std::vector<DamagedRun>& runs) {
    for (TextAnchor& anchor : anchors) {
        std::size_t column = anchor.column;
        for (const DamagedRun& run : runs) {
            if (run.line != anchor.line || run.column >= anchor.column || !run.repaired) continue;
            column = column + run.repaired->size() - run.written.size();
        }
        anchor.column = column;
    }
}

void forward(const CollectingDiagnostics& collected, const LineMap& lines, Diagnostics& diagnostics) {
    for (const Diagnostic& item : collected.items) {
        diagnostics.report(item.severity, {item.location.file, lines.source_of(item.location.line)}, item.message);
    }
}

bool is_sentence_punctuation(char32_t cp) {
    return cp == U'。' || cp == U'；' || cp == U'！' || cp == U'？' || cp == U';' || cp == U'!' || cp == U'?';
}

bool can_be_term(std::string_view cell) {
    const std::size_t length = utf8::length(cell);
    if (length == 0 || length > 64) return false;
    std::size_t pos = 0;
    while (pos < cell.size()) {
        if (is_sentence_punctuation(utf8::next(cell, pos))) return false;
    }
    return true;
}

bool is_number_cell(std::string_view cell) {
    if (cell.empty()) return true;
    if (std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; })) return cell.size() <= 3;
    const auto marker = read_marker(cell);
    return marker && marker->length == cell.size();
}

bool ends_with_colon(std::string_view text) { return text.ends_with(":") || text.ends_with("："); }

}  // namespace

void TextBuilder::append(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = std::min(text.find('\n', pos), text.size());
        if (end > pos) {
            if (line_.empty()) line_source_ = source_line_;
            line_.append(text.substr(pos, end - pos));
        }
        if (end == text.size()) return;
        line_break();
        pos = end + 1;
    }
}

void TextBuilder::line_break() {
    out_.text.append(line_).push_back('\n');
    out_.source_lines.push_back(line_.empty() ? source_line_ : line_source_);
    line_.clear();
    ++lines_;
}

void TextBuilder::end_paragraph() {
    if (!line_.empty()) line_break();
}

void TextBuilder::anchor(int footnote, std::string marker) {
    if (line_.empty()) line_source_ = source_line_;
    out_.anchors.push_back({footnote, lines_ + 1, line_.size(), std::move(marker)});
}

ExtractedText TextBuilder::take() {
    end_paragraph();
    ExtractedText done = std::move(out_);
    out_ = {};
    lines_ = 0;
    return done;
}

ParsedReport parse_extracted_text(const ExtractedText& extracted, ReportMeta base, const ImportContext& context) {
    CollectingDiagnostics collected;
    const ImportContext quiet{context.path, context.gazetteer, &collected};
    ExtractedText repaired = extracted;
    repaired.text = repair_damaged_text(std::move(repaired.text), base);
    shift_anchor_columns(repaired.anchors, base.damaged_runs);
    ParsedReport report = parse_report_text(repaired.text, base, quiet);
    std::string text = repaired.text;
    std::vector<int> preamble_sources;
    const std::vector<PreambleLine> preamble = preamble_lines(report.meta, repaired);
    if (!preamble.empty()) {
        std::string before;
        for (const PreambleLine& line : preamble) {
            before.append(line.text).push_back('\n');
            preamble_sources.push_back(line.source_line);
        }
        text = before + text;
        collected.items.clear();
        for (DamagedRun& run : base.damaged_runs) run.line += static_cast<int>(preamble.size());
        report = parse_report_text(text, std::move(base), quiet);
    }
    const LineMap lines(repaired, preamble_sources);
    for (DamagedRun& run : report.meta.damaged_runs) run.line = lines.source_of(run.line);
    warn_damaged_runs(report.meta.damaged_runs, context);
    forward(collected, lines, *context.diagnostics);
    for (GlossaryEntry& entry : report.entries) entry.line = lines.source_of(entry.line);
    if (!repaired.anchors.empty()) report.meta.anchors = place_anchors(text, report, repaired.anchors, lines.preamble());
    return report;
}

std::optional<std::string> parse_date(std::string_view text) {
    text = trim(text);
    if (auto chinese = find_date(text)) return chinese;
    int year = 0;
    int month = 0;
    int day = 0;
    char first = 0;
    char second = 0;
    const std::string head(text.substr(0, 10));
    if (std::sscanf(head.c_str(), "%4d%c%2d%c%2d", &year, &first, &month, &second, &day) != 5) return std::nullopt;
    if (first != second || (first != '-' && first != '/' && first != '.')) return std::nullopt;
    if (year < 1949) return std::nullopt;
    return iso_date(year, month, day);
}

bool names_report(std::string_view text) {
    return remove_spaces(to_simplified(text)).find("政府工作报告") != std::string::npos;
}

RowLayout row_layout(const std::vector<std::string>& cells) {
    if (cells.size() == 2 && can_be_term(cells[0]) && !cells[1].empty()) return RowLayout::term_definition;
    if (cells.size() == 3 && is_number_cell(cells[0]) && can_be_term(cells[1]) && !cells[2].empty()) {
        return RowLayout::numbered_definition;
    }
    return RowLayout::plain;
}

std::string_view cell_separator(RowLayout layout, std::size_t index, std::string_view previous_cell) {
    if (index == 0) return "";
    switch (layout) {
        case RowLayout::plain:
            return " ";
        case RowLayout::term_definition:
            return ends_with_colon(previous_cell) ? "" : "：";
        case RowLayout::numbered_definition:
            if (index == 2) return ends_with_colon(previous_cell) ? "" : "：";
            return previous_cell.empty() || !std::all_of(previous_cell.begin(), previous_cell.end(),
                                                         [](char c) { return c >= '0' && c <= '9'; })
                       ? ""
                       : ".";
    }
    return " ";
}

}  // namespace glossgraph
