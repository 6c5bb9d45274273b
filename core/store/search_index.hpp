#pragma once
// What the search index (entry_search, FTS5 with the trigram tokenizer) holds of each entry,
// and how a word too short for a trigram is still found through it. Private to the store
// module.
//
// Each column holds the key text (term_key, to_key_text) followed by one end mark, U+0001,
// which no key text holds (schema version 10). Every two characters of a text therefore begin
// a trigram of the index, the last two included ("生态" at the end of 绿色生态 begins
// "生态\x01"), so a two-character word is the OR of the indexed trigrams that begin with it:
// a range of the index's vocabulary (fts5vocab), not a scan of every entry.
#include <string>
#include <string_view>

namespace glossgraph::search_index {

inline constexpr char end_mark = '\x01';

// A column as the index holds it.
inline std::string column(std::string_view key_text) {
    std::string text(key_text);
    text.push_back(end_mark);
    return text;
}

}  // namespace glossgraph::search_index
