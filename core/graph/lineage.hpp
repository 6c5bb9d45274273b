#pragma once
// Who took whose definition: for each definition of a term, its most likely source among the
// earlier definitions, how it was taken (word for word, adapted, or not at all), and which way
// it went in the administrative tree. Policy wording travels: a prefecture copies its
// province's glossary, a county adapts its prefecture's, a neighbour copies a neighbour.
#include "core/compare/diff.hpp"
#include "core/graph_data.hpp"
#include "core/graph/graph_lookup.hpp"
#include "core/graph/term_diff.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

enum class LineageRelation {
    original,  // no earlier definition is close enough: written anew (or the first)
    verbatim,  // the source's text, identical in comparison form (comparison_text())
    adapted,   // the source's text with changes, similar at or above the threshold
};

// Where the source's region stands from the definition's region.
enum class LineageDirection {
    self,     // the region itself (or its line of history), an earlier year: it kept or reworded its own definition
    down,     // a region above it (its prefecture or province)
    up,       // a region below it
    across,   // a region of the same parent (two provinces count as neighbours)
    distant,  // anything else, and whenever either report has no region
};

std::string_view to_string(LineageRelation relation);    // "original", "verbatim", "adapted"
std::string_view to_string(LineageDirection direction);  // "self", "down", "up", "across", "distant"

// The similarity from which an earlier definition counts as the source: about one edit in
// three code points, so that a definition with one item of a list replaced, dropped or added
// is still taken from its source. Measured on the lineage make_corpus --lineage plants
// (tests/bench/corpus_lineage_test.cpp; 880 derivations): precision is 1.000 at every
// threshold from 0.5 (its independent rewrites stay below 0.45), recall falls from 0.999 at
// 0.5 to 0.988 at 0.65, 0.973 at 0.7, 0.938 at 0.75 and 0.863 at 0.8. 0.7 is the highest
// threshold that keeps recall two points above the aim of 0.95; a lower one gains little
// recall and takes in more independent wordings of one slogan, which in real reports share
// its items and come closer than the corpus's rewrites do.
inline constexpr double kDefaultLineageThreshold = 0.7;

struct LineageEntry {
    ReadingMember definition;
    LineageRelation relation = LineageRelation::original;
    std::optional<std::size_t> source;          // index into Lineage::entries; none for an original
    std::optional<LineageDirection> direction;  // none for an original
    std::optional<double> similarity;           // edit similarity to the source's text; 1 for verbatim
    // adapted: char diff from the source's text to this one, both as written converted to
    // Simplified (to_simplified), as diff_term shows readings; made with bounded_diff().
    std::vector<DiffSpan> diff;
    bool exact = true;  // false when the texts were too long to compare (or diff) exactly
};

struct Lineage {
    // Dated definitions by year, then region code, report and entry id; undated ones last
    // (they are originals and nobody's source: without a year nothing is before or after them).
    std::vector<LineageEntry> entries;
    std::size_t distinct_texts = 0;  // distinct comparison texts among the definitions
    std::size_t compared = 0;        // pairs of distinct texts whose edit distance was computed
    bool capped = false;             // similar_texts() reached a cap: a close source may be missed
};

// The lineage of a term's definitions (term_definitions(): its own, or with its variants).
// A definition's candidate sources are the definitions of earlier years and, of the same year,
// those of a region above its own (a province's glossary reaches its counties within the year).
// Its source is the candidate whose comparison text is closest (edit similarity), if that
// reaches threshold. Of equally close candidates the first by direction (self, down, across,
// up, distant) wins, then the nearer in the tree (a parent before a grandparent, a child before
// a grandchild), then the latest year, then region code, report and entry id.
//
// Cost: the definitions are grouped by comparison text first and only the k distinct texts are
// compared, through similar_texts(): at most kSimilarCandidates comparisons of at most
// kCompareWork steps per distinct text, and none once kSimilarMatches reached the threshold,
// never k * k (500 regions over 5 years, 2,500 definitions all worded differently and all
// alike: 0.12 s). Each definition then looks its source up
// among the definitions of its own text and of at most kSimilarCandidates similar ones, in
// indexes by region, parent and ancestor: O(log n) per text. In all about
// O(n log n + k * kSimilarCandidates * (comparison)) for n definitions.
// Regions are told apart by counted_region(codes), as term_timeline and term_spread tell them:
// with RegionCodes::with_predecessors a region is its line of history (data.region_links:
// 罗江区 taking 罗江县's definition is "self"); with strict, its own code.
// Throws usage_error when threshold is not in (0, 1].
Lineage term_lineage(const GraphData& data, const std::vector<ReadingMember>& definitions,
                     double threshold = kDefaultLineageThreshold, RegionCodes codes = RegionCodes::strict);

// The lineage of each term of `keys` (each key alone, without its variants), from all of its
// definitions in data: use(i, lineage) is called once for keys[i], on one of several threads
// (parallel_for), so it must write only to what belongs to i. A term defined once is an
// original without anything compared. A region is its line of history
// (RegionCodes::with_predecessors).
void trace_terms(const GraphData& data, const std::vector<std::string>& keys, double threshold,
                 const std::function<void(std::size_t, Lineage&)>& use);

// The derivations of the definitions of the terms `keys` as graph edges, by entry id; every
// term with definitions in data when keys is empty.
std::vector<GraphDerivation> derivation_edges(const GraphData& data, std::vector<std::string> keys = {},
                                              double threshold = kDefaultLineageThreshold);

}  // namespace glossgraph
