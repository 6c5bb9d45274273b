#include "importers/glossary_items.hpp"

#include "core/text/normalize.hpp"
#include "importers/glossary_end.hpp"
#include "importers/glossary_marker.hpp"
#include "importers/glossary_term.hpp"
#include "importers/u32.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace glossgraph {
namespace {

constexpr std::size_t lead_in_lines = 6;  // lines between a heading and the first item
constexpr int max_gap = 3;                // numbers an item may skip
constexpr std::size_t max_sub_term_length = 24;
constexpr std::size_t max_lookahead = 200;  // lines searched for a better line of the same number

// What lowers an entry's confidence, and by how much.
struct Penalty {
    double value;
    const char* reason;
};
constexpr Penalty no_heading{0.1, "no glossary heading"};
constexpr Penalty unnumbered{0.1, "unnumbered"};
constexpr Penalty numbering_gap{0.2, "numbers skipped before it"};
constexpr Penalty late_start{0.1, "the list does not start at 1"};
constexpr Penalty no_colon{0.1, "no colon after the term"};
constexpr Penalty unquoted_defining{0.1, "unquoted term before 是指"};
constexpr Penalty alone_numbered{0.1, "term alone on its line"};
constexpr Penalty alone_unnumbered{0.25, "unnumbered term alone on its line"};
constexpr Penalty sibling{0.25, "unmarked line that its item's head does not name"};
constexpr Penalty narrower{0.05, "unmarked line"};
constexpr Penalty short_definition{0.3, "definition under 4 characters"};
constexpr Penalty long_term{0.15, "term over 24 characters"};

struct Evidence {
    double confidence = 1.0;
    std::string reasons;
    void add(const Penalty& penalty) {
        confidence -= penalty.value;
        reasons += reasons.empty() ? penalty.reason : std::string("; ") + penalty.reason;
    }
};

// The numbered items of a glossary: the lines that open them, with their markers.
struct Spine {
    MarkerStyle style = MarkerStyle::paren;
    std::vector<std::size_t> lines;
    std::vector<EntryMarker> markers;
    std::vector<bool> gaps;      // numbers were skipped before this item
    std::set<std::size_t> group_headings;  // "一、经济类" lines between items
    bool late_start = false;
};

// Short lines that stand three times or more in the document: the running header or footer of
// a PDF or Word text ("2024年政府工作报告", "— 12 —" aside, "XX市人民政府办公室").
std::unordered_set<std::string_view> running_lines(const std::vector<SourceLine>& lines) {
    constexpr std::size_t max_running_length = 40 * 3;  // bytes
    constexpr int min_repeats = 3;
    std::unordered_map<std::string_view, int> counts;
    std::unordered_set<std::string_view> running;
    for (const SourceLine& line : lines) {
        if (line.text.size() > max_running_length) continue;
        if (++counts[line.text] == min_repeats) running.insert(line.text);
    }
    return running;
}

class ItemReader {
public:
    ItemReader(const std::vector<SourceLine>& lines, bool headless, const std::string& file, Diagnostics& diagnostics)
        : lines_(lines), headless_(headless), file_(file), diagnostics_(diagnostics), running_(running_lines(lines)) {}

    ItemsResult read(std::size_t begin) {
        const Spine spine = find_spine(begin);
        if (spine.lines.empty()) {
            read_unnumbered(begin);
        } else {
            read_numbered(spine);
        }
        ItemsResult result;
        result.entries = take();
        result.items = items_;
        result.items_with_term = items_with_term_;
        result.end = end_;
        return result;
    }

private:
    std::string_view text(std::size_t i) const { return lines_[i].text; }

    bool is_page_furniture(std::size_t i) const { return is_furniture(text(i)) || running_.contains(text(i)); }

