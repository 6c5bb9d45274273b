#pragma once
// The Traditional->Simplified tables behind to_simplified (script.cpp), for the passes that
// convert while doing something else (the key form, normalize.cpp). Internal to core/text.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace glossgraph::t2s {

// The dense table covers CJK symbols through the compatibility ideographs; every BMP
// source lies there (the generator scans nothing else in the BMP), and its targets are BMP
// code points too. Supplementary sources start at Extension B.
constexpr char32_t dense_first = 0x3000;
constexpr char32_t dense_last = 0xFAFF;
constexpr char32_t supplementary_first = 0x20000;

inline bool in_dense(char32_t cp) { return cp >= dense_first && cp <= dense_last; }

enum class Kind : std::uint8_t { neutral, traditional, simplified };

struct DenseEntry {
    char16_t target = 0;      // 0: the character stays
    std::uint16_t group = 0;  // 1-based index of the phrases starting here; 0: none
};

struct SupplementaryEntry {
    char32_t cp = 0;
    char32_t target = 0;
    std::uint16_t group = 0;
    Kind kind = Kind::neutral;
};

// A phrase rule. Its source and target have the same number of code points and bytes, and
// every code point of either lies in U+3001..U+FF00 or from U+20000 on: never one that width
// folding changes or produces (checked at compile time in script.cpp), so phrases can be
// matched on text as written as well as on width-folded text.
struct Phrase {
    std::string_view source;
    std::string_view target;
    char32_t second = 0;  // the source's second code point: most candidates fail on it, cheaply
};

struct Tables {
    static constexpr std::size_t pair_bit_count = std::size_t{1} << 16;  // 8 KB; ~1000 phrases set ~1.5% of it

    std::vector<DenseEntry> dense;                   // indexed by cp - dense_first
    std::vector<Kind> dense_kind;                    // indexed by cp - dense_first
    std::vector<SupplementaryEntry> supplementary;   // sorted by cp
    std::vector<Phrase> phrases;                     // grouped by first code point, longest first
    std::vector<std::pair<std::size_t, std::size_t>> groups;  // [begin, end) into phrases
    std::vector<std::uint64_t> pair_bits;            // a Bloom filter of (first, second) of the phrases

    static std::size_t pair_hash(char32_t first, char32_t second) {
        return ((first * 2654435761u) ^ (second * 40503u)) & (pair_bit_count - 1);
    }
    void add_pair(char32_t first, char32_t second) {
        const std::size_t bit = pair_hash(first, second);
        pair_bits[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
    // False means no phrase starts with first, second; true means one may.
    bool may_start_phrase(char32_t first, char32_t second) const {
        const std::size_t bit = pair_hash(first, second);
        return (pair_bits[bit / 64] >> (bit % 64)) & 1u;
    }
    // The entry of a supplementary code point, or nullptr when it has none.
    const SupplementaryEntry* find_supplementary(char32_t cp) const;
    // The phrase of group (1-based) that text starts with, where second is the code point
    // after the first one of text (0 at its end); nullptr when none does.
    const Phrase* match_phrase(std::uint16_t group, std::string_view text, char32_t first, char32_t second) const;
};

// Built once, on first use (thread-safe).
const Tables& tables();

}  // namespace glossgraph::t2s
