#pragma once
// How regions define one term: its definitions grouped into readings (core/compare), and the
// terms whose regions do not agree.
#include "core/compare/bounded_diff.hpp"
#include "core/compare/diff.hpp"
#include "core/compare/readings.hpp"
#include "core/graph_data.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

// One definition of a reading, with the report that gives it.
struct ReadingMember {
    long long entry_id = 0;
    std::string term_key;     // the key it is filed under (a variant's key with include_variants)
    std::string term;         // the term as written in that glossary
    std::string text;         // the definition as written
    std::string report;       // the report's file
    std::optional<int> year;  // the report's year
    std::string region_code;  // empty when the report has no region
    std::string region;       // the region's name; empty when the report has no region
};

struct ReadingSimilarity {
    double edit = 1.0;   // bounded_edit_similarity() of the two representatives (edit_similarity() when exact)
    double items = 1.0;  // item_overlap(enumerated_items(...)).jaccard of the two representatives
};

struct TermReading {
    std::string text;                    // the representative definition, as written
    std::vector<ReadingMember> members;  // in data order: term key, report file, entry id
    ReadingSimilarity similarity_to_main;  // {1, 1} for the main reading itself
    // char_diff() from the main reading's representative to this one, both in display form:
    // as written, converted to Simplified (to_simplified), so that the script of a Traditional
    // report is not shown as a difference while punctuation and damaged spots stay visible.
    // The main reading's diff is one equal span (none when its text is empty). Made with
    // bounded_diff(), so it takes at most about kCompareWork steps.
    std::vector<DiffSpan> diff;
    // False when the definitions are too long to compare character by character within that
    // work: then similarity_to_main.edit is a lower bound estimated sentence by sentence and
    // item by item, and pieces that changed may be shown removed and inserted whole.
    bool exact = true;
};

// The definitions of a term, each with its report's year and region, as diff_term reads them.
struct TermDefinitions {
    std::vector<std::string> keys;              // the known keys read, sorted
    std::vector<ReadingMember> definitions;     // in data order: term key, report file, entry id
};

// The definitions of the term `key` and, with include_variants, of every term reachable from
// key over variant_* relations (followed in both directions, any number of hops). An unknown
// key gives none (and keys holds only the known variants, if any).
TermDefinitions term_definitions(const GraphData& data, const std::string& key, bool include_variants);

struct TermDiff {
    std::string key;                    // as asked
    std::string label;                  // the term's label; empty when the key is unknown
    std::vector<std::string> keys;      // the keys whose definitions were grouped, sorted
    std::vector<TermReading> readings;  // largest first (group_readings() order); the first is the main reading
};

// How much diff_term says of each reading: its members and text only (what a timeline needs),
// or also its similarity to the main reading and the character diff from it (the costly part:
// a bounded_diff per reading).
enum class ReadingDetail { members, compared };

// The definitions of the term `key` grouped into readings with group_readings(threshold).
// With ReadingDetail::members, similarity_to_main, diff and exact keep their defaults.
// With include_variants, the definitions of every term reachable from key over variant_*
// relations (followed in both directions, any number of hops) are grouped with them.
// Definitions whose report has no region are grouped like any other (region empty).
// An unknown key, or a term without definitions, gives no readings (keys holds the known ones).
// Throws usage_error when threshold is not in [0, 1].
TermDiff diff_term(const GraphData& data, const std::string& key, bool include_variants,
                   double threshold = kDefaultReadingThreshold, ReadingDetail detail = ReadingDetail::compared);

// The readings of the term `key` (its own definitions, no variants) as diff_term groups them,
// main reading first, each by the entry ids of its definitions: for drawing (GraphData::readings).
// None for an unknown key or a term without definitions. Throws usage_error when threshold is
// not in [0, 1].
std::vector<GraphReading> term_readings(const GraphData& data, const std::string& key,
                                        double threshold = kDefaultReadingThreshold);

struct DifferingTerm {
    std::string key;
    std::string label;
    int regions = 0;   // distinct region codes among the reports that define it
    int readings = 0;  // readings among all its definitions (those without a region included)
};

// Every term defined by reports of at least min_regions distinct regions (a value below 2
// counts as 2) whose definitions form two readings or more, as diff_term(key, false) would
// group them; most regions first, then by key. Only terms with enough regions are grouped,
// and grouping costs grow with a term's distinct comparison texts, not its definitions.
// Throws usage_error when threshold is not in [0, 1].
std::vector<DifferingTerm> differing_terms(const GraphData& data, int min_regions = 2,
                                           double threshold = kDefaultReadingThreshold);

}  // namespace glossgraph
