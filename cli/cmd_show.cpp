// glossgraph show TERM: one term with every definition, by region.
#include "cli/command_options.hpp"
#include "cli/read_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/errors.hpp"
#include "core/terminal_text.hpp"

#include <algorithm>
#include <ostream>
#include <tuple>

namespace glossgraph {

namespace {

// By year (reports without one last), then region code (reports without one last), then
// report and order in it: a term's history reads from top to bottom.
template <typename Row>
void sort_by_year_and_region(std::vector<Row>& rows) {
    const auto order = [](const Row& row) {
        return std::make_tuple(!row.year.has_value(), row.year.value_or(0), !row.region_code.has_value(),
                               row.region_code.value_or(""));
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) { return order(a) < order(b); });
}

class ShowCommand final : public Command, with_database, with_json_output, with_filters {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("show", "Show one term and every region's definition of it");
        app_->add_option("TERM", query_, "The term: as written or as its key, in either script")->required();
        add_filter_options(*app_);
        add_output_options(*app_, "Print a JSON object");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_store(global);
        const Store::ReadSnapshot snapshot = store->read_snapshot();  // its queries agree while an import writes
        const std::optional<std::string> key = resolve_term(*store, query_, global.db, streams.err);
        const ReportFilter reports = report_filter(*store);
        // Counted over the reports chosen; a term they do not define still shows its form.
        TermRow term = store->queries().term(*key).value();
        if (reports.any()) term = store->queries().term(*key, reports).value_or(TermRow{term.key, term.term, 0, 0, 0, {}, {}});
        std::vector<EntryRow> definitions = store->queries().entries({std::nullopt, *key, reports});
        std::vector<MentionRow> mentions = store->queries().mentions({std::nullopt, *key, reports});
        sort_by_year_and_region(definitions);
        sort_by_year_and_region(mentions);
        const std::vector<RelatedTerm> related = store->queries().related_terms(*key);
        if (json()) {
            Json json = to_json(term);
            json["defined_by"] = Json::array();
            for (const EntryRow& entry : definitions) json["defined_by"].push_back(definition_json(entry));
            json["mentioned_by"] = Json::array();
            for (const MentionRow& mention : mentions) json["mentioned_by"].push_back(mention_json(mention));
            json.update(related_json(related));
            write_json(streams.out, json);
            return 0;
        }
        if (csv()) {  // the definitions, one row each
            Table table({"region_code", "region", "year", "report", "term", "definition"});
            for (const EntryRow& e : definitions) {
                table.add({e.region_code.value_or(""), e.region, e.year ? std::to_string(*e.year) : "", e.report, e.term,
                           e.definition});
            }
            write_table(table, streams.out);
            return 0;
        }
        print_table(term, definitions, mentions, related, streams.out);
        return 0;
    }

private:
    static void print_table(const TermRow& term, const std::vector<EntryRow>& definitions,
                            const std::vector<MentionRow>& mentions, const std::vector<RelatedTerm>& related,
                            std::ostream& out) {
        out << escape_for_terminal(term.term) << "  (key " << escape_for_terminal(term.key) << ")\n"
                    << "defined " << term.definitions << " time(s) in " << term.reports << " report(s), "
                    << term.regions << " region(s)\n\n";
        Table table({"region", "year", "report", "term", "definition"}, {0, 0, 28, 24, 0});
        for (const EntryRow& entry : definitions) {
            table.add({region_and_code(entry.region, entry.region_code.value_or("")), or_dash(entry.year),
                       entry.report, entry.term + damage_mark(entry.damage), entry.definition});
        }
        table.print(out);
        out << "\nmentioned in " << mentions.size() << " report(s)\n";
        if (!mentions.empty()) {
            Table mentioned({"region", "year", "report", "mentions"}, {0, 0, 28, 0});
            for (const MentionRow& m : mentions) {
                mentioned.add({region_and_code(m.region, m.region_code.value_or("")), or_dash(m.year),
                               m.report, mention_note(m)});
            }
            mentioned.print(out);
        }
        if (!related.empty()) {
            out << "\nrelated terms\n";
            Table relations({"relation", "term", "evidence"}, {0, 30, 50});
            for (const RelatedTerm& r : related) relations.add({r.kind, r.term, r.rule});
            relations.print(out);
        }
    }

    std::string query_;
};

}  // namespace

std::unique_ptr<Command> make_show_command() { return std::make_unique<ShowCommand>(); }

}  // namespace glossgraph
