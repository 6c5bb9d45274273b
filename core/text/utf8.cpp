#include "core/text/utf8.hpp"

#include <cstring>

namespace glossgraph::utf8 {
namespace {

constexpr char32_t replacement = 0xFFFD;

unsigned char byte_at(std::string_view text, std::size_t pos) {
    return static_cast<unsigned char>(text[pos]);
}

// How far the bytes at pos match a well-formed sequence (Unicode Table 3-7).
// needed is 0 for a byte that can never start a sequence.
struct Probe {
    std::size_t matched;
    std::size_t needed;
};

Probe probe(std::string_view text, std::size_t pos) {
    const unsigned char lead = byte_at(text, pos);
    if (lead < 0x80) return {1, 1};
    std::size_t needed = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        needed = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        needed = 3;
        if (lead == 0xE0) low = 0xA0;   // no overlongs
        if (lead == 0xED) high = 0x9F;  // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        needed = 4;
        if (lead == 0xF0) low = 0x90;   // no overlongs
        if (lead == 0xF4) high = 0x8F;  // nothing past U+10FFFF
    } else {
        return {1, 0};
    }
    std::size_t matched = 1;
    while (matched < needed && pos + matched < text.size()) {
        const unsigned char trail = byte_at(text, pos + matched);
        if (trail < low || trail > high) break;
        low = 0x80;
        high = 0xBF;
        ++matched;
    }
    return {matched, needed};
}

char32_t decode(std::string_view text, std::size_t pos, std::size_t length) {
    const unsigned char lead = byte_at(text, pos);
    if (length == 1) return lead;
    static constexpr unsigned char lead_mask[5] = {0, 0, 0x1F, 0x0F, 0x07};
    char32_t cp = lead & lead_mask[length];
    for (std::size_t i = 1; i < length; ++i) cp = (cp << 6) | (byte_at(text, pos + i) & 0x3Fu);
    return cp;
}

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Eight ASCII bytes at once: the hot loops spend most of their time on ASCII runs.
bool ascii_word(const char* p) {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    return (word & 0x8080808080808080ull) == 0;
}

}  // namespace

std::size_t sequence_length(std::string_view text, std::size_t pos) {
    const Probe p = probe(text, pos);
    return p.matched == p.needed ? p.needed : 0;
}

std::size_t ill_formed_length(std::string_view text, std::size_t pos) {
    return probe(text, pos).matched;
}

char32_t next_slow(std::string_view text, std::size_t& pos) {
    const unsigned char lead = byte_at(text, pos);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    const std::size_t length = sequence_length(text, pos);
    if (length == 0) {
        ++pos;
        return replacement;
    }
    const char32_t cp = decode(text, pos, length);
    pos += length;
    return cp;
}

char32_t before(std::string_view text, std::size_t offset) {
    if (offset == 0) return 0;
    const std::string_view last = suffix(text.substr(0, offset), 1);
    std::size_t pos = 0;
    return next(last, pos);
}

char32_t at(std::string_view text, std::size_t offset) { return offset < text.size() ? next(text, offset) : 0; }

std::size_t encode(char32_t cp, char* out) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = replacement;
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

std::size_t length(std::string_view text) {
    std::size_t count = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (pos + 8 <= text.size() && ascii_word(text.data() + pos)) {
            pos += 8;
            count += 8;
            continue;
        }
        const std::size_t step = sequence_length(text, pos);
        pos += step == 0 ? 1 : step;
        ++count;
    }
    return count;
}

std::string_view prefix(std::string_view text, std::size_t n) {
    std::size_t pos = 0;
    for (std::size_t i = 0; i < n && pos < text.size(); ++i) {
        const std::size_t step = sequence_length(text, pos);
        pos += step == 0 ? 1 : step;
    }
    return text.substr(0, pos);
}

// Steps back over one code point ending at end (exclusive), agreeing with next():
// a lead byte counts with its trail bytes only when they form a well-formed sequence.
static std::size_t previous_start(std::string_view text, std::size_t end) {
    std::size_t start = end - 1;
    while (start > 0 && end - start < 4 && is_continuation(byte_at(text, start))) --start;
    if (start != end - 1 && sequence_length(text, start) == end - start) return start;
    return end - 1;
}

std::string_view suffix(std::string_view text, std::size_t n) {
    std::size_t start = text.size();
    for (std::size_t i = 0; i < n && start > 0; ++i) start = previous_start(text, start);
    return text.substr(start);
}

bool is_han(char32_t cp) {
    if (cp < 0x3007) return false;
    if (cp == 0x3007) return true;
    if (cp >= 0x3400 && cp <= 0x4DBF) return true;   // Extension A
    if (cp >= 0x4E00 && cp <= 0x9FFF) return true;   // URO
    if (cp >= 0xF900 && cp <= 0xFAFF) return true;   // compatibility ideographs
    // Planes 2 and 3 (SIP, TIP) hold only ideographs: extensions B..H and the
    // compatibility supplement, including extensions still to be encoded.
    return cp >= 0x20000 && cp <= 0x3FFFD;
}

bool is_valid(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        if (pos + 8 <= text.size() && ascii_word(text.data() + pos)) {
            pos += 8;
            continue;
        }
        if (byte_at(text, pos) < 0x80) {
            ++pos;
            continue;
        }
        const std::size_t step = sequence_length(text, pos);
        if (step == 0) return false;
        pos += step;
    }
    return true;
}

}  // namespace glossgraph::utf8
