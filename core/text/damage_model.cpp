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
#include <unordered_map>
#include <vector>

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

// One table of counts: the reports' pairs, or the word list's, indexed once for lookups in
// constant time (a damaged run's lattice asks for some thousands of pairs).
class Table {
public:
    template <std::size_t U, std::size_t B>
    Table(const Unigram (&unigrams)[U], const Bigram (&bigrams)[B]) : unigrams_(std::begin(unigrams), std::end(unigrams)) {
        for (std::size_t i = 0; i < U; ++i) {
            total_ += static_cast<double>(unigrams[i].count);
            if (unigrams[i].cp < kIndexed) index_[unigrams[i].cp] = static_cast<std::int32_t>(i);
        }
        bigrams_.reserve(B);
        for (const Bigram& bigram : bigrams) bigrams_.emplace(bigram.key, bigram.count);
    }

    // P(b | a), absolutely discounted and backed off to b's own frequency.
    double probability(char32_t a, char32_t b) const {
        const double own = this->own(b);
        const Unigram* before = unigram(a);
        if (before == nullptr || before->count == 0) return own;
        const double seen = static_cast<double>(before->count);
        const double pair = std::max(static_cast<double>(bigram(a, b)) - kDiscount, 0.0);
        return pair / seen + kDiscount * static_cast<double>(before->followers) / seen * own;
    }

    // P(b), never 0.
    double own(char32_t b) const {
        const Unigram* found = unigram(b);
        return ((found != nullptr ? static_cast<double>(found->count) : 0.0) + 0.5) / total_;
    }

private:
    static constexpr char32_t kIndexed = 0x10000;  // the BMP: every character of GBK

    const Unigram* unigram(char32_t cp) const {
        if (cp >= kIndexed) return find(unigrams_.data(), unigrams_.data() + unigrams_.size(), cp, [](const Unigram& u) { return u.cp; });
        return index_[cp] >= 0 ? &unigrams_[static_cast<std::size_t>(index_[cp])] : nullptr;
    }
    std::uint64_t bigram(char32_t first, char32_t second) const {
        const auto found = bigrams_.find((static_cast<std::uint64_t>(first) << 21) | second);
        return found != bigrams_.end() ? found->second : 0;
    }

    std::vector<Unigram> unigrams_;
    std::vector<std::int32_t> index_ = std::vector<std::int32_t>(kIndexed, -1);
    std::unordered_map<std::uint64_t, std::uint64_t> bigrams_;
    double total_ = 0;
};

const Table& reports() {
    static const Table table(kReportUnigrams, kReportBigrams);
    return table;
}

const Table& words() {
    static const Table table(kWordUnigrams, kWordBigrams);
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
    static const std::vector<bool> common = [] {
        std::vector<bool> set(0x10000, false);
        for (char32_t han : kCommon) set[han] = han != 0;
        for (unsigned lead : {0xA1u, 0xA3u})
            for (unsigned trail = 0xA1; trail <= 0xFE; ++trail)
                if (const char32_t symbol = gbk::decode(lead, trail); symbol != 0 && symbol < 0x10000) set[symbol] = true;
        return set;
    }();
    return cp < 0x10000 && common[cp];
}

bool reads_as(char32_t cp, std::string_view pinyin) {
    static const std::vector<std::string> plain = [] {  // each reading's toneless form, by index
        std::vector<std::string> out;
        for (const Reading& reading : kReadings) out.push_back(toneless(reading.pinyin));
        return out;
    }();
    thread_local std::string asked;        // the last pinyin asked about: a lattice asks of one
    thread_local std::string asked_plain;  // syllable for a hundred characters in a row
    const Reading* found = find(std::begin(kReadings), std::end(kReadings), cp, [](const Reading& r) { return r.cp; });
    if (found == nullptr) return false;
    if (found->pinyin == pinyin) return true;
    if (asked != pinyin) {
        asked = std::string(pinyin);
        asked_plain = toneless(pinyin);
    }
    return plain[static_cast<std::size_t>(found - std::begin(kReadings))] == asked_plain;
}

const std::vector<char32_t>& reading_as(std::string_view pinyin) {
    static const std::unordered_map<std::string, std::vector<char32_t>> by_reading = [] {
        std::unordered_map<std::string, std::vector<char32_t>> out;
        for (const Reading& reading : kReadings)
            if (reading.cp != 0) out[toneless(reading.pinyin)].push_back(reading.cp);
        return out;
    }();
    static const std::vector<char32_t> none;
    const auto found = by_reading.find(toneless(pinyin));
    return found != by_reading.end() ? found->second : none;
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

double probability(char32_t cp) {
    const char32_t c = model_char(cp);
    return kReportShare * reports().own(c) + (1 - kReportShare) * words().own(c);
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
