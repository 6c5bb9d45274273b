#include "core/text/damage_choice.hpp"

#include "core/text/damage_lattice.hpp"
#include "core/text/damage_trigrams.hpp"

#include <algorithm>
#include <vector>

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

// The two characters before the run, annotations left out (fewer at the line's start).
std::u32string two_before(const std::u32string& line, std::size_t start) {
    std::u32string out;
    for (std::size_t at = start; out.size() < 2;) {
        const std::size_t index = damage_scan::index_before(line, at);
        if (index == std::u32string::npos) break;
        out.insert(out.begin(), line[index]);
        at = index;
    }
    return out;
}

// A reading's score: the pair model's log P of it (`pairs`, from the character before the
// run through the tail) and the triples' log P of the same characters, mixed log-linearly.
double mixed(double pairs, const std::u32string& before, const std::u32string& text_and_tail, const damage_model::LocalPairs* local) {
    return (1 - kTrigramWeight) * pairs + kTrigramWeight * damage_trigrams::chain(before, text_and_tail, local);
}

struct Candidate {
    Choice choice;
    std::u32string reading;  // what the line reads with it, up to the horizon
};

// The likeliest candidate, with the likeliest one that reads otherwise as its runner-up, when
// it beats the run as written.
std::optional<Choice> best_of(const std::vector<Candidate>& candidates, double written) {
    const auto best = std::max_element(candidates.begin(), candidates.end(),
                                       [](const Candidate& a, const Candidate& b) { return a.choice.score < b.choice.score; });
    if (best == candidates.end() || best->choice.score <= written) return std::nullopt;
    Choice out = best->choice;
    for (const Candidate& other : candidates)
        if (other.reading != best->reading) out.runner_up = std::max(out.runner_up, other.choice.score);
    return out;
}

}  // namespace

std::optional<Choice> choose(const std::u32string& line, const RunShape& shape, const damage_model::LocalPairs& evidence,
                             damage_lattice::OptionCache& cache) {
    const damage_model::LocalPairs* local = &evidence;
    if (shape.ends.empty() || shape.leads.empty()) return std::nullopt;
    std::size_t horizon = 0;
    for (const RunEnd& end : shape.ends) horizon = std::max(horizon, end.end);
    const std::u32string before = two_before(line, shape.start);
    const char32_t last = before.empty() ? 0 : before.back();
    const std::u32string written_tail = tail_of(line, shape.start, horizon);
    const double written = mixed(damage_lattice::chain(last, written_tail, local), before, written_tail, local);
    std::vector<Candidate> candidates;
    damage_lattice::EdgeCache edges;  // the ends share their places but the last
    for (const RunEnd& end : shape.ends) {
        const std::u32string tail = tail_of(line, end.end, horizon);
        const damage_lattice::Scored found = damage_lattice::best_sequence(last, places(shape, end), tail, local, &cache, &edges);
        if (found.score == kNone) continue;
        const auto add = [&](const std::u32string& text, double pairs) {
            Choice choice{folded(text) + end.suffix, end.end, mixed(pairs, before, text + tail, local), written, kNone, end.lost_byte};
            std::u32string read = reading(line, choice.text, end.end, horizon);
            candidates.push_back({std::move(choice), std::move(read)});
        };
        add(found.text, found.score);
        for (const damage_lattice::Path& path : found.near) add(path.text, path.score);
    }
    return best_of(candidates, written);
}

}  // namespace glossgraph::damage_choice
