// glossgraph lineage TERM: for every definition of a term its most likely source (the closest
// earlier definition), verbatim or adapted (with the diff) or original, and the direction in
// the administrative tree; --dot and --svg draw the lineage with Graphviz.
#include "cli/command_options.hpp"
#include "cli/graph_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/errors.hpp"
#include "core/graph/lineage.hpp"
#include "core/terminal_text.hpp"
#include "exporters/graphviz.hpp"
#include "exporters/lineage_dot.hpp"

#include <map>
#include <ostream>
#include <sstream>

namespace glossgraph {
namespace {

std::string where(const ReadingMember& d) {
    return (d.region.empty() ? "(" + d.report + ")" : d.region + " " + d.region_code) + (d.year ? " " + std::to_string(*d.year) : "");
}

// "2 original, 3 verbatim, 1 adapted; directions: 2 down, 1 up, 1 across"
std::string summary(const Lineage& lineage) {
    std::map<LineageRelation, std::size_t> relations;
    std::map<LineageDirection, std::size_t> directions;
    for (const LineageEntry& e : lineage.entries) {
        ++relations[e.relation];
        if (e.direction) ++directions[*e.direction];
    }
    std::string text;
    for (const LineageRelation r : {LineageRelation::original, LineageRelation::verbatim, LineageRelation::adapted})
        text += (text.empty() ? "" : ", ") + std::to_string(relations[r]) + " " + std::string(to_string(r));
    std::string ways;
    for (const auto& [direction, count] : directions) ways += (ways.empty() ? "" : ", ") + std::to_string(count) + " " + std::string(to_string(direction));
    return ways.empty() ? text : text + "; directions: " + ways;
}

class LineageCommand final : public Command, with_json_output, with_threshold {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("lineage", "Who took whose definition of a term: each definition's closest earlier source, "
                                                "verbatim, adapted or original, and its direction in the region tree");
        term_.add_to(*app_);
        add_lineage_threshold_option(*app_);
        app_->add_option("--dot", dot_, "Also write the lineage as Graphviz DOT into this file; - for standard output")->check(nonempty());
        app_->add_option("--svg", svg_, "Also draw the lineage (Graphviz dot) as SVG into this file; - for standard output")
            ->check(nonempty());
        app_->add_flag("--force", force_, "Replace the --dot and --svg files when they exist (refused otherwise)");
        add_output_options(*app_, "Print a JSON object");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        if (dot_ == "-" && svg_ == "-") throw usage_error("--dot - and --svg - both ask for standard output; send one to a file");
        for (const std::string* target : {&dot_, &svg_})
            if (!target->empty()) check_output(*target, force_, global.db);
        const TermOptions::Read term = term_.read(global.db, streams.err);
        const Lineage lineage = term_lineage(term.data, term.definitions.definitions, threshold(), term_.region_codes());
        const std::string& label = term.label;
        const std::string& key = term.key;
        if (!dot_.empty() || !svg_.empty()) {
            std::ostringstream dot;
            write_lineage_dot(lineage, term.data, label + ": who took whose definition", dot);
            if (!dot_.empty()) write_output(dot_, force_, global.db, streams.out, [&](std::ostream& out) { out << dot.str(); });
            if (!svg_.empty()) {
                const std::string svg = render_graphviz(dot.str());
                write_output(svg_, force_, global.db, streams.out, [&](std::ostream& out) { out << svg; });
            }
            if (dot_ == "-" || svg_ == "-") return 0;
        }
        if (json()) {
            Json json{{"term", label}, {"key", key}, {"keys", term.definitions.keys}, {"threshold", threshold()},
                      {"distinct_texts", lineage.distinct_texts}, {"capped", lineage.capped}};
            json["definitions"] = Json::array();
            for (const LineageEntry& entry : lineage.entries) json["definitions"].push_back(definition_json(lineage, entry));
            write_json(streams.out, json);
        } else if (csv()) {
            write_table(csv_table(lineage), streams.out);
        } else {
            print(label, key, lineage, streams);
        }
        return 0;
    }

private:
    static Table csv_table(const Lineage& lineage) {
        Table table({"year", "region_code", "region", "report", "term", "relation", "source_region_code", "source_region",
                     "source_year", "source_report", "direction", "similarity", "definition"});
        for (const LineageEntry& e : lineage.entries) {
            const ReadingMember& d = e.definition;
            const ReadingMember* s = e.source ? &lineage.entries[*e.source].definition : nullptr;
            table.add({d.year ? std::to_string(*d.year) : "", d.region_code, d.region, d.report, d.term,
                       std::string(to_string(e.relation)), s ? s->region_code : "", s ? s->region : "",
                       s && s->year ? std::to_string(*s->year) : "", s ? s->report : "",
                       e.direction ? std::string(to_string(*e.direction)) : "", e.similarity ? two_decimals(*e.similarity) : "",
                       d.text});
        }
        return table;
    }

    static void print(const std::string& label, const std::string& key, const Lineage& lineage, Streams& streams) {
        std::ostream& out = streams.out;
        out << escape_for_terminal(label) << "  (key " << escape_for_terminal(key) << "): " << lineage.entries.size()
            << " definition(s): " << summary(lineage) << "\n\n";
        Table table({"year", "region", "relation", "from", "direction", "similarity", "report"}, {0, 20, 0, 26, 0, 0, 28});
        for (const LineageEntry& e : lineage.entries) {
            const ReadingMember& d = e.definition;
            table.add({or_dash(d.year), d.region.empty() ? "-" : d.region + " " + d.region_code, std::string(to_string(e.relation)),
                       e.source ? where(lineage.entries[*e.source].definition) : "-",
                       e.direction ? std::string(to_string(*e.direction)) : "-", e.similarity ? two_decimals(*e.similarity) : "-",
                       d.report});
        }
        table.print(out);
        bool heading = false;
        for (const LineageEntry& e : lineage.entries) {
            if (e.relation != LineageRelation::adapted) continue;
            if (!heading) out << "\nadaptations ([-removed-] {+inserted+} against the source)\n";
            heading = true;
            out << escape_for_terminal(where(e.definition)) << " from " << escape_for_terminal(where(lineage.entries[*e.source].definition))
                << " (" << two_decimals(*e.similarity) << "):\n  " << render_diff(e.diff, streams.colour) << '\n';
        }
        if (lineage.capped) {
            out << "\n(" << lineage.distinct_texts << " distinct wordings: each was compared with its closest candidates only, "
                << "so a source may have been missed)\n";
        }
    }

    TermOptions term_;
    std::string dot_;
    std::string svg_;
    bool force_ = false;
};

}  // namespace

std::unique_ptr<Command> make_lineage_command() { return std::make_unique<LineageCommand>(); }

}  // namespace glossgraph
