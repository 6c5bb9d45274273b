#include "importers/glossary_labelled.hpp"

#include "core/text/normalize.hpp"
#include "core/text/script.hpp"
#include "importers/glossary_term.hpp"
#include "importers/u32.hpp"

namespace glossgraph {
namespace {

constexpr std::u32string_view term_labels[] = {U"关键词", U"关键字", U"词条", U"名词", U"热词", U"新词"};
constexpr std::u32string_view definition_labels[] = {U"名词解释", U"名词释义", U"释义", U"含义", U"定义", U"解释"};
constexpr std::size_t max_label_length = 6;
constexpr std::size_t max_lines_between = 2;  // between a term and its definition label
constexpr int min_blocks = 2;
constexpr double labelled_confidence = 0.85;

struct Labelled {
    std::u32string label;  // simplified, without spaces
    std::string value;     // the text after the colon, trimmed, as written
};

// "报告强调：…" -> {报告强调, …}: a short label before a colon at the start of the line.
std::optional<Labelled> read_label(std::string_view line) {
    const std::u32string text = code_points(line);
    const std::size_t colon = text.find_first_of(U":：");
    if (colon == std::u32string::npos || colon == 0 || colon > max_label_length) return std::nullopt;
    const std::u32string label = code_points(remove_spaces(to_simplified(to_utf8(text.substr(0, colon)))));
    for (char32_t cp : label) {
        if (!utf8::is_han(cp)) return std::nullopt;
    }
    return Labelled{label, std::string(trim(to_utf8(text.substr(colon + 1))))};
}

template <std::size_t N>
bool is_one_of(std::u32string_view word, const std::u32string_view (&words)[N]) {
    for (std::u32string_view w : words) {
        if (w == word) return true;
    }
    return false;
}

// The term that a definition label at line i defines, and where its block starts.
std::optional<std::pair<std::string, std::size_t>> term_before(const std::vector<SourceLine>& lines, std::size_t i) {
    for (std::size_t back = 1; back <= max_lines_between + 1 && back <= i; ++back) {
        const std::string& text = lines[i - back].text;
        if (const auto label = read_label(text)) {
            if (!is_one_of(label->label, term_labels)) return std::nullopt;
            if (!label->value.empty() && is_term_like(label->value)) return std::pair{label->value, i - back};
            continue;  // "关键词：" alone: the term is on the next line
        }
        if (back <= max_lines_between && term_alone(text)) {
            const std::size_t begin = i - back;
            const bool labelled = begin > 0 && read_label(lines[begin - 1].text) &&
                                  is_one_of(read_label(lines[begin - 1].text)->label, term_labels);
            return std::pair{term_alone(text)->term, labelled ? begin - 1 : begin};
        }
        return std::nullopt;
    }
    return std::nullopt;
}

}  // namespace

std::optional<LabelledGlossary> read_labelled_glossary(const std::vector<SourceLine>& lines) {
    LabelledGlossary glossary;
    std::optional<std::size_t> open;  // the entry whose definition may go on
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto label = read_label(lines[i].text);
        if (label && is_one_of(label->label, definition_labels) && !label->value.empty()) {
            if (const auto term = term_before(lines, i)) {
                GlossaryEntry entry;
                entry.seq = static_cast<int>(glossary.entries.size());
                entry.term = term->first;
                entry.key = term_key(entry.term);
                entry.definition = label->value;
                entry.line = lines[term->second].number;
                entry.confidence = labelled_confidence;
                if (glossary.entries.empty()) glossary.begin = term->second;
                open = glossary.entries.size();
                glossary.entries.push_back(std::move(entry));
                continue;
            }
        }
        if (label || (i + 1 < lines.size() && term_alone(lines[i].text))) {
            open.reset();  // another labelled paragraph, or the next block's term
            continue;
        }
        if (open) glossary.entries[*open].definition += lines[i].text;
    }
    if (static_cast<int>(glossary.entries.size()) < min_blocks) return std::nullopt;
    return glossary;
}

}  // namespace glossgraph
