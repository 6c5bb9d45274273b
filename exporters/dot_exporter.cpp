#include "exporters/dot_exporter.hpp"

#include "exporters/dot_drawing.hpp"
#include "exporters/escape.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace glossgraph {
namespace {

constexpr std::string_view font = dot_font;

// Ids are not cut: keys and file names are short (a term has at most 64 characters, a file
// name at most 255 bytes).
constexpr std::size_t max_label_chars = dot_max_label_chars;
constexpr std::size_t max_tooltip_chars = dot_max_tooltip_chars;

std::string dot_label(std::string_view text) { return escape_dot_id(truncate_chars(text, max_label_chars)); }

// rankdir, newrank, nodesep and ranksep steer dot; overlap steers sfdp; each ignores the
// other's, so one file lays out with either.
constexpr std::string_view graph_attributes =
    "charset=\"UTF-8\", rankdir=LR, newrank=true, nodesep=0.25, ranksep=0.9, overlap=false, "
    "outputorder=edgesfirst, bgcolor=\"white\"";

struct NodeStyle {
    DrawnKind kind;
    std::string_view legend;
    std::string_view fill;
    std::string_view line;
    std::string_view attributes;
};
constexpr NodeStyle node_styles[] = {
    {DrawnKind::region, "地区 region", "#d5e8d4", "#82b366", "shape=box, style=\"rounded,filled\""},
    {DrawnKind::report, "报告 report", "#dae8fc", "#6c8ebf", "shape=note, style=filled"},
    {DrawnKind::term, "术语 term", "#fff2cc", "#d6b656", "shape=ellipse, style=filled"},
    {DrawnKind::reading, "读法 reading", "#f8cecc", "#b85450", "shape=box, style=\"filled,dashed\", fontsize=10"},
};

struct EdgeStyle {
    std::string_view kind;
    std::string_view legend;
    std::string_view glyph;  // the line as the legend draws it, in its colour
    std::string_view colour;
    std::string_view attributes;
};
constexpr EdgeStyle edge_styles[] = {
    {"part_of", "part_of 隶属", "┈┈┈▷", "#82b366", "style=dotted, arrowhead=empty"},
    {"successor", "successor 沿革", "━━━▷", "#82b366", "style=bold, arrowhead=empty"},
    {"in_region", "in_region 所属地区", "╌╌╌▶", "#6c8ebf", "style=dashed"},
    {"defines", "defines 定义", "───▶", "#1f77b4", "penwidth=1.4"},
    {"mentions", "mentions 提及", "┈┈┈▶", "#7f7f7f", "style=dotted"},
    {"has_reading", "has_reading 读法", "───▶", "#b85450", "penwidth=1.4"},
    {"held_by", "held_by 持此读法", "───▶", "#b85450", "style=dashed"},
    {"broader", "broader 上位", "───▷", "#2ca02c", "penwidth=1.4, arrowhead=onormal"},
    {"variant_suffix", "variant_suffix 后缀变体", "━━━", "#d62728", "style=bold, dir=none"},
    {"variant_numeral", "variant_numeral 数词变体", "━━━", "#e377c2", "style=bold, dir=none"},
    {"variant_expansion", "variant_expansion 全称", "━━━", "#8c564b", "style=bold, dir=none"},
    {"family", "family 同族", "╌╌╌", "#9467bd", "style=dashed, dir=none"},
    {"refers_to", "refers_to 引用", "───▶", "#ff7f0e", ""},
    {"derived_from", "derived_from 沿袭", "━━━▶", "#8e44ad", "style=bold, arrowhead=vee"},
};
constexpr EdgeStyle other_edge_style = {"", "", "───▶", "#000000", ""};

const NodeStyle& node_style(DrawnKind kind) {
    for (const NodeStyle& style : node_styles) {
        if (style.kind == kind) return style;
    }
    return node_styles[2];
}

const EdgeStyle& edge_style(std::string_view kind) {
    for (const EdgeStyle& style : edge_styles) {
        if (style.kind == kind) return style;
    }
    return other_edge_style;
}

// Which cluster each node is drawn in: provinces and prefectures are clusters, a county sits
// in its parent's, a report in its region's; "" is the top level.
class ClusterPlan {
public:
    ClusterPlan(const GraphData& data, const std::vector<DrawnNode>& nodes) {
        for (const Region& region : data.regions) regions_[region.code] = &region;
        for (const Region& region : data.regions)
            if (is_cluster(region)) children_[parent_cluster(region)].push_back(region.code);
        for (std::size_t i = 0; i < nodes.size(); ++i) members_[home(nodes[i].region)].push_back(i);
    }

    const std::vector<std::size_t>& members(const std::string& cluster) const { return find(members_, cluster); }
    const std::vector<std::string>& children(const std::string& cluster) const { return find(children_, cluster); }
    const Region& region(const std::string& code) const { return *regions_.at(code); }

private:
    static bool is_cluster(const Region& region) { return region.level != RegionLevel::county; }

    // Only a higher level can hold a cluster, so damaged parent codes cannot nest clusters
    // in a circle.
    std::string parent_cluster(const Region& region) const {
        const std::string parent = home(region.parent_code);
        const auto found = regions_.find(parent);
        return found != regions_.end() && found->second->level < region.level ? parent : "";
    }

    // Bounded, so that parent codes running in a circle cannot hang the writer.
    std::string home(const std::string& code) const {
        std::string at = code;
        for (int step = 0; step < max_levels; ++step) {
            const auto found = regions_.find(at);
            if (found == regions_.end()) return "";
            if (is_cluster(*found->second)) return at;
            at = found->second->parent_code;
        }
        return "";
    }
    static constexpr int max_levels = 4;

