#include "core/graph/centrality.hpp"

#include "core/graph/graph_lookup.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

#include <algorithm>
#include <set>
#include <unordered_map>

namespace glossgraph {
namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

// For each report (by file), the index of its region in data.regions, or npos.
std::unordered_map<std::string_view, std::size_t> region_of_report(const GraphData& data) {
    std::unordered_map<std::string_view, std::size_t> regions;
    regions.reserve(data.reports.size());
    for (const GraphReport& report : data.reports) {
        const Region* region = region_of(data, report);
        regions.emplace(report.file, region ? static_cast<std::size_t>(region - data.regions.data()) : npos);
    }
    return regions;
}

// For each term, the sorted indices of the regions whose reports define or mention it. A stamp
// per region (the last term that used it) removes repeats without sorting a term's mentions.
std::vector<std::vector<std::size_t>> term_uses(const GraphData& data) {
    const auto regions = region_of_report(data);
    std::vector<std::size_t> stamp(data.regions.size(), npos);
    std::vector<std::vector<std::size_t>> uses(data.terms.size());
    for (std::size_t t = 0; t < data.terms.size(); ++t) {
        std::vector<std::size_t>& used = uses[t];
        const auto use = [&](const std::string& file) {
            const auto found = regions.find(file);
            if (found == regions.end() || found->second == npos || stamp[found->second] == t) return;
            stamp[found->second] = t;
            used.push_back(found->second);
        };
        for (const GraphDefinition& d : definitions_of(data, data.terms[t].key)) use(d.report_file);
        for (const GraphMention& m : mentions_of(data, data.terms[t].key)) use(m.report_file);
        std::sort(used.begin(), used.end());
    }
    return uses;
}

// The area each region is folded into: a county's prefecture when the data has it, else the
// region itself (a province, a prefecture, a county directly under its province).
std::vector<std::size_t> areas(const GraphData& data) {
    std::vector<std::size_t> area(data.regions.size());
    for (std::size_t r = 0; r < data.regions.size(); ++r) {
        const Region* parent = find_region(data, data.regions[r].parent_code);
        const bool fold = data.regions[r].level == RegionLevel::county && parent && parent->level == RegionLevel::prefecture;
        area[r] = fold ? static_cast<std::size_t>(parent - data.regions.data()) : r;
    }
    return area;
}

// The sorted areas of a term's regions.
std::vector<std::size_t> term_areas(const std::vector<std::size_t>& used, const std::vector<std::size_t>& area) {
    std::vector<std::size_t> folded;
    folded.reserve(used.size());
    for (const std::size_t region : used) folded.push_back(area[region]);
    std::sort(folded.begin(), folded.end());
    folded.erase(std::unique(folded.begin(), folded.end()), folded.end());
    return folded;
}

// Term indices, most regions first, then by key (terms are sorted by key already).
std::vector<std::size_t> ranking(const std::vector<std::vector<std::size_t>>& uses) {
    std::vector<std::size_t> order(uses.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return uses[x].size() > uses[y].size(); });
    return order;
}

// The vertices of the projection: candidate terms in rank order, then regions by code (the
// areas of the candidates and their ancestors).
struct Projection {
    std::vector<std::size_t> terms;
    std::vector<std::vector<std::size_t>> term_areas;  // parallel to terms
    std::vector<bool> has_region;                      // over data.regions
    std::size_t vertices = 0;
    std::size_t edges = 0;  // term - area and region - parent; relations are not foreseen
};

// Adds a region and the ancestors not in the projection yet, counting them and noting them
// in added.
void add_region_chain(const GraphData& data, std::size_t region, Projection& p, std::vector<std::size_t>& added) {
    while (region != npos && !p.has_region[region]) {
        p.has_region[region] = true;
        added.push_back(region);
        const Region* parent = find_region(data, data.regions[region].parent_code);
        region = parent ? static_cast<std::size_t>(parent - data.regions.data()) : npos;
        if (parent) ++p.edges;
    }
}

