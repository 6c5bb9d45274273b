#pragma once
// Brings the links of a store up to date with what imports changed: relations between
// terms, and mentions of terms in report bodies. Only the new work is done: bodies of
// reports not yet linked are scanned for every known term; bodies already linked are
// scanned only for terms not yet scanned; relations are recomputed only for terms whose
// definitions changed. One transaction: an interrupted link leaves the previous links and
// is finished by the next run.
//
// A mention is an occurrence of a term's key, or of a variant form (the key without a
// generic suffix: 放管服 for “放管服”改革), in the key form of a body (simplified, width-folded,
// without quotes, brackets and spaces), never in a glossary. It is strong when quoted (“…”)
// or followed by a footnote marker in the same phrase (see marker_window); it is anchored when
// that marker is the report's own footnote for the term. A bare occurrence of a short form (three characters or
// fewer) counts only where it stands as a word, that is, when the character before or the
// one after it is not a Han character: 标准地 in 高标准地推进 is not a mention.
#include "core/link/link_store.hpp"

namespace glossgraph {

struct LinkSummary {
    int reports_scanned = 0;     // new reports, scanned for every term
    int reports_rescanned = 0;   // older reports, scanned for new terms only
    int new_terms = 0;           // terms no body had been scanned for
    int terms_related = 0;       // terms whose relations were recomputed
    int relations = 0;           // relations written
    int mentions = 0;            // (report, term) mentions written
    bool relinked = false;       // the database had been linked by other rules: all linked again
};

// Shortest form that counts as a mention without being quoted, marked or a word by itself.
constexpr std::size_t short_form_length = 3;
// Stems shorter than this are not searched as variant forms (they match everywhere).
constexpr std::size_t min_stem_length = 3;
// A footnote marker may follow a mention after at most this many more characters of the
// same phrase (a suffix such as 改革 or 试点, another quoted term) and still explain it.
constexpr std::size_t marker_window = 6;
// How many occurrence offsets a mention keeps.
constexpr std::size_t kept_offsets = 5;

// The version of the rules above and of the variant rules (variants.hpp). Bump it with any
// change that alters which mentions or relations are found: the next import into a database
// linked by older rules links everything again.
constexpr int link_rules_version = 3;  // 3: a numeral pattern of more than 100 terms relates none of them

// rules_version other than link_rules_version: for tests of a change of rules.
// When the store has no links to make (LinkStore::has_links_to_make), nothing is written and
// the summary is all zeros.
// Throws store_error for the database's failures and, when memory runs out, error saying so
// and what linking was doing ("out of memory while linking (finding relations among 1000000
// terms); nothing was linked"); either way nothing of this link is kept.
LinkSummary link(LinkStore& store, int rules_version = link_rules_version);

}  // namespace glossgraph