    // The term of an item's first line, after its marker.
    static std::optional<TermSplit> item_term(std::string_view rest) {
        if (auto split = split_bracketed_term(rest)) return split;
        if (auto split = split_term(rest)) return split;
        if (auto split = split_defining_term(rest)) return split;
        if (auto split = split_parenthesized_term(rest)) return split;
        if (auto split = split_spaced_term(rest)) return split;
        return term_alone(rest);
    }

    // A marker alone on its line ("5", "（3）") has its term on the next line (a table's number
    // cell, a PDF's numbering).
    bool term_on_next_line(std::size_t i, const EntryMarker& marker) const {
        return trim(text(i).substr(marker.length)).empty() && i + 1 < lines_.size() && !read_marker(text(i + 1)) &&
               !is_page_furniture(i + 1);
    }

    std::optional<TermSplit> item_term_at(std::size_t i, const EntryMarker& marker) const {
        if (term_on_next_line(i, marker)) return item_term(text(i + 1));
        return item_term(text(i).substr(marker.length));
    }

    std::optional<std::size_t> first_item(std::size_t begin, std::set<std::size_t>& group_headings) const {
        for (std::size_t i = begin; i < lines_.size() && i < begin + lead_in_lines; ++i) {
            const auto marker = read_marker(text(i));
            if (!marker) {
                if (starts_unnumbered_entry(i, std::nullopt)) return std::nullopt;
                continue;
            }
            if (item_term_at(i, *marker)) return i;
            if (is_han_numeral(marker->style)) group_headings.insert(i);
        }
        return std::nullopt;
    }

    // Items before the first one with a term, in its style and counting down to it: "(1)"
    // without a term before "(2)三变改革：…" is item 1, reported as having no term.
    std::size_t earliest_item(std::size_t begin, std::size_t first) const {
        const EntryMarker marker = *read_marker(text(first));
        std::size_t start = first;
        int number = marker.number;
        for (std::size_t i = first; i-- > begin && number > 1;) {
            const auto earlier = read_marker(text(i));
            if (!earlier || earlier->style != marker.style || earlier->number != number - 1) continue;
            start = i;
            --number;
        }
        return start;
    }

    // The next line opening item `expected` in the spine's style, from line i on.
    bool opens_item(std::size_t i, const Spine& spine, int expected, const EntryMarker& marker) const {
        if (marker.style != spine.style) {
            return marker.number == expected && continues_style(spine.style, marker.style) && item_term_at(i, marker);
        }
        if (marker.number == expected) {
            if (marker.before_digit && !item_term_at(i, marker)) return false;  // "3.5万亩"
            if (item_term_at(i, marker)) return true;
            // A term-less line in sequence: a later line of the same number with a term wins.
            for (std::size_t j = i + 1; j < lines_.size() && j <= i + max_lookahead; ++j) {
                const auto later = read_marker(text(j));
                if (!later || later->style != spine.style) continue;
                if (later->number == expected + 1) break;
                if (later->number == expected && item_term_at(j, *later)) return false;
            }
            return true;
        }
        return marker.number > expected && marker.number <= expected + max_gap && !marker.before_digit &&
               split_term(text(i).substr(marker.length));
    }

    bool restarts_group(std::size_t i, const EntryMarker& marker, Spine& spine) const {
        if (marker.number != 1 || marker.style != spine.style || i == 0 || !item_term_at(i, marker)) return false;
        const auto previous = read_marker(text(i - 1));
        if (!previous || !is_han_numeral(previous->style) || item_term_at(i - 1, *previous)) return false;
        spine.group_headings.insert(i - 1);
        return true;
    }

    Spine find_spine(std::size_t begin) const {
        Spine spine;
        const auto first = first_item(begin, spine.group_headings);
        if (!first) return spine;
        const std::size_t start = earliest_item(begin, *first);
        const EntryMarker first_marker = *read_marker(text(start));
        spine.style = first_marker.style;
        spine.late_start = first_marker.number != 1;
        int expected = first_marker.number;
        for (std::size_t i = start; i < lines_.size(); ++i) {
            const auto marker = read_marker(text(i));
            if (!marker) continue;
            const bool restart = restarts_group(i, *marker, spine);
            if (!restart && !opens_item(i, spine, expected, *marker)) continue;
            spine.gaps.push_back(!restart && marker->number != expected);
            spine.lines.push_back(i);
            spine.markers.push_back(*marker);
            expected = marker->number + 1;
        }
        return spine;
    }

