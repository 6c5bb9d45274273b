// glossgraph drift TERM and glossgraph drifting: how regions redefine a term over the years.
#include "cli/command_options.hpp"
#include "cli/graph_command.hpp"
#include "cli/read_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/graph/drift.hpp"
#include "core/store/graph_reader.hpp"
#include "core/terminal_text.hpp"

#include <ostream>

namespace glossgraph {
namespace {

std::string step_note(const DriftStep& step) {
    if (!step.similarity) return "-";
    return step.changed ? two_decimals(*step.similarity) + " changed" : "same";
}

class DriftCommand final : public Command, with_json_output {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("drift", "How regions redefine a term: each region's definitions over the years, "
                                              "each against its previous one (--region R for one region)");
        term_.add_to(*app_);
        add_output_options(*app_, "Print a JSON object");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const TermOptions::Read term = term_.read(global.db, streams.err);
        const std::vector<RegionDrift> drifts = term_drift(term.definitions.definitions);
        if (json()) {
            Json json{{"term", term.label}, {"key", term.key}, {"keys", term.definitions.keys}};
            json["regions"] = Json::array();
            for (const RegionDrift& drift : drifts) json["regions"].push_back(drift_json(drift));
            write_json(streams.out, json);
        } else if (csv()) {
            Table table({"region_code", "region", "year", "report", "term", "changed", "similarity", "definition"});
            for (const RegionDrift& drift : drifts) {
                for (const DriftStep& step : drift.steps) {
                    const ReadingMember& d = step.definition;
                    table.add({drift.region_code, drift.region, std::to_string(*d.year), d.report, d.term, step.changed ? "yes" : "no",
                               step.similarity ? two_decimals(*step.similarity) : "", d.text});
                }
            }
            write_table(table, streams.out);
        } else {
            print(term.label, term.key, drifts, streams);
        }
        return 0;
    }

private:
    static void print(const std::string& label, const std::string& key, const std::vector<RegionDrift>& drifts, Streams& streams) {
        std::size_t changed = 0;
        for (const RegionDrift& drift : drifts) changed += drift.changes > 0;
        streams.out << escape_for_terminal(label) << "  (key " << escape_for_terminal(key) << "): " << drifts.size()
                    << " region(s) define it in two reports or more, " << changed << " of them changed it\n";
        for (const RegionDrift& drift : drifts) {
            streams.out << '\n' << escape_for_terminal(drift.region) << ' ' << drift.region_code << ": " << drift.steps.size()
                        << " definition(s), " << drift.changes << " change(s)\n";
            Table table({"year", "report", "against the previous"}, {0, 40, 0});
            for (const DriftStep& step : drift.steps) {
                table.add({std::to_string(*step.definition.year), step.definition.report, step_note(step)});
            }
            table.print(streams.out);
            for (const DriftStep& step : drift.steps) {
                if (!step.changed) continue;
                streams.out << std::to_string(*step.definition.year) << ": " << render_diff(step.diff, streams.colour) << '\n';
            }
        }
    }

    TermOptions term_;
};

class DriftingCommand final : public Command, with_database, with_json_output, with_filters {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("drifting", "List the terms whose definitions changed within a region, most changed first");
        app_->add_option("--min-regions", min_regions_, "Only terms that at least this many regions changed")
            ->check(number())
            ->check(CLI::Range(1, 100000))
            ->capture_default_str();
        add_filter_options(*app_);
        add_output_options(*app_, "Print a JSON array, most changed first");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_store(global);
        std::vector<DriftingTerm> terms =
            drifting_terms(filtered(store->graph_reader().definitions_data()), static_cast<std::size_t>(min_regions_));
        std::vector<std::string> keys;
        for (const DriftingTerm& t : terms) keys.push_back(t.key);
        const std::vector<std::string> labels = store->graph_reader().labels(keys);
        for (std::size_t i = 0; i < terms.size(); ++i) terms[i].label = labels[i];
        return write_listing(
            streams.out, [&] { return json_array(terms); },
            [&] {
                Table table({"term", "regions changed", "of regions with 2+ definitions", "changes", "lowest similarity"},
                            {40, 0, 0, 0, 0});
                for (const DriftingTerm& t : terms) {
                    table.add({t.label, std::to_string(t.regions_changed), std::to_string(t.regions_with_history),
                               std::to_string(t.changes), two_decimals(t.lowest_similarity)});
                }
                return table;
            });
    }

private:
    int min_regions_ = 1;
};

}  // namespace

std::unique_ptr<Command> make_drift_command() { return std::make_unique<DriftCommand>(); }
std::unique_ptr<Command> make_drifting_command() { return std::make_unique<DriftingCommand>(); }

}  // namespace glossgraph
