// glossgraph entries: the glossary entries, optionally of one report or one term.
#include "cli/command_options.hpp"
#include "cli/read_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/errors.hpp"

#include <ostream>

namespace glossgraph {
namespace {

class EntriesCommand final : public Command, with_database, with_json_output, with_filters {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("entries", "List glossary entries in report and glossary order");
        app_->add_option("--report", report_, "Only the entries of this report (its file name, or its path)")->check(nonempty());
        app_->add_option("--term", term_, "Only the entries of this term (written form or key, either script)")->check(nonempty());
        add_filter_options(*app_);
        add_output_options(*app_, "Print a JSON array, one object per entry");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_store(global);
        EntryFilter filter;
        filter.reports = report_filter(*store);
        if (!report_.empty()) filter.report = stored_report(*store, report_, global.db);
        if (!term_.empty()) {
            filter.key = resolve_term(*store, term_, global.db, streams.err);
        }
        const std::vector<EntryRow> rows = store->queries().entries(filter);
        return write_listing(streams.out, [&] { return json_array(rows); }, [&] { return table_of(rows); });
    }

private:
    static Table table_of(const std::vector<EntryRow>& rows) {
        Table table({"report", "region", "year", "note", "term", "definition"}, {28, 0, 0, 0, 30, 60});
        for (const EntryRow& row : rows) {
            std::string note = row.marker.value_or(row.footnote ? "(" + std::to_string(*row.footnote) + ")" : "-");
            if (row.parent) note += " ⊂";
            note += damage_mark(row.damage);
            table.add({row.report, row.region.empty() ? "-" : row.region, or_dash(row.year), note, row.term, row.definition});
        }
        return table;
    }

private:
    std::string report_;
    std::string term_;
};

}  // namespace

std::unique_ptr<Command> make_entries_command() { return std::make_unique<EntriesCommand>(); }

}  // namespace glossgraph
