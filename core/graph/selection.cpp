#include "core/graph/selection.hpp"

#include "core/errors.hpp"
#include "core/graph/graph_lookup.hpp"

#include <algorithm>
#include <deque>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace glossgraph {
namespace {

using Vertex = KnowledgeGraph::Vertex;

// The chosen vertices; the edges between them follow from these (see selection.hpp).
class Selection {
public:
    explicit Selection(const KnowledgeGraph& graph)
        : graph_(graph), chosen_(boost::num_vertices(graph.graph()), false) {}

    bool has(Vertex v) const { return chosen_[v]; }
    void add(Vertex v) {
        if (!chosen_[v]) {
            chosen_[v] = true;
            vertices_.push_back(v);
        }
    }
    // Adds a region and every ancestor (its part_of edges).
    void add_region_chain(Vertex region);
    // Adds each chosen report's region chain.
    void add_regions_of_reports();
    // Adds every term a chosen report defines or mentions.
    void add_terms_of_reports();
    const std::vector<Vertex>& vertices() const { return vertices_; }
    // The data of the chosen vertices and of the edges between them, in data order.
    GraphData extract() const;

private:
    std::vector<std::size_t> indices(NodeKind kind) const;
    std::vector<std::size_t> edge_indices(bool (*wanted)(EdgeKind)) const;

