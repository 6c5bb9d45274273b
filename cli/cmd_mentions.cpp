// glossgraph mentions: where terms are used in report bodies, defined there or not.
#include "cli/read_command.hpp"
#include "cli/report_filter_options.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/errors.hpp"

#include <ostream>

namespace glossgraph {

namespace {

class MentionsCommand final : public Command {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("mentions", "List where terms are mentioned in report bodies (glossaries excluded)");
        app_->add_option("--term", term_, "Only mentions of this term (written form or key, either script)")->check(nonempty());
        app_->add_option("--report", report_, "Only mentions in this report (its file name, or its path)")->check(nonempty());
        report_filter_.add_to(*app_);
        app_->add_flag("--json", json_, "Print a JSON array, one object per report and term");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_existing_store(global.db);
        MentionFilter filter;
        filter.reports = report_filter_.resolve(*store);
        if (!report_.empty()) filter.report = stored_report(*store, report_, global.db);
        if (!term_.empty()) {
            filter.key = store->find_term(term_);
            if (!filter.key) throw error("no term '" + term_ + "' in " + global.db);
        }
        const std::vector<MentionRow> rows = store->mentions(filter);
        if (json_) {
            write_json_array(streams.out, rows);
            return 0;
        }
        Table table({"report", "region", "year", "term", "mentions"}, {28, 12, 0, 30, 0});
        for (const MentionRow& row : rows) {
            table.add({row.report, row.region.empty() ? "-" : row.region, or_dash(row.year), row.term, mention_note(row)});
        }
        table.print(streams.out);
        return 0;
    }

private:
    std::string term_;
    std::string report_;
    ReportFilterOptions report_filter_;
    bool json_ = false;
};

}  // namespace

std::unique_ptr<Command> make_mentions_command() { return std::make_unique<MentionsCommand>(); }

}  // namespace glossgraph
