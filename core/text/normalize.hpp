#pragma once
// Normalisation for matching. The text as written is always kept for display;
// these forms are only for comparing and for identity.
#include <string>
#include <string_view>
#include <cstdint>
#include <vector>

namespace glossgraph {

// Folds width for matching: the full-width ASCII forms U+FF01..U+FF5E become ASCII (digits,
// letters, and the full-width punctuation of that block: '（' '）' '：' '，' '；' '？'),
// the full-width signs U+FFE0..U+FFE6 (￥ ￡ ...) become their NFKC forms, and U+3000 and
// every other non-ASCII Unicode space becomes ' '. Everything else is kept: CJK punctuation
// outside that block ('、' '。' '“' '《' '【'), half-width katakana, and ASCII white space.
// Bytes that are not well-formed UTF-8 are copied unchanged.
std::string fold_width(std::string_view text);

// The identity of a term: width-folded, Traditional->Simplified (to_simplified), lower-case
// (Latin and other cased scripts), with quotes (“”‘’"'「」『』《》〈〉〝〞«»), brackets
// ((){}[]【】〔〕〖〗〘〙 and their full-width forms), all white space, zero-width characters,
// bidirectional controls (U+200E, U+200F, U+202A..U+202E, U+2066..U+2069, U+061C), C0 and C1
// controls and DEL, and damage markers ('?', U+FFFD, ill-formed bytes) removed. “四个最严” and 四個最嚴 have one
// key: 四个最严. An empty key means the term held nothing but such characters.
std::string term_key(std::string_view term);

// A text in key form (what term_key does to a term, done to a whole text) together with
// where each byte of it came from, so a match found in the key form can be located, and
// its surroundings inspected, in the text as written.
struct KeyedText {
    std::string text;                 // the key form
    std::vector<std::uint32_t> origin;  // origin[i]: byte offset in the original of text[i]'s character;
                                      // origin[text.size()] is the original's size
};

// The key form of a whole text (a report body), linear in its length: one pass over its
// code points, term_key's conversion done to each. The original must be well-formed UTF-8 and
// under 4 GiB.
KeyedText to_key_text(std::string_view text);
// The same into keyed, whose buffers are reused (their old content is replaced), so that one
// KeyedText can serve many texts without allocating again.
void to_key_text(std::string_view text, KeyedText& keyed);

// Removes leading and trailing white space (Unicode White_Space: ASCII space and controls
// \t\n\v\f\r, U+3000, U+00A0, U+2000..U+200A, ...). The result views text.
std::string_view trim(std::string_view text);

// Removes every white space character (as trim understands it) from text.
std::string remove_spaces(std::string_view text);

}  // namespace glossgraph