    void read_numbered(const Spine& spine) {
        for (std::size_t k = 0; k < spine.lines.size(); ++k) {
            const bool last = k + 1 == spine.lines.size();
            const std::size_t end = last ? lines_.size() : spine.lines[k + 1];
            if (!read_item(spine, k, end, last)) return;
        }
    }

    Evidence item_evidence(const Spine& spine, std::size_t k, const TermSplit& split) const {
        Evidence evidence;
        if (headless_) evidence.add(no_heading);
        if (spine.gaps[k]) evidence.add(numbering_gap);
        if (spine.late_start) evidence.add(late_start);
        if (split.separator == TermSeparator::spacing || split.separator == TermSeparator::parenthesized) {
            evidence.add(no_colon);
        }
        if (split.separator == TermSeparator::defining) {
            evidence.add(no_colon);
            if (!is_quoted(split.term)) evidence.add(unquoted_defining);
        }
        if (split.separator == TermSeparator::line_break) evidence.add(alone_numbered);
        return evidence;
    }

    // "…的重大举措，": a definition cut after a comma or a colon goes on.
    static bool ends_mid_clause(std::string_view definition) {
        const std::string_view tail = utf8::suffix(definition, 1);
        return tail == "，" || tail == "," || tail == "、" || tail == "：" || tail == ":";
    }

    static bool is_quoted(std::string_view term) { return term.starts_with("“") || term.starts_with("\""); }

    // Reads item k (lines up to end); false when the glossary ended inside it.
    bool read_item(const Spine& spine, std::size_t k, std::size_t end, bool last) {
        const std::size_t first = spine.lines[k];
        const EntryMarker& marker = spine.markers[k];
        ++items_;
        auto split = item_term_at(first, marker);
        const bool term_below = term_on_next_line(first, marker);
        std::size_t next = term_below ? first + 2 : first + 1;
        if (!term_below && (!split || split->separator == TermSeparator::line_break) && next < end) {
            if (auto joined = term_across_break(first, marker, next)) {
                split = std::move(joined);
                ++next;
            }
        }
        if (!split) {
            diagnostics_.warning({file_, lines_[first].number},
                                 "footnote " + marker.text + " has no \"term：definition\"; skipped");
            return true;
        }
        ++items_with_term_;
        footnote_ = marker.number;
        const Evidence evidence = item_evidence(spine, k, *split);
        add_entry(marker.text, std::move(*split), lines_[first].number, evidence);
        head_ = entries_.size() - 1;
        for (std::size_t i = next; i < end; ++i) {
            if (spine.group_headings.contains(i)) continue;
            if (!take_line(i, last)) return false;
        }
        return true;
    }

    // A term broken by a hard line break (PDF text): "12.大湾区大花园大通道大都市区建" then
    // "设：浙江省2017年提出…". The second line's few characters before its colon finish the term.
    std::optional<TermSplit> term_across_break(std::size_t first, const EntryMarker& marker, std::size_t next) const {
        constexpr std::size_t max_tail = 4;
        if (read_marker(text(next)) || is_page_furniture(next)) return std::nullopt;
        const std::string_view second = text(next);
        const std::size_t colon = std::min(second.find("："), second.find(':'));
        if (colon == std::string_view::npos || utf8::length(second.substr(0, colon)) > max_tail) return std::nullopt;
        const std::string_view tail = second.substr(0, colon);
        if (tail.empty() || tail.starts_with("指") || tail.starts_with("是") || tail.starts_with("即")) return std::nullopt;
        const std::string term = std::string(trim(text(first).substr(marker.length))) + std::string(tail);
        auto split = split_term(term + std::string(second.substr(colon)));
        if (!split || split->definition.empty()) return std::nullopt;
        return split;
    }

