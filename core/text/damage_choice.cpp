#include "core/text/damage_choice.hpp"

#include "core/text/damage_lattice.hpp"
#include "core/text/damage_trigrams.hpp"
#include "core/text/damage_model_keys.hpp"
#include "core/text/gbk_pairs.hpp"

#include <algorithm>
#include <unordered_map>
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

// True when the stretch every reading is scored over (tail_of's) stops where the report's
// text ends: at the line's end, or at markup that is no separator (damage_scan::ends_text).
bool stretch_ends_text(const std::u32string& line, std::size_t at, std::size_t horizon) {
    while (at < line.size() && at < horizon + kTail && damage_scan::after_markup(line, at) == at) {
        const std::size_t annotation = line[at] == '(' ? damage_scan::pinyin_at(line, at + 1) : 0;
        at += annotation != 0 ? annotation + 2 : 1;
    }
    return at < horizon + kTail && damage_scan::ends_text(line, at);
}

// What the end of the text adds to the score of a reading whose stretch ends it: 。 ends
// lines, 、 never (sample 003 line 81: 形象。 before the page's watermark).
double end_of_text(bool ends, const std::u32string& read) {
    return ends && !read.empty() ? damage_model::log_probability_of_end(read.back()) : 0.0;
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

// True when the run's last byte is one its closing '?' swallowed (any trail; no pinyin says
// which): the page may have lost a pair just before it, which no place of the lattice holds.
bool closes_at_swallowed_byte(const RunEnd& end) { return end.pinyin.empty() && end.trails.size() > 1; }

// The common characters of GBK by their model form (damage_model_keys.hpp: width-folded and
// simplified), each with its lead byte: 们 gives 们 and 們.
struct Form {
    char32_t character;
    unsigned lead;
};
const std::unordered_map<char32_t, std::vector<Form>>& common_by_model_form() {
    static const std::unordered_map<char32_t, std::vector<Form>> table = [] {
        std::unordered_map<char32_t, std::vector<Form>> out;
        for (unsigned lead = 0x81; lead <= 0xFE; ++lead)
            for (unsigned trail = 0x40; trail <= 0xFE; ++trail)
                if (const char32_t cp = gbk::decode(lead, trail); cp != 0 && damage_model::is_common(cp))
                    out[damage_model::detail::model_char(cp)].push_back({cp, lead});
        return out;
    }();
    return table;
}

// True when a lead byte after this trail may make a pair the page lost (a user-defined row:
// AA..AF and F8..FE before A1..FE, or a gap of rows A1..A9).
bool opens_lost_pair(unsigned trail) {
    static const std::vector<bool> opens = [] {
        std::vector<bool> out(0x100, false);
        for (unsigned x = 0x81; x <= 0xFE; ++x)
            for (unsigned y = 0x81; y <= 0xFE && !out[x]; ++y) out[x] = gbk::decode(x, y) == 0;
        return out;
    }();
    return opens[trail & 0xFF];
}

// damage_model::followers, kept for the characters asked again (a thread's runs end on the
// same characters again and again).
const std::vector<char32_t>& followers_of(char32_t first) {
    thread_local std::unordered_map<char32_t, std::vector<char32_t>> known;
    const char32_t form = damage_model::detail::model_char(first);
    auto found = known.find(form);
    if (found == known.end()) {
        if (known.size() > 4096) known.clear();
        found = known.emplace(form, damage_model::followers(form)).first;
    }
    return found->second;
}

constexpr std::size_t kLostPairFollowers = 8;  // the likeliest characters after a lost pair tried

// text with one more character after it, restored where the page lost a pair: the trail of
// text's last character and the lead of the next read one byte late as no character (化品 =
// BB AF|C6 B7 loses AF C6), so that the run's closing '?' swallowed the next one's trail. Of
// the characters the model's data show after the last one, the kLostPairFollowers likeliest
// before `next` (the tail's first character, 0: none) are tried. Scores are left to the caller.
std::vector<std::u32string> with_lost_pair_after(const std::u32string& text, char32_t next, const damage_model::LocalPairs* local) {
    const auto last = text.empty() ? std::nullopt : gbk::encode(text.back());
    if (!last || !opens_lost_pair(last->second)) return {};
    std::vector<std::pair<double, char32_t>> scored;
    const damage_model::Followers after(text.back(), local);
    for (char32_t form : followers_of(text.back())) {
        const auto found = common_by_model_form().find(form);
        if (found == common_by_model_form().end()) continue;
        for (const Form& added : found->second)
            if (gbk::decode(last->second, added.lead) == 0 && local->fits_script(added.character))
                scored.push_back({-after.log_probability(added.character), added.character});
    }
    // The likeliest after the last character first, then the likeliest of them before next.
    std::size_t keep = std::min(scored.size(), 4 * kLostPairFollowers);
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep), scored.end());
    scored.resize(keep);
    if (next != 0)
        for (auto& [score, added] : scored) score -= damage_model::log_probability(added, next, local);
    keep = std::min(scored.size(), kLostPairFollowers);
    std::partial_sort(scored.begin(), scored.begin() + static_cast<std::ptrdiff_t>(keep), scored.end());
    std::vector<std::u32string> out;
    for (std::size_t i = 0; i < keep; ++i) out.push_back(text + scored[i].second);
    return out;
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
    const bool ends_text = stretch_ends_text(line, shape.start, horizon);
    const double written = mixed(damage_lattice::chain(last, written_tail, local), before, written_tail, local) +
                           end_of_text(ends_text, before + written_tail);
    std::vector<Candidate> candidates;
    damage_lattice::EdgeCache edges;  // the ends share their places but the last
    for (const RunEnd& end : shape.ends) {
        const std::u32string tail = tail_of(line, end.end, horizon);
        const damage_lattice::Scored found = damage_lattice::best_sequence(last, places(shape, end), tail, local, &cache, &edges);
        if (found.score == kNone) continue;
        const auto add = [&](const std::u32string& text, double pairs) {
            const std::u32string scored = text + tail;
            const double score = mixed(pairs, before, scored, local) + end_of_text(ends_text, scored);
            Choice choice{folded(text) + end.suffix, end.end, score, written, kNone, end.lost_byte};
            std::u32string read = reading(line, choice.text, end.end, horizon);
            candidates.push_back({std::move(choice), std::move(read)});
        };
        add(found.text, found.score);
        for (const damage_lattice::Path& path : found.near) add(path.text, path.score);
        if (!closes_at_swallowed_byte(end)) continue;
        const char32_t next = tail.empty() ? 0 : tail.front();
        std::vector<std::u32string> longer = with_lost_pair_after(found.text, next, local);
        for (const damage_lattice::Path& near : found.near)
            for (std::u32string& text : with_lost_pair_after(near.text, next, local)) longer.push_back(std::move(text));
        for (const std::u32string& text : longer) add(text, damage_lattice::chain(last, text + tail, local));
    }
    return best_of(candidates, written);
}

}  // namespace glossgraph::damage_choice