    const KnowledgeGraph& graph_;
    std::vector<bool> chosen_;
    std::vector<Vertex> vertices_;  // in order of choice
};

void Selection::add_region_chain(Vertex region) {
    const auto& g = graph_.graph();
    for (bool climbing = true; climbing && !has(region);) {
        add(region);
        climbing = false;
        for (const auto e : boost::make_iterator_range(boost::out_edges(region, g)))
            if (g[e].kind == EdgeKind::part_of) {
                region = boost::target(e, g);
                climbing = true;
            }
    }
}

void Selection::add_regions_of_reports() {
    const auto& g = graph_.graph();
    const std::vector<Vertex> chosen = vertices_;
    for (const Vertex v : chosen) {
        if (g[v].kind != NodeKind::report) continue;
        for (const auto e : boost::make_iterator_range(boost::out_edges(v, g)))
            if (g[e].kind == EdgeKind::in_region) add_region_chain(boost::target(e, g));
    }
}

void Selection::add_terms_of_reports() {
    const auto& g = graph_.graph();
    const std::vector<Vertex> chosen = vertices_;
    for (const Vertex v : chosen) {
        if (g[v].kind != NodeKind::report) continue;
        for (const auto e : boost::make_iterator_range(boost::out_edges(v, g)))
            if (g[e].kind == EdgeKind::defines || g[e].kind == EdgeKind::mentions) add(boost::target(e, g));
    }
}

std::vector<std::size_t> Selection::indices(NodeKind kind) const {
    std::vector<std::size_t> found;
    for (const Vertex v : vertices_)
        if (graph_.props(v).kind == kind) found.push_back(graph_.props(v).index);
    std::sort(found.begin(), found.end());
    return found;
}

// Edges are found from their source, so each is seen once.
std::vector<std::size_t> Selection::edge_indices(bool (*wanted)(EdgeKind)) const {
    const auto& g = graph_.graph();
    std::vector<std::size_t> found;
    for (const Vertex v : vertices_)
        for (const auto e : boost::make_iterator_range(boost::out_edges(v, g)))
            if (wanted(g[e].kind) && has(boost::target(e, g))) found.push_back(g[e].index);
    std::sort(found.begin(), found.end());
    return found;
}

template <typename T>
std::vector<T> pick(const std::vector<T>& items, const std::vector<std::size_t>& indices) {
    std::vector<T> picked;
    picked.reserve(indices.size());
    for (const std::size_t i : indices) picked.push_back(items[i]);
    return picked;
}

// The links of data between two of these regions.
std::vector<RegionLink> links_among(const GraphData& data, const std::vector<Region>& regions) {
    std::unordered_set<std::string_view> codes;
    for (const Region& region : regions) codes.insert(region.code);
    std::vector<RegionLink> links;
    for (const RegionLink& link : data.region_links)
        if (codes.contains(link.from_code) && codes.contains(link.to_code)) links.push_back(link);
    return links;
}

// The former names of data of these regions.
std::vector<FormerRegionName> former_names_among(const GraphData& data, const std::vector<Region>& regions) {
    std::unordered_set<std::string_view> codes;
    for (const Region& region : regions) codes.insert(region.code);
    std::vector<FormerRegionName> names;
    for (const FormerRegionName& name : data.former_region_names)
        if (codes.contains(name.code)) names.push_back(name);
    return names;
}

// Adds to codes the regions their lines of history continue into (successors over every
// link but split_from, transitively), as graph_data has them beside the regions of reports.
void add_successors(const GraphData& data, std::set<std::string>& codes) {
    std::vector<std::string> todo(codes.begin(), codes.end());
    while (!todo.empty()) {
        const std::string at = std::move(todo.back());
        todo.pop_back();
        for (const RegionLink& link : data.region_links)
            if (link.from_code == at && continues_line(link.change) && codes.insert(link.to_code).second)
                todo.push_back(link.to_code);
    }
}

// Sets out's regions to those of these codes, the regions their lines of history continue
// into and all their ancestors, with the links among them, in data's order.
void add_regions(const GraphData& data, std::set<std::string> codes, GraphData& out) {
    add_successors(data, codes);
    std::set<std::string> with_ancestors;
    for (const std::string& code : codes)
        for (const Region* region : region_chain(data, code)) with_ancestors.insert(region->code);
    for (const Region& region : data.regions)
        if (with_ancestors.contains(region.code)) out.regions.push_back(region);
    out.region_links = links_among(data, out.regions);
    out.former_region_names = former_names_among(data, out.regions);
}

bool is_defines(EdgeKind kind) { return kind == EdgeKind::defines; }
bool is_mentions(EdgeKind kind) { return kind == EdgeKind::mentions; }

GraphData Selection::extract() const {
    const GraphData& data = graph_.data();
    GraphData out;
    out.regions = pick(data.regions, indices(NodeKind::region));
    out.region_links = links_among(data, out.regions);
    out.former_region_names = former_names_among(data, out.regions);
    out.reports = pick(data.reports, indices(NodeKind::report));
    out.terms = pick(data.terms, indices(NodeKind::term));
    out.definitions = pick(data.definitions, edge_indices(is_defines));
    out.mentions = pick(data.mentions, edge_indices(is_mentions));
    out.relations = pick(data.relations, edge_indices(is_term_relation));
    out.derivations = derivations_within(data.derivations, out);
    return out;
}

// Breadth first over term -> term edges in both directions, no further than depth hops.
void add_term_neighbourhood(const KnowledgeGraph& graph, Vertex start, int depth, Selection& selection) {
    const auto& g = graph.graph();
    std::unordered_map<Vertex, int> distance{{start, 0}};
    std::deque<Vertex> queue{start};
    const auto reach = [&](Vertex from, Vertex to, EdgeKind kind) {
        if (!is_term_relation(kind) || distance.contains(to)) return;
        distance.emplace(to, distance.at(from) + 1);
        queue.push_back(to);
    };
    while (!queue.empty()) {
        const Vertex v = queue.front();
        queue.pop_front();
        selection.add(v);
        if (distance.at(v) == depth) continue;
        for (const auto e : boost::make_iterator_range(boost::out_edges(v, g))) reach(v, boost::target(e, g), g[e].kind);
        for (const auto e : boost::make_iterator_range(boost::in_edges(v, g))) reach(v, boost::source(e, g), g[e].kind);
    }
}

// Adds every report that defines or mentions one of terms (a copy: adding grows the selection).
void add_reports_of_terms(const KnowledgeGraph& graph, Selection& selection, std::vector<Vertex> terms) {
    const auto& g = graph.graph();
    for (const Vertex v : terms)
        for (const auto e : boost::make_iterator_range(boost::in_edges(v, g)))
            if (g[e].kind == EdgeKind::defines || g[e].kind == EdgeKind::mentions) selection.add(boost::source(e, g));
}

// The reports located in a region and, with_subregions, in the regions under it: a walk down
// the tree that visits each region once, so a cycle in the parent codes (a damaged regions
// table; Store::graph_data refuses one) cannot make it go round for ever.
void add_reports_of_region(const KnowledgeGraph& graph, Vertex top, Selection& selection, bool with_subregions) {
    const auto& g = graph.graph();
    std::vector<Vertex> pending{top};
    selection.add(top);
    while (!pending.empty()) {
        const Vertex region = pending.back();
        pending.pop_back();
        for (const auto e : boost::make_iterator_range(boost::in_edges(region, g))) {
            const Vertex from = boost::source(e, g);
            if (g[e].kind == EdgeKind::in_region) {
                selection.add(from);
            } else if (g[e].kind == EdgeKind::part_of && with_subregions && !selection.has(from)) {
                selection.add(from);
                pending.push_back(from);
            }
        }
    }
}

GraphData select_reports_of_region(const KnowledgeGraph& graph, std::string_view code, bool with_subregions) {
    const auto region = graph.region(code);
    if (!region) return {};
    Selection selection(graph);
    add_reports_of_region(graph, *region, selection, with_subregions);
    selection.add_terms_of_reports();
    // The region itself is chosen already, which would stop the climb: start at its parents.
    for (const auto e : boost::make_iterator_range(boost::out_edges(*region, graph.graph())))
        if (graph.graph()[e].kind == EdgeKind::part_of) selection.add_region_chain(boost::target(e, graph.graph()));
    return selection.extract();
}

}  // namespace

std::vector<GraphDerivation> derivations_within(const std::vector<GraphDerivation>& derivations, const GraphData& part) {
    std::unordered_set<long long> entries;
    for (const GraphDefinition& d : part.definitions) entries.insert(d.entry_id);
    std::vector<GraphDerivation> kept;
    for (const GraphDerivation& d : derivations)
        if (entries.contains(d.entry_id) && entries.contains(d.source_entry_id)) kept.push_back(d);
    return kept;
}

