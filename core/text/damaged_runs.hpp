#pragma once
// Damaged runs: the mojibake a content farm's byte-level mangling of GBK pages left in
// reports copied through it (samples 003 and 004: 我們?cè)谑形?、市政府 for 我們在市委、市政府,
// 最嚴謹?shù)臉?biāo)準 for 最嚴謹的標準), found and, where the evidence is firm, repaired.
//
// The damage, step by step (tests/core/text/damage_simulator.hpp applies it to clean text):
//  1. The page, held as GBK bytes, was annotated with pinyin by a byte-level search and
//     replace (K -> K(pinyin)) that also matched keys straddling two characters: the trail
//     byte of one and the lead byte of the next (們在 = 82 83|D4 DA holds 83 D4, 冊).
//  2. A separator (markup starting with '<') went before some occurrences of 、。！？；
//     found the same way, sometimes inside a character.
//  3. The page was decoded as CP936 the way PHP's mbstring does: a lead byte followed by a
//     byte that cannot be a trail became one '?', both consumed (so the "(" of the pinyin
//     vanished); unassigned and user-defined pairs became private-use characters, later
//     stripped; full-width forms were folded to ASCII.
//  4. After such an insertion every character is read one byte late until a trail byte in
//     0x40-0x7E, a 0x80 or another insertion puts the reading back in step.
//
// A damaged run starts at a '?' followed by a pinyin syllable and ")" (after a double-byte
// character), or at a '?' before one of 、。!?; that the model reads as damage, and ends where
// the reading is back in step. The repair is the inverse: the characters after the insertion
// are encoded to GBK again and paired one byte earlier, the byte the '?' swallowed is put back
// (the pinyin says which character it formed; else the model chooses), so is the last one,
// and pairs the page lost are filled in; among the candidates the character bigram model
// (damage_model.hpp) proposes the likeliest readings, in the report's script, and the
// character triples of reports (damage_trigrams.hpp) score them again. A second pass chooses again with the
// report's own pairs as evidence too (its clean text and the first pass's sure repairs; runs
// written alike are no evidence for each other): local names such as 龍潭 recur in a report.
// A repair is kept only when every restored character is a common one, the model prefers it
// to the run as written, it beats every other reading by 33 to 1 (damage_choice.hpp
// kConfidentMargin), and it gives back every byte the page lost (a run whose closing '?'
// swallowed a digit or a space is not: damage_scan.hpp RunEnd::lost_byte); otherwise the run
// stays as written, flagged: a wrong repair is worse than a flag. Text outside runs is never
// changed.
#include "core/model.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

struct RepairedText {
    std::string text;              // the text with every repaired run replaced; the rest as written
    std::vector<DamagedRun> runs;  // every damaged run, in text order
};

// Finds every damaged run of UTF-8 text (lines separated by '\n') and repairs those it can.
// Text without a run comes back byte for byte, the same string moved back. Linear in the
// text: each run is read over at most a few dozen characters; a text with a run is read once
// more for its own pairs.
RepairedText repair_damaged_runs(std::string text);

}  // namespace glossgraph