    template <typename T>
    static const std::vector<T>& find(const std::map<std::string, std::vector<T>>& map, const std::string& key) {
        static const std::vector<T> none;
        const auto found = map.find(key);
        return found == map.end() ? none : found->second;
    }

    std::map<std::string, const Region*> regions_;
    std::map<std::string, std::vector<std::size_t>> members_;
    std::map<std::string, std::vector<std::string>> children_;
};

// An edge drawn by region is wider the more reports it stands for.
std::string width_of(int weight) {
    if (weight <= 1) return {};
    return ", penwidth=" + shortest_decimal(std::min(6.0, 1.0 + std::log2(static_cast<double>(weight))));
}

class DotWriter {
public:
    DotWriter(const GraphData& data, const ExportOptions& options, std::ostream& out)
        : drawing_(make_drawing(data)), plan_(data, drawing_.nodes), options_(options), out_(out) {}

    void write() {
        out_ << "digraph \"glossgraph\" {\n";
        out_ << "\tgraph [" << graph_attributes << ", fontname=\"" << font << "\"];\n";
        out_ << "\tnode [fontname=\"" << font << "\", fontsize=11];\n";
        out_ << "\tedge [fontname=\"" << font << "\", fontsize=9];\n";
        if (drawing_.by_region) {
            out_ << "\t// drawn by region: more than " << dot_report_edge_limit << " edges of reports\n";
        }
        write_members("", 1);
        for (const DrawnEdge& edge : drawing_.edges) write_edge(edge);
        if (options_.legend) write_legend();
        out_ << "}\n";
    }

private:
    void write_members(const std::string& cluster, int depth) {
        for (const std::string& child : plan_.children(cluster)) write_cluster(plan_.region(child), depth);
        for (const std::size_t index : plan_.members(cluster)) write_node(drawing_.nodes[index], depth);
    }

    void write_cluster(const Region& region, int depth) {
        const std::string indent(static_cast<std::size_t>(depth), '\t');
        const bool province = region.level == RegionLevel::province;
        out_ << indent << "subgraph " << escape_dot_id("cluster_" + region.code) << " {\n";
        out_ << indent << "\tlabel=" << dot_label(region.name) << ";\n";
        out_ << indent << "\tstyle=\"rounded,filled\"; color=\"#b3b3b3\"; fillcolor=\""
             << (province ? "#f7f7f7" : "#eeeeee") << "\";\n";
        write_members(region.code, depth + 1);
        out_ << indent << "}\n";
    }

    void write_node(const DrawnNode& node, int depth) {
        const NodeStyle& style = node_style(node.kind);
        out_ << std::string(static_cast<std::size_t>(depth), '\t') << escape_dot_id(node.id)
             << " [label=" << dot_label(node.label) << ", " << style.attributes << ", fillcolor=\"" << style.fill
             << "\", color=\"" << style.line << '"';
        if (!node.tooltip.empty()) out_ << ", tooltip=" << escape_dot_id(truncate_chars(node.tooltip, max_tooltip_chars));
        out_ << "];\n";
    }

    void write_edge(const DrawnEdge& edge) {
        const EdgeStyle& style = edge_style(edge.kind);
        out_ << '\t' << escape_dot_id(edge.source) << " -> " << escape_dot_id(edge.target) << " [color=\"" << style.colour
             << '"';
        if (!style.attributes.empty()) out_ << ", " << style.attributes;
        out_ << width_of(edge.weight);
        const std::string_view tooltip = edge.tooltip.empty() ? edge.kind : edge.tooltip;
        out_ << ", tooltip=" << escape_dot_id(truncate_chars(tooltip, max_tooltip_chars)) << "];\n";
    }

    // One node holding the whole legend as a table, so that every layout keeps it in one
    // piece (sfdp scattered a cluster's items); only the kinds the picture shows.
    void write_legend() {
        std::set<DrawnKind> nodes;
        for (const DrawnNode& node : drawing_.nodes) nodes.insert(node.kind);
        std::set<std::string_view> edges;
        for (const DrawnEdge& edge : drawing_.edges) edges.insert(edge_style(edge.kind).kind);
        out_ << "\t\"legend\" [shape=plain, fontsize=10, label=<<TABLE BORDER=\"1\" COLOR=\"#999999\" CELLBORDER=\"0\" "
                "CELLSPACING=\"2\" CELLPADDING=\"3\"><TR><TD COLSPAN=\"2\"><B>图例 legend</B></TD></TR>";
        for (const NodeStyle& style : node_styles) {
            if (!nodes.contains(style.kind)) continue;
            out_ << "<TR><TD BGCOLOR=\"" << style.fill << "\" BORDER=\"1\" COLOR=\"" << style.line
                 << "\">　　</TD><TD ALIGN=\"LEFT\">" << style.legend << "</TD></TR>";
        }
        for (const EdgeStyle& style : edge_styles) {
            if (!edges.contains(style.kind)) continue;
            out_ << "<TR><TD><FONT COLOR=\"" << style.colour << "\">" << style.glyph << "</FONT></TD><TD ALIGN=\"LEFT\">"
                 << style.legend << "</TD></TR>";
        }
        out_ << "</TABLE>>];\n";
    }

    Drawing drawing_;
    ClusterPlan plan_;
    const ExportOptions& options_;
    std::ostream& out_;
};

}  // namespace

void DotExporter::write(const GraphData& data, const ExportOptions& options, std::ostream& out) const {
    DotWriter(data, options, out).write();
}

std::string_view recommended_layout(const GraphData& data) {
    const std::size_t nodes = data.regions.size() + data.reports.size() + data.terms.size();
    return nodes <= dot_layout_node_limit ? "dot" : "sfdp";
}

}  // namespace glossgraph
