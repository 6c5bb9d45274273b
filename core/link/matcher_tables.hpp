#pragma once
// The tables of the matcher's automaton: built by matcher_build.cpp, scanned by matcher.cpp.
// Private to core/link; matcher.cpp says why they are laid out this way.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

namespace glossgraph::detail {

constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();

struct Symbols {
    std::vector<std::uint32_t> bmp = std::vector<std::uint32_t>(0x10000, 0);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> supplementary;  // (code point, symbol), sorted
    std::uint32_t count = 1;                                             // symbol 0 included

    std::uint32_t of(std::uint32_t code_point) const {
        if (code_point < 0x10000) return bmp[code_point];
        const auto found = std::lower_bound(supplementary.begin(), supplementary.end(), std::pair{code_point, 0u});
        return found != supplementary.end() && found->first == code_point ? found->second : 0;
    }
};

// One cell of the double array. A state is the index of its cell; the child of state s by
// symbol c is the cell t = base(s) + c (modulo 2^32) if t is in the array and check(t) == s.
// Keeping base, check, fail and output together means one step of the scan reads one cell.
struct Cell {
    std::uint32_t base = 0;
    std::uint32_t check = none;  // parent state; none for a free cell
    std::uint32_t fail = 0;
    std::uint32_t output = none;  // first output entry of the state or of a suffix
};

// Everything the scan needs; MultiMatcher::Automaton (matcher.cpp) adds the scan to it.
struct Tables {
    struct Output {
        std::uint32_t pattern;  // the pattern; if count > 1, where they start in duplicates
        std::uint32_t count;
        std::uint32_t length;  // bytes
        std::uint32_t next;    // dictionary suffix link: the next output entry, or none
    };

    Symbols symbols;
    std::vector<Cell> cells;  // the double array; state 0 is the root
    std::vector<Output> outputs;
    std::vector<std::uint32_t> duplicates;  // patterns that end in the same state, by entry
    std::size_t pattern_count = 0;
};

// Builds the tables over the patterns (matcher_build.cpp); throws what MultiMatcher's
// constructor is documented to throw.
Tables build(const std::vector<std::string>& patterns);

}  // namespace glossgraph::detail
