// glossgraph compare: two regions' vocabularies, the terms both define (alike or not) and those only one does.
#include "cli/command_options.hpp"
#include "cli/graph_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/graph/region_compare.hpp"
#include "core/graph/selection.hpp"
#include "core/terminal_text.hpp"

#include <algorithm>
#include <optional>
#include <ostream>

namespace glossgraph {
namespace {

class CompareCommand final : public Command, with_database, with_json_output, with_threshold {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("compare", "Compare two regions' vocabularies: terms both define (alike or not), terms only one defines");
        app_->add_option("REGION_A", a_, "A region: GB/T 2260 code (6, or 2/4 digits for a province/prefecture) or name, either script")->required();
        app_->add_option("REGION_B", b_, "Another region")->required();
        add_threshold_option(*app_);
        app_->add_option("--year", year_, "Compare the reports of this year only (default: each side's latest definition of each term)")
            ->check(number())
            ->check(CLI::Range(1949, 2100));
        app_->add_flag("--strict-codes", strict_codes_,
                       "Each region's own codes only, without the codes its line of history had before (罗江区 without 罗江县)");
        add_output_options(*app_, "Print a JSON object");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        GraphData data = load_graph(global, GraphReader::WithMentions::no);
        const Region a = resolve_region(data, a_);
        const Region b = resolve_region(data, b_);
        if (year_) data = in_year(std::move(data), a, b);
        const RegionComparison c = compare_regions(data, a.code, b.code, threshold(),
                                                   strict_codes_ ? RegionCodes::strict : RegionCodes::with_predecessors);
        if (json()) {
            write_json(streams.out, to_json(data, c, a, b, year_));
            return 0;
        }
        Table table({"", "terms", "count"}, {0, 100, 0});
        table.add({"both, same reading", term_labels(data, c.both_same), std::to_string(c.both_same.size())});
        table.add({"both, different readings", term_labels(data, c.both_different), std::to_string(c.both_different.size())});
        table.add({"only " + a.name, term_labels(data, c.only_a), std::to_string(c.only_a.size())});
        table.add({"only " + b.name, term_labels(data, c.only_b), std::to_string(c.only_b.size())});
        write_table(table, streams.out);
        if (csv()) return 0;
        if (!c.differences.empty()) {
            streams.out << "\nhow they differ (each side's latest definition)\n";
            Table differences({"term", a.name + " " + a.code, b.name + " " + b.code}, {24, 60, 60});
            const auto said = [](const RegionDefinition& d) { return (d.year ? std::to_string(*d.year) + ": " : "") + d.text; };
            for (const DefinitionDifference& d : c.differences) differences.add({term_label(data, d.key), said(d.a), said(d.b)});
            differences.print(streams.out);
        }
        streams.out << escape_for_terminal("Jaccard of the vocabularies of " + a.name + " (" + a.code + ") and " + b.name +
                                           " (" + b.code + "): " + fixed_decimals(c.jaccard, 3))
                    << '\n';
        return 0;
    }

private:
    // The reports of --year, with both regions kept comparable when one has no report that year.
    GraphData in_year(GraphData data, const Region& a, const Region& b) const {
        ReportFilter only_year;
        only_year.since = only_year.until = year_;
        data = select_reports(data, only_year);
        data.regions.push_back(a);
        data.regions.push_back(b);
        std::sort(data.regions.begin(), data.regions.end(), [](const Region& x, const Region& y) { return x.code < y.code; });
        data.regions.erase(std::unique(data.regions.begin(), data.regions.end(),
                                       [](const Region& x, const Region& y) { return x.code == y.code; }),
                           data.regions.end());
        return data;
    }

    std::string a_;
    std::string b_;
    std::optional<int> year_;
    bool strict_codes_ = false;
};

}  // namespace

std::unique_ptr<Command> make_compare_command() { return std::make_unique<CompareCommand>(); }

}  // namespace glossgraph
