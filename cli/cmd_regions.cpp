// glossgraph regions: the regions reports are filed under, their level, years and vocabulary.
#include "cli/command_options.hpp"
#include "cli/read_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"

#include <algorithm>
#include <ostream>

namespace glossgraph {
namespace {

// "2019–2023" for consecutive years, "2019, 2021–2023" otherwise.
std::string year_ranges(const std::vector<int>& years) {
    std::string text;
    for (std::size_t i = 0; i < years.size();) {
        std::size_t j = i;
        while (j + 1 < years.size() && years[j + 1] == years[j] + 1) ++j;
        text += (text.empty() ? "" : ", ") + std::to_string(years[i]) + (j > i ? "–" + std::to_string(years[j]) : "");
        i = j + 1;
    }
    return text.empty() ? "-" : text;
}

class RegionsCommand final : public Command, with_database, with_json_output, with_filters {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("regions", "List the regions with reports: level, code, report years, terms defined");
        add_filter_options(*app_);
        add_output_options(*app_, "Print a JSON array, one object per region");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_store(global);
        const std::vector<RegionRow> rows = store->queries().regions(report_filter(*store));
        const RegionsToday today(*store);
        return write_listing(streams.out, [&] { return json_array(rows, today); }, [&] { return table_of(rows, today); });
    }

private:
    static Table table_of(const std::vector<RegionRow>& rows, const RegionsToday& today) {
        // A last column for the region of today only when a region is another's now.
        std::vector<std::optional<RegionPath>> regions(rows.size());
        std::transform(rows.begin(), rows.end(), regions.begin(), [](const RegionRow& row) { return row.region; });
        const bool then_and_now = today.any(regions);
        Table table(then_and_now ? std::vector<std::string>{"code", "region", "level", "reports", "years", "terms", "today"}
                                 : std::vector<std::string>{"code", "region", "level", "reports", "years", "terms"},
                    {0, 0, 0, 0, 30, 0, 0});
        for (const RegionRow& row : rows) {
            std::vector<std::string> cells{row.region.code, row.region.full_name(), std::string(to_string(row.region.level)),
                                           std::to_string(row.reports), year_ranges(row.years), std::to_string(row.terms)};
            if (then_and_now) cells.push_back(today.label(row.region));
            table.add(cells);
        }
        return table;
    }
};

}  // namespace

std::unique_ptr<Command> make_regions_command() { return std::make_unique<RegionsCommand>(); }

}  // namespace glossgraph
