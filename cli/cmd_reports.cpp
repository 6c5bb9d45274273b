// glossgraph reports: every imported report with its metadata.
#include "cli/command_options.hpp"
#include "cli/read_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include <ostream>

namespace glossgraph {

namespace {

class ReportsCommand final : public Command, with_database, with_json_output, with_filters {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("reports", "List imported reports: title, year, date, speaker, region, entries");
        add_filter_options(*app_);
        add_output_options(*app_, "Print a JSON array, one object per report");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_store(global);
        const std::vector<ReportRow> rows = store->queries().reports(report_filter(*store));
        const RegionsToday today(*store);
        return write_listing(streams.out, [&] { return json_array(rows, today); }, [&] { return table_of(rows, today); });
    }

private:
    static Table table_of(const std::vector<ReportRow>& rows, const RegionsToday& today) {
        // A column for the region of today only when a report's region is another's now.
        std::vector<std::optional<RegionPath>> regions;
        for (const ReportRow& row : rows) regions.push_back(row.region);
        const bool then_and_now = today.any(regions);
        std::vector<std::string> headers{"file", "year", "delivered", "region"};
        if (then_and_now) headers.emplace_back("today");
        headers.insert(headers.end(), {"speaker", "script", "entries", "title"});
        std::vector<std::size_t> widths{32, 0, 0, 0};
        if (then_and_now) widths.push_back(0);
        widths.insert(widths.end(), {0, 0, 0, 40});
        Table table(headers, widths);
        for (const ReportRow& row : rows) {
            std::vector<std::string> cells{row.file, or_dash(row.year), or_dash(row.delivered_on), region_label(row.region)};
            if (then_and_now) cells.push_back(today.label(row.region));
            cells.insert(cells.end(), {or_dash(row.speaker), std::string(to_string(row.script)), std::to_string(row.entries), row.title});
            table.add(cells);
        }
        return table;
    }
};

}  // namespace

std::unique_ptr<Command> make_reports_command() { return std::make_unique<ReportsCommand>(); }

}  // namespace glossgraph
