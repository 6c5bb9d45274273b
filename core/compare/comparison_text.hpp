#pragma once
// The form in which definitions of one term are compared across regions, and how alike two
// definitions are in that form. The text as written is kept elsewhere for display.
#include "core/text/utf8.hpp"

#include <string>
#include <string_view>

namespace glossgraph {

// The comparison form of a definition, built in this order:
//  1. pinyin annotations are removed (strip_pinyin_annotations): 嚴(yán)謹 -> 嚴謹;
//  2. damage is removed: ASCII '?' and U+FFFD (a run of them is one damaged spot), bytes that
//     are not well-formed UTF-8, every run of Latin letters that carries a pinyin-only letter
//     (tone-marked vowels, ü, ê, ḿ, ń, ň, ǹ, combining tone marks: "shù", "biāo"), and a run of
//     lower-case letters right after a damage marker when it spells one pinyin syllable
//     ("?de)"): the residue of annotations whose '(' was lost. Last, a run of one or two ASCII
//     letters with no digit or letter attached that touches removed damage (directly or across
//     one parenthesis) goes too: the 'c' of "包c(diǎn)", the 'v' of "??v深", halves of
//     mis-decoded characters. Longer or mixed runs stay even next to damage (GDP, PM2.5, 5G,
//     "?app"), and so does any run away from it ("e政务"). The full-width '？' is a real
//     question mark, not damage (it goes in step 4 as punctuation);
//  3. width is folded (fold_width) and Traditional becomes Simplified (to_simplified);
//  4. punctuation, quotes, brackets, spaces and invisible characters are removed (Unicode
//     general categories P*, Z*, Cc, Cf), except a '.' between two ASCII digits, which is a
//     decimal point ("PM2.5" stays "PM2.5"), and the quantity signs % ‰ ‱ (5% is not 5).
//     Other symbols stay: "1+2", "AA+", "≥".
// Case is kept. Characters the damage replaced are lost, not recovered: 陵城区's
// "最嚴謹?shù)臉?biāo)準" becomes 最严谨脸准 where 罗江区 has 最严谨的标准. Mis-decoding leaves
// more than these rules catch: a stray Han character (脸 above) or a lone letter away from
// any damage marker ("耙惑w发展") stays, and costs an edit or two.
// The result is well-formed UTF-8; empty when the definition held nothing but the above.
std::string comparison_text(std::string_view definition);

// How alike two definitions are: 1 - d / n, where d is the Levenshtein distance between the
// code points of their comparison_text() forms and n the length of the longer one; 1.0 when
// both forms are empty, 0.0 when exactly one is. Symmetric, in [0, 1].
// Cost is O(n * m) time and O(min(n, m)) memory: two of 4,000 code points take 16 million
// steps, about 20 ms in a Release build, but a definition can be as long as a report (two of
// 40,000 took seconds). Anything shown to users should use bounded_edit_similarity()
// (bounded_diff.hpp), which is exact up to there and estimates beyond; bulk comparison against
// a threshold, the banded levenshtein_distance_within(), as group_readings() does.
double edit_similarity(std::string_view a, std::string_view b);

}  // namespace glossgraph
