#pragma once
// Traditional -> Simplified conversion with tables derived once, at build time, from ICU's
// "Traditional-Simplified" transliterator (see t2s_table_gen.cpp): a character table plus
// ICU's ~1000 phrase rules. They give the same result as ICU's transliterator, some 40 times
// faster (bench/text_bench.cpp: ~300 MB/s against ~7 MB/s).
#include "core/model.hpp"

#include <string>
#include <string_view>

namespace glossgraph {

// Converts text as ICU's Traditional-Simplified transliterator does: at each position a
// phrase rule applies when one matches (顯著 -> 显著, 乾坤 stays 乾坤, 巡察 -> 巡查),
// else the character's one-character simplified form (著 -> 着, 區 -> 区, 「 -> “).
// Simplified characters, punctuation and Latin are copied unchanged, and so are bytes
// that are not well-formed UTF-8. One linear pass; no ICU call.
std::string to_simplified(std::string_view text);

// Text in Traditional script as ICU's Simplified-Traditional transliterator writes it (区 ->
// 區, 三线一单 -> 三線一單): one reading of text that has several (发 is 發 or 髮), for showing a
// form the corpus never wrote, not for identity. Calls ICU (some MB/s); thread-safe (one
// transliterator per thread). Throws error when ICU's data lacks the transliterator.
std::string to_traditional(std::string_view text);

// The one-character simplified form of cp (cp itself when it has none); no phrase context.
char32_t simplified_char(char32_t cp);

// The script cp belongs to alone: traditional for a character with a different simplified
// form (區), simplified for a simplified form that is not a traditional character as well
// (区, 后), unknown for the rest (面, 台, punctuation, Latin).
Script script_of(char32_t cp);

// Counts traditional-specific characters (those with a different simplified form) and
// simplified-specific ones (simplified forms that are not traditional characters as well:
// 区 and 后 count, 面 and 台 do not). Simplified when the latter outnumber the former,
// traditional when the reverse holds, unknown when neither appears or the counts are equal.
Script detect_script(std::string_view text);

// The BCP 47 tag of Chinese text, for exports that tag their text (RDF, TBX): "zh-Hant" when
// detect_script finds it traditional, "zh-Hans" when simplified, and for text of neither
// (放管服, R&D) the tag of `fallback` (its report's script, say), "zh-Hans" when that is unknown.
std::string_view language_tag(std::string_view text, Script fallback);

}  // namespace glossgraph
