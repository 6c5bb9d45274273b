// Relation kinds, and find_relations, which runs the rules of variant_keys.cpp and
// variant_definitions.cpp over the terms.
#include "core/link/variants.hpp"

#include "core/link/variant_rules.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <tuple>
#include <utility>

namespace glossgraph {
namespace {

constexpr std::array<std::pair<RelationKind, std::string_view>, 5> kKindNames{{
    {RelationKind::variant_suffix, "variant_suffix"},
    {RelationKind::variant_numeral, "variant_numeral"},
    {RelationKind::variant_expansion, "variant_expansion"},
    {RelationKind::family, "family"},
    {RelationKind::refers_to, "refers_to"},
}};

// Sorted by (from, to, kind); of equal triples the first found (first evidence) is kept.
void sort_unique(std::vector<TermRelation>& relations) {
    const auto order = [](const TermRelation& r) { return std::tie(r.from, r.to, r.kind); };
    std::stable_sort(relations.begin(), relations.end(),
                     [&](const TermRelation& x, const TermRelation& y) { return order(x) < order(y); });
    const auto last = std::unique(relations.begin(), relations.end(),
                                  [&](const TermRelation& x, const TermRelation& y) { return order(x) == order(y); });
    relations.erase(last, relations.end());
}

}  // namespace

std::string_view to_string(RelationKind kind) {
    for (const auto& [k, name] : kKindNames) {
        if (k == kind) return name;
    }
    throw std::invalid_argument("unknown relation kind");
}

RelationKind parse_relation_kind(std::string_view name) {
    for (const auto& [kind, n] : kKindNames) {
        if (n == name) return kind;
    }
    throw std::invalid_argument("unknown relation kind '" + std::string(name) + "'");
}

bool is_variant(RelationKind kind) {
    return kind == RelationKind::variant_suffix || kind == RelationKind::variant_numeral ||
           kind == RelationKind::variant_expansion;
}

std::vector<TermRelation> find_relations(const std::vector<TermFacts>& terms, const std::vector<std::size_t>& changed) {
    const detail::Context ctx(terms, changed);
    std::vector<TermRelation> out;
    for (std::size_t c = 0; c < terms.size(); ++c) {
        if (!ctx.changed[c] || terms[c].key.empty()) continue;
        detail::add_suffix_relations(ctx, c, out);
        detail::add_numeral_relations(ctx, c, out);
    }
    detail::add_expansion_relations(ctx, out);
    detail::add_refers_relations(ctx, detail::variant_pairs(out), out);
    sort_unique(out);
    return out;
}

}  // namespace glossgraph
