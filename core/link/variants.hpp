#pragma once
// Relations between terms that their keys and definitions reveal: variants of one term
// and references from one definition to another term. Pure functions over term data; the
// store decides what to recompute (only what an import changed).
#include "core/model.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

// What the rules need of one term.
// Every stem of key: key minus one of the generic suffixes of variant_suffix, at least
// min_characters long, longest stem first ("放管服改革" -> {"放管服"}). Mentions of a stem
// count as mentions of the term, as a variant.
std::vector<std::string> generic_stems(std::string_view key, std::size_t min_characters);

struct TermFacts {
    std::string key;                       // normalised key (core/text/normalize.hpp term_key)
    std::vector<std::string> definitions;  // its definitions as written, any script
};

struct TermRelation {
    std::size_t from;   // index into the terms given
    std::size_t to;
    RelationKind kind;
    std::string rule;   // human-readable evidence: "suffix 改革", "numeral 两=二", "即“千村示范、万村整治”工程", "names 专精特新, stem of 专精特新企业"
    std::size_t evidence_definition = 0;  // for expansion / refers_to: index into terms[from].definitions
};

// The expansion a definition opens with, as a key (term_key), or nothing. The definition,
// after leading white space and an optional 是指, 就是 or 指, must start with 即 and a quoted
// text (“…”, 「…」, 『…』, ‘…’ or "…"); the expansion is the quoted text plus the tail that
// follows the closing quote up to the first punctuation mark, white space, quote, bracket or
// 的, when that tail is at most 4 characters (工程, 专项行动); a longer tail is a clause and is
// left out. 即“千村示范、万村整治”工程。… gives 千村示范、万村整治工程. Nothing when the key of
// the expansion is shorter than 2 characters or no closing quote follows.
std::optional<std::string> expansion_of(std::string_view definition);

// Relations among `terms` in which at least one side is listed in `changed` (indices into
// terms; all of them for a full recompute; duplicates are harmless; an index not below
// terms.size() throws std::out_of_range). Terms with an empty key take part in nothing, and
// two terms with the same key are never related. "Characters" are code points of the key.
//
// variant_suffix: key A is key B plus one of the generic suffixes (改革 要求 工程 行动 机制
//   体系 模式 企业 制度 战略 理念 计划 活动 政策 建设 试点 专项行动 工作 工作法 原则 目标 任务
//   思想 精神 格局 路径), with B at least 2 characters. Rule "suffix 改革".
// variant_numeral: the keys differ but are equal once every numeral is replaced by its value
//   (〇零=0, 一壹=1, 二两贰=2, 三叁=3, 四肆=4, 五伍=5, 六陆=6, 七柒=7, 八捌=8, 九玖=9, ASCII
//   digits as themselves, 十拾 and a digit run that is exactly "10" = 十). Per character:
//   二十 and 20 are not matched. Rule "numeral 两=二" (the first runs of numerals that differ).
// family: the keys are equal once every run of numerals that counts is replaced by one
//   placeholder, have at least 2 other characters, and differ after the numeral replacement
//   above (三品一标, 两品一标; 十三五规划, 十四五规划; not 三线一单, 三区三线). A number written
//   digit by digit with more than two digits or a leading zero, in either script, is a code
//   or a year, not a count, and stays as written (03专项行动 and 491专项行动, 二〇三五年目标
//   and 二〇五〇年目标 are no family). Not a variant.
//   Rule "count 三≠两".
// variant_numeral and family: terms that share one numeral form, or one pattern, with more
//   than kMaxNumeralGroup (100) others are a numbering scheme (术语一 … 术语九十九), not
//   variants or a family, and are related to none of them: otherwise the relations would
//   grow with the square of the terms (3,000 numbered terms made 4.5 million pairs).
// variant_expansion: directed, from the term whose definition (evidence_definition) has an
//   expansion_of() equal to the other term's key. Rule: the 即“…”… text as written.
// refers_to: directed. Each definition of A is put in key form (term_key) and scanned
//   leftmost-longest for names: every key of at least 3 characters, and every stem (a key
//   minus a generic suffix) of at least 4 characters that is not itself a key. At each
//   position the longest name wins and the scan resumes after it, so a name inside a longer
//   name found at the same place does not count. A name that is A's own key or stem gives
//   nothing; otherwise A refers_to every term with that key, or with that stem (“专精特新”中小
//   企业 names 专精特新, the stem of 专精特新企业). No refers_to between two terms that are
//   variants of each other. Rule "names 放管服改革" or "names 专精特新, stem of 专精特新企业".
//
// Each variant_suffix, variant_numeral or family pair is given once, from the lower index to
// the higher; variant_expansion and refers_to are directed and given once per (from, to),
// with the first definition (and first position) that shows them as evidence. Deterministic
// order: by from, then to, then kind. Cost: the keys, their stems and their numeral forms are
// indexed in hash maps (linear in their total size); every definition is scanned once for
// expansions and names (an unchanged definition may name a changed term), each position
// walking a trie at most as far as the longest name; plus the relations found, at most 100
// per term from numerals and counts. No pair of terms is compared blindly.
std::vector<TermRelation> find_relations(const std::vector<TermFacts>& terms, const std::vector<std::size_t>& changed);

}  // namespace glossgraph
