// Locating the glossary (see glossary_parser.hpp); its items are read by glossary_items.
#include "importers/glossary_parser.hpp"

#include "core/text/normalize.hpp"
#include "core/text/script.hpp"
#include "importers/glossary_end.hpp"
#include "importers/glossary_items.hpp"
#include "importers/glossary_labelled.hpp"
#include "importers/u32.hpp"

#include <algorithm>

namespace glossgraph {
namespace {

// A headless list is a glossary when it has this many items, nearly all with a term.
constexpr int min_headless_items = 2;
constexpr double min_headless_term_share = 0.75;
constexpr std::size_t max_list_title_length = 30;
// Each candidate is read whole, so a hostile file with thousands of headings or lists stays
// linear: only the last few headings and the first few lists are tried.
constexpr int max_heading_candidates = 8;
constexpr int max_list_candidates = 8;

std::size_t closing_paragraph_end(const std::vector<SourceLine>& lines) {
    for (std::size_t i = lines.size(); i-- > 0;) {
        if (code_points(remove_spaces(lines[i].text)).starts_with(U"各位代表")) return i + 1;
    }
    return 0;
}

// "附件1", "附件：" alone on a line.
bool is_attachment_label(std::string_view line) {
    const std::u32string text = code_points(remove_spaces(fold_width(line)));
    if (!text.starts_with(U"附件") && !text.starts_with(U"附录")) return false;
    return text.size() <= 5;
}

// The line before a list names what the list is ("2024年十件民生实事", "附件1 重点项目"):
// a short line without sentence punctuation that is neither a glossary heading nor the end
// of the closing paragraph. A list under such a title is not a glossary.
bool has_other_title(const std::vector<SourceLine>& lines, std::size_t first, std::size_t closing_end) {
    std::size_t i = first;
    while (i > closing_end && is_attachment_label(lines[i - 1].text)) --i;
    if (i <= closing_end) return false;
    const std::string_view title = lines[i - 1].text;
    return utf8::length(title) <= max_list_title_length && !ends_sentence(title) && !glossary_heading(title) &&
           !reads_as_prose(title);
}

// A list that is the whole rest of a page without a closing paragraph (the last page of a
// report split into pages, a glossary published on its own): enough items, all with a term,
// and nothing after them that is not theirs.
bool is_page_of_items(const ItemsResult& items, std::size_t line_count) {
    constexpr int min_items = 3;
    return items.items >= min_items && items.items_with_term == items.items && items.end == line_count;
}

// A headless glossary: the first line after the closing paragraph that opens item 1 with a
// term, when the list from there has enough items and nearly all of them have a term. With
// no closing paragraph, a list of any start number that fills the rest of the page.
std::optional<std::size_t> find_headless_list(const std::vector<SourceLine>& lines, const std::string& file) {
    const std::size_t closing_end = closing_paragraph_end(lines);
    const bool closed = closing_end > 0;
    int tried = 0;
    for (std::size_t i = closing_end; i < lines.size() && tried < max_list_candidates; ++i) {
        const auto marker = read_marker(lines[i].text);
        if (!marker || is_han_numeral(marker->style) || (closed && marker->number != 1)) continue;
        if (!split_term(std::string_view(lines[i].text).substr(marker->length))) continue;
        if (has_other_title(lines, i, closing_end)) continue;
        ++tried;
        CollectingDiagnostics trial;
        const ItemsResult items = read_glossary_items(lines, i, true, file, trial);
        if (!closed) {
            if (is_page_of_items(items, lines.size())) return i;
            continue;
        }
        if (items.items < min_headless_items) continue;
        if (items.items_with_term < min_headless_term_share * items.items) continue;
        return i;
    }
    return std::nullopt;
}

// "注释：①三线一单：…", "名词解释:1.放管服：…": a heading and the first item on one line become
// two lines (same line number), so the rest of the parser sees the usual shape. Returns
// nothing when no line needs it.
struct SplitLines {
    std::vector<SourceLine> lines;
    std::size_t at = 0;  // index of the split line; later indices are one more than the original's
};

std::optional<SplitLines> split_inline_headings(const std::vector<SourceLine>& lines) {
    std::optional<SplitLines> split;
    for (std::size_t i = lines.size(); i-- > 0;) {  // the last such line: glossaries end reports
        const std::string& text = lines[i].text;
        std::size_t colon = text.find("：");
        std::size_t colon_bytes = std::string_view("：").size();
        if (const std::size_t ascii = text.find(':'); ascii < colon) {
            colon = ascii;
            colon_bytes = 1;
        }
        if (colon == std::string::npos || colon > 40 * 3) continue;
        // A bare 注 before a numbered line is a note under a table ("注：1.数据来源…"), not a glossary.
        const std::optional<std::string> heading = glossary_heading(text.substr(0, colon));
        const bool splits = heading && *heading != "注" && read_marker(trim(std::string_view(text).substr(colon + colon_bytes)));
        if (!splits) continue;
        split.emplace();
        split->at = i;
        split->lines.assign(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(i));
        split->lines.push_back({text.substr(0, colon + colon_bytes), lines[i].number});
        split->lines.push_back({std::string(trim(std::string_view(text).substr(colon + colon_bytes))), lines[i].number});
        split->lines.insert(split->lines.end(), lines.begin() + static_cast<std::ptrdiff_t>(i) + 1, lines.end());
        return split;  // one glossary: one such line is enough
    }
    return split;
}

// Verbs that open a report's section headings ("加快建设现代化产业体系"); a glossary's terms
// are the names of things ("四个城市", "五绿润城"), not such verb phrases.
constexpr std::u32string_view heading_verbs[] = {
    U"加快", U"推进", U"推动", U"深化", U"坚持", U"着力", U"全面", U"持续", U"大力", U"扎实", U"积极", U"不断",
    U"提升", U"强化", U"优化", U"统筹", U"巩固", U"加强", U"建设", U"实施", U"完善", U"促进", U"做好", U"抓好",
    U"落实", U"深入", U"努力", U"切实", U"聚焦", U"围绕", U"打造", U"构建", U"发展", U"保障", U"改善", U"扩大"};

bool opens_with_heading_verb(std::string_view term) {
    const std::u32string text = code_points(to_simplified(term));
    for (std::u32string_view verb : heading_verbs) {
        if (text.starts_with(verb)) return true;
    }
    return false;
}

// A page about a report (it names 政府工作报告 near its top) without a closing paragraph,
// heading or numbers, ending in at least three terms each alone on a line before its
// definition (a newspaper's "new words of the report"). The terms must be names, not a
// report's verb-phrase section headings, and the list must fill the page to its end (a last
// line or two cut off by the page aside).
std::optional<std::size_t> find_page_of_term_lines(const std::vector<SourceLine>& lines, const std::string& file) {
    constexpr std::size_t top_lines = 6;
    constexpr std::size_t min_entries = 3;
    constexpr std::size_t max_cut_tail = 2;
    if (closing_paragraph_end(lines) > 0) return std::nullopt;
    bool about_report = false;
    for (std::size_t i = 0; i < lines.size() && i < top_lines; ++i) {
        about_report = about_report || code_points(to_simplified(lines[i].text)).find(U"政府工作报告") != std::u32string::npos;
    }
    if (!about_report) return std::nullopt;
    int tried = 0;
    for (std::size_t i = 0; i + 1 < lines.size() && tried < max_list_candidates; ++i) {
        if (read_marker(lines[i].text) || !term_alone(lines[i].text) || !reads_as_prose(lines[i + 1].text)) continue;
        ++tried;
        CollectingDiagnostics trial;
        const ItemsResult items = read_glossary_items(lines, i, true, file, trial);
        if (items.entries.size() < min_entries || items.end + max_cut_tail < lines.size()) continue;
        const bool names = std::none_of(items.entries.begin(), items.entries.end(), [](const GlossaryEntry& entry) {
            return opens_with_heading_verb(entry.term);
        });
        if (names) return i;
    }
    return std::nullopt;
}

struct Candidate {
    std::size_t heading = 0;
    ItemsResult items;
    CollectingDiagnostics diagnostics;
};

void replay(const CollectingDiagnostics& from, Diagnostics& to) {
    for (const Diagnostic& item : from.items) to.report(item.severity, item.location, item.message);
}

// The glossary of lines, by the order of evidence in glossary_parser.hpp.
GlossarySection find_section(const std::vector<SourceLine>& lines, const std::string& file, Diagnostics& diagnostics) {
    GlossarySection section;
    // The last heading followed by entries; else the last heading at all.
    std::optional<Candidate> chosen;
    int tried = 0;
    for (std::size_t i = lines.size(); i-- > 0 && tried < max_heading_candidates;) {
        if (!glossary_heading(lines[i].text)) continue;
        ++tried;
        Candidate candidate;
        candidate.heading = i;
        candidate.items = read_glossary_items(lines, i + 1, false, file, candidate.diagnostics);
        const bool has_entries = !candidate.items.entries.empty();
        if (!chosen || has_entries) chosen = std::move(candidate);
        if (has_entries) break;
    }
    if (chosen && !chosen->items.entries.empty()) {
        section.found = true;
        section.begin = chosen->heading;
        section.heading = lines[chosen->heading].text;
        replay(chosen->diagnostics, diagnostics);
        section.entries = std::move(chosen->items.entries);
    } else if (auto labelled = read_labelled_glossary(lines)) {
        section.found = true;
        section.begin = labelled->begin;
        section.entries = std::move(labelled->entries);
    } else if (const auto start = find_headless_list(lines, file)) {
        section.found = true;
        section.begin = *start;
        section.entries = read_glossary_items(lines, *start, true, file, diagnostics).entries;
    } else if (const auto page_start = find_page_of_term_lines(lines, file)) {
        section.found = true;
        section.begin = *page_start;
        section.entries = read_glossary_items(lines, *page_start, true, file, diagnostics).entries;
    } else if (chosen) {
        section.found = true;
        section.begin = chosen->heading;
        section.heading = lines[chosen->heading].text;
        replay(chosen->diagnostics, diagnostics);
        diagnostics.warning({file, lines[chosen->heading].number},
                            "glossary heading '" + section.heading + "' has no entries");
    }
    return section;
}

}  // namespace

GlossarySection parse_glossary(const std::vector<SourceLine>& all_lines, const std::string& file,
                               Diagnostics& diagnostics) {
    const std::optional<SplitLines> split = split_inline_headings(all_lines);
    const std::vector<SourceLine>& lines = split ? split->lines : all_lines;
    GlossarySection section = find_section(lines, file, diagnostics);
    if (split && section.begin > split->at) --section.begin;  // back to an index of all_lines
    return section;
}

}  // namespace glossgraph
