// glossgraph compare, central and families: vocabularies across regions.
#include "cli/graph_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/graph/centrality.hpp"
#include "core/graph/families.hpp"
#include "core/graph/graph_lookup.hpp"
#include "core/graph/region_compare.hpp"
#include "core/graph/selection.hpp"
#include "core/store/graph_reader.hpp"
#include "core/terminal_text.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>
#include <ostream>

namespace glossgraph {
namespace {

std::string label_of(const GraphData& data, const std::string& key) {
    const GraphTerm* term = find_term(data, key);
    return term ? term->label : key;
}

Json terms_json(const GraphData& data, const std::vector<std::string>& keys) {
    Json array = Json::array();
    for (const std::string& key : keys) array.push_back({{"term", label_of(data, key)}, {"key", key}});
    return array;
}

std::string labels(const GraphData& data, const std::vector<std::string>& keys) {
    std::string text;
    for (const std::string& key : keys) text += (text.empty() ? "" : "、") + label_of(data, key);
    return text.empty() ? "-" : text;
}

std::string fixed(double value, int decimals) {
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

class CompareCommand final : public Command {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("compare", "Compare two regions' vocabularies: terms both define (alike or not), terms only one defines");
        app_->add_option("REGION_A", a_, "A region: GB/T 2260 code (6, or 2/4 digits for a province/prefecture) or name, either script")->required();
        app_->add_option("REGION_B", b_, "Another region")->required();
        add_threshold_option(*app_, threshold_);
        app_->add_option("--year", year_, "Compare the reports of this year only (default: each side's latest definition of each term)")
            ->check(number())
            ->check(CLI::Range(1949, 2100));
        app_->add_flag("--strict-codes", strict_codes_,
                       "Each region's own codes only, without the codes its line of history had before (罗江区 without 罗江县)");
        table_options_.add_to(*app_, app_->add_flag("--json", json_, "Print a JSON object"));
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        GraphData data = load_graph(global.db, GraphReader::WithMentions::no);
        const GraphRegion a = resolve_region(data, a_);
        const GraphRegion b = resolve_region(data, b_);
        if (year_) {
            ReportFilter in_year;
            in_year.since = in_year.until = year_;
            data = select_reports(data, in_year);
            data.regions.push_back(a);  // both stay comparable when one has no report that year
            data.regions.push_back(b);
            std::sort(data.regions.begin(), data.regions.end(), [](const GraphRegion& x, const GraphRegion& y) { return x.code < y.code; });
            data.regions.erase(std::unique(data.regions.begin(), data.regions.end(),
                                           [](const GraphRegion& x, const GraphRegion& y) { return x.code == y.code; }),
                               data.regions.end());
        }
        const RegionComparison c = compare_regions(data, a.code, b.code, threshold_,
                                                   strict_codes_ ? RegionCodes::strict : RegionCodes::with_predecessors);
        if (json_) {
            Json json{{"region_a", {{"code", a.code}, {"name", a.name}}}, {"region_b", {{"code", b.code}, {"name", b.name}}}};
            json["both_same"] = terms_json(data, c.both_same);
            json["both_different"] = terms_json(data, c.both_different);
            json["only_a"] = terms_json(data, c.only_a);
            json["only_b"] = terms_json(data, c.only_b);
            json["differences"] = Json::array();
            for (const DefinitionDifference& d : c.differences) {
                const auto side = [](const RegionDefinition& said) {
                    return Json{{"definition", said.text}, {"report", said.report},
                                {"year", said.year ? Json(*said.year) : Json(nullptr)}};
                };
                json["differences"].push_back({{"term", label_of(data, d.key)}, {"key", d.key}, {"a", side(d.a)}, {"b", side(d.b)}});
            }
            json["year"] = year_ ? Json(*year_) : Json(nullptr);
            json["jaccard"] = c.jaccard;
            write_json(streams.out, json);
            return 0;
        }
        Table table({"", "terms", "count"}, {0, 100, 0});
        table.add({"both, same reading", labels(data, c.both_same), std::to_string(c.both_same.size())});
        table.add({"both, different readings", labels(data, c.both_different), std::to_string(c.both_different.size())});
        table.add({"only " + a.name, labels(data, c.only_a), std::to_string(c.only_a.size())});
        table.add({"only " + b.name, labels(data, c.only_b), std::to_string(c.only_b.size())});
        table_options_.print(table, streams.out);
        if (table_options_.csv()) return 0;
        if (!c.differences.empty()) {
            streams.out << "\nhow they differ (each side's latest definition)\n";
            Table differences({"term", a.name + " " + a.code, b.name + " " + b.code}, {24, 60, 60});
            const auto said = [](const RegionDefinition& d) { return (d.year ? std::to_string(*d.year) + ": " : "") + d.text; };
            for (const DefinitionDifference& d : c.differences) differences.add({label_of(data, d.key), said(d.a), said(d.b)});
            differences.print(streams.out);
        }
        streams.out << escape_for_terminal("Jaccard of the vocabularies of " + a.name + " (" + a.code + ") and " + b.name +
                                           " (" + b.code + "): " + fixed(c.jaccard, 3))
                    << '\n';
        return 0;
    }

private:
    std::string a_;
    std::string b_;
    std::optional<int> year_;
    double threshold_ = 0;
    bool strict_codes_ = false;
    TableOptions table_options_;
    bool json_ = false;
};

class CentralCommand final : public Command {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("central", "Rank terms by the regions that define or mention them, with betweenness centrality");
        app_->add_option("--top", top_, "How many terms (0: all)")
            ->check(number())
            ->check(CLI::Range(0, 1000000))
            ->capture_default_str();
        report_filter_.add_to(*app_);
        table_options_.add_to(*app_, app_->add_flag("--json", json_, "Print a JSON array"));
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const std::vector<CentralTerm> terms = central_terms(load_graph(global.db, GraphReader::WithMentions::yes, report_filter_),
                                                               static_cast<std::size_t>(top_));
        if (json_) {
            Json array = Json::array();
            for (const CentralTerm& t : terms) {
                array.push_back({{"term", t.label}, {"key", t.key}, {"regions", t.regions},
                                 {"betweenness", t.betweenness ? Json(*t.betweenness) : Json(nullptr)}});
            }
            write_json(streams.out, array);
            return 0;
        }
        Table table({"term", "regions", "betweenness"}, {40, 0, 0});
        for (const CentralTerm& t : terms) {
            table.add({t.label, std::to_string(t.regions), t.betweenness ? fixed(*t.betweenness, 4) : "-"});
        }
        table_options_.print(table, streams.out);
        return 0;
    }

private:
    int top_ = 20;
    ReportFilterOptions report_filter_;
    TableOptions table_options_;
    bool json_ = false;
};

class FamiliesCommand final : public Command {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("families", "List groups of terms joined by variant, family, refers_to and broader relations");
        report_filter_.add_to(*app_);
        table_options_.add_to(*app_, app_->add_flag("--json", json_, "Print a JSON array, largest family first"));
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const GraphData data = load_graph(global.db, GraphReader::WithMentions::no, report_filter_);
        const std::vector<TermFamily> families = term_families(data);
        if (json_) {
            Json array = Json::array();
            for (const TermFamily& f : families) array.push_back({{"size", f.keys.size()}, {"terms", terms_json(data, f.keys)}});
            write_json(streams.out, array);
            return 0;
        }
        Table table({"size", "terms"}, {0, 120});
        for (const TermFamily& f : families) table.add({std::to_string(f.keys.size()), labels(data, f.keys)});
        table_options_.print(table, streams.out);
        return 0;
    }

private:
    ReportFilterOptions report_filter_;
    TableOptions table_options_;
    bool json_ = false;
};

}  // namespace

std::unique_ptr<Command> make_compare_command() { return std::make_unique<CompareCommand>(); }
std::unique_ptr<Command> make_central_command() { return std::make_unique<CentralCommand>(); }
std::unique_ptr<Command> make_families_command() { return std::make_unique<FamiliesCommand>(); }

}  // namespace glossgraph
