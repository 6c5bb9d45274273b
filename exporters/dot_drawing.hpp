#pragma once
// What the DOT exporter draws of GraphData: the property graph (exporters/property_graph.hpp)
// made fit for a picture a person reads.
//   - A term with readings (GraphData::readings, made for export --term) is drawn as
//     term -> reading -> the regions holding it, instead of one defines edge per report, and
//     the derivations are drawn between regions.
//   - Past dot_report_edge_limit edges of reports (defines, mentions, derived_from), they are
//     drawn by region: one edge per region and term (or per two regions), its width and
//     tooltip giving the number of reports behind it; a derivation within a region is left out.
//   - A report left with no edge but the one to its region is not drawn.
// Each node knows the region whose cluster holds it (a report its region's, a reading none).
#include "core/graph_data.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace glossgraph {

// Beyond this many edges of reports, they are drawn by region.
inline constexpr std::size_t dot_report_edge_limit = 150;

enum class DrawnKind { region, report, term, reading };

struct DrawnNode {
    std::string id;
    DrawnKind kind = DrawnKind::term;
    std::string label;    // as shown, not yet cut
    std::string tooltip;  // empty: none
    std::string region;   // code of the region it is drawn with (itself for a region); empty: top level
};

// Its texts are views of strings the drawing holds (Drawing::intern): a corpus drawn by region
// has hundreds of thousands of edges, most of them sharing their ends, kind and tooltip.
struct DrawnEdge {
    std::string_view source;  // node ids
    std::string_view target;
    std::string_view kind;     // a property graph edge kind, or drawn_has_reading / drawn_held_by
    std::string_view tooltip;  // empty: the kind
    int weight = 1;            // reports behind an edge drawn by region
};

inline constexpr std::string_view drawn_has_reading = "has_reading";
inline constexpr std::string_view drawn_held_by = "held_by";

// Moved, never copied: the edges' views point into its own strings.
class Drawing {
public:
    Drawing() = default;
    Drawing(const Drawing&) = delete;
    Drawing& operator=(const Drawing&) = delete;
    Drawing(Drawing&&) = default;
    Drawing& operator=(Drawing&&) = default;

    // text held by the drawing for as long as it lives; equal texts share one string.
    const std::string& intern(std::string_view text) { return *texts_.emplace(text).first; }

    std::vector<DrawnNode> nodes;  // regions, reports, terms, readings: in data order
    std::vector<DrawnEdge> edges;
    bool by_region = false;  // whether the edges of reports were drawn by region

private:
    std::unordered_set<std::string> texts_;  // node-based: a string never moves
};

Drawing make_drawing(const GraphData& data);

// "reading:<term key>:<n>": the n-th reading (from 1) of a term, escaped as node ids are.
std::string reading_node_id(std::string_view key, std::size_t n);

}  // namespace glossgraph
