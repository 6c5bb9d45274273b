#include "core/text/damage_lattice.hpp"

#include "core/text/gbk_pairs.hpp"

#include <algorithm>
#include <cstddef>
#include <deque>
#include <mutex>
#include <span>

namespace glossgraph::damage_lattice {
namespace {

constexpr std::size_t kMaxGapSide = 4;  // a lost pair is looked for only next to a known byte
constexpr std::size_t kMaxGaps = 12;    // the likeliest lost pairs kept at one place
constexpr std::size_t kMaxSingles = 48;  // the likeliest single characters kept at one place
constexpr double kNone = -std::numeric_limits<double>::infinity();

bool fits(char32_t cp, const std::string& pinyin, const damage_model::LocalPairs& local) {
    return cp != 0 && damage_model::is_common(cp) && local.fits_script(cp) &&
           (pinyin.empty() || damage_model::reads_as(cp, pinyin));
}

double inner(const std::u32string& chars, const damage_model::LocalPairs* local) {
    double sum = 0;
    for (std::size_t i = 1; i < chars.size(); ++i) sum += damage_model::log_probability(chars[i - 1], chars[i], local);
    return sum;
}

// (byte, character, P(character)) of one side of a lost pair.
struct SideChar {
    unsigned byte;
    char32_t character;
    double probability;
};

std::vector<SideChar> side(const std::vector<unsigned>& fixed, bool fixed_is_lead, const std::string& pinyin,
                           const damage_model::LocalPairs& local) {
    std::vector<SideChar> out;
    if (!pinyin.empty() && !fixed_is_lead) {  // the characters that read so, not every pair
        for (char32_t cp : damage_model::reading_as(pinyin)) {
            const auto bytes = gbk::encode(cp);
            if (!bytes || std::find(fixed.begin(), fixed.end(), bytes->second) == fixed.end()) continue;
            if (fits(cp, "", local)) out.push_back({bytes->first, cp, damage_model::probability(cp)});
        }
        return out;
    }
    for (unsigned free = 0x81; free <= 0xFE; ++free)
        for (unsigned known : fixed) {
            const char32_t cp = fixed_is_lead ? gbk::decode(known, free) : gbk::decode(free, known);
            if (fits(cp, pinyin, local)) out.push_back({free, cp, damage_model::probability(cp)});
        }
    return out;
}

// Two characters around a pair the page lost: (a, x) and (y, b) where (x, y) reads as none.
// The kMaxGaps likeliest by their own frequencies are kept (the lattice then scores them in
// context), so that a place costs a few hundred products, not a pair lookup each.
void add_gaps(const Place& place, const damage_model::LocalPairs& local, std::vector<Option>& out) {
    if (place.leads.size() > kMaxGapSide || (place.trails.size() > kMaxGapSide && place.pinyin.empty())) return;
    const std::vector<SideChar> left = side(place.leads, true, "", local);
    const std::vector<SideChar> right = side(place.trails, false, place.pinyin, local);
    struct Gap {
        double probability;
        char32_t first, second;
        bool operator<(const Gap& other) const {  // likeliest first, then as the characters go
            if (probability != other.probability) return probability > other.probability;
            return first != other.first ? first < other.first : second < other.second;
        }
    };
    std::vector<Gap> gaps;
    for (const SideChar& first : left)
        for (const SideChar& second : right)
            if (gbk::decode(first.byte, second.byte) == 0)
                gaps.push_back({first.probability * second.probability, first.character, second.character});
    const auto keep = std::min(gaps.size(), kMaxGaps);
    std::partial_sort(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(keep), gaps.end());
    for (std::size_t i = 0; i < keep; ++i) out.push_back({std::u32string{gaps[i].first, gaps[i].second}});
}

struct Lattice {
    std::deque<std::vector<Option>> owned;      // options computed for this lattice alone (no cache)
    std::vector<std::span<const Option>> options;
    std::vector<std::vector<double>> own;       // each option's own score: its inner pairs
    std::deque<std::vector<double>> owned_edges;  // edges scored for this lattice alone (no cache)
    std::vector<const double*> edges;           // [k][o * size(k + 1) + n]: from option o at k to n at k + 1
    std::vector<std::vector<double>> forward;   // the best prefix ending in the option
    std::vector<std::vector<double>> backward;  // the best rest after the option, tail included

