// glossgraph spread TERM: how a term spread: its first definition overall and in each province,
// the adoption curve by level of the administrative tree, and how long it took to reach each
// level; --svg draws the curve.
#include "cli/command_options.hpp"
#include "cli/graph_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/graph/spread.hpp"
#include "core/terminal_text.hpp"
#include "exporters/line_chart.hpp"
#include "exporters/spread_chart.hpp"

#include <ostream>

namespace glossgraph {
namespace {

std::string after(const std::optional<int>& years) {
    if (!years) return "-";
    if (*years == 0) return "same year";
    return std::to_string(*years) + (*years == 1 ? " year" : " years");
}

// "+2 = 5": first-time definers, then regions so far.
std::string growth(std::size_t added, std::size_t so_far) {
    return "+" + std::to_string(added) + " = " + std::to_string(so_far);
}

std::string first_text(const std::optional<TermUse>& use) {
    return use ? region_text(*use) + ", " + or_dash(use->year) + " (" + use->report + ")" : "-";
}

class SpreadCommand final : public Command, with_json_output {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand(
            "spread", "How a term spread: first definers, regions adopting it year by year at each level, time to reach each level");
        term_.add_to(*app_);
        app_->add_option("--svg", svg_, "Also draw the adoption curve (regions so far, a line per level) as SVG into this file; - for standard output")
            ->check(nonempty());
        app_->add_flag("--force", force_, "Replace the --svg file when it exists (refused otherwise)");
        add_output_options(*app_, "Print a JSON object");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        if (!svg_.empty()) check_output(svg_, force_, global.db);
        const TermOptions::Read term = term_.read(global.db, streams.err);
        const Spread spread = term_spread(term.data, term.definitions.definitions, term_.region_codes());
        const std::string& label = term.label;
        const std::string& key = term.key;
        if (!svg_.empty()) {
            write_output(svg_, force_, global.db, streams.out, [&](std::ostream& out) { write_line_chart_svg(spread_chart(label, spread), out); });
            if (svg_ == "-") return 0;
        }
        if (json()) {
            write_json(streams.out, spread_json(label, key, term.definitions.keys, spread));
        } else if (csv()) {  // one row per year and level, for plotting
            Table table({"year", "level", "first_time", "defining", "so_far"});
            for (const SpreadYear& year : spread.years) {
                for (const RegionLevel level : kRegionLevels) {
                    table.add({std::to_string(year.year), std::string(to_string(level)), std::to_string(year.first_time[level]),
                               std::to_string(year.defining[level]), std::to_string(year.so_far[level])});
                }
                table.add({std::to_string(year.year), "all", std::to_string(year.first_time.total()),
                           std::to_string(year.defining.total()), std::to_string(year.so_far.total())});
            }
            write_table(table, streams.out);
        } else {
            print(label, key, spread, streams.out);
        }
        return 0;
    }

private:
    static Json spread_json(const std::string& label, const std::string& key, const std::vector<std::string>& keys,
                            const Spread& spread) {
        Json json{{"term", label}, {"key", key}, {"keys", keys.empty() ? std::vector<std::string>{key} : keys},
                  {"regions", spread.regions}, {"first", spread.first ? to_json(*spread.first) : Json(nullptr)}};
        json["years"] = Json::array();
        for (const SpreadYear& year : spread.years) {
            json["years"].push_back({{"year", year.year},
                                     {"first_time", counts_json(year.first_time)},
                                     {"defining", counts_json(year.defining)},
                                     {"so_far", counts_json(year.so_far)}});
        }
        json["levels"] = Json::array();
        for (const LevelReach& reach : spread.levels) {
            json["levels"].push_back({{"level", std::string(to_string(reach.level))},
                                      {"first", reach.first ? to_json(*reach.first) : Json(nullptr)},
                                      {"years_after_first", reach.years_after_first ? Json(*reach.years_after_first) : Json(nullptr)},
                                      {"regions", reach.regions}});
        }
        json["first_in_province"] = to_json(spread.first_in_province);
        json["undated"] = spread.undated;
        json["without_region"] = spread.unplaced;
        return json;
    }

    static void print(const std::string& label, const std::string& key, const Spread& spread, std::ostream& out) {
        out << escape_for_terminal(label) << "  (key " << escape_for_terminal(key) << "): defined by " << spread.regions
            << " region(s)";
        if (spread.years.size() == 1) out << ", in " << spread.years.front().year;
        if (spread.years.size() > 1) out << ", " << spread.years.front().year << "–" << spread.years.back().year;
        out << "\nfirst definition: " << escape_for_terminal(first_text(spread.first)) << "\n";
        if (spread.undated + spread.unplaced > 0) {
            out << "(not counted: " << spread.undated << " definition(s) without a year, " << spread.unplaced
                << " without a region)\n";
        }
        if (!spread.years.empty()) {
            out << "\nregions by year (each level: +first-time definers = regions so far)\n";
            Table table({"year", "province", "prefecture", "county", "all", "defining that year"});
            for (const SpreadYear& year : spread.years) {
                std::vector<std::string> row{std::to_string(year.year)};
                for (const RegionLevel level : kRegionLevels) row.push_back(growth(year.first_time[level], year.so_far[level]));
                row.push_back(growth(year.first_time.total(), year.so_far.total()));
                row.push_back(std::to_string(year.defining.total()));
                table.add(std::move(row));
            }
            table.print(out);
        }
        out << "\nreaching each level\n";
        Table levels({"level", "year", "after the first", "regions", "first definer"}, {0, 0, 0, 0, 60});
        for (const LevelReach& reach : spread.levels) {
            levels.add({std::string(to_string(reach.level)), reach.first ? or_dash(reach.first->year) : "-",
                        after(reach.years_after_first), std::to_string(reach.regions),
                        reach.first ? region_text(*reach.first) + " (" + reach.first->report + ")" : "-"});
        }
        levels.print(out);
        print_first_in_province(spread.first_in_province, out);
    }

    TermOptions term_;
    std::string svg_;
    bool force_ = false;
};

}  // namespace

std::unique_ptr<Command> make_spread_command() { return std::make_unique<SpreadCommand>(); }

}  // namespace glossgraph
