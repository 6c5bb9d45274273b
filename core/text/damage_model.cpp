#include "core/text/damage_model.hpp"

#include "core/text/damage_model_keys.hpp"
#include "core/text/gbk_pairs.hpp"
#include "core/text/script.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <numeric>
#include <string>
#include <unordered_map>
#include <vector>

namespace glossgraph::damage_model {
namespace detail {

constexpr char32_t kIndexed = 0x10000;  // the BMP: every character of GBK

namespace {

char32_t model_char_of(char32_t cp) {
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
    return simplified_char(cp);
}

// Each BMP character's model form (width-folded, simplified), looked up rather than derived
// again for each of the thousands of pairs a lattice scores.
const std::vector<char32_t>& model_chars() {
    static const std::vector<char32_t> table = [] {
        std::vector<char32_t> out(kIndexed);
        for (char32_t cp = 0; cp < kIndexed; ++cp) out[cp] = model_char_of(cp);
        return out;
    }();
    return table;
}

}  // namespace

char32_t model_char(char32_t cp) { return cp < kIndexed ? model_chars()[cp] : model_char_of(cp); }

}  // namespace detail

using detail::find;
using detail::kIndexed;
using detail::model_char;
using detail::pair_key;
using detail::slot_of;

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

// The pair counts of both tables in one open-addressed table: a lattice's pairs are mostly
// pairs no table holds, and a miss here ends at the first empty slot, in one cache line.
class PairCounts {
public:
    struct Counts {  // a pair's count in each table (the largest fits 32 bits many times over)
        std::uint32_t reports = 0;
        std::uint32_t words = 0;
    };

    template <std::size_t R, std::size_t W>
    PairCounts(const Bigram (&reports)[R], const Bigram (&words)[W]) {
        std::size_t size = 1;  // at most 2/3 full: a miss ends after a few slots
        while (2 * size < 3 * (R + W)) size <<= 1;
        slots_.assign(size, Slot{});
        mask_ = size - 1;
        for (const Bigram& bigram : reports) slot(bigram.key).counts.reports += static_cast<std::uint32_t>(bigram.count);
        for (const Bigram& bigram : words) slot(bigram.key).counts.words += static_cast<std::uint32_t>(bigram.count);
        present_.assign((size << kFilterBitsPerSlotLog2) / 64, 0);
        filter_shift_ = 64 - std::countr_zero(present_.size() * 64);
        for (const Slot& s : slots_)
            if (s.key != kEmpty) present_[filter_bit(s.key) / 64] |= std::uint64_t{1} << (filter_bit(s.key) % 64);
    }

    Counts find(std::uint64_t key) const {
        if (!maybe_present(key)) return {};
        for (std::size_t at = slot_of(key, slots_.size());; at = (at + 1) & mask_) {
            const Slot& s = slots_[at];
            if (s.key == key) return s.counts;
            if (s.key == kEmpty) return {};
        }
    }

private:
    static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};  // no pair of characters has it
    struct Slot {
        std::uint64_t key = kEmpty;
        Counts counts;
    };

    Slot& slot(std::uint64_t key) {
        for (std::size_t at = slot_of(key, slots_.size());; at = (at + 1) & mask_) {
            Slot& s = slots_[at];
            if (s.key == key || s.key == kEmpty) {
                s.key = key;
                return s;
            }
        }
    }

    // A bit per key hash, eight a slot: most pairs a lattice asks for are in neither table,
    // and the bit, in a table a few times smaller than the slots, says so without a slot read.
    static constexpr unsigned kFilterBitsPerSlotLog2 = 3;
    std::size_t filter_bit(std::uint64_t key) const {
        return static_cast<std::size_t>((key * 0xD6E8FEB86659FD93ull) >> filter_shift_);
    }
    bool maybe_present(std::uint64_t key) const {
        const std::size_t bit = filter_bit(key);
        return (present_[bit / 64] >> (bit % 64)) & 1;
    }

    std::vector<Slot> slots_;
    std::size_t mask_ = 0;
    std::vector<std::uint64_t> present_;
    int filter_shift_ = 64;
};

template <std::size_t N>
constexpr bool counts_fit_32_bits(const Bigram (&bigrams)[N]) {
    for (const Bigram& bigram : bigrams)
        if (bigram.count > 0xFFFFFFFFu) return false;
    return true;
}
static_assert(counts_fit_32_bits(kReportBigrams) && counts_fit_32_bits(kWordBigrams), "PairCounts holds 32-bit counts");

