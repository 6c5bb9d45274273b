#include "cli/command_options.hpp"

#include "cli/graph_command.hpp"
#include "cli/read_command.hpp"
#include "core/compare/readings.hpp"
#include "core/graph/lineage.hpp"
#include "core/graph/selection.hpp"

namespace glossgraph {

std::unique_ptr<Store> with_database::open_store(const GlobalOptions& global) { return open_existing_store(global.db); }

GraphData with_database::load_graph(const GlobalOptions& global, GraphReader::WithMentions with_mentions) {
    return open_store(global)->graph_reader().graph_data(with_mentions);
}

void with_json_output::add_output_options(CLI::App& app, const std::string& json_help) {
    table_options_.add_to(app, add_json_option(app, json_help));
}

CLI::Option* with_json_output::add_json_option(CLI::App& app, const std::string& json_help) {
    return app.add_flag("--json", json_, json_help);
}

int with_json_output::write_listing(std::ostream& out, const std::function<Json()>& as_json,
                            const std::function<Table()>& as_table) const {
    if (json_) {
        write_json(out, as_json());
    } else {
        write_table(as_table(), out);
    }
    return 0;
}

void with_threshold::add_threshold_option(CLI::App& app) {
    threshold_ = kDefaultReadingThreshold;
    app.add_option("--threshold", threshold_,
                   "Similarity (edit or shared items, 0..1) from which two definitions are one reading")
        ->check(number())
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
}

void with_threshold::add_lineage_threshold_option(CLI::App& app) {
    threshold_ = kDefaultLineageThreshold;
    app.add_option("--threshold", threshold_, "Edit similarity (0..1] from which an earlier definition is a source")
        ->check(number())
        ->check(CLI::Range(0.01, 1.0))
        ->capture_default_str();
}

GraphData with_filters::filtered(GraphData data) const {
    if (!filters_.any()) return data;
    const ReportFilter filter = filters_.resolve(data);
    return select_reports(data, filter);
}

}  // namespace glossgraph
