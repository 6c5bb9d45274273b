#include "core/text/normalize.hpp"

#include "core/text/script.hpp"
#include "core/text/utf8.hpp"

#include <unicode/uchar.h>

namespace glossgraph {
namespace {

// Unicode White_Space.
bool is_space(char32_t cp) {
    if (cp < 0x80) return cp == ' ' || (cp >= '\t' && cp <= '\r');
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
           cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

// The full-width signs U+FFE0..U+FFE6 and what NFKC makes of them: ¢ £ ¬ ¯ ¦ ¥ ₩.
constexpr char32_t fullwidth_signs[] = {0xA2, 0xA3, 0xAC, 0xAF, 0xA6, 0xA5, 0x20A9};

char32_t fold_char(char32_t cp) {
    if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFEE0;
    if (cp >= 0xFFE0 && cp <= 0xFFE6) return fullwidth_signs[cp - 0xFFE0];
    if (cp >= 0x80 && is_space(cp)) return U' ';
    return cp;
}

bool is_quote(char32_t cp) {
    switch (cp) {
        case U'"': case U'\'': case U'«': case U'»': case U'‹': case U'›':
        case U'「': case U'」': case U'『': case U'』': case U'《': case U'》': case U'〈': case U'〉':
        case U'〝': case U'〞': case U'〟':
            return true;
        default:
            return cp >= 0x2018 && cp <= 0x201F;  // ‘ ’ ‚ ‛ “ ” „ ‟
    }
}

bool is_bracket(char32_t cp) {
    switch (cp) {
        case U'(': case U')': case U'[': case U']': case U'{': case U'}':
        case U'【': case U'】': case U'〔': case U'〕': case U'〖': case U'〗': case U'〘': case U'〙':
        case U'〚': case U'〛': case U'｟': case U'｠':
            return true;
        default:
            return false;
    }
}

// Invisible characters that scraped text carries and that would split one term into two keys:
// zero-width characters and the bidirectional controls.
bool is_invisible(char32_t cp) {
    return (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 || cp == 0xFEFF || cp == 0x061C ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// C0 and C1 controls and DEL: never part of a term, and a key that kept them would name two
// terms that print alike (术\x01甲, 术\x02甲) or act on whatever displays it.
bool is_control(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

bool is_dropped_from_key(char32_t cp) {
    return is_space(cp) || is_quote(cp) || is_bracket(cp) || is_invisible(cp) || is_control(cp) || cp == U'?' ||
           cp == 0xFFFD;
}

char32_t lower(char32_t cp) {
    if (cp >= U'A' && cp <= U'Z') return cp + 0x20;
    if (cp < 0x80 || cp >= 0x3000) return cp;  // nothing cased among CJK
    return static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
}

}  // namespace

std::string fold_width(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const char32_t cp = utf8::next(text, pos);
        const char32_t folded = fold_char(cp);
        if (folded == cp)
            out.append(text.substr(start, pos - start));  // keeps even a damaged byte as it was
        else
            utf8::append(out, folded);
    }
    return out;
}

std::string term_key(std::string_view term) {
    const std::string simplified = to_simplified(fold_width(term));
    std::string key;
    key.reserve(simplified.size());
    std::size_t pos = 0;
    while (pos < simplified.size()) {
        const char32_t cp = utf8::next(simplified, pos);
        if (!is_dropped_from_key(cp)) utf8::append(key, lower(cp));
    }
    return key;
}

KeyedText to_key_text(std::string_view text) {
    // fold_width and to_simplified map code point to code point, so the converted text can
    // be walked in step with the original.
    const std::string simplified = to_simplified(fold_width(text));
    KeyedText keyed;
    keyed.text.reserve(simplified.size());
    keyed.origin.reserve(simplified.size() + 1);
    std::size_t at = 0;
    std::size_t original = 0;
    while (at < simplified.size() && original < text.size()) {
        const std::size_t start = original;
        utf8::next(text, original);
        const char32_t cp = utf8::next(simplified, at);
        if (is_dropped_from_key(cp)) continue;
        const std::size_t before = keyed.text.size();
        utf8::append(keyed.text, lower(cp));
        keyed.origin.insert(keyed.origin.end(), keyed.text.size() - before, static_cast<std::uint32_t>(start));
    }
    keyed.origin.push_back(static_cast<std::uint32_t>(text.size()));
    return keyed;
}

std::string_view trim(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t next = pos;
        if (!is_space(utf8::next(text, next))) break;
        pos = next;
    }
    text.remove_prefix(pos);
    while (!text.empty()) {
        const std::string_view last = utf8::suffix(text, 1);
        std::size_t at = 0;
        if (!is_space(utf8::next(last, at))) break;
        text.remove_suffix(last.size());
    }
    return text;
}

std::string remove_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        if (!is_space(utf8::next(text, pos))) out.append(text.substr(start, pos - start));
    }
    return out;
}

}  // namespace glossgraph
