#pragma once
// What makes a glossary term, and how an item's text splits into term and definition.
//
// A term is known by its place (after an item's marker, before a separator) and its shape:
// short (at most 40 characters), made of Han, Latin letters, digits and symbols ("R&D",
// "2+26", "5G+工业互联网", "“1+N+X”政策体系"), never a sentence: outside quotes and brackets it
// holds no sentence punctuation (。；！？，), and it is not a word that opens a list inside a
// definition (其中, 包括, 主要有 …), does not end in one (重点领域包括), is not the label
// of a page's furniture (来源, 编辑, 发布时间 …), not a date or time, and, when long, holds
// no verb of a news headline (召开, 举行, 印发 …).
#include <optional>
#include <string>
#include <string_view>

namespace glossgraph {

// How the term was told apart from its definition.
enum class TermSeparator {
    colon,       // "三线一单：生态保护红线…"
    defining,    // "“三线一单”，是指…" "三线一单是指…": a defining verb, no colon
    line_break,  // the term alone on its line, the definition on the lines after it
    spacing,     // "三线一单　生态保护红线…", "三线一单——生态保护红线…": wide space or a dash
    bracketed,   // "【三线一单】生态保护红线…": the term in lenticular or square brackets
    parenthesized,  // "“三变”改革（资源变资产…）；": the definition in parentheses after the term
};

struct TermSplit {
    std::string term;        // trimmed, as written
    std::string definition;  // trimmed, as written; empty when it starts on the next line
    TermSeparator separator = TermSeparator::colon;
};

constexpr std::size_t max_term_length = 40;  // code points

// True when text (trimmed) has the shape of a term, by the rules above.
bool is_term_like(std::string_view text);

// Splits "term：definition" (":" or "：") at the first colon that is not between two digits
// (so "09:30" and "1:3" never split). The definition may be empty: "三线一单：" at the end of
// a line announces a definition on the next one.
std::optional<TermSplit> split_term(std::string_view text);

// Splits a term from a definition that opens with a defining verb instead of a colon:
// "“放管服”改革，即简政放权…", "“三线一单”是指…", and, unquoted, "三线一单是指…" (是指 and
// 指的是 only: 即 and 是 are too common inside unquoted words). The definition keeps the verb.
std::optional<TermSplit> split_defining_term(std::string_view text);

// Splits a short term from its definition at a full-width space, a tab, two or more spaces
// or a dash (—— -- ―― －－) when there is no colon: "三线一单　生态保护红线…". The term must be
// term-like and at most 24 characters; the definition is not empty.
std::optional<TermSplit> split_spaced_term(std::string_view text);

// Splits "【三线一单】生态保护红线…" or "[五社联动]：社区…" (〖〗 ［］ too): a term-like text
// that is not a number inside the brackets at the start, the definition after them (a colon
// after the bracket is dropped). The term is kept without its brackets.
std::optional<TermSplit> split_bracketed_term(std::string_view text);

// Splits "“三变”改革（资源变资产、资金变股金…）；": a term, then its definition in parentheses that
// close at the end of the line (before a final ；。) or on a later line. The definition keeps
// the closing parenthesis until it is whole; without_closing_parenthesis then removes it.
std::optional<TermSplit> split_parenthesized_term(std::string_view text);
std::string without_closing_parenthesis(std::string_view definition);

// The term of a line that holds nothing else ("三线一单", "“五社联动”：").
std::optional<TermSplit> term_alone(std::string_view line);

// True when a line ends a sentence (。！？; or one of them before a closing quote or bracket).
bool ends_sentence(std::string_view text);

}  // namespace glossgraph
