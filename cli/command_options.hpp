#pragma once
// The options several commands share, as mixins a command class inherits besides Command
// (osmium-tool's with_single_osm_input, with_osm_output): each declares its options in
// setup() through an add_… call and gives run() what they mean, so no command repeats the
// --json flag, its branch, the opening of the database or the loading of the graph.
#include "cli/command.hpp"
#include "cli/report_filter_options.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/graph_data.hpp"
#include "core/store/graph_reader.hpp"
#include "core/store/store.hpp"

#include <functional>
#include <iosfwd>
#include <memory>
#include <string>

namespace glossgraph {

// A command that reads the database --db names.
class with_database {
protected:
    // The database, opened for reading (open_existing_store: a missing file is an error).
    static std::unique_ptr<Store> open_store(const GlobalOptions& global);
    // Its whole graph (Store::graph_data); without mentions when the command only compares
    // definitions.
    static GraphData load_graph(const GlobalOptions& global, GraphReader::WithMentions with_mentions);
};

// A command that prints a table for people or, with --json, JSON for programs.
class with_json_output {
protected:
    // Declares --json (json_help says what it prints) and --csv and --excel, which exclude it.
    void add_output_options(CLI::App& app, const std::string& json_help);
    // Declares --json alone, for a command that prints no table; returns it, for exclusions.
    CLI::Option* add_json_option(CLI::App& app, const std::string& json_help);
    bool json() const { return json_; }
    // Whether the table is to be written as CSV (--csv or --excel).
    bool csv() const { return table_options_.csv(); }
    // The table as --csv or --excel ask, else as text.
    void write_table(const Table& table, std::ostream& out) const { table_options_.print(table, out); }
    // as_json() written as JSON when --json was given, else as_table() printed; only the one
    // asked for is made. Returns 0, the exit code of a listing.
    int write_listing(std::ostream& out, const std::function<Json()>& as_json, const std::function<Table()>& as_table) const;

private:
    bool json_ = false;
    TableOptions table_options_;
};

// A command that groups definitions into readings (--threshold, 0..1) or finds the sources of
// definitions (--threshold for lineage, (0, 1]).
class with_threshold {
protected:
    // --threshold with the default reading threshold and its range checked.
    void add_threshold_option(CLI::App& app);
    // --threshold with kDefaultLineageThreshold, in (0, 1].
    void add_lineage_threshold_option(CLI::App& app);
    double threshold() const { return threshold_; }

private:
    double threshold_ = 0;
};

// A command that chooses reports by region and year (cli/report_filter_options.hpp).
class with_filters {
protected:
    // Declares --region, --within, --province, --year, --since, --until and --strict-codes.
    void add_filter_options(CLI::App& app) { filters_.add_to(app); }
    const ReportFilterOptions& filters() const { return filters_; }
    // The filter, resolved among the store's imported regions (ReportFilterOptions::resolve).
    ReportFilter report_filter(const Store& store) const { return filters_.resolve(store); }
    // The part of data the filters choose (select_reports): data itself when they choose nothing.
    GraphData filtered(GraphData data) const;

private:
    ReportFilterOptions filters_;
};

}  // namespace glossgraph
