// LocalPairs (damage_model.hpp): the pairs of one report's own text, counted in
// open-addressed tables.
#include "core/text/damage_model.hpp"

#include "core/text/damage_model_keys.hpp"
#include "core/text/script.hpp"

#include <algorithm>

namespace glossgraph::damage_model {

using detail::model_char;
using detail::pair_key;
using detail::slot_of;

void LocalPairs::add(char32_t first, char32_t second, int times) {
    const char32_t a = model_char(first);
    const char32_t b = model_char(second);
    pairs_[pair_key(a, b)] += times;
    firsts_[a] += times;
}

void LocalPairs::add_text(std::u32string_view text, int times) {
    char32_t before = 0;
    for (char32_t c : text) {
        const char32_t now = c == 0 ? 0 : model_char(c);
        if (before != 0 && now != 0) {
            pairs_[pair_key(before, now)] += times;
            firsts_[before] += times;
        }
        before = now;
    }
}

int LocalPairs::pair_count(char32_t first, char32_t second) const { return pairs_.find(pair_key(model_char(first), model_char(second))); }

void LocalPairs::reset(std::size_t pairs) {
    pairs_.reset(pairs);
    firsts_.reset(pairs / 4);
    script = Script::unknown;
}

void LocalPairs::Counts::reset(std::size_t keys) {
    std::size_t size = 64;
    while (size < 2 * keys) size <<= 1;
    if (slots_.size() < size || slots_.size() > 4 * size) {  // a table far larger is given back: clearing it costs its size
        slots_.assign(size, {kEmpty, 0});
    } else if (used_ != 0) {
        std::fill(slots_.begin(), slots_.end(), std::pair<std::uint64_t, int>{kEmpty, 0});
    }
    used_ = 0;
}

void LocalPairs::Counts::grow(std::size_t size) {
    std::vector<std::pair<std::uint64_t, int>> old(size, {kEmpty, 0});
    old.swap(slots_);
    for (const auto& [k, count] : old) {
        if (k == kEmpty) continue;
        std::size_t at = slot_of(k, slots_.size());
        while (slots_[at].first != kEmpty) at = (at + 1) & (slots_.size() - 1);
        slots_[at] = {k, count};
    }
}

int& LocalPairs::Counts::operator[](std::uint64_t key) {
    if (2 * (used_ + 1) > slots_.size()) grow(std::max<std::size_t>(64, 2 * slots_.size()));
    std::size_t at = slot_of(key, slots_.size());
    while (slots_[at].first != kEmpty && slots_[at].first != key) at = (at + 1) & (slots_.size() - 1);
    if (slots_[at].first == kEmpty) {
        slots_[at].first = key;
        ++used_;
    }
    return slots_[at].second;
}

int LocalPairs::Counts::find(std::uint64_t key) const {
    if (slots_.empty()) return 0;
    for (std::size_t at = slot_of(key, slots_.size());; at = (at + 1) & (slots_.size() - 1)) {
        if (slots_[at].first == key) return slots_[at].second;
        if (slots_[at].first == kEmpty) return 0;
    }
}

bool LocalPairs::fits_script(char32_t cp) const {
    const Script own = script_of(cp);
    return script == Script::unknown || own == Script::unknown || own == script;
}

int LocalPairs::first_count(char32_t first) const { return firsts_.find(model_char(first)); }

}  // namespace glossgraph::damage_model
