#pragma once
// What damage_model.cpp, damage_local_pairs.cpp and damage_trigrams.cpp share (internal to
// damage_model.hpp): a character's model form, the key of a pair of them, the first slot of a
// key in an open-addressed table, and the lookup of a key in a generated, sorted table.
#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace glossgraph::damage_model::detail {

// Width-folded and simplified, as the tables hold characters.
char32_t model_char(char32_t cp);

inline std::uint64_t pair_key(char32_t first, char32_t second) { return (static_cast<std::uint64_t>(first) << 21) | second; }

// The first slot of key in an open-addressed table of `size` slots (a power of two):
// multiplicative hashing, shared by the build-time pair table and LocalPairs.
inline std::size_t slot_of(std::uint64_t key, std::size_t size) {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & (size - 1);
}

// The entry of [first, last) (sorted by key_of) whose key is key; nullptr when none is.
template <typename Entry, typename Key, typename KeyOf>
const Entry* find(const Entry* first, const Entry* last, Key key, KeyOf key_of) {
    const Entry* found = std::lower_bound(first, last, key, [&](const Entry& e, Key k) { return key_of(e) < k; });
    return found != last && key_of(*found) == key ? found : nullptr;
}

}  // namespace glossgraph::damage_model::detail
