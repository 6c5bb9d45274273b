#include "core/text/damage_model.hpp"

#include "core/text/gbk_pairs.hpp"
#include "core/text/script.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <numeric>
#include <string>

namespace glossgraph::damage_model {
namespace {

struct Reading {
    char32_t cp;
    const char* pinyin;
};
struct Unigram {
    char32_t cp;
    std::uint64_t count;
    std::uint64_t followers;  // distinct characters seen after it
};
struct Bigram {
    std::uint64_t key;
    std::uint64_t count;
};

#include "damage_model.inc"

constexpr double kDiscount = 0.75;  // taken from every pair count (Ney, Essen and Kneser 1994)
// The reports' share of P: they alone know the pairs across words and the punctuation of
// reports; the word list knows far more words.
constexpr double kReportShare = 0.5;

template <typename Entry, typename Key, typename KeyOf>
const Entry* find(const Entry* first, const Entry* last, Key key, KeyOf key_of) {
    const Entry* found = std::lower_bound(first, last, key, [&](const Entry& e, Key k) { return key_of(e) < k; });
    return found != last && key_of(*found) == key ? found : nullptr;
}

// One table of counts: the reports' pairs, or the word list's.
struct Table {
    const Unigram* unigrams_begin;
    const Unigram* unigrams_end;
    const Bigram* bigrams_begin;
    const Bigram* bigrams_end;
    double total;  // of the unigram counts

    const Unigram* unigram(char32_t cp) const {
        return find(unigrams_begin, unigrams_end, cp, [](const Unigram& u) { return u.cp; });
    }
    std::uint64_t bigram(char32_t first, char32_t second) const {
        const std::uint64_t key = (static_cast<std::uint64_t>(first) << 21) | second;
        const Bigram* found = find(bigrams_begin, bigrams_end, key, [](const Bigram& b) { return b.key; });
        return found != nullptr ? found->count : 0;
    }
    // P(b | a), absolutely discounted and backed off to b's own frequency.
    double probability(char32_t a, char32_t b) const {
        const Unigram* found = unigram(b);
        const double own = (found != nullptr ? static_cast<double>(found->count) : 0.0) / total + 0.5 / total;
        const Unigram* before = unigram(a);
        if (before == nullptr || before->count == 0) return own;
        const double seen = static_cast<double>(before->count);
        const double pair = std::max(static_cast<double>(bigram(a, b)) - kDiscount, 0.0);
        return pair / seen + kDiscount * static_cast<double>(before->followers) / seen * own;
    }
};

template <std::size_t U, std::size_t B>
Table table_of(const Unigram (&unigrams)[U], const Bigram (&bigrams)[B]) {
    const double total = static_cast<double>(std::accumulate(std::begin(unigrams), std::end(unigrams), std::uint64_t{0},
                                                             [](std::uint64_t s, const Unigram& u) { return s + u.count; }));
    return {std::begin(unigrams), std::end(unigrams), std::begin(bigrams), std::end(bigrams), total};
}

const Table& reports() {
    static const Table table = table_of(kReportUnigrams, kReportBigrams);
    return table;
}

const Table& words() {
    static const Table table = table_of(kWordUnigrams, kWordBigrams);
    return table;
}

char32_t model_char(char32_t cp) {
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
    return simplified_char(cp);
}

// The pinyin without tone marks, ü written v.
std::string toneless(std::string_view pinyin) {
    static constexpr std::u32string_view marked = U"āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
    static constexpr std::string_view plain = "aaaaeeeeiiiioooouuuuvvvvvnnnm";
    std::string out;
    for (std::size_t pos = 0; pos < pinyin.size();) {
        const char32_t cp = utf8::next(pinyin, pos);
        const std::size_t at = marked.find(cp);
        if (at != std::u32string_view::npos) out.push_back(plain[at]);
        else if (cp < 0x80) out.push_back(static_cast<char>(cp));
    }
    return out;
}

}  // namespace

bool is_common(char32_t cp) {
    if (utf8::is_han(cp)) return std::binary_search(std::begin(kCommon), std::end(kCommon), cp);
    const auto bytes = gbk::encode(cp);
    return bytes && (bytes->first == 0xA1 || bytes->first == 0xA3);
}

bool reads_as(char32_t cp, std::string_view pinyin) {
    const Reading* found = find(std::begin(kReadings), std::end(kReadings), cp, [](const Reading& r) { return r.cp; });
    if (found == nullptr) return false;
    const std::string_view reading = found->pinyin;
    return reading == pinyin || toneless(reading) == toneless(pinyin);
}

double log_probability(char32_t first, char32_t second, const LocalPairs* local) {
    const char32_t a = model_char(first);
    const char32_t b = model_char(second);
    double p = kReportShare * reports().probability(a, b) + (1 - kReportShare) * words().probability(a, b);
    const int seen = local != nullptr ? local->first_count(a) : 0;
    if (seen > 0) {
        const double trust = seen / (seen + 2.0);
        p = (1 - trust) * p + trust * local->pair_count(a, b) / static_cast<double>(seen);
    }
    return std::log(p);
}

void LocalPairs::add(char32_t first, char32_t second, int times) {
    const char32_t a = model_char(first);
    const char32_t b = model_char(second);
    pairs_[(static_cast<std::uint64_t>(a) << 21) | b] += times;
    firsts_[a] += times;
}

void LocalPairs::add_text(std::u32string_view text, int times) {
    for (std::size_t i = 1; i < text.size(); ++i) add(text[i - 1], text[i], times);
}

int LocalPairs::pair_count(char32_t first, char32_t second) const {
    const auto found = pairs_.find((static_cast<std::uint64_t>(model_char(first)) << 21) | model_char(second));
    return found != pairs_.end() ? found->second : 0;
}

bool LocalPairs::fits_script(char32_t cp) const {
    const Script own = script_of(cp);
    return script == Script::unknown || own == Script::unknown || own == script;
}

int LocalPairs::first_count(char32_t first) const {
    const auto found = firsts_.find(model_char(first));
    return found != firsts_.end() ? found->second : 0;
}

}  // namespace glossgraph::damage_model
