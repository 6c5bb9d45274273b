#pragma once
// The numbering that opens a glossary item, as one grammar over every form reports use:
// a number in any bracket pair — () （） [] ［］ 【】 〔〕 〈〉 〖〗 — a number before a full stop,
// an ideographic comma or a closing parenthesis — 1. １． 1、 １、 1) 1） — the enclosed numbers
// ① ⑴ ⒈ ㉑ ㊱, superscript digits ¹ ²³, and Chinese numerals — 一、 （一） 一. — with half- and
// full-width digits alike.
// The style (which family of marker) is kept: a glossary's items share one style and count
// up from where they start, and that sequence is the strongest evidence of where items begin.
#include <optional>
#include <string>
#include <string_view>

namespace glossgraph {

enum class MarkerStyle {
    paren,         // (1) （1）
    square,        // [1] ［1］
    lenticular,    // 【1】 〖1〗
    tortoise,      // 〔1〕
    angle,         // 〈1〉 <1>
    dot,           // 1. １．
    comma,         // 1、 １、
    closing,       // 1) 1）
    circled,       // ① ㉑ ㊱
    parenthesized, // ⑴ ⒇
    full_stop,     // ⒈ ⒛
    han_comma,     // 一、 十二、
    han_paren,     // （一） (十二)
    han_dot,       // 一. 一．
    superscript,   // ¹ ²³ (a number in superscript digits, as PDF and Word text keeps note marks)
    tab,           // "1\t" (a table pasted as tab-separated text)
    bare,          // "5" alone on its line (a table's number cell, a PDF's item number)
};

// A short English name for messages and tests: "paren", "han_comma" ...
const char* to_string(MarkerStyle style);

// True when an item of style `next` may follow one of style `list` in one list: the same
// style, or, when the number is the one expected, another style of the same kind — any
// bracket pair around digits ("[1]" then "【2】"), or any punctuation after digits ("1." then
// "2、"), as typists mix them.
bool continues_style(MarkerStyle list, MarkerStyle next);

// True for the Chinese-numeral styles, which reports use for sections and groups more often
// than for glossary items.
bool is_han_numeral(MarkerStyle style);

struct EntryMarker {
    std::string text;         // as written: "(1)", "1.", "①", "（一）"
    int number = 0;           // 1-based
    std::size_t length = 0;   // bytes of the line the marker and the spaces after it take
    MarkerStyle style = MarkerStyle::paren;
    bool before_digit = false;  // a digit follows at once ("3.5万", "11.03专项"): maybe a decimal
};

// The numbering at the start of line, when there is one. Numbers run from 1 to 999; a digit
// marker must be followed by its punctuation, a tab, or nothing at all (a line that is only a
// number), so 2020年 and 3万 are not markers.
std::optional<EntryMarker> read_marker(std::string_view line);

// The value of a Chinese numeral of one to three characters (一 … 十 … 九十九), or 0.
int han_numeral_value(std::u32string_view text);

}  // namespace glossgraph
