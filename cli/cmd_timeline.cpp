// glossgraph timeline TERM: a term year by year: who defines it (first time marked), who only
// mentions it, how many readings, and the first definer in each province.
#include "cli/command_options.hpp"
#include "cli/graph_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/graph/timeline.hpp"
#include "core/store/queries.hpp"
#include "core/terminal_text.hpp"

#include <ostream>

namespace glossgraph {
namespace {

class TimelineCommand final : public Command, with_json_output, with_threshold {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("timeline", "Follow a term year by year: who defines it first, who only mentions it, its readings");
        term_.add_to(*app_);
        add_threshold_option(*app_);
        add_output_options(*app_, "Print a JSON object");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const TermOptions::Read term = term_.read(global.db, streams.err);
        const std::string& key = term.key;
        const TermDiff diff = diff_term(term.data, key, term_.variants(), threshold(), ReadingDetail::members);
        std::vector<TermUse> mentions;
        for (const std::string& k : diff.keys.empty() ? std::vector<std::string>{key} : diff.keys) {
            for (const MentionRow& m : term.store->queries().mentions({std::nullopt, k, term.reports})) {
                if (!m.defines) mentions.push_back({m.report, m.year, m.region_code.value_or(""), m.region});
            }
        }
        const Timeline timeline = term_timeline(term.data, diff, mentions, term_.region_codes());
        const std::string& label = term.label;
        if (json()) {
            write_json(streams.out, timeline_json(label, key, diff, timeline));
            return 0;
        }
        if (csv()) {  // one row per year and region
            Table table({"year", "use", "region_code", "region", "report", "first", "reading"});
            for (const TimelineYear& year : timeline.years) {
                for (const TimelineDefiner& d : year.defined_by) {
                    table.add({std::to_string(year.year), "defines", d.use.region_code, d.use.region, d.use.report,
                               d.first ? "yes" : "no", std::to_string(d.reading + 1)});
                }
                for (const TermUse& use : year.mentioned_only_by) {
                    table.add({std::to_string(year.year), "mentions", use.region_code, use.region, use.report, "", ""});
                }
            }
            write_table(table, streams.out);
            return 0;
        }
        print(label, key, diff, timeline, streams.out);
        return 0;
    }

private:
    static void print(const std::string& label, const std::string& key, const TermDiff& diff, const Timeline& timeline,
                      std::ostream& out) {
        std::size_t regions = 0;
        for (const TimelineYear& year : timeline.years) regions = year.regions_so_far;
        out << escape_for_terminal(label) << "  (key " << escape_for_terminal(key) << "): defined by " << regions
            << " region(s) in " << diff.readings.size() << " reading(s)\n\n";
        Table table({"year", "defined by (* first time)", "readings", "regions so far", "mentioned only by"}, {0, 60, 0, 0, 60});
        for (const TimelineYear& year : timeline.years) {
            std::string defined;
            for (const TimelineDefiner& d : year.defined_by) {
                defined += (defined.empty() ? "" : ", ") + region_text(d.use) + (d.first ? " *" : "");
            }
            std::string mentioned;
            for (const TermUse& use : year.mentioned_only_by) mentioned += (mentioned.empty() ? "" : ", ") + region_text(use);
            table.add({std::to_string(year.year), defined.empty() ? "-" : defined,
                       year.defined_by.empty() ? "-" : std::to_string(year.readings), std::to_string(year.regions_so_far),
                       mentioned.empty() ? "-" : mentioned});
        }
        table.print(out);
        if (timeline.undated_definitions + timeline.undated_mentions > 0) {
            out << "(without a year: " << timeline.undated_definitions << " definition(s), " << timeline.undated_mentions
                << " mention(s))\n";
        }
        print_first_in_province(timeline.first_in_province, out);
    }

    TermOptions term_;
};

}  // namespace

std::unique_ptr<Command> make_timeline_command() { return std::make_unique<TimelineCommand>(); }

}  // namespace glossgraph
