#include "exporters/lineage_dot.hpp"

#include "core/graph/graph_lookup.hpp"
#include "exporters/dot_exporter.hpp"
#include "exporters/escape.hpp"

#include <array>
#include <cstdio>
#include <map>
#include <ostream>
#include <string>

namespace glossgraph {
namespace {

// ColorBrewer's Set3, light enough for black text; provinces take them in order of code.
constexpr std::array<std::string_view, 12> province_colours = {
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
    "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"};

struct DirectionStyle {
    LineageDirection direction;
    std::string_view colour;
    std::string_view legend;
};
constexpr std::array<DirectionStyle, 5> direction_styles = {{
    {LineageDirection::down, "#1f4e99", "down 自上而下"},
    {LineageDirection::across, "#2e8b57", "across 同级相邻"},
    {LineageDirection::up, "#c0392b", "up 自下而上"},
    {LineageDirection::self, "#7f7f7f", "self 沿用自身"},
    {LineageDirection::distant, "#8e44ad", "distant 远距"},
}};

std::string_view colour_of(LineageDirection direction) {
    for (const DirectionStyle& style : direction_styles)
        if (style.direction == direction) return style.colour;
    return "#000000";
}

std::string label(std::string_view text) { return escape_dot_id(truncate_chars(text, dot_max_label_chars)); }

std::string two_decimals(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

std::string year_id(const LineageEntry& entry) {
    return entry.definition.year ? "year:" + std::to_string(*entry.definition.year) : "year:undated";
}

class LineageDotWriter {
public:
    LineageDotWriter(const Lineage& lineage, const GraphData& data, std::ostream& out) : lineage_(lineage), data_(data), out_(out) {
        for (const LineageEntry& entry : lineage.entries) {
            const Region* province = province_of(entry.definition.region_code);
            if (province) provinces_.emplace(province->code, province);
        }
        std::size_t i = 0;
        for (auto& [code, province] : provinces_) colours_[code] = province_colours[i++ % province_colours.size()];
    }

    void write(std::string_view title) {
        out_ << "digraph \"lineage\" {\n";
        out_ << "\tgraph [charset=\"UTF-8\", rankdir=LR, newrank=true, nodesep=0.2, ranksep=0.7, bgcolor=\"white\", "
                "labelloc=t, fontsize=16, fontname=\"" << dot_font << "\", label=" << label(title) << "];\n";
        out_ << "\tnode [fontname=\"" << dot_font << "\", fontsize=11, style=filled];\n";
        out_ << "\tedge [fontname=\"" << dot_font << "\", fontsize=9];\n";
        write_years();
        for (std::size_t i = 0; i < lineage_.entries.size(); ++i) write_node(i);
        for (std::size_t i = 0; i < lineage_.entries.size(); ++i) write_edge(i);
        write_legend();
        out_ << "}\n";
    }

private:
    const Region* province_of(const std::string& code) const {
        const auto chain = region_chain(data_, code);
        return chain.empty() ? nullptr : chain.back();
    }

    // The year axis, and each year's definitions in its column.
    void write_years() {
        std::map<std::string, std::vector<std::size_t>> columns;  // "year:2019" < "year:2020" < "year:undated"
        for (std::size_t i = 0; i < lineage_.entries.size(); ++i) columns[year_id(lineage_.entries[i])].push_back(i);
        std::string previous;
        for (const auto& [id, members] : columns) {
            out_ << '\t' << escape_dot_id(id) << " [label=" << escape_dot_id(id.substr(5)) << ", shape=plaintext, style=\"\", fontsize=13];\n";
            if (!previous.empty()) out_ << '\t' << escape_dot_id(previous) << " -> " << escape_dot_id(id) << " [style=invis];\n";
            out_ << "\t{rank=same; " << escape_dot_id(id) << ';';
            for (const std::size_t i : members) out_ << " \"d" << i << "\";";
            out_ << "}\n";
            previous = id;
        }
    }

    void write_node(std::size_t i) {
        const ReadingMember& d = lineage_.entries[i].definition;
        const Region* region = d.region_code.empty() ? nullptr : find_region(data_, d.region_code);
        const Region* province = region ? province_of(region->code) : nullptr;
        const std::string name = d.region.empty() ? "(" + d.report + ")" : d.region + " " + d.region_code;
        const std::string_view shape = !region ? "note"
                                       : region->level == RegionLevel::province ? "box, peripheries=2"
                                       : region->level == RegionLevel::prefecture ? "box"
                                                                                  : "ellipse";
        out_ << "\t\"d" << i << "\" [label=" << label(name + "\n" + (d.year ? std::to_string(*d.year) : "?"))
             << ", shape=" << shape << ", fillcolor=\"" << (province ? colours_.at(province->code) : "#ffffff") << '"';
        if (lineage_.entries[i].relation == LineageRelation::original) out_ << ", penwidth=2.2";
        out_ << ", tooltip=" << escape_dot_id(truncate_chars(d.report + ": " + d.text, dot_max_tooltip_chars)) << "];\n";
    }

    void write_edge(std::size_t i) {
        const LineageEntry& entry = lineage_.entries[i];
        if (!entry.source || !entry.direction) return;
        std::string text(to_string(*entry.direction));
        if (entry.relation == LineageRelation::adapted && entry.similarity) text.append(" ").append(two_decimals(*entry.similarity));
        out_ << "\t\"d" << *entry.source << "\" -> \"d" << i << "\" [label=" << escape_dot_id(text) << ", color=\""
             << colour_of(*entry.direction) << "\", fontcolor=\"" << colour_of(*entry.direction) << '"'
             << (entry.relation == LineageRelation::adapted ? ", style=dashed" : ", penwidth=1.6") << "];\n";
    }

    // One node holding a table, in the last column: the provinces' colours, the relations'
    // strokes and the directions' colours. An HTML-like label, so every text in it is XML-escaped.
    void write_legend() {
        out_ << "\t\"legend\" [shape=plaintext, style=\"\", label=<<TABLE BORDER=\"1\" COLOR=\"#999999\" CELLBORDER=\"0\" "
                "CELLSPACING=\"3\"><TR><TD COLSPAN=\"2\"><B>图例 legend</B></TD></TR>";
        for (const auto& [code, province] : provinces_) {
            row("<TD BGCOLOR=\"" + std::string(colours_.at(code)) + "\" BORDER=\"1\">      </TD>",
                truncate_chars(province->name, 40) + " " + code);
        }
        row("<TD>——→</TD>", "verbatim 照搬");
        row("<TD>- - →</TD>", "adapted 改写 (similarity)");
        row("<TD><B>bold</B></TD>", "original 原创");
        for (const DirectionStyle& style : direction_styles) {
            row("<TD><FONT COLOR=\"" + std::string(style.colour) + "\">——→</FONT></TD>", std::string(style.legend));
        }
        out_ << "</TABLE>>];\n\t{rank=max; \"legend\";}\n";
    }

    void row(const std::string& swatch, const std::string& text) {
        out_ << "<TR>" << swatch << "<TD ALIGN=\"LEFT\">" << escape_xml_text(text) << "</TD></TR>";
    }

    const Lineage& lineage_;
    const GraphData& data_;
    std::ostream& out_;
    std::map<std::string, const Region*> provinces_;
    std::map<std::string, std::string_view> colours_;
};

}  // namespace

void write_lineage_dot(const Lineage& lineage, const GraphData& data, std::string_view title, std::ostream& out) {
    LineageDotWriter(lineage, data, out).write(title);
}

}  // namespace glossgraph
