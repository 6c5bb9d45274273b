#include "exporters/dot_drawing.hpp"

#include "exporters/escape.hpp"
#include "exporters/property_graph.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <variant>

namespace glossgraph {
namespace {

const std::string* text_property(const std::vector<Property>& properties, std::string_view name) {
    for (const Property& property : properties)
        if (property.name == name) return std::get_if<std::string>(&property.value);
    return nullptr;
}

DrawnKind drawn_kind(NodeKind kind) {
    switch (kind) {
        case NodeKind::region: return DrawnKind::region;
        case NodeKind::report: return DrawnKind::report;
        case NodeKind::term: return DrawnKind::term;
    }
    return DrawnKind::term;
}

DrawnNode drawn_node(const PropertyNode& node) {
    DrawnNode drawn{node.id, drawn_kind(node.kind), node.label, {}, {}};
    const char* region = node.kind == NodeKind::region ? "code" : node.kind == NodeKind::report ? "code_then" : nullptr;
    if (region) {
        if (const std::string* code = text_property(node.properties, region)) drawn.region = *code;
    }
    return drawn;
}

// Shown on hover in SVG: what the definition says, why two terms are related, how a
// definition was taken from another ("三线一单, 124, 208, adapted, distant, 0.85").
std::string edge_tooltip(const PropertyEdge& edge) {
    if (edge.kind == edge_derived_from) {
        std::string tooltip;
        for (const Property& property : edge.properties) {
            if (const auto* text = std::get_if<std::string>(&property.value)) {
                if (!tooltip.empty()) tooltip += ", ";
                tooltip += *text;
            }
            if (const auto* real = std::get_if<double>(&property.value)) {
                tooltip += ", ";
                tooltip += shortest_decimal(*real);
            }
        }
        return tooltip;
    }
    for (const Property& property : edge.properties) {
        if (property.name == "text" || property.name == "rule") return std::get<std::string>(property.value);
        if (property.name == "count") {
            std::string tooltip = edge.kind;
            tooltip += " ×";
            tooltip += std::to_string(std::get<int>(property.value));
            return tooltip;
        }
    }
    return edge.kind;
}

// A report's edges drawn by region: one edge region -> term for the reports of a region that
// define (or mention) a term, one region -> region for derivations between their reports.
class EdgesByRegion {
public:
    EdgesByRegion(const GraphData& data, Drawing& drawing) : drawing_(drawing) {
        for (const GraphReport& report : data.reports) {
            if (report.region_code.empty()) continue;
            region_of_.emplace(report_node_id(report.file), &drawing.intern(region_node_id(report.region_code)));
        }
    }

    // False for an edge of a report without a region, which stays as it is. A derivation
    // within one region is no edge.
    bool add(const PropertyEdge& edge) {
        const auto source = region_of_.find(edge.source);
        if (source == region_of_.end()) return false;
        std::string_view target;
        if (edge.kind == edge_derived_from) {
            const auto found = region_of_.find(edge.target);
            if (found == region_of_.end()) return false;
            if (found->second == source->second) return true;
            target = *found->second;
        } else {
            target = edge.target;
        }
        // Edges come grouped by kind and target (mentions and definitions by term): the
        // regions of a group are counted in a small map, then the group is let go.
        if (!group_kind_ || *group_kind_ != edge.kind || *group_target_ != target) {
            let_go();
            group_kind_ = &drawing_.intern(edge.kind);
            group_target_ = &drawing_.intern(target);
        }
        ++group_[source->second];
        return true;
    }

    // In the order of kind, source, target, each pair once with the reports of every group
    // that held it.
    void draw() {
        let_go();
        const auto order = [](const Counted& c) { return std::tie(*c.kind, *c.source, *c.target); };
        std::sort(counted_.begin(), counted_.end(), [&](const Counted& a, const Counted& b) { return order(a) < order(b); });
        drawing_.edges.reserve(drawing_.edges.size() + counted_.size());
        for (std::size_t at = 0; at < counted_.size();) {
            const Counted& first = counted_[at];
            int reports = 0;
            for (; at < counted_.size() && order(counted_[at]) == order(first); ++at) reports += counted_[at].reports;
            std::string tooltip = *first.kind;
            tooltip += " ×";
            tooltip += std::to_string(reports);
            drawing_.edges.push_back({*first.source, *first.target, *first.kind, drawing_.intern(tooltip), reports});
        }
        std::deque<Counted>().swap(counted_);
    }

private:
    // A region's reports in one group: three strings the drawing holds, and a count.
    struct Counted {
        const std::string* kind;
        const std::string* source;
        const std::string* target;
        int reports;
    };

    void let_go() {
        for (const auto& [region, reports] : group_) counted_.push_back({group_kind_, region, group_target_, reports});
        group_.clear();
    }

