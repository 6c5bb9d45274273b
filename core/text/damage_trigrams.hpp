#pragma once
// The character triples of reports (internal to damage_choice.hpp): where the pair model
// (damage_model.hpp) reads one character back, they read two, and tell apart readings whose
// pairs are alike (省（ and 小（ both begin clauses; only 小（二 is the start of 小(二)型).
// Derived at build time (damage_model_gen.cpp) from the corpus the pairs come from: the
// triples seen at least twice. Thread-safe.
#include "core/text/damage_model.hpp"

#include <string_view>

namespace glossgraph::damage_trigrams {

// log P(third | first second): the reports' count of the triple, absolutely discounted (0.75),
// over how often they show first second followed by anything, plus the share left over times
// the pair model's P(third | second) (damage_model::log_probability with local, never null
// unless no report evidence is meant). The pair model's value itself where the reports keep no
// triple of first second. Characters are width-folded and simplified first. Finite.
double log_probability(char32_t first, char32_t second, char32_t third, const damage_model::LocalPairs* local);

// log P of text after the characters `before` (their last two are read): each character given
// the two before it, the first given one alone (the pair model) when before holds one, and
// unscored when before is empty, as damage_lattice::chain scores it after before's last.
double chain(std::u32string_view before, std::u32string_view text, const damage_model::LocalPairs* local);

}  // namespace glossgraph::damage_trigrams
