#pragma once
// Graphviz DOT: a digraph of regions, reports and terms (the property graph of
// exporters/property_graph.hpp). Provinces and prefectures are clusters (subgraphs named
// "cluster_<code>") holding their own region node, their counties and the reports of those
// regions; terms stand outside. Node shape and colour follow the node kind, edge style the
// edge kind; a "cluster_legend" subgraph explains both. Every text is written through
// escape_dot_id, and the font is "Noto Sans CJK SC" (Debian: fonts-noto-cjk) so that Chinese
// labels render. Graph attributes suit both dot (small graphs) and sfdp (large ones); the
// caller chooses the engine, recommended_layout suggests one.
#include "exporters/exporter.hpp"

#include <cstddef>
#include <string_view>

namespace glossgraph {

// The font of every DOT file glossgraph writes.
inline constexpr std::string_view dot_font = "Noto Sans CJK SC";

// Graphviz refuses a file with a quoted string of more than 16,384 bytes as written ("longer
// than 16384?"). A character is written in at most 5 bytes (& as &amp;), so texts are cut
// (with "…") well below it: a label to what fits on a node, a tooltip (a definition) to
// 2,000 characters.
inline constexpr std::size_t dot_max_label_chars = 200;
inline constexpr std::size_t dot_max_tooltip_chars = 2000;

class DotExporter : public Exporter {
public:
    ExportFormat format() const override { return ExportFormat::dot; }
    Reads reads() const override { return {true, true}; }  // derived_from edges; a term's readings
    void write(const GraphData& data, const ExportOptions& options, std::ostream& out) const override;
};

// Above this many nodes dot's layered layout gets slow and unreadable; sfdp takes over.
inline constexpr std::size_t dot_layout_node_limit = 200;

// "dot" when data has at most dot_layout_node_limit nodes (regions, reports and terms),
// else "sfdp": the Graphviz program to lay the DOT output out with.
std::string_view recommended_layout(const GraphData& data);

}  // namespace glossgraph
