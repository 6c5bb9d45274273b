// glossgraph stats: what the database holds, in a few numbers.
#include "cli/read_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/store/queries.hpp"

#include <ostream>

namespace glossgraph {
namespace {

class StatsCommand final : public Command {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("stats", "Count reports, regions, glossary entries and terms");
        table_options_.add_to(*app_, app_->add_flag("--json", json_, "Print a JSON object"));
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_existing_store(global.db);
        const StoreStats stats = store->queries().stats();
        if (json_) {
            write_json(streams.out, to_json(stats));
            return 0;
        }
        Table table({"what", "count"});
        table.add({"reports", std::to_string(stats.reports)});
        table.add({"reports with a glossary", std::to_string(stats.reports_with_glossary)});
        table.add({"reports without a region", std::to_string(stats.reports_without_region)});
        table.add({"regions", std::to_string(stats.regions)});
        table.add({"glossary entries", std::to_string(stats.entries)});
        table.add({"terms", std::to_string(stats.terms)});
        table.add({"terms defined in 2+ regions", std::to_string(stats.terms_in_several_regions)});
        table_options_.print(table, streams.out);
        return 0;
    }

private:
    TableOptions table_options_;
    bool json_ = false;
};

}  // namespace

std::unique_ptr<Command> make_stats_command() { return std::make_unique<StatsCommand>(); }

}  // namespace glossgraph
