#pragma once
// Copies across the corpus: which definitions a region took from another region (from whom)
// and which it wrote itself, and the regions most copied from. Built on each term's lineage
// (core/graph/lineage.hpp): a copy is a definition derived, verbatim or adapted, from another
// region's; one derived from the region's own earlier definition (self) it wrote itself.
#include "core/graph_data.hpp"
#include "core/graph/lineage.hpp"
#include "core/report_filter.hpp"

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace glossgraph {

// One definition and where its lineage says it comes from. The definition and its source
// are without their texts (ReadingMember::text empty): this is for counting and listing.
struct Derivation {
    ReadingMember definition;
    LineageRelation relation = LineageRelation::original;
    std::optional<LineageDirection> direction;
    std::optional<double> similarity;
    std::optional<ReadingMember> source;

    // Taken from another region (not original, not self).
    bool copied() const { return source && direction != LineageDirection::self; }
};

// The definitions of the reports `chosen` lets through (ReportFilter::matches), by term key,
// then as lineage orders them, with their derivations. Each term's lineage is made from all of
// its definitions in data, so a source may lie outside the chosen reports; only terms that a
// chosen report defines are traced (trace_terms: on every core).
std::vector<Derivation> derivations(const GraphData& data, const ReportFilter& chosen,
                                    double threshold = kDefaultLineageThreshold);

// A region others copied from.
struct CopiedRegion {
    std::string region_code;
    std::string region;
    std::size_t copies = 0;    // definitions copied from it
    std::size_t verbatim = 0;  // of them, word for word
    std::size_t adapted = 0;
    std::size_t copiers = 0;   // distinct regions that copied from it
    std::size_t terms = 0;     // distinct terms copied from it
};

// The regions the copies among `all` were taken from: most copies first, then most copiers,
// then region code. Sources without a region are left out.
std::vector<CopiedRegion> most_copied_from(const std::vector<Derivation>& all);

// How the definitions of `all` came about: copied from other regions (verbatim or adapted),
// or written by their own region (original, or self: from its own earlier definitions), and
// the regions copied from.
struct CopyCounts {
    std::size_t definitions = 0, copied = 0, verbatim = 0, adapted = 0, original = 0, self = 0;
    std::set<std::string> sources;
};
CopyCounts count_copies(const std::vector<Derivation>& all);

}  // namespace glossgraph