    // One line inside an item: a sub-entry, continuation, or furniture; false at the glossary's end.
    bool take_line(std::size_t i, bool last) {
        GlossaryEntry& current = entries_.back();
        if (is_page_furniture(i)) {
            // After the last item, furniture is the page's footer: the glossary is over.
            if (last || opens_related_list(text(i))) return end_at(i);
            diagnostics_.note({file_, lines_[i].number}, "page furniture inside the glossary ignored");
            return true;
        }
        if (current.definition.empty()) {
            current.definition = text(i);
            return true;
        }
        if (auto sub = sub_entry(i, current.definition)) {
            Evidence evidence{entries_[head_].confidence, reasons_[head_]};
            const bool named = names_term(entries_[head_], term_key(sub->term));
            evidence.add(named ? narrower : sibling);
            add_entry(std::nullopt, std::move(*sub), lines_[i].number, evidence);
            if (named) entries_.back().parent_seq = entries_[head_].seq;
            return true;
        }
        if (last && !continues_definition(current.definition, text(i))) return end_at(i);
        current.definition += text(i);
        return true;
    }

    // A "term：definition" line after a finished sentence, with a term short enough.
    static bool announces_list(std::string_view definition) {
        return definition.ends_with("：") || definition.ends_with(":");
    }

    std::optional<TermSplit> sub_entry(std::size_t i, std::string_view definition) const {
        if ((!ends_sentence(definition) && !announces_list(definition)) || ends_with_listing_date(text(i))) {
            return std::nullopt;
        }
        // A sub-list that the head announces ("具体包括：" then "（1）数字经济…“一号发展工程”：…")
        // names sub-terms too.
        std::string_view line = text(i);
        if (const auto marker = read_marker(line); marker && announces_list(entries_[head_].definition)) {
            line.remove_prefix(marker->length);
        }
        auto split = split_term(line);
        if (!split || split->definition.empty() || utf8::length(split->term) > max_sub_term_length) return std::nullopt;
        return split;
    }

    static bool names_term(const GlossaryEntry& head, const std::string& key) {
        return !key.empty() && term_key(head.definition).find(key) != std::string::npos;
    }

    // An unnumbered entry at line i: "term：definition", "“term”，即…", or a term alone
    // (or "term：") followed by a line of definition prose, after a finished definition.
    std::optional<TermSplit> unnumbered_entry(std::size_t i, const std::optional<std::string>& definition) const {
        if (ends_with_listing_date(text(i)) || is_page_furniture(i)) return std::nullopt;
        if (definition && ends_mid_clause(*definition)) return std::nullopt;
        if (definition && !definition->empty() && !ends_sentence(*definition)) {
            auto split = split_term(text(i));
            if (!split || split->definition.empty()) return std::nullopt;
            return split;  // a new entry even mid-sentence: 003's unfinished definitions
        }
        if (auto split = split_term(text(i)); split && !split->definition.empty()) return split;
        if (auto split = split_defining_term(text(i)); split && is_quoted(split->term)) return split;
        if (auto split = split_parenthesized_term(text(i)); split && is_quoted(split->term)) return split;
        if (auto split = split_spaced_term(text(i))) return split;
        if (auto split = split_bracketed_term(text(i))) return split;
        auto alone = split_term(text(i));
        if (!alone) alone = term_alone(text(i));
        if (!alone || i + 1 >= lines_.size() || !reads_as_prose(text(i + 1))) return std::nullopt;
        if (split_term(text(i + 1)) || read_marker(text(i + 1))) return std::nullopt;
        alone->separator = TermSeparator::line_break;
        return alone;
    }