// Takes terms in rank order while the budget allows; a term that would exceed it is taken
// back out, and with it the regions it brought.
Projection choose_candidates(const GraphData& data, const std::vector<std::vector<std::size_t>>& uses,
                             const std::vector<std::size_t>& ranked, std::size_t top) {
    const std::size_t limit = top == 0 ? ranked.size() : std::min(ranked.size(), top * kBetweennessTermsPerTop);
    const std::vector<std::size_t> area = areas(data);
    Projection p{{}, {}, std::vector<bool>(data.regions.size(), false), 0, 0};
    std::vector<std::size_t> added;
    for (std::size_t r = 0; r < limit; ++r) {
        const std::size_t edges_before = p.edges;
        added.clear();
        std::vector<std::size_t> folded = term_areas(uses[ranked[r]], area);
        p.edges += folded.size();
        for (const std::size_t region : folded) add_region_chain(data, region, p, added);
        const std::size_t vertices = p.vertices + 1 + added.size();
        const double cost = static_cast<double>(vertices) * static_cast<double>(p.edges);
        if (!p.terms.empty() && cost > kBetweennessBudget) {
            for (const std::size_t region : added) p.has_region[region] = false;
            p.edges = edges_before;
            break;
        }
        p.terms.push_back(ranked[r]);
        p.term_areas.push_back(std::move(folded));
        p.vertices = vertices;
    }
    return p;
}

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// Builds the projection's graph: vertex i < terms.size() is candidate i, then the regions.
Undirected projection_graph(const GraphData& data, const Projection& p) {
    Undirected graph(p.vertices);
    std::vector<std::size_t> region_vertex(data.regions.size(), npos);
    std::size_t next = p.terms.size();
    for (std::size_t r = 0; r < data.regions.size(); ++r)
        if (p.has_region[r]) region_vertex[r] = next++;
    for (std::size_t r = 0; r < data.regions.size(); ++r) {
        const Region* parent = p.has_region[r] ? find_region(data, data.regions[r].parent_code) : nullptr;
        if (parent) boost::add_edge(region_vertex[r], region_vertex[static_cast<std::size_t>(parent - data.regions.data())], graph);
    }
    std::unordered_map<std::string_view, std::size_t> term_vertex;
    for (std::size_t i = 0; i < p.terms.size(); ++i) {
        term_vertex.emplace(data.terms[p.terms[i]].key, i);
        for (const std::size_t region : p.term_areas[i]) boost::add_edge(i, region_vertex[region], graph);
    }
    std::set<std::pair<std::size_t, std::size_t>> related;
    for (const GraphRelation& relation : data.relations) {
        const auto from = term_vertex.find(relation.from_key);
        const auto to = term_vertex.find(relation.to_key);
        if (from == term_vertex.end() || to == term_vertex.end() || from->second == to->second) continue;
        if (related.insert(std::minmax(from->second, to->second)).second) boost::add_edge(from->second, to->second, graph);
    }
    return graph;
}

// Betweenness of each vertex, normalised by the number of pairs of the other vertices
// (Boost already halves the undirected counts, so each pair is counted once).
std::vector<double> betweenness(const Undirected& graph) {
    const std::size_t n = boost::num_vertices(graph);
    std::vector<double> centrality(n, 0.0);
    if (n < 3) return centrality;
    boost::brandes_betweenness_centrality(
        graph, boost::centrality_map(boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, graph))));
    const double pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0;
    for (double& value : centrality) value /= pairs;
    return centrality;
}

}  // namespace

std::vector<CentralTerm> central_terms(const GraphData& data, std::size_t top) {
    const std::vector<std::vector<std::size_t>> uses = term_uses(data);
    const std::vector<std::size_t> ranked = ranking(uses);
    const Projection projection = choose_candidates(data, uses, ranked, top);
    const std::vector<double> centrality = betweenness(projection_graph(data, projection));
    std::unordered_map<std::size_t, double> of_term;
    for (std::size_t i = 0; i < projection.terms.size(); ++i) of_term.emplace(projection.terms[i], centrality[i]);

    const std::size_t count = top == 0 ? ranked.size() : std::min(top, ranked.size());
    std::vector<CentralTerm> central;
    central.reserve(count);
    for (std::size_t r = 0; r < count; ++r) {
        const GraphTerm& term = data.terms[ranked[r]];
        const auto found = of_term.find(ranked[r]);
        central.push_back({term.key, term.label, static_cast<int>(uses[ranked[r]].size()),
                           found == of_term.end() ? std::nullopt : std::optional<double>(found->second)});
    }
    return central;
}

}  // namespace glossgraph
