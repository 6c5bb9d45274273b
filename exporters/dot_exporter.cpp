#include "exporters/dot_exporter.hpp"

#include "exporters/escape.hpp"
#include "exporters/property_graph.hpp"

#include <map>
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
    NodeKind kind;
    std::string_view legend;
    std::string_view attributes;
};
constexpr NodeStyle node_styles[] = {
    {NodeKind::region, "地区 region", "shape=box, style=\"rounded,filled\", fillcolor=\"#d5e8d4\", color=\"#82b366\""},
    {NodeKind::report, "报告 report", "shape=note, style=filled, fillcolor=\"#dae8fc\", color=\"#6c8ebf\""},
    {NodeKind::term, "术语 term", "shape=ellipse, style=filled, fillcolor=\"#fff2cc\", color=\"#d6b656\""},
};

struct EdgeStyle {
    std::string_view kind;
    std::string_view legend;
    std::string_view attributes;
};
constexpr EdgeStyle edge_styles[] = {
    {"part_of", "part_of 隶属", "style=dotted, color=\"#82b366\", arrowhead=empty"},
    {"in_region", "in_region 所属地区", "style=dashed, color=\"#6c8ebf\""},
    {"defines", "defines 定义", "color=\"#1f77b4\", penwidth=1.4"},
    {"mentions", "mentions 提及", "style=dotted, color=\"#7f7f7f\""},
    {"broader", "broader 上位", "color=\"#2ca02c\", penwidth=1.4, arrowhead=onormal"},
    {"variant_suffix", "variant_suffix 后缀变体", "style=bold, color=\"#d62728\", dir=none"},
    {"variant_numeral", "variant_numeral 数词变体", "style=bold, color=\"#e377c2\", dir=none"},
    {"variant_expansion", "variant_expansion 全称", "style=bold, color=\"#8c564b\", dir=none"},
    {"family", "family 同族", "style=dashed, color=\"#9467bd\", dir=none"},
    {"refers_to", "refers_to 引用", "color=\"#ff7f0e\""},
    {"derived_from", "derived_from 沿袭", "style=bold, color=\"#8e44ad\", arrowhead=vee"},
};
constexpr std::string_view other_edge_style = "color=\"#000000\"";

std::string_view node_style(NodeKind kind) {
    for (const NodeStyle& style : node_styles) {
        if (style.kind == kind) return style.attributes;
    }
    return {};
}

std::string_view edge_style(std::string_view kind) {
    for (const EdgeStyle& style : edge_styles) {
        if (style.kind == kind) return style.attributes;
    }
    return other_edge_style;
}

// Which cluster each node is drawn in: provinces and prefectures are clusters, a county sits
// in its parent's, a report in its region's; "" is the top level.
class ClusterPlan {
public:
    ClusterPlan(const GraphData& data, std::size_t node_count) {
        for (const GraphRegion& region : data.regions) regions_[region.code] = &region;
        std::size_t index = 0;
        for (const GraphRegion& region : data.regions) {
            members_[home(region.code)].push_back(index++);
            if (is_cluster(region)) children_[parent_cluster(region)].push_back(region.code);
        }
        for (const GraphReport& report : data.reports) members_[home(report.region_code)].push_back(index++);
        while (index < node_count) members_[""].push_back(index++);
    }

    const std::vector<std::size_t>& members(const std::string& cluster) const { return find(members_, cluster); }
    const std::vector<std::string>& children(const std::string& cluster) const { return find(children_, cluster); }
    const GraphRegion& region(const std::string& code) const { return *regions_.at(code); }

private:
    static bool is_cluster(const GraphRegion& region) { return region.level != RegionLevel::county; }

    // Only a higher level can hold a cluster, so damaged parent codes cannot nest clusters
    // in a circle.
    std::string parent_cluster(const GraphRegion& region) const {
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

    std::map<std::string, const GraphRegion*> regions_;
    std::map<std::string, std::vector<std::size_t>> members_;
    std::map<std::string, std::vector<std::string>> children_;
};

class DotWriter {
public:
    DotWriter(const GraphData& data, std::ostream& out)
        : graph_(build_property_graph(data)), plan_(data, graph_.nodes.size()), out_(out) {}