    bool starts_unnumbered_entry(std::size_t i, const std::optional<std::string>& definition) const {
        return unnumbered_entry(i, definition).has_value();
    }

    void read_unnumbered(std::size_t begin) {
        bool after_furniture = false;
        for (std::size_t i = begin; i < lines_.size(); ++i) {
            const std::optional<std::string> definition =
                entries_.empty() ? std::nullopt : std::optional<std::string>(entries_.back().definition);
            if (auto split = unnumbered_entry(i, definition)) {
                Evidence evidence;
                if (headless_) evidence.add(no_heading);
                evidence.add(unnumbered);
                if (split->separator != TermSeparator::colon && split->separator != TermSeparator::line_break) {
                    evidence.add(no_colon);
                }
                if (split->separator == TermSeparator::line_break) evidence.add(alone_unnumbered);
                add_entry(std::nullopt, std::move(*split), lines_[i].number, evidence);
                after_furniture = false;
                continue;
            }
            if (entries_.empty()) {
                diagnostics_.note({file_, lines_[i].number}, "text before the first glossary entry ignored");
                continue;
            }
            if (is_page_furniture(i)) {
                if (opens_related_list(text(i))) {
                    end_at(i);
                    return;
                }
                after_furniture = true;  // a page break, or the footer: only a new entry goes on
                continue;
            }
            GlossaryEntry& current = entries_.back();
            if (after_furniture || (!current.definition.empty() && !continues_definition(current.definition, text(i)))) {
                end_at(i);
                return;
            }
            current.definition += text(i);
        }
    }

    bool end_at(std::size_t i) {
        end_ = i;
        diagnostics_.note({file_, lines_[i].number}, "the glossary ends here: what follows is not a definition");
        return false;
    }

    void add_entry(std::optional<std::string> marker, TermSplit split, int line, Evidence evidence) {
        GlossaryEntry entry;
        entry.seq = static_cast<int>(entries_.size());
        entry.marker = std::move(marker);
        if (items_ > 0) entry.footnote = footnote_;
        entry.key = term_key(split.term);
        entry.term = std::move(split.term);
        entry.definition = std::move(split.definition);
        entry.line = line;
        if (utf8::length(entry.term) > max_sub_term_length) evidence.add(long_term);
        entry.confidence = evidence.confidence;
        reasons_.push_back(std::move(evidence.reasons));
        separators_.push_back(split.separator);
        entries_.push_back(std::move(entry));
    }

    std::vector<GlossaryEntry> take();

    const std::vector<SourceLine>& lines_;
    const bool headless_;
    const std::string& file_;
    Diagnostics& diagnostics_;
    std::vector<GlossaryEntry> entries_;
    std::vector<std::string> reasons_;  // why each entry's confidence is below 1
    std::vector<TermSeparator> separators_;
    std::size_t head_ = 0;              // the marked entry of the item in progress
    int footnote_ = 0;
    int items_ = 0;
    int items_with_term_ = 0;
    std::size_t end_ = lines_.size();
    const std::unordered_set<std::string_view> running_;
};

// The entries worth keeping: each has a definition and enough confidence (a short definition
// lowers it now that the definition is whole). Parent links follow the renumbering; a
// dropped head leaves its sub-terms without a parent.
std::vector<GlossaryEntry> ItemReader::take() {
    std::vector<GlossaryEntry> kept;
    std::vector<int> new_seq(entries_.size(), -1);
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        GlossaryEntry& entry = entries_[i];
        const Location where{file_, entry.line};
        if (separators_[i] == TermSeparator::parenthesized) entry.definition = without_closing_parenthesis(entry.definition);
        if (entry.definition.empty()) {
            diagnostics_.warning(where, "entry '" + entry.term + "' has no definition; skipped");
            continue;
        }
        std::string& reasons = reasons_[i];
        if (utf8::length(entry.definition) < 4) {
            entry.confidence -= short_definition.value;
            reasons += reasons.empty() ? short_definition.reason : std::string("; ") + short_definition.reason;
        }
        // Two decimals: the figure is a judgement, and the stored value stays the same across machines.
        entry.confidence = std::max(0.0, std::round(entry.confidence * 100) / 100);
        const std::string why = " (confidence " + std::to_string(entry.confidence).substr(0, 4) + ": " + reasons + ")";
        if (entry.confidence < confidence_floor) {
            diagnostics_.warning(where, "doubtful entry '" + entry.term + "' dropped" + why);
            continue;
        }
        if (entry.confidence < doubtful_below) diagnostics_.warning(where, "doubtful entry '" + entry.term + "' kept" + why);
        new_seq[i] = static_cast<int>(kept.size());
        entry.seq = static_cast<int>(kept.size());
        if (entry.parent_seq) {
            const int parent = new_seq[static_cast<std::size_t>(*entry.parent_seq)];
            entry.parent_seq = parent >= 0 ? std::optional<int>(parent) : std::nullopt;
        }
        kept.push_back(std::move(entry));
    }
    return kept;
}

