// Locating the glossary and turning its lines into entries (see glossary_parser.hpp).
#include "core/text/normalize.hpp"
#include "importers/glossary_parser.hpp"
#include "importers/u32.hpp"

namespace glossgraph {
namespace {

// Walks the glossary's lines once, keeping the footnote in progress.
class EntryBuilder {
public:
    EntryBuilder(const std::string& file, Diagnostics& diagnostics) : file_(file), diagnostics_(diagnostics) {}

    // Feeds one line: a new footnote, an entry inside the current one, or continuation text.
    void feed(const SourceLine& line) {
        if (const auto marker = read_marker(line.text); marker && accepts(*marker, line)) {
            start_footnote(*marker, line);
        } else if (auto split = split_term(line.text)) {
            add_entry(std::nullopt, std::move(*split), line.number);
        } else if (current_) {
            entries_[*current_].definition += line.text;
        } else if (!dropping_) {
            diagnostics_.note({file_, line.number}, "text before the first glossary entry ignored");
        }
    }

    // The entries, without those that never got a definition (each one warned about).
    // A head with an empty definition names no sub-term, so parent links survive renumbering.
    std::vector<GlossaryEntry> take() {
        std::vector<GlossaryEntry> kept;
        std::vector<int> new_seq(entries_.size(), -1);
        for (GlossaryEntry& entry : entries_) {
            if (entry.definition.empty()) {
                diagnostics_.warning({file_, entry.line}, "entry '" + entry.term + "' has no definition; skipped");
                continue;
            }
            new_seq[static_cast<std::size_t>(entry.seq)] = static_cast<int>(kept.size());
            entry.seq = static_cast<int>(kept.size());
            if (entry.parent_seq) entry.parent_seq = new_seq[static_cast<std::size_t>(*entry.parent_seq)];
            kept.push_back(std::move(entry));
        }
        return kept;
    }

private:
    // A marker opens a footnote when its number follows the previous one; a gap is accepted
    // with a warning when the line also reads as "term：definition".
    bool accepts(const EntryMarker& marker, const SourceLine& line) {
        if (!expected_ || marker.number == *expected_) return true;
        if (marker.number < *expected_) return false;
        if (!split_term(std::string_view(line.text).substr(marker.length))) return false;
        diagnostics_.warning({file_, line.number}, "footnote " + marker.text + " follows footnote " +
                                                       std::to_string(*expected_ - 1) + "; numbers skipped");
        return true;
    }

    void start_footnote(const EntryMarker& marker, const SourceLine& line) {
        numbered_ = true;
        footnote_ = marker.number;
        expected_ = marker.number + 1;
        head_.reset();
        const std::string_view rest = std::string_view(line.text).substr(marker.length);
        if (auto split = split_term(rest)) {
            add_entry(marker.text, std::move(*split), line.number);
            head_ = current_;
            return;
        }
        diagnostics_.warning({file_, line.number}, "footnote " + marker.text + " has no \"term：definition\"; skipped");
        current_.reset();
        dropping_ = true;
    }

    void add_entry(std::optional<std::string> marker, TermSplit split, int line) {
        GlossaryEntry entry;
        entry.seq = static_cast<int>(entries_.size());
        entry.marker = std::move(marker);
        if (numbered_) entry.footnote = footnote_;
        entry.key = term_key(split.term);
        entry.term = std::move(split.term);
        entry.definition = std::move(split.definition);
        entry.line = line;
        if (!entry.marker && head_ && names_term(entries_[*head_], entry.key)) entry.parent_seq = entries_[*head_].seq;
        current_ = entries_.size();
        dropping_ = false;
        entries_.push_back(std::move(entry));
    }

    static bool names_term(const GlossaryEntry& head, const std::string& key) {
        return !key.empty() && term_key(head.definition).find(key) != std::string::npos;
    }

    const std::string& file_;
    Diagnostics& diagnostics_;
    std::vector<GlossaryEntry> entries_;
    std::optional<std::size_t> current_;  // entry receiving continuation lines
    std::optional<std::size_t> head_;     // the marked entry of the footnote in progress
    std::optional<int> expected_;
    int footnote_ = 0;
    bool numbered_ = false;
    bool dropping_ = false;  // inside a footnote that had no term
};

std::vector<GlossaryEntry> parse_entries(const std::vector<SourceLine>& lines, std::size_t begin,
                                         const std::string& file, Diagnostics& diagnostics) {
    EntryBuilder builder(file, diagnostics);
    for (std::size_t i = begin; i < lines.size(); ++i) builder.feed(lines[i]);
    return builder.take();
}

std::optional<std::size_t> find_heading(const std::vector<SourceLine>& lines) {
    for (std::size_t i = lines.size(); i-- > 0;) {
        if (glossary_heading(lines[i].text)) return i;
    }
    return std::nullopt;
}

std::size_t closing_paragraph_end(const std::vector<SourceLine>& lines) {
    for (std::size_t i = lines.size(); i-- > 0;) {
        if (to_u32(remove_spaces(lines[i].text)).starts_with(U"各位代表")) return i + 1;
    }
    return 0;
}

// A headless glossary: the first line after the closing paragraph that opens footnote 1
// with "term：definition", when at least two entries follow from it.
std::optional<std::size_t> find_headless_list(const std::vector<SourceLine>& lines) {
    constexpr std::size_t min_entries = 2;
    for (std::size_t i = closing_paragraph_end(lines); i < lines.size(); ++i) {
        const auto marker = read_marker(lines[i].text);
        if (!marker || marker->number != 1) continue;
        if (!split_term(std::string_view(lines[i].text).substr(marker->length))) continue;
        std::size_t numbered = 0;
        for (std::size_t j = i; j < lines.size(); ++j) {
            if (read_marker(lines[j].text)) ++numbered;
        }
        if (numbered >= min_entries) return i;
    }
    return std::nullopt;
}

}  // namespace

GlossarySection parse_glossary(const std::vector<SourceLine>& lines, const std::string& file,
                               Diagnostics& diagnostics) {
    GlossarySection section;
    if (const auto heading = find_heading(lines)) {
        section.found = true;
        section.begin = *heading;
        section.heading = lines[*heading].text;
        section.entries = parse_entries(lines, *heading + 1, file, diagnostics);
        if (section.entries.empty()) {
            diagnostics.warning({file, lines[*heading].number},
                                "glossary heading '" + section.heading + "' has no entries");
        }
    } else if (const auto start = find_headless_list(lines)) {
        section.found = true;
        section.begin = *start;
        section.entries = parse_entries(lines, *start, file, diagnostics);
    }
    return section;
}

}  // namespace glossgraph
