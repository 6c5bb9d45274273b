#pragma once
// The choice among the repairs of one damaged run (internal to damaged_runs.hpp): each way
// of pairing its bytes again, scored by the character bigram model (damage_model.hpp) and
// the character triples of reports (damage_trigrams.hpp).
#include "core/text/damage_lattice.hpp"
#include "core/text/damage_model.hpp"
#include "core/text/damage_scan.hpp"

#include <limits>
#include <optional>
#include <string>

namespace glossgraph::damage_choice {

struct Choice {
    std::u32string text;   // the repaired run: full-width forms folded as the page folded them
    std::size_t end = 0;   // index in the line just after the run
    double score = 0;      // log-probability of the text with the characters around it (mixed)
    double written_score = 0;  // the same for the run as written
    // The same for the likeliest other reading of the run (another character at one place
    // at least, or another end); -infinity when the bytes allow no other.
    double runner_up = -std::numeric_limits<double>::infinity();
    bool lost_byte = false;  // its end swallowed a byte of the page (RunEnd::lost_byte)
};

// The best repair of the run, when one exists whose every restored character is common
// (damage_model::is_common) and which the model prefers to the run as written, given the
// report's own evidence (its script; in the second pass its pairs as well).
// cache keeps what one text's runs share (damage_lattice::OptionCache).
std::optional<Choice> choose(const std::u32string& line, const damage_scan::RunShape& shape,
                             const damage_model::LocalPairs& local, damage_lattice::OptionCache& cache);

// A reading's score mixes the pair model's log P (the lattice's, which proposes the best
// reading of each end and every other within damage_lattice::kNear of it) with the triples'
// (damage_trigrams.hpp) log-linearly: (1 - w) log P_pairs + w log P_triples.
inline constexpr double kTrigramWeight = 0.7;

// The odds a repair must have against every other reading to be kept (log 3.5, 33 to 1):
// below them the run stays as written, flagged, rather than risk a wrong repair.
inline constexpr double kConfidentMargin = 3.5;

// True when choice beats its runner-up by kConfidentMargin and gives back every byte the
// page lost.
inline bool is_confident(const Choice& choice) {
    return !choice.lost_byte && choice.score - choice.runner_up >= kConfidentMargin;
}

}  // namespace glossgraph::damage_choice
