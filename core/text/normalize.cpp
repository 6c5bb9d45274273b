#include "core/text/normalize.hpp"

#include "core/text/script.hpp"
#include "core/text/t2s_tables.hpp"
#include "core/text/utf8.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>
#include <stdexcept>

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

// What the key form makes of one code point of the BMP, read from one table: width folded,
// then Traditional->Simplified (one character; phrases are looked up by group), then dropped
// or lower-cased, and encoded. term_key used to run these as three passes, each into a new
// string; the table gives the same result in one.
struct KeyEntry {
    static constexpr std::uint16_t group_mask = 0xFFFF;
    char bytes[3] = {};       // the UTF-8 of the key form's character
    std::uint8_t length = 0;  // of bytes; 0: the character has no key form (dropped)
    std::uint16_t group = 0;  // the T2S phrase group starting with this character (0: none)
};

// The key form of cp after width folding and simplification (cp is what they made of it).
KeyEntry key_entry_of_converted(char32_t cp) {
    KeyEntry entry;
    if (is_dropped_from_key(cp)) return entry;
    char bytes[4];
    const std::size_t length = utf8::encode(lower(cp), bytes);
    if (length > sizeof entry.bytes) throw std::logic_error("the key form assumes BMP lower-case forms of BMP characters");
    std::copy(bytes, bytes + length, entry.bytes);
    entry.length = static_cast<std::uint8_t>(length);
    return entry;
}

std::vector<KeyEntry> build_key_table() {
    const t2s::Tables& t2s = t2s::tables();
    if (t2s.groups.size() > KeyEntry::group_mask) throw std::logic_error("too many T2S phrase groups for the key table");
    std::vector<KeyEntry> table(0x10000);
    for (char32_t cp = 0; cp < 0x10000; ++cp) {
        if (cp >= 0xD800 && cp <= 0xDFFF) continue;  // never decoded (ill-formed: U+FFFD, dropped)
        char32_t converted = fold_char(cp);
        std::uint16_t group = 0;
        if (converted == cp && t2s::in_dense(cp)) {  // folded characters are never T2S sources
            const t2s::DenseEntry& entry = t2s.dense[cp - t2s::dense_first];
            if (entry.target != 0) converted = entry.target;
            group = entry.group;
        }
        table[cp] = key_entry_of_converted(converted);
        table[cp].group = group;
    }
    return table;
}

const std::vector<KeyEntry>& key_table() {
    static const std::vector<KeyEntry> table = build_key_table();  // thread-safe initialisation
    return table;
}

// Where the key form is written: raw buffers with room for 1.5 times the input plus 4 bytes
// (a character of n bytes gives at most 3 when n = 2, else at most n; put writes 4 at once).
template <bool with_origin>
struct KeyWriter {
    char* out;
    std::uint32_t* origin;  // per byte of out; unused without with_origin
    std::size_t size = 0;

    static std::size_t capacity_for(std::size_t input) { return input + input / 2 + 4; }

    void put(const char* bytes, std::size_t length, std::size_t from) {
        std::memcpy(out + size, bytes, 4);
        if constexpr (with_origin) {
            const auto at = static_cast<std::uint32_t>(from);
            origin[size] = origin[size + 1] = origin[size + 2] = origin[size + 3] = at;
        }
        size += length;
    }
    // A character that is not in the table: dropped or lower-cased, then written.
    void put_converted(char32_t cp, std::size_t from) {
        if (is_dropped_from_key(cp)) return;
        char bytes[4];
        const std::size_t length = utf8::encode(lower(cp), bytes);
        put(bytes, length, from);
    }
};

// The rest of write_key: a character that may start a phrase, or a supplementary one.
// Returns the offset after what it converted.
template <typename Writer>
std::size_t write_key_slow(std::string_view text, std::size_t start, std::size_t pos, char32_t cp,
                           std::uint16_t group, Writer& writer) {
    const t2s::Tables& t2s = t2s::tables();
    char32_t converted = cp;
    if (cp >= t2s::supplementary_first) {
        if (const t2s::SupplementaryEntry* entry = t2s.find_supplementary(cp)) {
            group = entry->group;
            if (entry->target != 0) converted = entry->target;
        }
    }
    if (group != 0) {
        const char32_t second = pos < text.size() ? utf8::at(text, pos) : 0;
        if (const t2s::Phrase* phrase = t2s.match_phrase(group, text.substr(start), cp, second)) {
            std::size_t source = start;
            std::size_t target = 0;
            while (target < phrase->target.size()) {
                const std::size_t from = source;
                utf8::next(text, source);
                writer.put_converted(utf8::next(phrase->target, target), from);
            }
            return start + phrase->source.size();
        }
        if (cp < 0x10000) {
            const KeyEntry& entry = key_table()[cp];
            if (entry.length != 0) writer.put(entry.bytes, entry.length, start);
            return pos;
        }
    }
    writer.put_converted(converted, start);
    return pos;
}

// The code point at text[pos], 0 at the end: utf8::at, inline.
inline char32_t code_point_at(std::string_view text, std::size_t pos) { return pos < text.size() ? utf8::next(text, pos) : 0; }

// Writes the key form of text, each character with the byte offset in text of the character
// it comes from. A phrase of the T2S tables gives one code point per code point of its source
// (t2s_tables.hpp), each with its own offset. Bytes that are not well-formed UTF-8 decode to
// U+FFFD, one byte at a time, and are dropped.
template <typename Writer>
void write_key(std::string_view text, Writer& writer) {
    const KeyEntry* const table = key_table().data();
    const t2s::Tables& t2s = t2s::tables();
    // A local copy whose address is never taken: the compiler keeps it in registers, where
    // stores through char* would otherwise make it reload the writer after every byte.
    Writer local = writer;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const char32_t cp = utf8::next(text, pos);
        std::uint16_t group = 0;
        if (cp < 0x10000) {
            const KeyEntry& entry = table[cp];
            group = entry.group;
            // A fifth of Chinese characters start some phrase; the pair filter rules out
            // nearly all of them before any phrase is compared.
            if (group == 0 || !t2s.may_start_phrase(cp, code_point_at(text, pos))) {
                local.put(entry.bytes, entry.length, start);  // length 0 writes nothing
                continue;
            }
        }
        Writer slow = local;
        pos = write_key_slow(text, start, pos, cp, group, slow);
        local = slow;
    }
    writer = local;
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
    std::string key(KeyWriter<false>::capacity_for(term.size()), '\0');
    KeyWriter<false> writer{key.data(), nullptr};
    write_key(term, writer);
    key.resize(writer.size);
    return key;
}

KeyedText to_key_text(std::string_view text) {
    KeyedText keyed;
    to_key_text(text, keyed);
    return keyed;
}

void to_key_text(std::string_view text, KeyedText& keyed) {
    const std::size_t capacity = KeyWriter<true>::capacity_for(text.size());
    keyed.text.resize(capacity);
    keyed.origin.resize(capacity + 1);
    KeyWriter<true> writer{keyed.text.data(), keyed.origin.data()};
    write_key(text, writer);
    keyed.text.resize(writer.size);
    keyed.origin.resize(writer.size + 1);
    keyed.origin[writer.size] = static_cast<std::uint32_t>(text.size());
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
