// glossgraph drift TERM and glossgraph drifting: how regions redefine a term over the years.
#include "cli/graph_command.hpp"
#include "cli/read_command.hpp"
#include "cli/report_filter_options.hpp"
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

Json drift_json(const RegionDrift& drift) {
    Json json{{"region_code", drift.region_code}, {"region", drift.region}, {"changes", drift.changes}};
    json["definitions"] = Json::array();
    for (const DriftStep& step : drift.steps) {
        const ReadingMember& d = step.definition;
        Json row{{"year", *d.year}, {"report", d.report}, {"term", d.term}, {"text", d.text}, {"changed", step.changed},
                 {"similarity", step.similarity ? Json(*step.similarity) : Json(nullptr)}};
        row["diff"] = Json::array();
        for (const DiffSpan& span : step.diff) row["diff"].push_back(to_json(span));
        row["exact"] = step.exact;
        json["definitions"].push_back(std::move(row));
    }
    return json;
}

class DriftCommand final : public Command {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("drift", "How regions redefine a term: each region's definitions over the years, "
                                              "each against its previous one (--region R for one region)");
        term_.add_to(*app_);
        table_options_.add_to(*app_, app_->add_flag("--json", json_, "Print a JSON object"));
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const TermOptions::Read term = term_.read(global.db, streams.err);
        const std::vector<RegionDrift> drifts = term_drift(term.definitions.definitions);
        if (json_) {
            Json json{{"term", term.label}, {"key", term.key}, {"keys", term.definitions.keys}};
            json["regions"] = Json::array();
            for (const RegionDrift& drift : drifts) json["regions"].push_back(drift_json(drift));
            write_json(streams.out, json);
        } else if (table_options_.csv()) {
            Table table({"region_code", "region", "year", "report", "term", "changed", "similarity", "definition"});
            for (const RegionDrift& drift : drifts) {
                for (const DriftStep& step : drift.steps) {
                    const ReadingMember& d = step.definition;
                    table.add({drift.region_code, drift.region, std::to_string(*d.year), d.report, d.term, step.changed ? "yes" : "no",
                               step.similarity ? two_decimals(*step.similarity) : "", d.text});
                }
            }
            table_options_.print(table, streams.out);
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
    TableOptions table_options_;
    bool json_ = false;
};

class DriftingCommand final : public Command {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("drifting", "List the terms whose definitions changed within a region, most changed first");
        app_->add_option("--min-regions", min_regions_, "Only terms that at least this many regions changed")
            ->check(number())
            ->check(CLI::Range(1, 100000))
            ->capture_default_str();
        report_filter_.add_to(*app_);
        table_options_.add_to(*app_, app_->add_flag("--json", json_, "Print a JSON array, most changed first"));
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_existing_store(global.db);
        std::vector<DriftingTerm> terms =
            drifting_terms(load_definitions(*store, report_filter_), static_cast<std::size_t>(min_regions_));
        std::vector<std::string> keys;
        for (const DriftingTerm& t : terms) keys.push_back(t.key);
        const std::vector<std::string> labels = store->graph_reader().labels(keys);
        for (std::size_t i = 0; i < terms.size(); ++i) terms[i].label = labels[i];
        if (json_) {
            Json array = Json::array();
            for (const DriftingTerm& t : terms) {
                array.push_back({{"term", t.label}, {"key", t.key}, {"regions_with_history", t.regions_with_history},
                                 {"regions_changed", t.regions_changed}, {"changes", t.changes},
                                 {"lowest_similarity", t.lowest_similarity}});
            }
            write_json(streams.out, array);
            return 0;
        }
        Table table({"term", "regions changed", "of regions with 2+ definitions", "changes", "lowest similarity"}, {40, 0, 0, 0, 0});
        for (const DriftingTerm& t : terms) {
            table.add({t.label, std::to_string(t.regions_changed), std::to_string(t.regions_with_history), std::to_string(t.changes),
                       two_decimals(t.lowest_similarity)});
        }
        table_options_.print(table, streams.out);
        return 0;
    }

private:
    int min_regions_ = 1;
    ReportFilterOptions report_filter_;
    TableOptions table_options_;
    bool json_ = false;
};

}  // namespace

std::unique_ptr<Command> make_drift_command() { return std::make_unique<DriftCommand>(); }
std::unique_ptr<Command> make_drifting_command() { return std::make_unique<DriftingCommand>(); }

}  // namespace glossgraph
