#pragma once
// Which terms are central: how widely they are used, and how much they bridge.
#include "core/graph_data.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace glossgraph {

struct CentralTerm {
    std::string key;
    std::string label;
    int regions = 0;  // distinct regions whose reports define or mention the term
    // Normalised betweenness centrality in the projection (see central_terms()), in [0, 1];
    // empty when the term was left out of the projection.
    std::optional<double> betweenness;
};

// The budget of the betweenness computation, in vertex-times-edge steps of the projection
// (Brandes' algorithm costs O(V * E) for an unweighted graph); 5e7 steps take about a second
// (Release build: 1.3e7 took 0.2 to 0.35 s).
inline constexpr double kBetweennessBudget = 5e7;
// At most this many times `top` terms enter the projection.
inline constexpr std::size_t kBetweennessTermsPerTop = 5;

// Every term of data ranked by the number of distinct regions whose reports define or mention
// it (reports without a region count for none), most first, then by key; the first `top` of
// them, or all when top is 0.
//
// Betweenness is computed with boost::brandes_betweenness_centrality on an undirected
// projection of the graph onto candidate terms and areas. An area is a prefecture, into which
// its counties are folded, or a region that has no prefecture above it (a province, or a
// county directly under its province). The vertices: the candidate terms, the areas whose
// reports define or mention a candidate, and the provinces above those areas. The edges:
// term - area when a report in the area defines or mentions the term (one edge per pair),
// area - province, and term - term for every relation between two candidates (one edge per
// pair, any kind, direction ignored). Reports are folded into areas, so a term is central when
// it lies on the short paths between areas and the terms they use, not when many reports of
// one place repeat it; counties are folded too because the top terms of a large store are
// used by nearly every county: with 3,000 county vertices Brandes' algorithm took 7 s for 18
// candidates over 15,000 reports, where some 340 prefectures take 0.3 s for 100. The value is normalised by
// (n - 1)(n - 2) / 2 for the n vertices of the projection, so it lies in [0, 1].
//
// The candidates are the best-ranked terms, in rank order, at most kBetweennessTermsPerTop *
// top of them (top 0: no such limit), and only as many as keep V * E of the projection within
// kBetweennessBudget; the first term always enters. So the cost stays bounded whatever the
// size of the store: `top` 20 over 15,000 reports (100 candidates, 430 vertices, 30,000
// edges) takes about half a second, most of it counting the regions of every term. The terms
// with a betweenness are a prefix of the ranking; with a small store every returned term has one.
std::vector<CentralTerm> central_terms(const GraphData& data, std::size_t top);

}  // namespace glossgraph
