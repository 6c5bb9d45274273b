// glossgraph diff TERM and glossgraph differing: how regions define a term differently.
#include "cli/command_options.hpp"
#include "cli/graph_command.hpp"
#include "cli/read_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/errors.hpp"
#include "core/graph/term_diff.hpp"
#include "core/terminal_text.hpp"

#include <ostream>

namespace glossgraph {
namespace {

void print_reading(const TermReading& reading, std::size_t index, bool colour, std::ostream& out) {
    out << "\nreading " << index + 1 << (index == 0 ? " (main)" : "") << ": " << reading.members.size()
        << " definition(s)";
    if (index > 0) {
        out << ", similarity to the main reading: edit " << two_decimals(reading.similarity_to_main.edit) << ", items "
            << two_decimals(reading.similarity_to_main.items);
    }
    out << '\n';
    Table table({"region", "year", "report", "term"}, {16, 0, 28, 30});
    for (const ReadingMember& m : reading.members) {
        table.add({region_and_code(m.region, m.region_code), or_dash(m.year), m.report, m.term});
    }
    table.print(out);
    out << (index == 0 ? escape_for_terminal(reading.text) : render_diff(reading.diff, colour)) << '\n';
    if (!reading.exact) {
        out << "(too long to compare character by character: the edit similarity is estimated sentence by sentence, "
               "and changed sentences may be shown removed and inserted whole)\n";
    }
}

class DiffCommand final : public Command, with_database, with_json_output, with_threshold {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("diff", "Group the regions' definitions of a term into readings and show how they differ");
        app_->add_option("TERM", query_, "The term: as written or as its key, in either script")->required();
        app_->add_flag("--variants", variants_, "Fold in the definitions of the term's variants (两品一标 ~ 二品一标)");
        add_threshold_option(*app_);
        add_output_options(*app_, "Print a JSON object");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_store(global);
        const std::string key = resolve_term(*store, query_, global.db, streams.err);
        const TermDiff diff = diff_term(store->graph_reader().term_graph_data(key, variants_), key, variants_, threshold());
        if (json()) {
            Json json{{"term", diff.label}, {"key", diff.key}, {"keys", diff.keys}, {"threshold", threshold()}};
            json["readings"] = Json::array();
            for (const TermReading& reading : diff.readings) json["readings"].push_back(reading_json(reading));
            write_json(streams.out, json);
            return 0;
        }
        if (csv()) {  // one row per definition, with its reading
            Table table({"reading", "region_code", "region", "year", "report", "term", "definition"});
            for (std::size_t i = 0; i < diff.readings.size(); ++i) {
                for (const ReadingMember& m : diff.readings[i].members) {
                    table.add({std::to_string(i + 1), m.region_code, m.region, m.year ? std::to_string(*m.year) : "",
                               m.report, m.term, m.text});
                }
            }
            write_table(table, streams.out);
            return 0;
        }
        streams.out << escape_for_terminal(diff.label) << "  (key " << escape_for_terminal(diff.key);
        if (diff.keys.size() > 1) {
            streams.out << "; with";
            for (const std::string& k : diff.keys) {
                if (k != diff.key) streams.out << ' ' << escape_for_terminal(k);
            }
        }
        streams.out << "): " << diff.readings.size() << " reading(s)\n";
        for (std::size_t i = 0; i < diff.readings.size(); ++i) {
            print_reading(diff.readings[i], i, streams.colour, streams.out);
        }
        return 0;
    }

private:
    std::string query_;
    bool variants_ = false;
};

class DifferingCommand final : public Command, with_database, with_json_output, with_threshold, with_filters {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("differing", "List terms that several regions define with different readings");
        app_->add_option("--min-regions", min_regions_, "Only terms defined by at least this many regions")
            ->check(number())
            ->check(CLI::Range(2, 100000))
            ->capture_default_str();
        add_threshold_option(*app_);
        add_filter_options(*app_);
        add_output_options(*app_, "Print a JSON array, most regions first");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const std::vector<DifferingTerm> terms = differing_terms(filtered(load_graph(global, GraphReader::WithMentions::no)),
                                                                      min_regions_, threshold());
        return write_listing(
            streams.out, [&] { return json_array(terms); },
            [&] {
                Table table({"term", "regions", "readings"}, {40, 0, 0});
                for (const DifferingTerm& t : terms) table.add({t.label, std::to_string(t.regions), std::to_string(t.readings)});
                return table;
            });
    }

private:
    int min_regions_ = 2;
};

}  // namespace

std::unique_ptr<Command> make_diff_command() { return std::make_unique<DiffCommand>(); }
std::unique_ptr<Command> make_differing_command() { return std::make_unique<DifferingCommand>(); }

}  // namespace glossgraph
