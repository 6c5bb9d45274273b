#include "importers/glossary_marker.hpp"

#include "importers/u32.hpp"

#include <array>
#include <utility>

namespace glossgraph {
namespace {

constexpr std::size_t max_marker_code_points = 10;
constexpr std::size_t max_digits = 3;

struct BracketPair {
    char32_t open;
    char32_t close;
    MarkerStyle digits;
};

// Half- and full-width forms of one pair share a style; a mixed pair ("(1）") is accepted, as
// typists mix them.
constexpr std::array<BracketPair, 9> bracket_pairs{{
    {U'(', U')', MarkerStyle::paren},
    {U'（', U'）', MarkerStyle::paren},
    {U'[', U']', MarkerStyle::square},
    {U'［', U'］', MarkerStyle::square},
    {U'【', U'】', MarkerStyle::lenticular},
    {U'〖', U'〗', MarkerStyle::lenticular},
    {U'〔', U'〕', MarkerStyle::tortoise},
    {U'〈', U'〉', MarkerStyle::angle},
    {U'<', U'>', MarkerStyle::angle},
}};

const BracketPair* opening_pair(char32_t cp) {
    for (const BracketPair& pair : bracket_pairs) {
        if (pair.open == cp) return &pair;
    }
    return nullptr;
}

bool closes(const BracketPair& open, char32_t cp) {
    if (cp == open.close) return true;
    // The other width of the same pair.
    for (const BracketPair& pair : bracket_pairs) {
        if (pair.digits == open.digits && pair.close == cp && open.digits != MarkerStyle::angle) return true;
    }
    return false;
}

std::pair<int, MarkerStyle> enclosed_number(char32_t cp) {
    if (cp >= U'\u2460' && cp <= U'\u2473') return {static_cast<int>(cp - U'\u2460') + 1, MarkerStyle::circled};
    if (cp >= U'\u3251' && cp <= U'\u325F') return {static_cast<int>(cp - U'\u3251') + 21, MarkerStyle::circled};
    if (cp >= U'\u32B1' && cp <= U'\u32BF') return {static_cast<int>(cp - U'\u32B1') + 36, MarkerStyle::circled};
    if (cp >= U'\u2474' && cp <= U'\u2487') return {static_cast<int>(cp - U'\u2474') + 1, MarkerStyle::parenthesized};
    if (cp >= U'\u2488' && cp <= U'\u249B') return {static_cast<int>(cp - U'\u2488') + 1, MarkerStyle::full_stop};
    return {0, MarkerStyle::circled};
}

bool is_space(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\u3000' || cp == U'\u00A0'; }

int han_digit(char32_t cp) {
    constexpr std::u32string_view digits = U"一二三四五六七八九";
    const std::size_t at = digits.find(cp);
    return at == std::u32string_view::npos ? -1 : static_cast<int>(at) + 1;
}

// Reads a Chinese numeral of up to three characters at text[pos]; advances pos past it.
int read_han_numeral(std::u32string_view text, std::size_t& pos) {
    std::size_t end = pos;
    while (end < text.size() && end - pos < 3 && (han_digit(text[end]) > 0 || text[end] == U'十')) ++end;
    const int value = han_numeral_value(text.substr(pos, end - pos));
    if (value > 0) pos = end;
    return value;
}

struct Scanned {
    std::size_t length = 0;  // code points
    int number = 0;
    MarkerStyle style = MarkerStyle::paren;
};

// A number or Chinese numeral inside a bracket pair: "(1)" "［ 3 ］" "（一）".
Scanned scan_bracketed(std::u32string_view head, const BracketPair& pair) {
    std::size_t pos = 1;
    while (pos < head.size() && is_space(head[pos])) ++pos;
    MarkerStyle style = pair.digits;
    int number = read_number(head, pos, max_digits);
    if (number < 0 && pair.digits == MarkerStyle::paren) {
        number = read_han_numeral(head, pos);
        style = MarkerStyle::han_paren;
    }
    while (pos < head.size() && is_space(head[pos])) ++pos;
    if (number < 1 || pos >= head.size() || !closes(pair, head[pos])) return {};
    return {pos + 1, number, style};
}

// A number followed by its punctuation: "1." "１、" "12)" "一、" "三．".
Scanned scan_punctuated(std::u32string_view head) {
    std::size_t pos = 0;
    int number = read_number(head, pos, max_digits);
    bool han = false;
    if (number < 0) {
        number = read_han_numeral(head, pos);
        han = true;
    }
    if (number < 1) return {};
    if (pos >= head.size()) return han ? Scanned{} : Scanned{pos, number, MarkerStyle::bare};
    switch (head[pos]) {
        case U'\t':
            if (han) return {};
            return {pos + 1, number, MarkerStyle::tab};
        case U'.': case U'．':
            return {pos + 1, number, han ? MarkerStyle::han_dot : MarkerStyle::dot};
        case U'、':
            return {pos + 1, number, han ? MarkerStyle::han_comma : MarkerStyle::comma};
        case U')': case U'）':
            if (han) return {};
            return {pos + 1, number, MarkerStyle::closing};
        default:
            return {};
    }
}

int superscript_digit(char32_t cp) {
    switch (cp) {
        case U'⁰': return 0;
        case U'¹': return 1;
        case U'²': return 2;
        case U'³': return 3;
        default: return cp >= U'⁴' && cp <= U'⁹' ? static_cast<int>(cp - U'⁴') + 4 : -1;
    }
}

// "¹", "¹²": up to three superscript digits.
Scanned scan_superscript(std::u32string_view head) {
    int number = 0;
    std::size_t pos = 0;
    while (pos < head.size() && pos < max_digits && superscript_digit(head[pos]) >= 0) {
        number = number * 10 + superscript_digit(head[pos]);
        ++pos;
    }
    if (pos == 0 || number < 1) return {};
    return {pos, number, MarkerStyle::superscript};
}

Scanned scan_marker(std::u32string_view head) {
    if (head.empty()) return {};
    if (superscript_digit(head[0]) >= 0) return scan_superscript(head);
    if (const auto [number, style] = enclosed_number(head[0]); number > 0) return {1, number, style};
    if (const BracketPair* pair = opening_pair(head[0])) return scan_bracketed(head, *pair);
    return scan_punctuated(head);
}

}  // namespace

const char* to_string(MarkerStyle style) {
    switch (style) {
        case MarkerStyle::paren: return "paren";
        case MarkerStyle::square: return "square";
        case MarkerStyle::lenticular: return "lenticular";
        case MarkerStyle::tortoise: return "tortoise";
        case MarkerStyle::angle: return "angle";
        case MarkerStyle::dot: return "dot";
        case MarkerStyle::comma: return "comma";
        case MarkerStyle::closing: return "closing";
        case MarkerStyle::circled: return "circled";
        case MarkerStyle::parenthesized: return "parenthesized";
        case MarkerStyle::full_stop: return "full_stop";
        case MarkerStyle::han_comma: return "han_comma";
        case MarkerStyle::han_paren: return "han_paren";
        case MarkerStyle::han_dot: return "han_dot";
        case MarkerStyle::superscript: return "superscript";
        case MarkerStyle::tab: return "tab";
        case MarkerStyle::bare: return "bare";
    }
    return "paren";
}

bool continues_style(MarkerStyle list, MarkerStyle next) {
    const auto kind = [](MarkerStyle style) {
        switch (style) {
            case MarkerStyle::paren: case MarkerStyle::square: case MarkerStyle::lenticular:
            case MarkerStyle::tortoise: case MarkerStyle::angle:
                return 1;
            case MarkerStyle::dot: case MarkerStyle::comma: case MarkerStyle::closing: case MarkerStyle::tab:
            case MarkerStyle::bare:
                return 2;
            default:
                return 0;
        }
    };
    return list == next || (kind(list) != 0 && kind(list) == kind(next));
}

bool is_han_numeral(MarkerStyle style) {
    return style == MarkerStyle::han_comma || style == MarkerStyle::han_paren || style == MarkerStyle::han_dot;
}

int han_numeral_value(std::u32string_view text) {
    // 一 … 九, 十, 十一 … 十九, 二十 … 九十九.
    if (text.empty() || text.size() > 3) return 0;
    const std::size_t ten = text.find(U'十');
    if (ten == std::u32string_view::npos) return text.size() == 1 ? std::max(han_digit(text[0]), 0) : 0;
    if (text.find(U'十', ten + 1) != std::u32string_view::npos || ten > 1) return 0;
    const int tens = ten == 0 ? 1 : han_digit(text[0]);
    const int units = ten + 1 < text.size() ? han_digit(text[ten + 1]) : 0;
    if (tens < 1 || (tens == 1 && ten == 1) || units < 0 || ten + 2 < text.size()) return 0;
    return tens * 10 + units;
}

std::optional<EntryMarker> read_marker(std::string_view line) {
    std::u32string head;
    std::array<std::size_t, max_marker_code_points + 1> offsets{};  // byte offset of each code point
    std::size_t pos = 0;
    while (pos < line.size() && head.size() < max_marker_code_points) {
        offsets[head.size()] = pos;
        head.push_back(utf8::next(line, pos));
    }
    offsets[head.size()] = pos;
    const Scanned marker = scan_marker(head);
    if (marker.length == 0) return std::nullopt;
    std::size_t end = marker.length;
    while (end < head.size() && is_space(head[end])) ++end;
    EntryMarker result{std::string(line.substr(0, offsets[marker.length])), marker.number, offsets[end], marker.style};
    result.before_digit = end == marker.length && end < head.size() && digit_value(head[end]) >= 0;
    return result;
}

}  // namespace glossgraph
