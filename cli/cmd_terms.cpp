// glossgraph terms: every term once, with how many reports and regions define it.
#include "cli/read_command.hpp"
#include "cli/report_filter_options.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"

#include <optional>
#include <ostream>
#include <vector>

namespace glossgraph {
namespace {

class TermsCommand final : public Command {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("terms", "List terms, those defined by most regions first");
        app_->add_option("--min-regions", min_regions_,
                         "Only terms defined by at least this many regions (reports without a region count for none)")
            ->check(number())
            ->check(CLI::Range(1, 100000));
        report_filter_.add_to(*app_);
        table_options_.add_to(*app_, app_->add_flag("--json", json_, "Print a JSON array, one object per term"));
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_existing_store(global.db);
        const Store::ReadSnapshot snapshot = store->read_snapshot();  // terms and their forms agree while an import writes
        std::vector<TermRow> rows = store->terms(report_filter_.resolve(*store));
        if (min_regions_) std::erase_if(rows, [this](const TermRow& row) { return row.regions < *min_regions_; });
        if (json_) {
            write_json_array(streams.out, rows);
            return 0;
        }
        Table table({"term", "key", "regions", "reports", "definitions", "written forms"}, {36, 30, 0, 0, 0, 40});
        for (const TermRow& row : rows) {
            std::string forms;
            for (const std::string& form : row.written_forms) forms += (forms.empty() ? "" : " / ") + form;
            table.add({row.term, row.key, std::to_string(row.regions), std::to_string(row.reports),
                       std::to_string(row.definitions), forms});
        }
        table_options_.print(table, streams.out);
        return 0;
    }

private:
    std::optional<int> min_regions_;  // no filter when not given: a term may have no region
    ReportFilterOptions report_filter_;
    TableOptions table_options_;
    bool json_ = false;
};

}  // namespace

std::unique_ptr<Command> make_terms_command() { return std::make_unique<TermsCommand>(); }

}  // namespace glossgraph
