#include "core/text/damage_choice.hpp"

#include "core/text/damage_model.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace glossgraph::damage_choice {
namespace {

using damage_scan::RunEnd;
using damage_scan::RunShape;

constexpr double kGapPenalty = -3.0;      // log 0.05: a lost pair is rarer than none
constexpr std::size_t kMaxGapSide = 4;    // a lost pair is looked for only next to a known byte
constexpr std::size_t kMaxGaps = 24;     // the likeliest lost pairs kept at one place
constexpr std::size_t kTail = 3;          // characters after the run that score it too
constexpr double kNone = -std::numeric_limits<double>::infinity();

struct Option {
    std::u32string chars;  // one character, or two around a lost pair
    double penalty = 0;
};

// What may stand at one place of the repaired run: a character of bytes lead x trail.
struct Place {
    std::vector<unsigned> leads;
    std::vector<unsigned> trails;
    std::string pinyin;  // the last character must read so
};

bool fits(char32_t cp, const std::string& pinyin) {
    return cp != 0 && damage_model::is_common(cp) && (pinyin.empty() || damage_model::reads_as(cp, pinyin));
}

double inner(const std::u32string& chars) {
    double sum = 0;
    for (std::size_t i = 1; i < chars.size(); ++i) sum += damage_model::log_probability(chars[i - 1], chars[i]);
    return sum;
}

// Two characters around a pair the page lost: (a, x) and (y, b) where (x, y) reads as none.
void add_gaps(const Place& place, std::vector<Option>& out) {
    if (place.leads.size() > kMaxGapSide || (place.trails.size() > kMaxGapSide && place.pinyin.empty())) return;
    std::vector<std::pair<unsigned, char32_t>> right;  // (y, second character)
    for (unsigned y = 0x81; y <= 0xFE; ++y)
        for (unsigned b : place.trails)
            if (fits(gbk::decode(y, b), place.pinyin)) right.push_back({y, gbk::decode(y, b)});
    std::vector<Option> gaps;
    for (unsigned a : place.leads) {
        for (unsigned x = 0x81; x <= 0xFE; ++x) {
            const char32_t first = gbk::decode(a, x);
            if (!fits(first, "")) continue;
            for (const auto& [y, second] : right)
                if (gbk::decode(x, y) == 0) gaps.push_back({std::u32string{first, second}, kGapPenalty});
        }
    }
    for (Option& gap : gaps) gap.penalty += inner(gap.chars);  // ranked by the pair itself
    const auto keep = std::min(gaps.size(), kMaxGaps);
    std::partial_sort(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(keep), gaps.end(),
                      [](const Option& a, const Option& b) { return a.penalty > b.penalty; });
    for (std::size_t i = 0; i < keep; ++i) out.push_back({gaps[i].chars, kGapPenalty});
}

std::vector<Option> options(const Place& place) {
    std::vector<Option> out;
    for (unsigned a : place.leads)
        for (unsigned b : place.trails)
            if (fits(gbk::decode(a, b), place.pinyin)) out.push_back({std::u32string(1, gbk::decode(a, b)), 0});
    add_gaps(place, out);
    return out;
}

std::vector<Place> places(const RunShape& shape, const RunEnd& end) {
    if (end.body.empty()) return {{shape.leads, end.trails, end.pinyin}};
    std::vector<Place> out{{shape.leads, {end.body.front().first}, ""}};
    for (std::size_t i = 1; i < end.body.size(); ++i) out.push_back({{end.body[i - 1].second}, {end.body[i].first}, ""});
    out.push_back({{end.body.back().second}, end.trails, end.pinyin});
    return out;
}

std::u32string tail_of(const std::u32string& line, std::size_t at, std::size_t horizon) {
    std::u32string out;
    while (at < line.size() && at < horizon + kTail) {
        const std::size_t annotation = line[at] == '(' ? damage_scan::pinyin_at(line, at + 1) : 0;
        if (annotation != 0) {
            at += annotation + 2;
            continue;
        }
        out.push_back(line[at++]);
    }
    return out;
}

double chain(char32_t before, const std::u32string& text) {
    double sum = 0;
    for (char32_t c : text) {
        if (before != 0) sum += damage_model::log_probability(before, c);
        before = c;
    }
    return sum;
}

}  // namespace

namespace {

struct Scored {
    double score = kNone;
    std::u32string text;
};

// The best sequence of options, one per place (Viterbi over the places), with the tail.
Scored best_sequence(char32_t before, const std::vector<Place>& run, const std::u32string& tail) {
    std::vector<std::vector<Option>> choices;
    std::vector<std::vector<double>> score;
    std::vector<std::vector<std::size_t>> back;
    for (std::size_t k = 0; k < run.size(); ++k) {
        choices.push_back(options(run[k]));
        if (choices.back().empty()) return {};
        score.emplace_back(choices[k].size(), kNone);
        back.emplace_back(choices[k].size(), 0);
        for (std::size_t o = 0; o < choices[k].size(); ++o) {
            const Option& option = choices[k][o];
            const double own = inner(option.chars) + option.penalty;
            if (k == 0) {
                score[k][o] = own + (before != 0 ? damage_model::log_probability(before, option.chars.front()) : 0);
                continue;
            }
            for (std::size_t s = 0; s < choices[k - 1].size(); ++s) {
                const double value = score[k - 1][s] + own +
                                     damage_model::log_probability(choices[k - 1][s].chars.back(), option.chars.front());
                if (value > score[k][o]) score[k][o] = value, back[k][o] = s;
            }
        }
    }
    Scored best;
    std::size_t at = 0;
    for (std::size_t o = 0; o < choices.back().size(); ++o) {
        const double value = score.back()[o] + chain(choices.back()[o].chars.back(), tail);
        if (value > best.score) best.score = value, at = o;
    }
    std::vector<std::size_t> picked(run.size());
    for (std::size_t k = run.size(); k-- > 0;) {
        picked[k] = at;
        at = back[k][at];
    }
    for (std::size_t k = 0; k < run.size(); ++k) best.text.append(choices[k][picked[k]].chars);
    return best;
}

std::u32string folded(std::u32string text) {
    for (char32_t& c : text)
        if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0;
    return text;
}

}  // namespace

std::optional<Choice> choose(const std::u32string& line, const RunShape& shape) {
    if (shape.ends.empty() || shape.leads.empty()) return std::nullopt;
    std::size_t horizon = 0;
    for (const RunEnd& end : shape.ends) horizon = std::max(horizon, end.end);
    const char32_t before = damage_scan::char_before(line, shape.start);
    const double written = chain(before, tail_of(line, shape.start, horizon));
    std::optional<Choice> best;
    for (const RunEnd& end : shape.ends) {
        const Scored found = best_sequence(before, places(shape, end), tail_of(line, end.end, horizon));
        if (found.score == kNone || (best && found.score <= best->score)) continue;
        best = Choice{folded(found.text) + end.suffix, end.end, found.score, written};
    }
    if (!best || best->score <= written) return std::nullopt;
    return best;
}

}  // namespace glossgraph::damage_choice