    double edge(std::size_t k, std::size_t o, std::size_t n) const { return edges[k][o * options[k + 1].size() + n]; }
};

// Each pair of options at adjacent places scored once: forward, backward and the best path
// read them all.
void score_edges(std::span<const Option> from, std::span<const Option> to, const damage_model::LocalPairs* local,
                 std::vector<double>& out) {
    out.resize(from.size() * to.size());
    std::vector<damage_model::Second> fronts;
    for (const Option& option : to) fronts.push_back(damage_model::second_of(option.chars.front()));
    for (std::size_t o = 0; o < from.size(); ++o) {
        const damage_model::Followers after(from[o].chars.back(), local);
        for (std::size_t n = 0; n < to.size(); ++n) out[o * to.size() + n] = after.log_probability(fronts[n]);
    }
}

void score_edges(Lattice& l, const damage_model::LocalPairs* local, EdgeCache* cache) {
    for (std::size_t k = 0; k + 1 < l.options.size(); ++k) {
        if (cache != nullptr) {
            l.edges.push_back(cache->of(l.options[k], l.options[k + 1], local));
            continue;
        }
        score_edges(l.options[k], l.options[k + 1], local, l.owned_edges.emplace_back());
        l.edges.push_back(l.owned_edges.back().data());
    }
}

void run_forward(Lattice& l, char32_t before, const damage_model::LocalPairs* local) {
    for (std::size_t k = 0; k < l.options.size(); ++k) {
        l.forward.emplace_back(l.options[k].size(), kNone);
        for (std::size_t o = 0; o < l.options[k].size(); ++o) {
            double from = before != 0 ? damage_model::log_probability(before, l.options[k][o].chars.front(), local) : 0;
            if (k > 0) {
                from = kNone;
                for (std::size_t s = 0; s < l.options[k - 1].size(); ++s) from = std::max(from, l.forward[k - 1][s] + l.edge(k - 1, s, o));
            }
            l.forward[k][o] = l.own[k][o] + from;
        }
    }
}

// The best step from option o at place k to place k + 1: its score and the option taken.
std::pair<double, std::size_t> best_step(const Lattice& l, std::size_t k, std::size_t o) {
    std::pair<double, std::size_t> best{kNone, 0};
    for (std::size_t n = 0; n < l.options[k + 1].size(); ++n) {
        const double value = l.edge(k, o, n) + l.own[k + 1][n] + l.backward[k + 1][n];
        if (value > best.first) best = {value, n};
    }
    return best;
}

// The best path through option o at place k: its best prefix (each place before taken by the
// best step into the next), then best_step onwards.
std::u32string path_through(const Lattice& l, std::size_t k, std::size_t o) {
    std::vector<std::size_t> at(l.options.size());
    at[k] = o;
    for (std::size_t before = k; before-- > 0;) {
        double best = kNone;
        for (std::size_t s = 0; s < l.options[before].size(); ++s) {
            const double value = l.forward[before][s] + l.edge(before, s, at[before + 1]);
            if (value > best) best = value, at[before] = s;
        }
    }
    for (std::size_t next = k; next + 1 < l.options.size(); ++next) at[next + 1] = best_step(l, next, at[next]).second;
    std::u32string text;
    for (std::size_t place = 0; place < l.options.size(); ++place) text.append(l.options[place][at[place]].chars);
    return text;
}

// Scored::near of a lattice whose best path is best.
std::vector<Path> near_paths(const Lattice& l, const Scored& best) {
    std::vector<Path> out;
    for (std::size_t k = 0; k < l.options.size(); ++k) {
        for (std::size_t o = 0; o < l.options[k].size(); ++o) {
            const double value = l.forward[k][o] + l.backward[k][o];
            if (value < best.score - kNear && value < best.runner_up) continue;
            std::u32string text = path_through(l, k, o);
            if (text == best.text || std::any_of(out.begin(), out.end(), [&](const Path& p) { return p.text == text; })) continue;
            out.push_back({std::move(text), value});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Path& a, const Path& b) { return a.score > b.score; });
    return out;
}

void run_backward(Lattice& l, const std::u32string& tail, const damage_model::LocalPairs* local) {
    l.backward.assign(l.options.size(), {});
    for (std::size_t k = l.options.size(); k-- > 0;) {
        l.backward[k].assign(l.options[k].size(), kNone);
        for (std::size_t o = 0; o < l.options[k].size(); ++o) {
            l.backward[k][o] = k + 1 == l.options.size() ? chain(l.options[k][o].chars.back(), tail, local) : best_step(l, k, o).first;
        }
    }
}

}  // namespace

std::vector<Option> options(const Place& place, const damage_model::LocalPairs& local) {
    std::vector<std::pair<double, char32_t>> single;
    for (unsigned a : place.leads)
        for (unsigned b : place.trails)
            if (const char32_t cp = gbk::decode(a, b); fits(cp, place.pinyin, local)) single.push_back({-damage_model::probability(cp), cp});
    // A byte the page swallowed leaves a hundred characters; the rare ones never win in context.
    const auto keep = std::min(single.size(), kMaxSingles);
    std::partial_sort(single.begin(), single.begin() + static_cast<std::ptrdiff_t>(keep), single.end());
    std::vector<Option> out;
    for (std::size_t i = 0; i < keep; ++i) out.push_back({std::u32string(1, single[i].second)});
    add_gaps(place, local, out);
    std::stable_sort(out.begin(), out.end(), [](const Option& a, const Option& b) { return a.chars < b.chars; });
    out.erase(std::unique(out.begin(), out.end(), [](const Option& a, const Option& b) { return a.chars == b.chars; }), out.end());
    return out;
}

double chain(char32_t before, const std::u32string& text, const damage_model::LocalPairs* local) {
    double sum = 0;
    for (char32_t c : text) {
        if (before != 0) sum += damage_model::log_probability(before, c, local);
        before = c;
    }
    return sum;
}

namespace {

// What every thread's OptionCache has derived, bounded like each of them.
class SharedOptions {
public:
    using Options = std::shared_ptr<const std::vector<Option>>;

