// Locating the glossary (see glossary_parser.hpp); its items are read by glossary_items.
#include "importers/glossary_parser.hpp"

#include "core/text/normalize.hpp"
#include "importers/glossary_end.hpp"
#include "importers/glossary_items.hpp"
#include "importers/glossary_labelled.hpp"
#include "importers/u32.hpp"

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
        if (to_u32(remove_spaces(lines[i].text)).starts_with(U"各位代表")) return i + 1;
    }
    return 0;
}

// "附件1", "附件：" alone on a line.
bool is_attachment_label(std::string_view line) {
    const std::u32string text = to_u32(remove_spaces(fold_width(line)));
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

struct Candidate {
    std::size_t heading = 0;
    ItemsResult items;
    CollectingDiagnostics diagnostics;
};

void replay(const CollectingDiagnostics& from, Diagnostics& to) {
    for (const Diagnostic& item : from.items) to.report(item.severity, item.location, item.message);
}

}  // namespace

GlossarySection parse_glossary(const std::vector<SourceLine>& lines, const std::string& file,
                               Diagnostics& diagnostics) {
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

}  // namespace glossgraph