const PairCounts& pair_counts() {
    static const PairCounts table(kReportBigrams, kWordBigrams);
    return table;
}

// One table's characters: their counts, and what P(b | a) needs of each, derived once.
class Table {
public:
    template <std::size_t U>
    explicit Table(const Unigram (&unigrams)[U]) : unigrams_(std::begin(unigrams), std::end(unigrams)) {
        for (std::size_t i = 0; i < U; ++i) {
            total_ += static_cast<double>(unigrams[i].count);
            if (unigrams[i].cp < kIndexed) index_[unigrams[i].cp] = static_cast<std::int32_t>(i);
        }
        for (const Unigram& u : unigrams_) {
            const double seen = static_cast<double>(u.count);
            own_.push_back((seen + 0.5) / total_);
            seen_.push_back(seen);
            alpha_.push_back(u.count == 0 ? 0.0 : kDiscount * static_cast<double>(u.followers) / seen);
            if (utf8::is_han(u.cp)) han_own_ += own_.back();
        }
        unknown_own_ = (0.0 + 0.5) / total_;
    }

    // The same, with P(some Han character | a) for every a (only the reports' table needs
    // it: the word list shares within it), from the table's pairs: the discounted counts of
    // a's Han followers / seen + alpha P(Han).
    template <std::size_t U, std::size_t B>
    Table(const Unigram (&unigrams)[U], const Bigram (&bigrams)[B]) : Table(unigrams) {
        std::vector<double> han_pairs(unigrams_.size(), 0.0);
        for (const Bigram& bigram : bigrams) {
            const std::int32_t first = index(static_cast<char32_t>(bigram.key >> 21));
            if (first >= 0 && utf8::is_han(static_cast<char32_t>(bigram.key & 0x1FFFFF)))
                han_pairs[static_cast<std::size_t>(first)] += std::max(static_cast<double>(bigram.count) - kDiscount, 0.0);
        }
        for (std::size_t i = 0; i < unigrams_.size(); ++i)
            han_after_.push_back(seen_[i] > 0 ? han_pairs[i] / seen_[i] + alpha_[i] * han_own_ : han_own_);
    }

    // What P(b | a) needs of a: P(b | a) = max(n - D, 0) / seen + alpha P(b) for a pair seen
    // n times (absolutely discounted, backed off to b's own frequency), P(b) when a is unseen;
    // and P(some Han character | a), the sum of P(b | a) over every Han b.
    template <typename Before>
    Before before(char32_t a) const {
        const std::int32_t found = index(a);
        if (found < 0 || unigrams_[static_cast<std::size_t>(found)].count == 0) return {false, 0, 0, han_own_};
        const auto i = static_cast<std::size_t>(found);
        return {true, seen_[i], alpha_[i], han_after_.empty() ? han_own_ : han_after_[i]};
    }

    // P(some Han character).
    double han_own() const { return han_own_; }

    // P(b), never 0.
    double own(char32_t b) const {
        const std::int32_t found = index(b);
        return found >= 0 ? own_[static_cast<std::size_t>(found)] : unknown_own_;
    }

private:
    std::int32_t index(char32_t cp) const {
        if (cp < kIndexed) return index_[cp];
        const auto found = std::lower_bound(unigrams_.begin(), unigrams_.end(), cp, [](const Unigram& u, char32_t c) { return u.cp < c; });
        return found != unigrams_.end() && found->cp == cp ? static_cast<std::int32_t>(found - unigrams_.begin()) : -1;
    }

    std::vector<Unigram> unigrams_;
    std::vector<std::int32_t> index_ = std::vector<std::int32_t>(kIndexed, -1);
    std::vector<double> own_, seen_, alpha_, han_after_;
    double total_ = 0;
    double han_own_ = 0;  // P(Han): the own frequencies of every Han character
    double unknown_own_ = 0;
};

const Table& reports() {
    static const Table table(kReportUnigrams, kReportBigrams);
    return table;
}

const Table& words() {
    static const Table table(kWordUnigrams);
    return table;
}

// P(c), mixed as Followers::log_probability mixes P(b | a): a character other than Han by the
// reports alone.
double mixed_own(char32_t c) {
    if (!utf8::is_han(c)) return reports().own(c);
    return kReportShare * reports().own(c) + (1 - kReportShare) * reports().han_own() * words().own(c);
}

