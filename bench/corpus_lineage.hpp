#pragma once
// make_corpus --lineage N: terms planted with a known lineage, the truth that `glossgraph
// lineage` is measured against. Each planted term lives in one tree: a county of the corpus
// with a real prefecture, that prefecture, its province, a neighbouring county (the four added
// to the corpus when missing) and two regions of other provinces. It is introduced by one
// region in one year and spreads over the next years by one of five scenarios:
//   down:  the province writes it; the prefecture copies it a year later; the county adapts the
//          prefecture's the year after; the neighbour copies the county's the year after that.
//   up:    the county writes it; the prefecture copies it a year later; the province adapts the
//          prefecture's the year after.
//   same:  the province writes it and the prefecture copies it in the same year; the county
//          copies it the next year (from the prefecture, the nearer of the two).
//   self:  the prefecture writes it and writes it again the next year; the county adapts the
//          second the year after.
//   apart: the county writes it; a year later a region of another province copies it
//          (distant) and another writes the term in words of its own (an original); the year
//          after, the neighbour copies the county's (across).
// A base definition holds four to eight enumerated items; an adaptation is alter()'s: an item
// replaced or dropped, a clause added or a numeral written otherwise; a rewrite keeps about
// half the items, reordered, and words the rest anew. A region defines a
// planted term only in the years its scenario says, so the truth has no other candidates.
#include "bench/corpus_sources.hpp"
#include "bench/corpus_terms.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace glossgraph::corpus {

// The regions of one planted term, by code.
struct LineageTree {
    std::string county, neighbour, prefecture, province, elsewhere, rewriter;
};

// One planted definition and where it comes from, as lineage should find it.
struct LineageTruth {
    std::string term;         // as written
    std::string region_code;
    int year = 0;
    std::string relation;     // original, verbatim, adapted
    std::string source_code;  // empty for an original
    int source_year = 0;      // 0 for an original
    std::string direction;    // self, down, up, across, distant; empty for an original
};

// A tree for each of `terms` planted terms, around counties of `regions` (seeded choice; the
// same county may serve several terms). None when `regions` holds no county with a real
// prefecture that has another county.
std::vector<LineageTree> choose_lineage_trees(const Divisions& divisions, const std::vector<Region>& regions,
                                              std::size_t terms, std::uint64_t seed);

// The divisions the trees name that `regions` lacks, by code.
std::vector<Region> missing_regions(const Divisions& divisions, const std::vector<Region>& regions,
                                    const std::vector<LineageTree>& trees);

// Plants one term in each tree: new terms of the vocabulary, written into the plans of
// `regions` (which must hold every region of the trees; plans[i] is regions[i]'s) in the
// scenario's years. Scenarios that need more years than `years` holds are not drawn; with
// fewer than two years nothing is planted. The truth, a row per planted definition, by term
// then year then region code.
std::vector<LineageTruth> plant_lineage(Vocabulary& v, const Words& w, const std::vector<Region>& regions,
                                        std::vector<Plan>& plans, const std::vector<int>& years,
                                        const std::vector<LineageTree>& trees, std::uint64_t seed);

// The truth as tab-separated values: a header line, then a line a row in the fields' order.
std::string truth_tsv(const std::vector<LineageTruth>& truth);

}  // namespace glossgraph::corpus
