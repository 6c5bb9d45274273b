// glossgraph terms: every term once, with how many reports and regions define it.
#include "cli/command_options.hpp"
#include "cli/read_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"

#include <optional>
#include <ostream>
#include <vector>

namespace glossgraph {
namespace {

// "罗江县 510626, 罗江区 510604": the codes the term's reports were filed under.
std::string filed_under(const GraphData& regions, const TermRow& row) {
    std::string text;
    for (const std::string& code : row.region_codes) text += (text.empty() ? "" : ", ") + region_name(regions, code) + " " + code;
    return text;
}

class TermsCommand final : public Command, with_database, with_json_output, with_filters {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("terms", "List terms, those defined by most regions first");
        app_->add_option("--min-regions", min_regions_,
                         "Only terms defined by at least this many regions (reports without a region count for none)")
            ->check(number())
            ->check(CLI::Range(1, 100000));
        add_filter_options(*app_);
        add_output_options(*app_, "Print a JSON array, one object per term");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_store(global);
        const Store::ReadSnapshot snapshot = store->read_snapshot();  // terms and their forms agree while an import writes
        const ReportFilter filter = report_filter(*store);
        std::vector<TermRow> rows = store->queries().terms(filter);
        if (min_regions_) std::erase_if(rows, [this](const TermRow& row) { return row.regions < *min_regions_; });
        // A region that stands for its line of history marks each term with the codes its
        // reports were filed under (罗江县 510626 beside 罗江区 510604).
        const std::optional<GraphData> regions =
            filter.predecessors.empty() ? std::nullopt : std::optional<GraphData>(store->graph_reader().imported_regions());
        if (json()) {
            Json array = Json::array();
            for (const TermRow& row : rows) {
                Json json = to_json(row);
                if (regions) json["filed_under"] = filed_under_json(*regions, row);
                array.push_back(std::move(json));
            }
            write_json(streams.out, array);
            return 0;
        }
        std::vector<std::string> headers{"term", "key", "regions", "reports", "definitions", "written forms"};
        std::vector<std::size_t> widths{36, 30, 0, 0, 0, 40};
        if (regions) {
            headers.push_back("filed under");
            widths.push_back(0);
        }
        Table table(headers, widths);
        for (const TermRow& row : rows) {
            std::string forms;
            for (const std::string& form : row.written_forms) forms += (forms.empty() ? "" : " / ") + form;
            std::vector<std::string> cells{row.term, row.key, std::to_string(row.regions), std::to_string(row.reports),
                                           std::to_string(row.definitions), forms};
            if (regions) cells.push_back(filed_under(*regions, row));
            table.add(cells);
        }
        write_table(table, streams.out);
        return 0;
    }

private:
    std::optional<int> min_regions_;  // no filter when not given: a term may have no region
};

}  // namespace

std::unique_ptr<Command> make_terms_command() { return std::make_unique<TermsCommand>(); }

}  // namespace glossgraph
