#include "core/text/damage_trigrams.hpp"

#include "core/text/damage_model_keys.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <string>

namespace glossgraph::damage_trigrams {
namespace {

struct TrigramContext {
    std::uint64_t key;   // first << 21 | second
    std::uint64_t seen;  // the pair followed by anything
    double rest;         // the share of P left to the pair model
};
struct Trigram {
    std::uint64_t key;  // first << 42 | second << 21 | third
    std::uint64_t count;
};

#include "damage_trigrams.inc"

// The entry of a generated table whose key is key; nullptr when none is.
template <typename Entry, std::size_t N>
const Entry* find(const Entry (&entries)[N], std::uint64_t key) {
    return damage_model::detail::find(std::begin(entries), std::end(entries), key, [](const Entry& e) { return e.key; });
}

}  // namespace

double log_probability(char32_t first, char32_t second, char32_t third, const damage_model::LocalPairs* local) {
    using damage_model::detail::model_char;
    const double pair = damage_model::log_probability(second, third, local);
    const std::uint64_t context_key = damage_model::detail::pair_key(model_char(first), model_char(second));
    const TrigramContext* context = find(kTrigramContexts, context_key);
    if (context == nullptr) return pair;
    const Trigram* triple = find(kTrigrams, (context_key << 21) | model_char(third));
    const double own = triple != nullptr ? (static_cast<double>(triple->count) - kTrigramDiscount) / static_cast<double>(context->seen) : 0.0;
    return std::log(own + context->rest * std::exp(pair));
}

double chain(std::u32string_view before, std::u32string_view text, const damage_model::LocalPairs* local) {
    if (before.size() > 2) before.remove_prefix(before.size() - 2);
    std::u32string all(before);
    all.append(text);
    double sum = 0;
    for (std::size_t i = before.size(); i < all.size(); ++i) {
        if (i >= 2) sum += log_probability(all[i - 2], all[i - 1], all[i], local);
        else if (i == 1) sum += damage_model::log_probability(all[0], all[1], local);
    }
    return sum;
}

}  // namespace glossgraph::damage_trigrams
