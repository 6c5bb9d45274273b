#include "importers/glossary_term.hpp"

#include "core/text/normalize.hpp"
#include "core/text/quotes.hpp"
#include "core/text/script.hpp"
#include "importers/chrome.hpp"
#include "importers/u32.hpp"

#include <algorithm>

namespace glossgraph {
namespace {

// Words that open a list inside a definition ("其中：…"): never a term.
constexpr std::u32string_view connectives[] = {
    U"其中", U"包括", U"主要包括", U"具体包括", U"具体为", U"具体是", U"具体来说", U"主要有", U"分别为",
    U"分别是", U"即", U"注", U"备注", U"说明", U"例如", U"如", U"内容", U"主要内容", U"目标", U"要求",
    U"一是", U"二是", U"三是", U"四是", U"五是", U"比如", U"也就是", U"就是", U"总之", U"同时", U"此外",
    U"另外", U"以及", U"和", U"或", U"等", U"主要是", U"重点是", U"重点", U"任务", U"措施", U"做法",
    // The header row of a glossary table ("序号 名词 解释").
    U"名词", U"名称", U"术语", U"词条", U"序号", U"条目", U"解释", U"释义", U"含义", U"定义", U"名词术语"};

// A term never ends with these: they announce a list ("重点领域包括：").
constexpr std::u32string_view list_openers[] = {
    U"包括", U"包含", U"如下", U"分别是", U"分别为", U"主要有", U"主要是", U"具体是", U"具体为", U"提出",
    U"指出", U"强调", U"表示", U"认为", U"为例", U"例如", U"比如", U"有以下",
    U"内容为", U"内容是", U"即", U"是指", U"指的是", U"主要为", U"共有", U"涵盖"};

// Verbs of news headlines ("某市召开经济工作会议"): a long "term" holding one is a headline.
constexpr std::u32string_view headline_verbs[] = {
    U"召开", U"举行", U"举办", U"印发", U"出台", U"开幕", U"闭幕", U"会见", U"调研", U"视察", U"考察", U"看望",
    U"慰问", U"签约", U"开工", U"亮相", U"获批", U"入选", U"荣获", U"走访", U"督导", U"主持"};
constexpr std::size_t min_headline_length = 8;

// Verbs that open a definition without a colon, longest first.
constexpr std::u32string_view defining_verbs[] = {U"指的是", U"是指", U"意思是", U"意为", U"即", U"指", U"是"};

bool is_space(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\u3000' || cp == U'\u00A0'; }

bool is_opening_bracket(char32_t cp) {
    return std::u32string_view(U"(（[［【〔〖〈").find(cp) != std::u32string_view::npos;
}

bool is_closing_bracket(char32_t cp) {
    return std::u32string_view(U")）]］】〕〗〉").find(cp) != std::u32string_view::npos;
}

bool is_latin(char32_t cp) { return (cp >= U'A' && cp <= U'Z') || (cp >= U'a' && cp <= U'z') || (cp >= U'Ａ' && cp <= U'ｚ'); }

// The characters of text outside quotes and brackets (nesting counted, unbalanced tolerated).
std::u32string outside_quotes(std::u32string_view text) {
    std::u32string out;
    int depth = 0;
    for (char32_t cp : text) {
        if (cp == U'"') continue;  // a straight quote opens and closes alike: not counted
        if (is_opening_quote(cp) || is_opening_bracket(cp)) {
            ++depth;
        } else if ((is_closing_quote(cp) || is_closing_bracket(cp)) && depth > 0) {
            --depth;
        } else if (depth == 0) {
            out.push_back(cp);
        }
    }
    return out;
}

// True when every quote and bracket that opens in text closes in it, and no bracket holds a
// sentence ("五大任务（习近平总书记交给…，即努力成为我" is a definition, not a term).
bool is_balanced_phrase(std::u32string_view text) {
    int depth = 0;
    int brackets = 0;
    for (char32_t cp : text) {
        if (cp == U'"') continue;
        if (is_opening_quote(cp) || is_opening_bracket(cp)) {
            ++depth;
            if (is_opening_bracket(cp)) ++brackets;
        } else if (is_closing_quote(cp) || is_closing_bracket(cp)) {
            if (depth == 0) return false;
            --depth;
            if (is_closing_bracket(cp) && brackets > 0) --brackets;
        } else if (brackets > 0 && std::u32string_view(U"。；;，,").find(cp) != std::u32string_view::npos) {
            return false;
        }
    }
    return depth == 0;
}

bool has_word_char(std::u32string_view text) {
    return std::any_of(text.begin(), text.end(), [](char32_t cp) { return utf8::is_han(cp) || is_latin(cp); });
}

// "4151", "755": a number that names a programme (not a year) is a term.
bool is_numeric_name(std::u32string_view text) {
    constexpr std::size_t min_digits = 2, max_digits = 8;
    if (text.size() < min_digits || text.size() > max_digits) return false;
    if (!std::all_of(text.begin(), text.end(), [](char32_t cp) { return digit_value(cp) >= 0; })) return false;
    const bool year_like = text.size() == 4 && digit_value(text[0]) <= 2 && (digit_value(text[0]) == 2 || digit_value(text[1]) == 9);
    return !year_like;
}

// Words that never stand inside a term: its own defining verb ("“3+5+2”是指…体系" is a term
// and the start of its definition), the name of the report, a news headline's separator.
constexpr std::u32string_view never_inside[] = {U"是指", U"指的是", U"政府工作报告", U"丨", U"|", U"｜"};

// "2+26", "1+1": digits joined by operators stand for a term without any letter.
bool is_formula(std::u32string_view text) {
    const auto digits = std::count_if(text.begin(), text.end(), [](char32_t cp) { return digit_value(cp) >= 0; });
    return digits >= 2 && text.find_first_of(U"+＋×*&") != std::u32string_view::npos;
}

template <std::size_t N>
bool equals_any(std::u32string_view word, const std::u32string_view (&words)[N]) {
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

template <std::size_t N>
bool ends_with_any(std::u32string_view text, const std::u32string_view (&words)[N]) {
    return std::any_of(std::begin(words), std::end(words), [&](std::u32string_view w) { return text.ends_with(w); });
}

// The byte offset of the first colon in text that separates (not one between two digits).
std::size_t separating_colon(std::string_view text, std::size_t& colon_bytes) {
    std::size_t pos = 0;
    char32_t before = 0;
    while (pos < text.size()) {
        const std::size_t at = pos;
        const char32_t cp = utf8::next(text, pos);
        if (cp == U':' || cp == U'：') {
            std::size_t peek = pos;
            const char32_t after = pos < text.size() ? utf8::next(text, peek) : 0;
            if (!(digit_value(before) >= 0 && digit_value(after) >= 0)) {
                colon_bytes = pos - at;
                return at;
            }
        }
        before = cp;
    }
    return std::string_view::npos;
}

}  // namespace

bool ends_sentence(std::string_view text) {
    std::u32string tail = code_points(utf8::suffix(trim(text), 3));
    while (!tail.empty() && (is_closing_quote(tail.back()) || is_closing_bracket(tail.back()))) tail.pop_back();
    return !tail.empty() && std::u32string_view(U"。！？!?；;…").find(tail.back()) != std::u32string_view::npos;
}

bool is_term_like(std::string_view text) {
    const std::u32string term = code_points(trim(text));
    if (term.empty() || term.size() > max_term_length) return false;
    if (!has_word_char(term) && !is_formula(term) && !is_numeric_name(term)) return false;
    if (!is_balanced_phrase(term)) return false;
    const std::u32string outside = outside_quotes(term);
    if (outside.find_first_of(U"。；;！!？?，,：:") != std::u32string::npos) return false;
    if (std::count(outside.begin(), outside.end(), U'、') > 2) return false;
    const std::u32string key = code_points(term_key(text));
    if (key.empty() || equals_any(key, connectives) || ends_with_any(key, list_openers)) return false;
    const std::u32string simplified = code_points(to_simplified(text));
    for (std::u32string_view word : never_inside) {
        if (simplified.find(word) != std::u32string::npos) return false;
    }
    if (is_chrome_label(text) || is_byline(text)) return false;
    if (key.size() >= min_headline_length &&
        std::any_of(std::begin(headline_verbs), std::end(headline_verbs),
                    [&](std::u32string_view verb) { return key.find(verb) != std::u32string::npos; })) {
        return false;
    }
    // A term that is only a number with a unit of time ("2023年", "09时") is a date or a stamp.
    const bool only_date = std::all_of(key.begin(), key.end(), [](char32_t cp) {
        return digit_value(cp) >= 0 || std::u32string_view(U"年月日时分秒号-/.").find(cp) != std::u32string_view::npos;
    });
    return !only_date || is_numeric_name(key);
}

std::optional<TermSplit> split_term(std::string_view text) {
    std::size_t colon_bytes = 0;
    const std::size_t colon = separating_colon(text, colon_bytes);
    if (colon == std::string_view::npos) return std::nullopt;
    const std::string_view term = trim(text.substr(0, colon));
    if (!is_term_like(term)) return std::nullopt;
    return TermSplit{std::string(term), std::string(trim(text.substr(colon + colon_bytes))), TermSeparator::colon};
}

std::optional<TermSplit> split_defining_term(std::string_view text_utf8) {
    const std::u32string text = code_points(trim(text_utf8));
    std::size_t term_end = 0;
    bool quoted = false;
    if (!text.empty() && is_opening_quote(text[0]) && text[0] != U'《') {
        const std::size_t close = text.find_first_of(U"”’」』\"", 1);
        if (close == std::u32string::npos) return std::nullopt;
        term_end = close + 1;
        // A short suffix after the quote belongs to the term: “放管服”改革.
        while (term_end < text.size() && term_end - close <= 12 && (utf8::is_han(text[term_end]) || is_latin(text[term_end])) &&
               !std::any_of(std::begin(defining_verbs), std::end(defining_verbs),
                            [&](std::u32string_view verb) { return text.substr(term_end).starts_with(verb); })) {
            ++term_end;
        }
        quoted = true;
    }
    std::size_t pos = term_end;
    if (quoted) {
        while (pos < text.size() && (is_space(text[pos]) || text[pos] == U'，' || text[pos] == U',')) ++pos;
        const auto verb = std::find_if(std::begin(defining_verbs), std::end(defining_verbs),
                                       [&](std::u32string_view v) { return text.substr(pos).starts_with(v); });
        if (verb == std::end(defining_verbs)) return std::nullopt;
    } else {
        // Unquoted: only 是指 or 指的是, within the length of a term.
        pos = std::u32string::npos;
        for (std::u32string_view verb : {U"是指", U"指的是"}) pos = std::min(pos, text.find(verb));
        if (pos == std::u32string::npos || pos == 0 || pos > max_term_length) return std::nullopt;
        term_end = pos;
    }
    const std::string term(trim(to_utf8(text.substr(0, term_end))));
    const std::string definition(trim(to_utf8(text.substr(pos))));
    if (!is_term_like(term) || definition.empty()) return std::nullopt;
    return TermSplit{term, definition, TermSeparator::defining};
}

std::optional<TermSplit> split_spaced_term(std::string_view text_utf8) {
    constexpr std::size_t max_spaced_term = 24;
    const std::u32string text = code_points(trim(text_utf8));
    for (std::size_t i = 1; i < text.size() && i <= max_spaced_term; ++i) {
        std::size_t gap = 0;
        if (text[i] == U'\u3000' || text[i] == U'\t') {
            gap = 1;
        } else if (i + 1 < text.size() && text[i] == text[i + 1] &&
                   std::u32string_view(U" —-―－").find(text[i]) != std::u32string_view::npos) {
            gap = 2;
        }
        if (gap == 0) continue;
        std::size_t rest = i + gap;
        while (rest < text.size() && (is_space(text[rest]) || std::u32string_view(U"—-―－").find(text[rest]) != std::u32string_view::npos)) ++rest;
        const std::string term(trim(to_utf8(text.substr(0, i))));
        const std::string definition(trim(to_utf8(text.substr(rest))));
        if (definition.empty() || !is_term_like(term)) return std::nullopt;
        return TermSplit{term, definition, TermSeparator::spacing};
    }
    return std::nullopt;
}

std::optional<TermSplit> split_bracketed_term(std::string_view text_utf8) {
    const std::u32string text = code_points(trim(text_utf8));
    if (text.empty()) return std::nullopt;
    const std::size_t open = std::u32string_view(U"【〖［[").find(text[0]);
    if (open == std::u32string_view::npos) return std::nullopt;
    const char32_t close = U"】〗］]"[open];
    const std::size_t end = text.find(close, 1);
    if (end == std::u32string::npos || end > max_term_length + 1) return std::nullopt;
    const std::u32string inside = text.substr(1, end - 1);
    if (std::all_of(inside.begin(), inside.end(), [](char32_t cp) { return digit_value(cp) >= 0 || is_space(cp); })) {
        return std::nullopt;  // [1] is a marker
    }
    std::size_t rest = end + 1;
    while (rest < text.size() && (is_space(text[rest]) || text[rest] == U':' || text[rest] == U'：')) ++rest;
    const std::string term(trim(to_utf8(inside)));
    const std::string definition(trim(to_utf8(text.substr(rest))));
    if (definition.empty() || !is_term_like(term)) return std::nullopt;
    return TermSplit{term, definition, TermSeparator::bracketed};
}

std::optional<TermSplit> split_parenthesized_term(std::string_view text_utf8) {
    constexpr std::size_t min_definition = 4;
    const std::u32string text = code_points(trim(text_utf8));
    const std::size_t open = text.find_first_of(U"（(");
    if (open == std::u32string::npos || open == 0 || open > max_term_length) return std::nullopt;
    const std::string term(trim(to_utf8(text.substr(0, open))));
    std::u32string definition = text.substr(open + 1);
    if (!is_term_like(term)) return std::nullopt;
    // The whole rest is the parenthesis: it closes at the end of the line (before a final ；。)
    // or not on this line at all; "三变（试行）改革" is a term, not a definition.
    std::u32string_view rest(definition);
    while (!rest.empty() && std::u32string_view(U"；;。，,").find(rest.back()) != std::u32string_view::npos) rest.remove_suffix(1);
    const std::size_t close = rest.find_first_of(U"）)");
    if (close != std::u32string_view::npos && close + 1 != rest.size()) return std::nullopt;
    if (rest.size() < min_definition) return std::nullopt;
    return TermSplit{term, std::string(trim(to_utf8(definition))), TermSeparator::parenthesized};
}

std::string without_closing_parenthesis(std::string_view definition) {
    std::u32string text = code_points(trim(definition));
    while (!text.empty() && std::u32string_view(U"；;。，,").find(text.back()) != std::u32string_view::npos) text.pop_back();
    if (!text.empty() && (text.back() == U'）' || text.back() == U')')) text.pop_back();
    return std::string(trim(to_utf8(text)));
}

std::optional<TermSplit> term_alone(std::string_view line) {
    std::string_view text = trim(line);
    for (std::string_view colon : {":", "："}) {
        if (text.ends_with(colon)) text = trim(text.substr(0, text.size() - colon.size()));
    }
    if (!is_term_like(text) || ends_sentence(text)) return std::nullopt;
    return TermSplit{std::string(text), std::string(), TermSeparator::line_break};
}

}  // namespace glossgraph
