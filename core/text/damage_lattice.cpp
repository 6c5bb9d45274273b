#include "core/text/damage_lattice.hpp"

#include "core/text/gbk_pairs.hpp"

#include <algorithm>
#include <cstddef>

namespace glossgraph::damage_lattice {
namespace {

constexpr double kGapPenalty = -3.0;    // log 0.05: a lost pair is rarer than none
constexpr std::size_t kMaxGapSide = 4;  // a lost pair is looked for only next to a known byte
constexpr std::size_t kMaxGaps = 24;    // the likeliest lost pairs kept at one place
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

// Two characters around a pair the page lost: (a, x) and (y, b) where (x, y) reads as none.
void add_gaps(const Place& place, const damage_model::LocalPairs& local, std::vector<Option>& out) {
    if (place.leads.size() > kMaxGapSide || (place.trails.size() > kMaxGapSide && place.pinyin.empty())) return;
    std::vector<std::pair<unsigned, char32_t>> right;  // (y, second character)
    for (unsigned y = 0x81; y <= 0xFE; ++y)
        for (unsigned b : place.trails)
            if (fits(gbk::decode(y, b), place.pinyin, local)) right.push_back({y, gbk::decode(y, b)});
    std::vector<Option> gaps;
    for (unsigned a : place.leads) {
        for (unsigned x = 0x81; x <= 0xFE; ++x) {
            const char32_t first = gbk::decode(a, x);
            if (!fits(first, "", local)) continue;
            for (const auto& [y, second] : right)
                if (gbk::decode(x, y) == 0) gaps.push_back({std::u32string{first, second}, inner({first, second}, nullptr)});
        }
    }
    const auto keep = std::min(gaps.size(), kMaxGaps);
    std::partial_sort(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(keep), gaps.end(),
                      [](const Option& a, const Option& b) { return a.penalty > b.penalty; });
    for (std::size_t i = 0; i < keep; ++i) out.push_back({gaps[i].chars, kGapPenalty});
}

double edge(const Option& from, const Option& to, const damage_model::LocalPairs* local) {
    return damage_model::log_probability(from.chars.back(), to.chars.front(), local);
}

struct Lattice {
    std::vector<std::vector<Option>> options;
    std::vector<std::vector<double>> own;       // each option's own score: its inner pairs and penalty
    std::vector<std::vector<double>> forward;   // the best prefix ending in the option
    std::vector<std::vector<double>> backward;  // the best rest after the option, tail included
};

void run_forward(Lattice& l, char32_t before, const damage_model::LocalPairs* local) {
    for (std::size_t k = 0; k < l.options.size(); ++k) {
        l.forward.emplace_back(l.options[k].size(), kNone);
        for (std::size_t o = 0; o < l.options[k].size(); ++o) {
            const Option& option = l.options[k][o];
            double from = before != 0 ? damage_model::log_probability(before, option.chars.front(), local) : 0;
            if (k > 0) {
                from = kNone;
                for (std::size_t s = 0; s < l.options[k - 1].size(); ++s)
                    from = std::max(from, l.forward[k - 1][s] + edge(l.options[k - 1][s], option, local));
            }
            l.forward[k][o] = l.own[k][o] + from;
        }
    }
}

// The best step from option o at place k to place k + 1: its score and the option taken.
std::pair<double, std::size_t> best_step(const Lattice& l, std::size_t k, std::size_t o, const damage_model::LocalPairs* local) {
    std::pair<double, std::size_t> best{kNone, 0};
    for (std::size_t n = 0; n < l.options[k + 1].size(); ++n) {
        const double value = edge(l.options[k][o], l.options[k + 1][n], local) + l.own[k + 1][n] + l.backward[k + 1][n];
        if (value > best.first) best = {value, n};
    }
    return best;
}

void run_backward(Lattice& l, const std::u32string& tail, const damage_model::LocalPairs* local) {
    l.backward.assign(l.options.size(), {});
    for (std::size_t k = l.options.size(); k-- > 0;) {
        l.backward[k].assign(l.options[k].size(), kNone);
        for (std::size_t o = 0; o < l.options[k].size(); ++o) {
            l.backward[k][o] = k + 1 == l.options.size() ? chain(l.options[k][o].chars.back(), tail, local)
                                                          : best_step(l, k, o, local).first;
        }
    }
}

}  // namespace

std::vector<Option> options(const Place& place, const damage_model::LocalPairs& local) {
    std::vector<Option> out;
    for (unsigned a : place.leads)
        for (unsigned b : place.trails)
            if (fits(gbk::decode(a, b), place.pinyin, local)) out.push_back({std::u32string(1, gbk::decode(a, b)), 0});
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

Scored best_sequence(char32_t before, const std::vector<Place>& run, const std::u32string& tail,
                     const damage_model::LocalPairs* local) {
    Lattice l;
    for (const Place& place : run) {
        l.options.push_back(options(place, *local));
        if (l.options.back().empty()) return {};
        l.own.emplace_back();
        for (const Option& option : l.options.back()) l.own.back().push_back(inner(option.chars, local) + option.penalty);
    }
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
        if (k + 1 < l.options.size()) at = best_step(l, k, at, local).second;
    }
    return best;
}

}  // namespace glossgraph::damage_lattice
