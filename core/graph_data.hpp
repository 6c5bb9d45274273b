#pragma once
// The knowledge graph as plain data: model types, below both the store that reads them in one
// piece (Store::graph_data) and the Boost.Graph analyses (core/graph/knowledge_graph.hpp) and
// exporters they are handed to. Every list is sorted by its stable ids (codes, file names,
// keys), so whatever is written from it is deterministic.
#include "core/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace glossgraph {

// A name a region had before its name of today, while its code stayed: 420600 was 襄樊市 until
// 2010, when it became 襄阳市.
struct FormerRegionName {
    std::string code;
    std::string name;
    int until = 0;  // the year it was changed (in use during it)
};

struct GraphReport {
    std::string file;  // identity
    std::string title;
    std::optional<int> year;
    std::optional<std::string> delivered_on;  // YYYY-MM-DD
    std::optional<std::string> speaker;
    Script script = Script::unknown;
    std::string region_code;  // empty when the region is unknown
    Damage damage = Damage::none;  // of its text (core/text/damaged_runs.hpp)
};

struct GraphTerm {
    std::string key;                         // identity
    std::string label;                       // the preferred written form
    std::vector<std::string> written_forms;  // every distinct written form, sorted
};

// One region's definition of a term: an entry of a report's glossary.
struct GraphDefinition {
    long long entry_id = 0;  // stable while the report is not re-imported
    std::string term_key;
    std::string report_file;
    std::string term;        // as written in that glossary
    std::string text;        // the definition as written (damaged runs repaired where sure)
    std::optional<int> footnote;
    Damage damage = Damage::none;  // whether its lines held a damaged run, repaired or left
};

struct GraphMention {
    std::string term_key;
    std::string report_file;
    int count = 0;
    bool quoted = false;
    bool anchored = false;
    bool defines = false;  // the report defines the term too
};

// Term -> term: variant_suffix, variant_numeral, variant_expansion, family, refers_to
// (from the definitions), and broader (from a narrower term to its head, from footnotes).
struct GraphRelation {
    std::string from_key;
    std::string to_key;
    // Parsed once where the relation is read (GraphReader leaves out a stored row whose kind
    // glossgraph does not know); written as to_string(kind) where output is made.
    RelationKind kind = RelationKind::variant_suffix;
    std::string rule;  // evidence in words
};

// A definition taken from an earlier one (core/graph/lineage.hpp: derivation_edges), both by
// entry id. Not read from the store: made by the lineage analysis for the exports.
struct GraphDerivation {
    long long entry_id = 0;         // the definition derived
    long long source_entry_id = 0;  // the definition it was taken from
    std::string relation;           // verbatim or adapted
    std::string direction;          // self, down, up, across or distant
    double similarity = 1.0;
};

// A reading of a term: its definitions that say the same thing (core/graph/term_diff.hpp:
// diff_term), by entry id. Not read from the store: made for the view of one term (export
// --term), which DOT draws as term -> reading -> the regions holding it.
struct GraphReading {
    std::string term_key;
    std::string text;                  // the reading's representative definition, as written
    std::vector<long long> entry_ids;  // its definitions, ascending
};

struct GraphData {
    // By code: the regions reports are filed under, the regions their lines of history continue
    // into (their successors to today: 罗江区 for a report of 罗江县), and their ancestors.
    std::vector<Region> regions;
    std::vector<GraphReport> reports;        // by file
    std::vector<GraphTerm> terms;            // by key
    std::vector<GraphDefinition> definitions;  // by term key, report file, entry id
    std::vector<GraphMention> mentions;      // by term key, report file
    std::vector<GraphRelation> relations;    // by from key, to key, the kind's name
    std::vector<GraphDerivation> derivations;  // by entry id; empty unless derivation_edges() filled it
    std::vector<RegionLink> region_links;    // between two of the regions; by from, to, year
    std::vector<FormerRegionName> former_region_names;  // of the regions; by code, then year
    std::vector<GraphReading> readings;      // by term key, main reading first; empty unless term_readings() filled it
};

}  // namespace glossgraph
