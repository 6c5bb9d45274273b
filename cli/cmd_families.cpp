// glossgraph families: groups of terms joined by variant, family, refers_to and broader relations.
#include "cli/command_options.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/graph/families.hpp"

#include <ostream>

namespace glossgraph {
namespace {

class FamiliesCommand final : public Command, with_database, with_json_output, with_filters {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("families", "List groups of terms joined by variant, family, refers_to and broader relations");
        add_filter_options(*app_);
        add_output_options(*app_, "Print a JSON array, largest family first");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const GraphData data = filtered(load_graph(global, GraphReader::WithMentions::no));
        const std::vector<TermFamily> families = term_families(data);
        return write_listing(
            streams.out,
            [&] {
                Json array = Json::array();
                for (const TermFamily& f : families) array.push_back(to_json(data, f));
                return array;
            },
            [&] {
                Table table({"size", "terms"}, {0, 120});
                for (const TermFamily& f : families) table.add({std::to_string(f.keys.size()), term_labels(data, f.keys)});
                return table;
            });
    }
};

}  // namespace

std::unique_ptr<Command> make_families_command() { return std::make_unique<FamiliesCommand>(); }

}  // namespace glossgraph
