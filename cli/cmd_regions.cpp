// glossgraph regions: the regions reports are filed under, their level, years and vocabulary.
#include "cli/read_command.hpp"
#include "cli/report_filter_options.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/store/queries.hpp"

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

class RegionsCommand final : public Command {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("regions", "List the regions with reports: level, code, report years, terms defined");
        report_filter_.add_to(*app_);
        table_options_.add_to(*app_, app_->add_flag("--json", json_, "Print a JSON array, one object per region"));
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_existing_store(global.db);
        const std::vector<RegionRow> rows = store->queries().regions(report_filter_.resolve(*store));
        const RegionsToday today(*store);
        if (json_) {
            Json array = Json::array();
            for (const RegionRow& row : rows) {
                array.push_back({{"code", row.region.code},
                                 {"name", row.region.name()},
                                 {"full_name", row.region.full_name()},
                                 {"level", std::string(to_string(row.region.level))},
                                 {"reports", row.reports},
                                 {"years", row.years},
                                 {"terms", row.terms},
                                 {"today", today.json(row.region)}});
            }
            write_json(streams.out, array);
            return 0;
        }
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
        table_options_.print(table, streams.out);
        return 0;
    }

private:
    ReportFilterOptions report_filter_;
    TableOptions table_options_;
    bool json_ = false;
};

}  // namespace

std::unique_ptr<Command> make_regions_command() { return std::make_unique<RegionsCommand>(); }

}  // namespace glossgraph
