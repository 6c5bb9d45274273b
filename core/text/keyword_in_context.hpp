#pragma once
// Finding words in a text by their key form, and showing them in context: what search
// highlights and what `mentions --context` prints. A word is matched as term_key() sees it
// (either script, any width, quotes, brackets and spaces ignored), so 生态 finds 生態 and
// 放管服改革 finds “放管服”改革; the match is reported as the bytes of the text as written.
#include "core/text/normalize.hpp"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

// Bytes [begin, end) of a text as written.
struct TextSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
    friend bool operator==(const TextSpan&, const TextSpan&) = default;
};

// Every occurrence of each word (given in key form: term_key(word); empty words are ignored)
// in text, as spans of the text as written, sorted, overlapping and touching spans merged. A
// span starts at the first character of the match and ends after its last, so quotes
// ignored inside a match are in it and those around it are not. `keyed` is scratch space
// reused between calls (to_key_text's). text must be well-formed UTF-8.
std::vector<TextSpan> find_words(std::string_view text, std::span<const std::string> word_keys, KeyedText& keyed);

// True when every non-empty word occurs in text (by key form); false when no word is non-empty.
bool has_all_words(std::string_view text, std::span<const std::string> word_keys, KeyedText& keyed);

// A match with up to `width` characters (code points) of the text either side, cut at line
// breaks on neither side (they become spaces) and trimmed of white space at its outer ends.
struct Context {
    std::string before;
    std::string match;
    std::string after;
    bool cut_before = false;  // text precedes `before`
    bool cut_after = false;   // text follows `after`
};
Context context_of(std::string_view text, TextSpan match, std::size_t width);

// One line of text for a table cell or a terminal: line breaks, tabs and other white space
// runs become one space.
std::string one_line(std::string_view text);

}  // namespace glossgraph
