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
};
struct Bigram {
    std::uint64_t key;
    std::uint64_t count;
};

#include "damage_model.inc"

template <typename Entry, typename Key, typename KeyOf>
const Entry* find(const Entry* first, const Entry* last, Key key, KeyOf key_of) {
    const Entry* found = std::lower_bound(first, last, key, [&](const Entry& e, Key k) { return key_of(e) < k; });
    return found != last && key_of(*found) == key ? found : nullptr;
}

std::uint64_t unigram(char32_t cp) {
    const Unigram* found = find(std::begin(kUnigrams), std::end(kUnigrams), cp, [](const Unigram& u) { return u.cp; });
    return found != nullptr ? found->count : 0;
}

std::uint64_t bigram(char32_t first, char32_t second) {
    const std::uint64_t key = (static_cast<std::uint64_t>(first) << 21) | second;
    const Bigram* found = find(std::begin(kBigrams), std::end(kBigrams), key, [](const Bigram& b) { return b.key; });
    return found != nullptr ? found->count : 0;
}

std::uint64_t total() {
    static const std::uint64_t sum = std::accumulate(std::begin(kUnigrams), std::end(kUnigrams), std::uint64_t{0},
                                                     [](std::uint64_t s, const Unigram& u) { return s + u.count; });
    return sum;
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

double log_probability(char32_t first, char32_t second) {
    const char32_t a = model_char(first);
    const char32_t b = model_char(second);
    const double own = (static_cast<double>(unigram(b)) + 0.5) / static_cast<double>(total());
    const std::uint64_t before = unigram(a);
    if (before == 0) return std::log(own);
    return std::log(0.9 * static_cast<double>(bigram(a, b)) / static_cast<double>(before) + 0.1 * own);
}

}  // namespace glossgraph::damage_model
