#include "core/graph/families.hpp"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>

#include <algorithm>
#include <unordered_map>

namespace glossgraph {
namespace {

using TermGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// Vertex i is data.terms[i].
TermGraph relation_graph(const GraphData& data) {
    std::unordered_map<std::string_view, std::size_t> index;
    index.reserve(data.terms.size());
    for (std::size_t i = 0; i < data.terms.size(); ++i) index.emplace(data.terms[i].key, i);
    TermGraph graph(data.terms.size());
    for (const GraphRelation& r : data.relations) {
        const auto from = index.find(r.from_key);
        const auto to = index.find(r.to_key);
        if (from != index.end() && to != index.end()) boost::add_edge(from->second, to->second, graph);
    }
    return graph;
}

}  // namespace

std::vector<TermFamily> term_families(const GraphData& data) {
    const TermGraph graph = relation_graph(data);
    std::vector<std::size_t> component(data.terms.size());
    const std::size_t count = data.terms.empty() ? 0 : boost::connected_components(graph, component.data());
    std::vector<TermFamily> families(count);
    for (std::size_t i = 0; i < data.terms.size(); ++i) families[component[i]].keys.push_back(data.terms[i].key);
    // Terms are sorted by key, so each family's keys are too.
    std::erase_if(families, [](const TermFamily& f) { return f.keys.size() < 2; });
    std::sort(families.begin(), families.end(), [](const TermFamily& x, const TermFamily& y) {
        return x.keys.size() != y.keys.size() ? x.keys.size() > y.keys.size() : x.keys.front() < y.keys.front();
    });
    return families;
}

}  // namespace glossgraph