// Where a line that starts with a marker holds further items of its own sequence, each right
// after the end of a sentence ("1.三线一单：…。2.五社联动：…。"), the byte offsets to split at.
std::vector<std::size_t> run_on_splits(std::string_view line) {
    std::vector<std::size_t> splits;
    const auto first = read_marker(line);
    if (!first) return splits;
    int expected = first->number + 1;
    for (std::size_t pos = first->length; pos < line.size();) {
        const char32_t cp = utf8::next(line, pos);
        if (std::u32string_view(U"。；;！？").find(cp) == std::u32string_view::npos) continue;
        std::size_t after = pos;
        while (after < line.size() && (line[after] == ' ' || line.compare(after, 3, "\u201D") == 0)) {
            after += line[after] == ' ' ? 1 : 3;
        }
        const auto next = read_marker(line.substr(after));
        if (!next || next->number != expected || !continues_style(first->style, next->style)) continue;
        if (!split_term(line.substr(after + next->length))) continue;
        splits.push_back(after);
        ++expected;
    }
    return splits;
}

// The lines from begin on with run-on items split (same line numbers), or nothing when no
// line needs it. origin maps each line of the result to its index in lines.
std::optional<std::vector<SourceLine>> split_run_on_items(const std::vector<SourceLine>& lines, std::size_t begin,
                                                          std::vector<std::size_t>& origin) {
    std::optional<std::vector<SourceLine>> split;
    for (std::size_t i = begin; i < lines.size(); ++i) {
        const std::vector<std::size_t> at = run_on_splits(lines[i].text);
        if (at.empty() && !split) continue;
        if (!split) {
            split.emplace(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(i));
            for (std::size_t j = 0; j < i; ++j) origin.push_back(j);
        }
        std::size_t from = 0;
        for (std::size_t cut : at) {
            split->push_back({std::string(trim(std::string_view(lines[i].text).substr(from, cut - from))), lines[i].number});
            origin.push_back(i);
            from = cut;
        }
        split->push_back({std::string(trim(std::string_view(lines[i].text).substr(from))), lines[i].number});
        origin.push_back(i);
    }
    return split;
}

}  // namespace

ItemsResult read_glossary_items(const std::vector<SourceLine>& lines, std::size_t begin, bool headless,
                                const std::string& file, Diagnostics& diagnostics) {
    std::vector<std::size_t> origin;  // for each line of `split`, its index in `lines`
    const std::optional<std::vector<SourceLine>> split = split_run_on_items(lines, begin, origin);
    if (!split) return ItemReader(lines, headless, file, diagnostics).read(begin);
    ItemsResult result = ItemReader(*split, headless, file, diagnostics).read(begin);
    result.end = result.end < origin.size() ? origin[result.end] : lines.size();
    return result;
}

}  // namespace glossgraph
