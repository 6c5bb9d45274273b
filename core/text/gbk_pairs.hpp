#pragma once
// The double-byte characters of Windows code page 936 (GBK), as ICU's "windows-936"
// converter reads them: what a page in GBK turns into when a decoder reads two bytes as one
// character. The repair of damaged runs (damaged_runs.hpp) pairs bytes again with it.
#include <cstdint>
#include <optional>
#include <utility>

namespace glossgraph::gbk {

using Pair = std::pair<std::uint8_t, std::uint8_t>;

// A byte that opens a double-byte character: 0x81..0xFE.
constexpr bool is_lead(unsigned byte) { return byte >= 0x81 && byte <= 0xFE; }
// A byte that may close one: 0x40..0x7E or 0x80..0xFE.
constexpr bool is_trail(unsigned byte) { return (byte >= 0x40 && byte <= 0x7E) || (byte >= 0x80 && byte <= 0xFE); }

// The character lead and trail form, or 0 when they form none a page keeps: a pair that is
// not assigned, or a user-defined one (ICU reads those as private-use characters, which the
// damaged pages lost). 0 as well when lead or trail is out of range. Thread-safe; the table
// is built from ICU on first use.
char32_t decode(unsigned lead, unsigned trail);

// The bytes of cp in GBK, when it has two; nothing for ASCII and for characters GBK lacks.
std::optional<Pair> encode(char32_t cp);

}  // namespace glossgraph::gbk
