// glossgraph stats: what the database holds, in a few numbers.
#include "cli/command_options.hpp"
#include "cli/read_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"

#include <ostream>

namespace glossgraph {
namespace {

class StatsCommand final : public Command, with_database, with_json_output {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("stats", "Count reports, regions, glossary entries and terms");
        add_output_options(*app_, "Print a JSON object");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_store(global);
        const StoreStats stats = store->queries().stats();
        return write_listing(streams.out, [&] { return to_json(stats); }, [&] { return table_of(stats); });
    }

private:
    static Table table_of(const StoreStats& stats) {
        Table table({"what", "count"});
        table.add({"reports", std::to_string(stats.reports)});
        table.add({"reports with a glossary", std::to_string(stats.reports_with_glossary)});
        table.add({"reports without a region", std::to_string(stats.reports_without_region)});
        table.add({"regions", std::to_string(stats.regions)});
        table.add({"glossary entries", std::to_string(stats.entries)});
        table.add({"terms", std::to_string(stats.terms)});
        table.add({"terms defined in 2+ regions", std::to_string(stats.terms_in_several_regions)});
        return table;
    }
};

}  // namespace

std::unique_ptr<Command> make_stats_command() { return std::make_unique<StatsCommand>(); }

}  // namespace glossgraph
