// glossgraph central: terms ranked by the regions that define or mention them, with betweenness centrality.
#include "cli/command_options.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/graph/centrality.hpp"

#include <ostream>

namespace glossgraph {
namespace {

class CentralCommand final : public Command, with_database, with_json_output, with_filters {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("central", "Rank terms by the regions that define or mention them, with betweenness centrality");
        app_->add_option("--top", top_, "How many terms (0: all)")
            ->check(number())
            ->check(CLI::Range(0, 1000000))
            ->capture_default_str();
        add_filter_options(*app_);
        add_output_options(*app_, "Print a JSON array");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const std::vector<CentralTerm> terms =
            central_terms(filtered(load_graph(global, GraphReader::WithMentions::yes)), static_cast<std::size_t>(top_));
        return write_listing(
            streams.out, [&] { return json_array(terms); },
            [&] {
                Table table({"term", "regions", "betweenness"}, {40, 0, 0});
                for (const CentralTerm& t : terms) {
                    table.add({t.label, std::to_string(t.regions), t.betweenness ? fixed_decimals(*t.betweenness, 4) : "-"});
                }
                return table;
            });
    }

private:
    int top_ = 20;
};

}  // namespace

std::unique_ptr<Command> make_central_command() { return std::make_unique<CentralCommand>(); }

}  // namespace glossgraph
