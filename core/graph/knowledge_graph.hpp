#pragma once
// The knowledge graph as a Boost.Graph adjacency_list: one vertex per term, report and
// region of a GraphData, and one typed edge per fact that links them.
#include "core/graph_data.hpp"

#include <boost/graph/adjacency_list.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace glossgraph {

// The kind of an edge, always in the direction given:
//   defines     report -> term      one per GraphDefinition (a glossary entry)
//   mentions    report -> term      one per GraphMention
//   in_region   report -> region    the report's region
//   part_of     region -> region    its parent (the two names of the exports' edges)
//   broader, refers_to, variant_suffix, variant_numeral, variant_expansion, family
//               term -> term        one per GraphRelation, from from_key to to_key
//   derived_from report -> report   one per GraphDerivation: the report of the derived
//                                   definition to the report of its source
// The variant_* kinds are the "variant_of" edges of the issue; the rule that found each
// is kept apart so a reader can tell a suffix variant from a numeral one.
enum class EdgeKind {
    defines,
    mentions,
    in_region,
    part_of,
    broader,
    refers_to,
    variant_suffix,
    variant_numeral,
    variant_expansion,
    family,
    derived_from,
};
// The names of the RelationKinds (core/model.hpp) for the term -> term kinds; "defines",
// "mentions", "in_region", "part_of" and "derived_from" for the others.
std::string_view to_string(EdgeKind kind);
// The edge of a GraphRelation of that kind: the term -> term kind of the same name.
EdgeKind edge_kind(RelationKind kind);
// True for the term -> term kinds (broader, refers_to, variant_*, family): not derived_from.
bool is_term_relation(EdgeKind kind);

// Which element of the GraphData a vertex stands for: index into data.terms, data.reports or
// data.regions according to kind.
struct VertexProps {
    NodeKind kind = NodeKind::term;
    std::size_t index = 0;
};

// Which element of the GraphData an edge comes from: index into data.definitions (defines),
// data.mentions (mentions), data.relations (term -> term kinds), data.reports (in_region),
// data.regions (part_of: the child region) or data.derivations (derived_from).
struct EdgeProps {
    EdgeKind kind = EdgeKind::defines;
    std::size_t index = 0;
};

// Built once from a GraphData and read-only afterwards.
//
// Bidirectional (each vertex knows its in-edges as well as its out-edges) because the
// analyses walk both ways: from a term to the reports that define or mention it (in-edges),
// from a report to its terms (out-edges), from a region to the reports located in it. Vertices
// and out-edge lists are vectors (vecS): no vertex is ever removed, so descriptors are dense
// indices. The vertices are numbered in the order of the data: terms first (vertex i is
// data.terms[i]), then reports, then regions.
//
// Building is linear in the size of the data: each element is added once, and each edge end
// is found through a hash map from the element's identity (term key, report file, region
// code). Elements that name an unknown end are left out, not reported: a definition or
// mention of a term or report missing from the data, a relation with an unknown end,
// a report whose region_code is empty or not in data.regions, a region whose parent is not.
class KnowledgeGraph {
public:
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps, EdgeProps>;
    using Vertex = Graph::vertex_descriptor;
    using Edge = Graph::edge_descriptor;

    // Keeps a reference to data: data must outlive the graph and must not change while the
    // graph is in use (the hash maps view its strings). data's lists must be sorted and free of
    // duplicate identities, as Store::graph_data() gives them.
    explicit KnowledgeGraph(const GraphData& data);
    KnowledgeGraph(GraphData&&) = delete;  // would dangle

    const Graph& graph() const { return graph_; }
    const GraphData& data() const { return data_; }

    // The vertex of a term key, report file or region code; nullopt when the data has none.
    std::optional<Vertex> term(std::string_view key) const;
    std::optional<Vertex> report(std::string_view file) const;
    std::optional<Vertex> region(std::string_view code) const;

    // The vertex of data.terms[index], data.reports[index], data.regions[index]; index must be
    // in range.
    Vertex term_vertex(std::size_t index) const { return index; }
    Vertex report_vertex(std::size_t index) const { return data_.terms.size() + index; }
    Vertex region_vertex(std::size_t index) const { return data_.terms.size() + data_.reports.size() + index; }

    // What a vertex or an edge stands for (see VertexProps and EdgeProps).
    const VertexProps& props(Vertex v) const { return graph_[v]; }
    const EdgeProps& props(Edge e) const { return graph_[e]; }

private:
    using Index = std::unordered_map<std::string_view, Vertex>;
    static std::optional<Vertex> find(const Index& index, std::string_view id);
    void add_vertices();
    void add_region_edges();
    void add_report_edges();
    void add_relations();
    void add_derivations();

    const GraphData& data_;
    Graph graph_;
    Index terms_;
    Index reports_;
    Index regions_;
};

}  // namespace glossgraph
