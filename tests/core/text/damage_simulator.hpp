#pragma once
// The damage of core/text/damaged_runs.hpp applied to clean text, step by step, so that
// tests know the truth of every run they repair. Each step is the model's:
//  1. to_gbk: the clean text as GBK bytes (ICU's windows-936, as gbk_pairs reads it);
//  2. annotate: a byte-level search and replace K -> K(pinyin) for each key K (a GBK pair),
//     which also matches a key straddling two characters;
//  3. separate: kSeparator put before every occurrence of the given keys (、。！？； ...),
//     found the same way, so sometimes inside a character;
//  4. decode_like_mbstring: CP936 read as PHP's mbstring reads it: a lead byte before a byte
//     that cannot be a trail is one '?', both consumed; a pair the code page leaves
//     unassigned or user-defined is lost; full-width forms fold to ASCII; what is left of
//     the separators is then stripped from the text.
#include "core/text/gbk_pairs.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace glossgraph::damage_simulator {

// The separator: markup that starts with a byte no pair can end with.
inline constexpr char kSeparator = '<';

struct Key {
    std::string character;  // UTF-8, one character of GBK: "冊"
    std::string pinyin;     // how it reads, with tone marks: "cè"
};

// Step 1. Characters GBK lacks are not expected in fixtures (an exception says which).
std::string to_gbk(std::string_view utf8);

// Step 2: after each match of a key's two bytes, scanning left to right at every byte.
std::string annotate(std::string_view gbk, const std::vector<Key>& keys);

// What a perfect repair gives back of annotate's result: the same scan, but a match
// straddling two characters is left without its annotation (the repair drops the pinyin a
// run's '?' starts with; the character after it was never looked at as a key).
std::string annotate_in_step(std::string_view gbk, const std::vector<Key>& keys);

// Step 3: kSeparator before each match of one of the characters' two bytes, at every byte.
std::string separate(std::string_view gbk, const std::vector<std::string>& characters);

// Step 4, the result UTF-8.
std::string decode_like_mbstring(std::string_view gbk);

// Steps 1 to 4.
std::string damage(std::string_view clean, const std::vector<Key>& keys, const std::vector<std::string>& separated);

}  // namespace glossgraph::damage_simulator
