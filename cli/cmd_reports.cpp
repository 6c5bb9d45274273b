// glossgraph reports: every imported report with its metadata.
#include "cli/read_command.hpp"
#include "cli/report_filter_options.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include <ostream>

namespace glossgraph {

namespace {

class ReportsCommand final : public Command {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("reports", "List imported reports: title, year, date, speaker, region, entries");
        report_filter_.add_to(*app_);
        table_options_.add_to(*app_, app_->add_flag("--json", json_, "Print a JSON array, one object per report"));
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_existing_store(global.db);
        const std::vector<ReportRow> rows = store->reports(report_filter_.resolve(*store));
        if (json_) {
            write_json_array(streams.out, rows);
            return 0;
        }
        Table table({"file", "year", "delivered", "region", "speaker", "script", "entries", "title"}, {32, 0, 0, 0, 0, 0, 0, 40});
        for (const ReportRow& row : rows) {
            table.add({row.file, or_dash(row.year), or_dash(row.delivered_on), region_label(row.region), or_dash(row.speaker),
                       std::string(to_string(row.script)), std::to_string(row.entries), row.title});
        }
        table_options_.print(table, streams.out);
        return 0;
    }

private:
    ReportFilterOptions report_filter_;
    TableOptions table_options_;
    bool json_ = false;
};

}  // namespace

std::unique_ptr<Command> make_reports_command() { return std::make_unique<ReportsCommand>(); }

}  // namespace glossgraph
