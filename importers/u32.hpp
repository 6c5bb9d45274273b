#pragma once
// Digits in UTF-32 views of short strings (header lines, terms: core/text/utf8.hpp's
// code_points), where code-point indexing keeps parsing simple.
#include "core/text/utf8.hpp"

#include <string>
#include <string_view>

namespace glossgraph {

// ASCII or full-width decimal digit value, or -1.
inline int digit_value(char32_t cp) {
    if (cp >= U'0' && cp <= U'9') return static_cast<int>(cp - U'0');
    if (cp >= U'\uFF10' && cp <= U'\uFF19') return static_cast<int>(cp - U'\uFF10');
    return -1;
}

// Reads a run of up to max_digits decimal digits at text[pos]; advances pos past them.
// Returns -1 (pos unchanged) when no digit is there.
inline int read_number(std::u32string_view text, std::size_t& pos, std::size_t max_digits) {
    int value = 0;
    std::size_t count = 0;
    while (pos + count < text.size() && count < max_digits && digit_value(text[pos + count]) >= 0) {
        value = value * 10 + digit_value(text[pos + count]);
        ++count;
    }
    if (count == 0) return -1;
    pos += count;
    return value;
}

}  // namespace glossgraph
