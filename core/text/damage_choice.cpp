#include "core/text/damage_choice.hpp"

#include "core/text/damage_lattice.hpp"

#include <algorithm>

namespace glossgraph::damage_choice {
namespace {

using damage_scan::RunEnd;
using damage_scan::RunShape;

constexpr std::size_t kTail = 3;  // characters after the run that score it too
constexpr double kNone = -std::numeric_limits<double>::infinity();

std::vector<damage_lattice::Place> places(const RunShape& shape, const RunEnd& end) {
    if (end.body.empty()) return {{shape.leads, end.trails, end.pinyin}};
    std::vector<damage_lattice::Place> out{{shape.leads, {end.body.front().first}, ""}};
    for (std::size_t i = 1; i < end.body.size(); ++i) out.push_back({{end.body[i - 1].second}, {end.body[i].first}, ""});
    out.push_back({{end.body.back().second}, end.trails, end.pinyin});
    return out;
}

// The characters from `at` that score a reading, annotations left out, up to markup (a
// separator the page left visible, or the rest of one whose '<' a '?' swallowed, is no text):
// every reading of a run is scored over the same stretch.
std::u32string tail_of(const std::u32string& line, std::size_t at, std::size_t horizon) {
    std::u32string out;
    while (at < line.size() && at < horizon + kTail && damage_scan::after_markup(line, at) == at) {
        const std::size_t annotation = line[at] == '(' ? damage_scan::pinyin_at(line, at + 1) : 0;
        if (annotation != 0) {
            at += annotation + 2;
            continue;
        }
        out.push_back(line[at++]);
    }
    return out;
}

std::u32string folded(std::u32string text) {
    for (char32_t& c : text)
        if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
    return text;
}

// What the line reads from the run's start to the horizon with this end's repair: two ends
// whose readings agree are one answer, not rivals.
std::u32string reading(const std::u32string& line, const std::u32string& text, std::size_t end, std::size_t horizon) {
    return text + line.substr(end, horizon > end ? horizon - end : 0);
}

}  // namespace

std::optional<Choice> choose(const std::u32string& line, const RunShape& shape, const damage_model::LocalPairs& evidence,
                             damage_lattice::OptionCache& cache) {
    const damage_model::LocalPairs* local = &evidence;
    if (shape.ends.empty() || shape.leads.empty()) return std::nullopt;
    std::size_t horizon = 0;
    for (const RunEnd& end : shape.ends) horizon = std::max(horizon, end.end);
    const char32_t before = damage_scan::char_before(line, shape.start);
    const double written = damage_lattice::chain(before, tail_of(line, shape.start, horizon), local);
    std::optional<Choice> best;
    std::u32string best_reading;
    std::vector<std::pair<double, std::u32string>> others;  // the best of every other end
    damage_lattice::EdgeCache edges;  // the ends share their places but the last
    for (const RunEnd& end : shape.ends) {
        const damage_lattice::Scored found =
            damage_lattice::best_sequence(before, places(shape, end), tail_of(line, end.end, horizon), local, &cache, &edges);
        if (found.score == kNone) continue;
        Choice choice{folded(found.text) + end.suffix, end.end, found.score, written, found.runner_up, end.lost_byte};
        std::u32string read = reading(line, choice.text, end.end, horizon);
        if (best && found.score <= best->score) {
            others.emplace_back(found.score, std::move(read));
            continue;
        }
        if (best) others.emplace_back(best->score, best_reading);
        best = std::move(choice);
        best_reading = std::move(read);
    }
    if (!best || best->score <= written) return std::nullopt;
    for (const auto& [score, read] : others)
        if (read != best_reading) best->runner_up = std::max(best->runner_up, score);
    return best;
}

}  // namespace glossgraph::damage_choice
