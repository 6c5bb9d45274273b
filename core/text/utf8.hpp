#pragma once
// Minimal UTF-8 walking used on hot paths, where going through ICU's UnicodeString
// would copy. Input is assumed to be valid UTF-8 (decode_text guarantees it).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace glossgraph::utf8 {

// Length in bytes (1..4) of the well-formed sequence starting at text[pos], or 0 when the
// bytes there are not a well-formed sequence (overlong, surrogate, truncated, past U+10FFFF,
// a stray continuation byte). pos must be < text.size().
std::size_t sequence_length(std::string_view text, std::size_t pos);

// For bytes at text[pos] that are not well-formed (sequence_length() == 0): how many bytes
// (1..3) form the maximal ill-formed subpart there, the unit that the Unicode Standard
// (ch. 3, "U+FFFD substitution of maximal subparts") replaces with one U+FFFD.
std::size_t ill_formed_length(std::string_view text, std::size_t pos);

// Decodes the code point starting at text[pos] and advances pos past it.
// An invalid or truncated sequence yields U+FFFD and advances by one byte.
// Inline for ASCII and the three-byte sequences of CJK text; everything else goes to next_slow.
inline char32_t next(std::string_view text, std::size_t& pos);
char32_t next_slow(std::string_view text, std::size_t& pos);

// The code point that ends just before text[offset], or 0 at the start of text;
// the code point at text[offset], or 0 at its end.
char32_t before(std::string_view text, std::size_t offset);
char32_t at(std::string_view text, std::size_t offset);

// Writes the UTF-8 encoding of cp to out, which has room for 4 bytes, and returns its
// length; a cp that is not a Unicode scalar value (a surrogate, or past U+10FFFF) is
// written as U+FFFD.
std::size_t encode(char32_t cp, char* out);

// Appends the UTF-8 encoding of cp to out, as encode() writes it.
inline void append(std::string& out, char32_t cp);

// Whether byte is a continuation byte (10xxxxxx), which never begins a character.
constexpr bool is_continuation(char byte) { return (static_cast<unsigned char>(byte) & 0xC0) == 0x80; }

// The offset at or before `offset` where a character begins: `offset` stepped back over
// continuation bytes (to 0 at most). For cutting text at a byte budget without splitting a
// character: text.substr(0, character_start(text, budget)) when text is longer.
inline std::size_t character_start(std::string_view text, std::size_t offset) {
    while (offset > 0 && offset < text.size() && is_continuation(text[offset])) --offset;
    return offset;
}

// Number of code points in text, counted as next() would step (an invalid byte counts as one).
std::size_t length(std::string_view text);

// The first n code points of text (all of it when shorter).
std::string_view prefix(std::string_view text, std::size_t n);
// The last n code points of text (all of it when shorter); a byte that is not part of a
// well-formed sequence counts as one code point, as in next().
std::string_view suffix(std::string_view text, std::size_t n);

// True for CJK unified ideographs (all extensions) and compatibility ideographs, and U+3007 〇.
bool is_han(char32_t cp);

// True when text is well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF).
bool is_valid(std::string_view text);

// The hot paths of next() and append(): every report is walked code point by code point
// several times, so a call per character costs more than the work.
inline char32_t next(std::string_view text, std::size_t& pos) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    // E1..EC and EE..EF lead three-byte sequences with no overlong or surrogate special case.
    if (lead >= 0xE1 && lead <= 0xEF && lead != 0xED && pos + 2 < text.size()) {
        const auto b1 = static_cast<unsigned char>(text[pos + 1]);
        const auto b2 = static_cast<unsigned char>(text[pos + 2]);
        if ((b1 & 0xC0) == 0x80 && (b2 & 0xC0) == 0x80) {
            pos += 3;
            return (static_cast<char32_t>(lead & 0x0F) << 12) | (static_cast<char32_t>(b1 & 0x3F) << 6) | (b2 & 0x3Fu);
        }
    }
    return next_slow(text, pos);
}

inline void append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
        return;
    }
    char bytes[4];
    out.append(bytes, encode(cp, bytes));
}

}  // namespace glossgraph::utf8

namespace glossgraph {

// The code points of UTF-8 text, as utf8::next() steps (an ill-formed byte becomes U+FFFD):
// for short strings (header lines, terms, compared texts) indexed by character. Whole reports
// stay UTF-8 and are walked with utf8::next.
inline std::u32string code_points(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) out.push_back(utf8::next(text, pos));
    return out;
}

// The UTF-8 encoding of code points (utf8::append for each).
inline std::string to_utf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size() * 3);
    for (const char32_t cp : text) utf8::append(out, cp);
    return out;
}

}  // namespace glossgraph