    Options find(const std::string& key) {
        const std::lock_guard lock(mutex_);
        const auto found = known_.find(key);
        return found != known_.end() ? found->second : nullptr;
    }
    void add(const std::string& key, Options options, std::size_t bound) {
        const std::lock_guard lock(mutex_);
        if (known_.size() >= bound) known_.clear();  // the threads keep what they hold
        known_.emplace(key, std::move(options));
    }

private:
    std::mutex mutex_;
    std::unordered_map<std::string, Options> known_;
};

SharedOptions& shared_options() {
    static SharedOptions shared;
    return shared;
}

constexpr std::size_t kSharedPlaces = 20000;  // a place's options take about a kilobyte

}  // namespace

const std::vector<Option>& OptionCache::of(const Place& place, const damage_model::LocalPairs& local) {
    key_.assign(1, static_cast<char>(local.script));
    for (const auto* bytes : {&place.leads, &place.trails}) {
        for (unsigned byte : *bytes) key_.push_back(static_cast<char>(byte));
        key_.push_back('\0');
    }
    key_.append(place.pinyin);
    const auto found = known_.find(key_);
    if (found != known_.end()) return *found->second;
    SharedOptions::Options derived = shared_options().find(key_);
    if (!derived) {  // derived outside the lock: two threads may both derive it, alike
        derived = std::make_shared<const std::vector<Option>>(options(place, local));
        shared_options().add(key_, derived, kSharedPlaces);
    }
    return *known_.emplace(key_, std::move(derived)).first->second;
}

const double* EdgeCache::of(std::span<const Option> from, std::span<const Option> to, const damage_model::LocalPairs* local) {
    for (const Edges& known : known_)
        if (known.from == from.data() && known.to == to.data()) return known.scores.data();
    known_.push_back({from.data(), to.data(), {}});
    score_edges(from, to, local, known_.back().scores);
    return known_.back().scores.data();  // a vector's buffer stays where it is when known_ grows
}

void OptionCache::forget_if_over(std::size_t places) {
    if (known_.size() > places) known_.clear();
}

Scored best_sequence(char32_t before, const std::vector<Place>& run, const std::u32string& tail,
                     const damage_model::LocalPairs* local, OptionCache* cache, EdgeCache* edges) {
    Lattice l;
    for (const Place& place : run) {
        if (cache != nullptr) l.options.emplace_back(cache->of(place, *local));
        else l.options.emplace_back(l.owned.emplace_back(options(place, *local)));
        if (l.options.back().empty()) return {};
        l.own.emplace_back();
        for (const Option& option : l.options.back()) l.own.back().push_back(inner(option.chars, local));
    }
    score_edges(l, local, cache != nullptr ? edges : nullptr);
    run_forward(l, before, local);
    run_backward(l, tail, local);
    Scored best;
    std::size_t at = 0;
    for (std::size_t o = 0; o < l.options[0].size(); ++o) {
        const double value = l.forward[0][o] + l.backward[0][o];
        if (value > best.score) best.score = value, at = o;
    }
    for (std::size_t k = 0; k < l.options.size(); ++k) {
        best.text.append(l.options[k][at].chars);
        for (std::size_t o = 0; o < l.options[k].size(); ++o)
            if (o != at) best.runner_up = std::max(best.runner_up, l.forward[k][o] + l.backward[k][o]);
        if (k + 1 < l.options.size()) at = best_step(l, k, at).second;
    }
    best.near = near_paths(l, best);
    return best;
}

}  // namespace glossgraph::damage_lattice
