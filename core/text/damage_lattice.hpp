#pragma once
// The lattice of one damaged run's repairs (internal to damage_choice.hpp): at each place of
// the run, the characters its bytes may pair into, and the best path through them under the
// character bigram model (damage_model.hpp), with the best path that differs from it.
#include "core/text/damage_model.hpp"

#include <limits>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace glossgraph::damage_lattice {

// What may stand at one place of the repaired run: a character of bytes lead x trail, or two
// characters around a pair the page lost (lead x, y trail, where x y reads as no character).
struct Place {
    std::vector<unsigned> leads;
    std::vector<unsigned> trails;
    std::string pinyin;  // the last character must read so ("": no constraint)
};

// One path through a lattice: its text and its log P.
struct Path {
    std::u32string text;
    double score = -std::numeric_limits<double>::infinity();
};

struct Scored {
    double score = -std::numeric_limits<double>::infinity();  // -inf: no path
    std::u32string text;
    double runner_up = -std::numeric_limits<double>::infinity();  // the best path with another text
    // The best path through each option of each place that scores within kNear of the best
    // (and through the runner-up's option, however far), each text once, the best's left
    // out, likeliest first: the readings a second model may rank otherwise.
    std::vector<Path> near;
};

// How far below the best path (log odds) a path is still among Scored::near.
inline constexpr double kNear = 6.0;

// The characters that may stand at one place, each once: common ones only (damage_model::
// is_common) of the report's script (LocalPairs::fits_script), reading as place.pinyin when
// it is set; a lost pair is tried only where the bytes around it are few, and then the
// likeliest ones. A lost pair costs nothing more than the character it adds: the bytes, not
// chance, decide where the page lost one (a trail FE before a lead A1..FE always makes a
// user-defined pair), and the model already charges the extra character.
struct Option {
    std::u32string chars;
};
std::vector<Option> options(const Place& place, const damage_model::LocalPairs& local);

// The options of the places asked for: a run's places recur in each of its possible ends,
// in both passes and in other texts (the same characters damaged alike: the place of every
// "?!“" is the same), and options are a pure function of the place and the script, which is
// the key. Each thread keeps one; all of them share what any has derived (the import's
// worker threads are new for each batch of files), under a lock. A reference of() returns
// stays valid until this cache's forget_if_over().
class OptionCache {
public:
    const std::vector<Option>& of(const Place& place, const damage_model::LocalPairs& local);
    // Forgets every place when more than `places` are kept (call between texts).
    void forget_if_over(std::size_t places);

private:
    std::unordered_map<std::string, std::shared_ptr<const std::vector<Option>>> known_;
    std::string key_;
};

// The scores of the pairs of options of two places, kept while the report's evidence stays
// the same (one choice among a run's ends: they share every place but the last), for option
// lists from one OptionCache (it is their address that is looked up).
class EdgeCache {
public:
    // The scores [o * to.size() + n] from each option o of `from` to each n of `to`.
    const double* of(std::span<const Option> from, std::span<const Option> to, const damage_model::LocalPairs* local);

private:
    struct Edges {
        const Option* from;
        const Option* to;
        std::vector<double> scores;
    };
    std::vector<Edges> known_;
};

// log P of text after `before` (0: nothing before).
double chain(char32_t before, const std::u32string& text, const damage_model::LocalPairs* local);

// The best sequence of options, one per place, between the character before the run and the
// tail after it (Viterbi), and the best sequence that differs from it at one place at least
// (the largest max-marginal off the best path). No path when a place has no option.
// local is the report's evidence, never null; cache, when given, keeps the options of places
// for the next call, and edges, when given with it, the scores of their pairs for the next
// call with the same local.
Scored best_sequence(char32_t before, const std::vector<Place>& run, const std::u32string& tail,
                     const damage_model::LocalPairs* local, OptionCache* cache = nullptr, EdgeCache* edges = nullptr);

}  // namespace glossgraph::damage_lattice
