// find_relations, which runs the rules of variant_keys.cpp and
// variant_definitions.cpp over the terms.
#include "core/link/variants.hpp"

#include "core/link/variant_rules.hpp"

#include <algorithm>
#include <tuple>
#include <utility>

namespace glossgraph {
namespace {

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
