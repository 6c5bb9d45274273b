// glossgraph damage: the damaged runs found in the reports' text, and what each was repaired to.
#include "cli/command_options.hpp"
#include "cli/read_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"

#include <ostream>

namespace glossgraph {
namespace {

class DamageCommand final : public Command, with_database, with_json_output {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand(
            "damage",
            "List the damaged runs found in the reports' text (mojibake of GBK pages read one byte late): each run "
            "as written -> as repaired, or kept as written (flagged damaged) when no repair beat every other "
            "reading by 20 to 1, with its line and the text around it");
        app_->add_option("--report", report_, "Only the runs of this report (its file name, or its path)")->check(nonempty());
        add_output_options(*app_, "Print a JSON array, one object per run");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_store(global);
        std::optional<std::string> report;
        if (!report_.empty()) report = stored_report(*store, report_, global.db);
        const std::vector<DamagedRunRow> rows = store->queries().damaged_runs(report);
        if (json()) {
            write_json_array(streams.out, rows);
            return 0;
        }
        Table table({"report", "line", "context", "written", "repaired"}, {28, 0, 40, 24, 24});
        int repaired = 0;
        for (const DamagedRunRow& row : rows) {
            std::string context = row.run.before;
            context.append("[").append(row.run.written).append("]").append(row.run.after);
            table.add({row.report, std::to_string(row.run.line), context, row.run.written,
                       row.run.repaired ? *row.run.repaired : "(not repaired)"});
            repaired += row.run.repaired ? 1 : 0;
        }
        write_table(table, streams.out);
        if (!csv()) {
            streams.out << rows.size() << " damaged run(s), " << repaired << " repaired\n";
        }
        return 0;
    }

private:
    std::string report_;
};

}  // namespace

std::unique_ptr<Command> make_damage_command() { return std::make_unique<DamageCommand>(); }

}  // namespace glossgraph
