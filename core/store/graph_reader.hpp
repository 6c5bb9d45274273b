#pragma once
// The graph part of the store (core/store/store.hpp): the knowledge graph, or the part of it an
// analysis needs, read as plain data (core/graph_data.hpp) for core/graph/ and exporters/.
// Store::graph_reader() hands it out.
#include "core/graph_data.hpp"

#include <string>
#include <vector>

namespace glossgraph {

class Database;

// Lives as long as the Store it belongs to and reads through its connection. Each read of
// several statements is one snapshot, so it is consistent even while another process imports.
class GraphReader final {
public:
    explicit GraphReader(Database& db) : db_(db) {}

    // The whole knowledge graph (see core/graph_data.hpp); one read transaction. Mentions are
    // most of a large store: callers that compare definitions only leave them out. A stored
    // relation of a kind glossgraph does not know (parse_relation_kind) is left out.
    enum class WithMentions { yes, no };
    GraphData graph_data(WithMentions with_mentions = WithMentions::yes) const;
    // The part of the graph that comparing one term needs, read through indexes: the term
    // keyed `key` and, with include_variants, every term reached from it over variant relations
    // (either way); their definitions, the reports of those, their regions as graph_data() has
    // them (lines of history, ancestors, the links between them), and the variant relations
    // among those terms; no mentions. Sorted as graph_data sorts;
    // empty when no term has the key. diff_term gives the same result on it as on graph_data().
    GraphData term_graph_data(const std::string& key, bool include_variants) const;
    // What the analyses of definitions alone read (drifting, copied): the regions reports are
    // filed under with their ancestors, the reports, the definitions, and a term for each key
    // that has definitions, its label left empty (ranking the preferred written form of every
    // term costs more than the rest together: labels() ranks those a command shows). No
    // mentions, written forms or relations. Sorted as graph_data sorts; one snapshot.
    GraphData definitions_data() const;
    // The regions and region links of graph_data() and nothing else: the regions reports are
    // filed under, those their lines of history continue into, and all their ancestors; what
    // the command line resolves a REGION argument against.
    GraphData imported_regions() const;
    // The label (preferred written form, as graph_data has it) of each key; the key itself for
    // one without entries. Ranks only the entries of those terms.
    std::vector<std::string> labels(const std::vector<std::string>& keys) const;

private:
    Database& db_;
};

}  // namespace glossgraph