GraphData select_term(const KnowledgeGraph& graph, std::string_view key, int depth) {
    if (depth < 0) throw usage_error("term selection depth must not be negative, got " + std::to_string(depth));
    const auto start = graph.term(key);
    if (!start) return {};
    Selection selection(graph);
    add_term_neighbourhood(graph, *start, depth, selection);
    add_reports_of_terms(graph, selection, selection.vertices());
    selection.add_regions_of_reports();
    return selection.extract();
}

GraphData select_term(const GraphData& data, std::string_view key, int depth) {
    return select_term(KnowledgeGraph(data), key, depth);
}

GraphData select_region(const KnowledgeGraph& graph, std::string_view code) {
    return select_reports_of_region(graph, code, false);
}

GraphData select_region(const GraphData& data, std::string_view code) { return select_region(KnowledgeGraph(data), code); }

GraphData select_within(const KnowledgeGraph& graph, std::string_view code) {
    return select_reports_of_region(graph, code, true);
}

GraphData select_within(const GraphData& data, std::string_view code) {
    return select_within(KnowledgeGraph(data), code);
}

GraphData select_reports(const GraphData& data, const ReportFilter& filter) {
    if (!filter.any()) return data;
    GraphData out;
    std::unordered_set<std::string> files;
    std::set<std::string> region_codes;
    for (const GraphReport& report : data.reports) {
        if (!filter.matches(report.region_code, report.year)) continue;
        out.reports.push_back(report);
        files.insert(report.file);
        if (!report.region_code.empty()) region_codes.insert(report.region_code);
    }
    add_regions(data, region_codes, out);
    std::unordered_set<std::string> keys;
    for (const GraphDefinition& definition : data.definitions)
        if (files.contains(definition.report_file)) {
            out.definitions.push_back(definition);
            keys.insert(definition.term_key);
        }
    for (const GraphMention& mention : data.mentions)
        if (files.contains(mention.report_file)) {
            out.mentions.push_back(mention);
            keys.insert(mention.term_key);
        }
    for (const GraphTerm& term : data.terms)
        if (keys.contains(term.key)) out.terms.push_back(term);
    for (const GraphRelation& relation : data.relations)
        if (keys.contains(relation.from_key) && keys.contains(relation.to_key)) out.relations.push_back(relation);
    out.derivations = derivations_within(data.derivations, out);
    return out;
}

namespace {

// The terms a narrowing keeps: with definitions in the part, from at least min_regions regions.
std::unordered_set<std::string> kept_terms(const GraphData& part, const Narrowing& narrowing) {
    std::unordered_map<std::string, std::set<std::string>> regions;  // term key -> defining regions
    std::unordered_map<std::string_view, const GraphReport*> reports;
    for (const GraphReport& report : part.reports) reports.emplace(report.file, &report);
    for (const GraphDefinition& d : part.definitions) {
        std::set<std::string>& codes = regions[d.term_key];
        const auto report = reports.find(d.report_file);
        if (report != reports.end() && !report->second->region_code.empty()) codes.insert(report->second->region_code);
    }
    std::unordered_set<std::string> kept;
    for (const GraphTerm& term : part.terms) {
        const auto found = regions.find(term.key);
        const bool defined = found != regions.end();
        if (narrowing.defines_only && !defined) continue;
        if (narrowing.min_regions > 0 && (!defined || found->second.size() < static_cast<std::size_t>(narrowing.min_regions)))
            continue;
        kept.insert(term.key);
    }
    return kept;
}

}  // namespace

GraphData narrow(GraphData&& part, const Narrowing& narrowing) {
    if (!narrowing.defines_only && narrowing.min_regions <= 0) return std::move(part);
    return narrow(static_cast<const GraphData&>(part), narrowing);
}

GraphData narrow(const GraphData& part, const Narrowing& narrowing) {
    if (!narrowing.defines_only && narrowing.min_regions <= 0) return part;
    const std::unordered_set<std::string> keys = kept_terms(part, narrowing);
    GraphData out;
    std::unordered_set<std::string> files;
    for (const GraphDefinition& d : part.definitions) {
        if (!keys.contains(d.term_key)) continue;
        out.definitions.push_back(d);
        files.insert(d.report_file);
    }
    for (const GraphMention& m : part.mentions) {
        if (narrowing.defines_only || !keys.contains(m.term_key)) continue;
        out.mentions.push_back(m);
        files.insert(m.report_file);
    }
    std::set<std::string> codes;
    for (const GraphReport& report : part.reports) {
        if (!files.contains(report.file)) continue;
        out.reports.push_back(report);
        if (!report.region_code.empty()) codes.insert(report.region_code);
    }
    add_regions(part, codes, out);
    for (const GraphTerm& term : part.terms)
        if (keys.contains(term.key)) out.terms.push_back(term);
    for (const GraphRelation& r : part.relations)
        if (keys.contains(r.from_key) && keys.contains(r.to_key)) out.relations.push_back(r);
    out.derivations = derivations_within(part.derivations, out);
    for (const GraphReading& reading : part.readings)
        if (keys.contains(reading.term_key)) out.readings.push_back(reading);
    return out;
}

}  // namespace glossgraph
