#include "core/terminal_text.hpp"

#include <cstdio>

namespace glossgraph {
namespace {

// The length of the well-formed UTF-8 sequence at text[pos] (1..4) and its code point, or
// length 0 when the bytes there are not one (overlong, surrogate, truncated, past U+10FFFF).
// glossgraph_base depends on nothing, so this does not use core/text/utf8.
struct Sequence {
    std::size_t length = 0;
    char32_t cp = 0;
};

Sequence sequence_at(std::string_view text, std::size_t pos) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[pos + i]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80) return {1, lead};
    std::size_t length = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, cp = lead & 0x1F, min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, cp = lead & 0x0F, min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, cp = lead & 0x07, min = 0x10000;
    } else {
        return {};
    }
    if (pos + length > text.size()) return {};
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(i) & 0xC0) != 0x80) return {};
        cp = (cp << 6) | (byte(i) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {};
    return {length, cp};
}

bool is_c1_or_format_control(char32_t cp) {
    return (cp >= 0x80 && cp <= 0x9F) || cp == 0x061C || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0x2028 || cp == 0x2029;
}

void append_escape(std::string& out, const char* format, unsigned value) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, format, value);
    out += buffer;
}

void append_c0(std::string& out, char32_t cp) {
    switch (cp) {
        case U'\n': out += "\\n"; return;
        case U'\r': out += "\\r"; return;
        case U'\t': out += "\\t"; return;
        default: append_escape(out, "\\x%02X", static_cast<unsigned>(cp));
    }
}

}  // namespace

std::string escape_for_terminal(std::string_view text, Newlines newlines) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const Sequence sequence = sequence_at(text, pos);
        if (sequence.length == 0) {
            append_escape(out, "\\x%02X", static_cast<unsigned char>(text[pos]));
            ++pos;
            continue;
        }
        const char32_t cp = sequence.cp;
        if (cp == U'\n' && newlines == Newlines::keep) {
            out += '\n';
        } else if (cp < 0x20 || cp == 0x7F) {
            append_c0(out, cp);
        } else if (is_c1_or_format_control(cp)) {
            append_escape(out, "\\u%04X", static_cast<unsigned>(cp));
        } else {
            out.append(text.substr(pos, sequence.length));
        }
        pos += sequence.length;
    }
    return out;
}

}  // namespace glossgraph
