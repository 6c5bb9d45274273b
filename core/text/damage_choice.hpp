#pragma once
// The choice among the repairs of one damaged run (internal to damaged_runs.hpp): each way
// of pairing its bytes again, scored by the character bigram model (damage_model.hpp).
#include "core/text/damage_scan.hpp"

#include <optional>
#include <string>

namespace glossgraph::damage_choice {

struct Choice {
    std::u32string text;   // the repaired run: full-width forms folded as the page folded them
    std::size_t end = 0;   // index in the line just after the run
    double score = 0;      // log-probability of the text with the characters around it
    double written_score = 0;  // the same for the run as written
};

// The best repair of the run, when one exists whose every restored character is common
// (damage_model::is_common) and which the model prefers to the run as written.
std::optional<Choice> choose(const std::u32string& line, const damage_scan::RunShape& shape);

}  // namespace glossgraph::damage_choice