    Drawing& drawing_;
    std::unordered_map<std::string, const std::string*> region_of_;  // report id -> its region's id
    const std::string* group_kind_ = nullptr;
    const std::string* group_target_ = nullptr;
    std::unordered_map<const std::string*, int> group_;  // the group's regions -> reports
    std::deque<Counted> counted_;  // the groups let go; a deque grows without copying what it holds
};

// text in lines of at most width characters (code points), joined by LF.
std::string wrapped(std::string_view text, std::size_t width) {
    std::string out;
    std::size_t chars = 0;
    for (const char c : text) {
        const bool starts_char = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        if (starts_char && chars == width) {
            out += '\n';
            chars = 0;
        }
        if (starts_char) ++chars;
        out += c;
    }
    return out;
}

// A reading's label: its number, how many regions hold it, and the start of its text.
std::string reading_label(std::size_t n, std::size_t regions, const std::string& text) {
    constexpr std::size_t line_chars = 18;
    constexpr std::size_t shown_lines = 3;
    std::string label = "读法 ";
    label += std::to_string(n);
    label += " · ";
    label += std::to_string(regions);
    label += " 地区\n";
    label += wrapped(truncate_chars(text, line_chars * shown_lines), line_chars);
    return label;
}

struct Holder {
    std::string node;  // the region's id, or the report's when it has no region
    std::string name;
    std::set<int> years;
};

// term -> reading -> the regions (or reports without one) whose definitions it groups.
void draw_readings(const GraphData& data, Drawing& drawing) {
    std::unordered_map<long long, const GraphDefinition*> by_entry;
    for (const GraphDefinition& d : data.definitions) by_entry.emplace(d.entry_id, &d);
    std::unordered_map<std::string_view, const GraphReport*> reports;
    for (const GraphReport& r : data.reports) reports.emplace(r.file, &r);
    std::unordered_map<std::string_view, const Region*> regions;
    for (const Region& g : data.regions) regions.emplace(g.code, &g);
    std::map<std::string, std::size_t> numbers;  // term key -> readings drawn
    for (const GraphReading& reading : data.readings) {
        std::map<std::string, Holder> holders;
        for (const long long id : reading.entry_ids) {
            const auto d = by_entry.find(id);
            const auto r = d == by_entry.end() ? reports.end() : reports.find(d->second->report_file);
            if (r == reports.end()) continue;
            const auto g = regions.find(r->second->region_code);
            Holder holder = g == regions.end() ? Holder{report_node_id(r->second->file), r->second->file, {}}
                                               : Holder{region_node_id(g->second->code), g->second->name, {}};
            Holder& held = holders.try_emplace(holder.node, std::move(holder)).first->second;
            if (r->second->year) held.years.insert(*r->second->year);
        }
        const std::string id = reading_node_id(reading.term_key, ++numbers[reading.term_key]);
        drawing.nodes.push_back({id, DrawnKind::reading, reading_label(numbers[reading.term_key], holders.size(), reading.text),
                                 reading.text, {}});
        drawing.edges.push_back({drawing.intern(term_node_id(reading.term_key)), drawing.intern(id), drawn_has_reading, {}, 1});
        for (const auto& [node, holder] : holders) {
            std::string tooltip = holder.name;
            for (const int year : holder.years) {
                tooltip += ' ';
                tooltip += std::to_string(year);
            }
            drawing.edges.push_back({drawing.intern(id), drawing.intern(node), drawn_held_by, drawing.intern(tooltip), 1});
        }
    }
}

// Drops the reports left with no edge but the one to their region, and that edge.
void drop_bare_reports(Drawing& drawing) {
    std::unordered_set<std::string_view> linked;
    for (const DrawnEdge& edge : drawing.edges) {
        if (edge.kind == edge_in_region) continue;
        linked.insert(edge.source);
        linked.insert(edge.target);
    }
    std::unordered_set<std::string> bare;
    for (const DrawnNode& node : drawing.nodes)
        if (node.kind == DrawnKind::report && !linked.contains(node.id)) bare.insert(node.id);
    std::erase_if(drawing.nodes, [&](const DrawnNode& node) { return bare.contains(node.id); });
    const std::unordered_set<std::string_view> bare_ids(bare.begin(), bare.end());
    std::erase_if(drawing.edges, [&](const DrawnEdge& edge) { return bare_ids.contains(edge.source); });
}

}  // namespace

std::string reading_node_id(std::string_view key, std::size_t n) {
    std::string id = "reading:";
    id += escape_id_text(key);
    id += ':';
    id += std::to_string(n);
    return id;
}

// The property graph visited once: every node drawn, each edge placed as it comes. Whether
// report edges are drawn by region depends on how many there are, so edges are held until
// that is known: all of them in a small graph, the first few hundred in a large one.
Drawing make_drawing(const GraphData& data) {
    Drawing drawing;
    std::unordered_set<std::string> read_terms;
    for (const GraphReading& reading : data.readings) read_terms.insert(term_node_id(reading.term_key));
    const auto of_reports = [](const PropertyEdge& edge) {
        return edge.kind == edge_defines || edge.kind == edge_mentions || edge.kind == edge_derived_from;
    };
    EdgesByRegion by_region(data, drawing);
    const auto place = [&](const PropertyEdge& edge) {
        if (edge.kind == edge_defines && read_terms.contains(edge.target)) return;
        // A term drawn with its readings shows regions, not reports: derivations between regions.
        const bool regional = drawing.by_region ? of_reports(edge) : !read_terms.empty() && edge.kind == edge_derived_from;
        if (regional && by_region.add(edge)) return;
        drawing.edges.push_back(
            {drawing.intern(edge.source), drawing.intern(edge.target), drawing.intern(edge.kind), drawing.intern(edge_tooltip(edge)), 1});
    };
    std::vector<PropertyEdge> held;
    std::size_t report_edges = 0;
    bool decided = false;
    visit_property_graph(
        data, [&](const PropertyNode& node) { drawing.nodes.push_back(drawn_node(node)); },
        [&](const PropertyEdge& edge) {
            if (decided) return place(edge);
            held.push_back(edge);
            if (!of_reports(edge) || ++report_edges <= dot_report_edge_limit) return;
            decided = true;
            drawing.by_region = true;
            for (const PropertyEdge& waiting : held) place(waiting);
            held.clear();
        });
    for (const PropertyEdge& waiting : held) place(waiting);  // a small graph: drawn report by report
    by_region.draw();
    draw_readings(data, drawing);
    drop_bare_reports(drawing);
    return drawing;
}

}  // namespace glossgraph
