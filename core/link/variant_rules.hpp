#pragma once
// The internals the relation rules share: the indexed terms, stems and numeral forms of keys.
// Private to core/link (variants.cpp, variant_keys.cpp, variant_definitions.cpp).
#include "core/link/variants.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace glossgraph::detail {

using Indices = std::vector<std::size_t>;
using KeyMap = std::unordered_map<std::string_view, Indices>;

struct Split {
    std::string_view stem;
    std::string_view suffix;
};

// Every way key splits into a stem of at least min_stem characters and a generic suffix.
// Comparing bytes is safe: UTF-8 never matches a suffix from inside a character.
std::vector<Split> stems_of(std::string_view key, std::size_t min_stem);

// A key seen through its numerals.
struct NumeralForm {
    std::string normal;                  // numerals replaced by their values
    std::string shape;                   // each run of numerals replaced by kPlaceholder
    std::vector<std::string_view> runs;  // those runs as written (views into the key)
    std::size_t other_chars = 0;         // characters that are not numerals
};

// The terms with their keys indexed. The maps view the keys in terms and the strings in
// forms, so a Context is built in place and never copied.
struct Context {
    Context(const std::vector<TermFacts>& all, const Indices& changed_list);
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    const Indices& lookup(const KeyMap& map, std::string_view text) const {
        static const Indices none;
        const auto found = map.find(text);
        return found == map.end() ? none : found->second;
    }
    bool touches_changed(std::size_t a, std::size_t b) const { return changed[a] || changed[b]; }

    const std::vector<TermFacts>& terms;
    std::vector<bool> changed;
    std::vector<NumeralForm> forms;
    KeyMap by_key;
    KeyMap by_stem;    // each key that is a stem plus a generic suffix, under the stem
    KeyMap by_normal;
    KeyMap by_shape;
};

// Terms sharing a numeral form (by_normal) or a pattern of counts (by_shape) beyond this many
// are a numbering scheme (术语1 … 术语99, 第一项 … 第九十九项), not variants or a family: they are
// related to none of each other, which keeps the relations linear in the terms.
constexpr std::size_t kMaxNumeralGroup = 100;

void add_suffix_relations(const Context& ctx, std::size_t c, std::vector<TermRelation>& out);
void add_numeral_relations(const Context& ctx, std::size_t c, std::vector<TermRelation>& out);
void add_expansion_relations(const Context& ctx, std::vector<TermRelation>& out);

using PairSet = std::unordered_set<std::uint64_t>;

// The pairs of terms that variant relations join, either way round.
PairSet variant_pairs(const std::vector<TermRelation>& relations);
void add_refers_relations(const Context& ctx, const PairSet& variants, std::vector<TermRelation>& out);

}  // namespace glossgraph::detail
