// glossgraph show TERM: one term with every definition, by region.
#include "cli/read_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/errors.hpp"

#include <ostream>

namespace glossgraph {
namespace {

Json definition_json(const EntryRow& entry) {
    Json json;
    json["report"] = entry.report;
    json["region_code"] = entry.region_code ? Json(*entry.region_code) : Json(nullptr);
    json["region"] = entry.region.empty() ? Json(nullptr) : Json(entry.region);
    json["year"] = entry.year ? Json(*entry.year) : Json(nullptr);
    json["term"] = entry.term;
    json["definition"] = entry.definition;
    json["marker"] = entry.marker ? Json(*entry.marker) : Json(nullptr);
    json["footnote"] = entry.footnote ? Json(*entry.footnote) : Json(nullptr);
    json["parent"] = entry.parent ? Json(*entry.parent) : Json(nullptr);
    return json;
}

class ShowCommand final : public Command {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("show", "Show one term and every region's definition of it");
        app_->add_option("TERM", query_, "The term: as written or as its key, in either script")->required();
        app_->add_flag("--json", json_, "Print a JSON object");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_existing_store(global.db);
        const std::optional<std::string> key = store->find_term(query_);
        if (!key) throw error("no term '" + query_ + "' in " + global.db + " (try 'glossgraph terms')");
        const TermRow term = store->term(*key).value();
        const std::vector<EntryRow> definitions = store->entries({std::nullopt, *key});
        if (json_) {
            Json json = to_json(term);
            json["defined_by"] = Json::array();
            for (const EntryRow& entry : definitions) json["defined_by"].push_back(definition_json(entry));
            write_json(streams.out, json);
            return 0;
        }
        streams.out << term.term << "  (key " << term.key << ")\n"
                    << "defined " << term.definitions << " time(s) in " << term.reports << " report(s), "
                    << term.regions << " region(s)\n\n";
        Table table({"region", "year", "report", "term", "definition"}, {16, 0, 28, 24, 0});
        for (const EntryRow& entry : definitions) {
            table.add({entry.region.empty() ? "-" : entry.region + " " + entry.region_code.value_or(""), or_dash(entry.year),
                       entry.report, entry.term, entry.definition});
        }
        table.print(streams.out);
        return 0;
    }

private:
    std::string query_;
    bool json_ = false;
};

}  // namespace

std::unique_ptr<Command> make_show_command() { return std::make_unique<ShowCommand>(); }

}  // namespace glossgraph