// P(c) of every BMP character, as probability() gives it.
const std::vector<double>& probabilities() {
    static const std::vector<double> table = [] {
        std::vector<double> out(kIndexed);
        for (char32_t cp = 0; cp < kIndexed; ++cp) out[cp] = mixed_own(model_char(cp));
        return out;
    }();
    return table;
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

bool attested(char32_t first, char32_t second) {
    const PairCounts::Counts counts = pair_counts().find(pair_key(model_char(first), model_char(second)));
    return counts.reports != 0 || counts.words != 0;
}

std::vector<char32_t> followers(char32_t first) {
    const auto from = static_cast<std::uint64_t>(model_char(first)) << 21;
    const auto to = from + (std::uint64_t{1} << 21);
    std::vector<char32_t> out;
    const auto add_range = [&](const Bigram* begin, const Bigram* end) {
        const auto key_less = [](const Bigram& b, std::uint64_t k) { return b.key < k; };
        for (const Bigram* at = std::lower_bound(begin, end, from, key_less); at != end && at->key < to; ++at)
            out.push_back(static_cast<char32_t>(at->key & 0x1FFFFF));
    };
    add_range(std::begin(kReportBigrams), std::end(kReportBigrams));
    add_range(std::begin(kWordBigrams), std::end(kWordBigrams));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double log_probability(char32_t first, char32_t second, const LocalPairs* local) {
    return Followers(first, local).log_probability(second);
}

Second second_of(char32_t second) {
    const char32_t b = model_char(second);
    return {b, reports().own(b), words().own(b), utf8::is_han(b)};
}

Followers::Followers(char32_t first, const LocalPairs* local)
    : first_(model_char(first)),
      reports_(reports().before<Before>(first_)),
      words_(words().before<Before>(first_)),
      local_(local),
      local_seen_(local != nullptr ? local->first_count(first_) : 0) {}

double Followers::log_probability(const Second& second) const {
    const char32_t b = second.model;
    const PairCounts::Counts counts = pair_counts().find(pair_key(first_, b));
    const auto given = [](const Before& a, std::uint32_t pair_count, double own) {
        return a.known ? std::max(static_cast<double>(pair_count) - kDiscount, 0.0) / a.seen + a.alpha * own : own;
    };
    // The word list knows which Han character follows a Han one within words, nothing of
    // punctuation, digits or the pairs across words: a character other than Han is scored by
    // the reports alone, and the word list shares only in the reports' P(some Han | first).
    const double in_reports = given(reports_, counts.reports, second.report_own);
    double p = second.han ? kReportShare * in_reports + (1 - kReportShare) * reports_.han * given(words_, counts.words, second.word_own)
                          : in_reports;
    // The report's own pairs (its names and terms, its clean punctuation and the sure
    // repairs of its other runs) raise P(b | first), the more the more often the report shows
    // first. What the report does not show is not made less likely: a pair may be new to a
    // report, and where the farm put separators the damage took exactly the pairs of
    // punctuation the report would show.
    if (local_seen_ > 0) {
        const double trust = local_seen_ / (local_seen_ + 2.0);
        p += trust * local_->pairs_.find(pair_key(first_, b)) / static_cast<double>(local_seen_);
    }
    return std::log(p);
}

double log_probability_of_end(char32_t last) {
    static const double share = [] {  // how often a character ends a line
        double ends = 0;
        for (const Unigram& u : kReportLineEnds) ends += static_cast<double>(u.count);
        double all = 0;
        for (const Unigram& u : kReportUnigrams) all += static_cast<double>(u.count);
        return ends / all;
    }();
    const char32_t a = model_char(last);
    const Unigram* ends = find(std::begin(kReportLineEnds), std::end(kReportLineEnds), a, [](const Unigram& u) { return u.cp; });
    const Unigram* seen = find(std::begin(kReportUnigrams), std::end(kReportUnigrams), a, [](const Unigram& u) { return u.cp; });
    const double ended = ends != nullptr && a != 0 ? static_cast<double>(ends->count) : 0.0;
    const double count = seen != nullptr && a != 0 ? static_cast<double>(seen->count) : 0.0;
    return std::log((ended + share) / (count + 1.0));
}

double probability(char32_t cp) { return cp < kIndexed ? probabilities()[cp] : mixed_own(model_char(cp)); }

}  // namespace glossgraph::damage_model