    void write() {
        out_ << "digraph \"glossgraph\" {\n";
        out_ << "\tgraph [" << graph_attributes << ", fontname=\"" << font << "\"];\n";
        out_ << "\tnode [fontname=\"" << font << "\", fontsize=11];\n";
        out_ << "\tedge [fontname=\"" << font << "\", fontsize=9];\n";
        write_members("", 1);
        for (const PropertyEdge& edge : graph_.edges) write_edge(edge);
        write_legend();
        out_ << "}\n";
    }

private:
    void write_members(const std::string& cluster, int depth) {
        for (const std::string& child : plan_.children(cluster)) write_cluster(plan_.region(child), depth);
        for (const std::size_t index : plan_.members(cluster)) write_node(graph_.nodes[index], depth);
    }

    void write_cluster(const GraphRegion& region, int depth) {
        const std::string indent(static_cast<std::size_t>(depth), '\t');
        const bool province = region.level == RegionLevel::province;
        out_ << indent << "subgraph " << escape_dot_id("cluster_" + region.code) << " {\n";
        out_ << indent << "\tlabel=" << dot_label(region.name) << ";\n";
        out_ << indent << "\tstyle=\"rounded,filled\"; color=\"#b3b3b3\"; fillcolor=\""
             << (province ? "#f7f7f7" : "#eeeeee") << "\";\n";
        write_members(region.code, depth + 1);
        out_ << indent << "}\n";
    }

    void write_node(const PropertyNode& node, int depth) {
        out_ << std::string(static_cast<std::size_t>(depth), '\t') << escape_dot_id(node.id)
             << " [label=" << dot_label(node.label) << ", " << node_style(node.kind) << "];\n";
    }

    void write_edge(const PropertyEdge& edge) {
        out_ << '\t' << escape_dot_id(edge.source) << " -> " << escape_dot_id(edge.target) << " [" << edge_style(edge.kind);
        const std::string tooltip = edge_tooltip(edge);
        if (!tooltip.empty()) out_ << ", tooltip=" << escape_dot_id(truncate_chars(tooltip, max_tooltip_chars));
        out_ << "];\n";
    }

    // Shown on hover in SVG: what the definition says, why two terms are related, how a
    // definition was taken from another ("三线一单: adapted, distant, 0.85").
    static std::string edge_tooltip(const PropertyEdge& edge) {
        if (edge.kind == edge_derived_from) {
            std::string tooltip;
            for (const Property& property : edge.properties) {
                if (const auto* text = std::get_if<std::string>(&property.value)) tooltip += (tooltip.empty() ? "" : ", ") + *text;
                if (const auto* real = std::get_if<double>(&property.value)) tooltip += ", " + shortest_decimal(*real);
            }
            return tooltip;
        }
        for (const Property& property : edge.properties) {
            if (property.name == "text" || property.name == "rule") return std::get<std::string>(property.value);
            if (property.name == "count") return edge.kind + " ×" + std::to_string(std::get<int>(property.value));
        }
        return edge.kind;
    }

    void write_legend() {
        out_ << "\tsubgraph \"cluster_legend\" {\n";
        out_ << "\t\tlabel=\"图例 legend\"; style=dashed; color=\"#999999\";\n";
        for (const NodeStyle& style : node_styles) {
            out_ << "\t\t" << escape_dot_id("legend:" + std::string(to_string(style.kind)))
                 << " [label=" << escape_dot_id(style.legend) << ", " << style.attributes << "];\n";
        }
        for (const EdgeStyle& style : edge_styles) {
            const std::string from = escape_dot_id("legend:" + std::string(style.kind) + ":from");
            const std::string to = escape_dot_id("legend:" + std::string(style.kind));
            out_ << "\t\t" << from << " [label=\"\", shape=point, width=0.05];\n";
            out_ << "\t\t" << to << " [label=" << escape_dot_id(style.legend) << ", shape=plaintext];\n";
            out_ << "\t\t" << from << " -> " << to << " [" << style.attributes << "];\n";
        }
        out_ << "\t}\n";
    }

    PropertyGraph graph_;
    ClusterPlan plan_;
    std::ostream& out_;
};

}  // namespace

void DotExporter::write(const GraphData& data, const ExportOptions&, std::ostream& out) const {
    DotWriter(data, out).write();
}

std::string_view recommended_layout(const GraphData& data) {
    const std::size_t nodes = data.regions.size() + data.reports.size() + data.terms.size();
    return nodes <= dot_layout_node_limit ? "dot" : "sfdp";
}

}  // namespace glossgraph
