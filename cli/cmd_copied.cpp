// glossgraph copied: which definitions a region copied from another region (from whom) and
// which it wrote itself; across the corpus, the regions most copied from.
#include "cli/command_options.hpp"
#include "cli/graph_command.hpp"
#include "cli/read_command.hpp"
#include "cli/table.hpp"
#include "cli/views.hpp"
#include "core/graph/copied.hpp"

#include <ostream>

namespace glossgraph {
namespace {

std::string source_text(const ReadingMember& s) {
    return (s.region.empty() ? "(" + s.report + ")" : s.region + " " + s.region_code) + (s.year ? " " + std::to_string(*s.year) : "");
}

class CopiedCommand final : public Command, with_database, with_json_output, with_threshold, with_filters {
public:
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("copied", "Which definitions regions copied from other regions, and from whom: with --region "
                                               "(--within, --province) each of that region's definitions, else the regions most copied from");
        add_lineage_threshold_option(*app_);
        app_->add_option("--top", top_, "How many of the regions most copied from to list (0: all)")
            ->check(number())
            ->check(CLI::Range(0, 1000000))
            ->capture_default_str();
        add_filter_options(*app_);
        add_output_options(*app_, "Print a JSON object");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const auto store = open_store(global);
        const GraphData data = store->graph_reader().definitions_data();
        const std::vector<Derivation> all = derivations(data, filters().resolve(data), threshold());
        std::vector<CopiedRegion> sources = most_copied_from(all);
        if (top_ > 0 && sources.size() > static_cast<std::size_t>(top_)) sources.resize(static_cast<std::size_t>(top_));
        const bool listing = filters().names_region();
        if (json()) {
            write_json(streams.out, copied_json(all, sources, threshold(), listing));
        } else if (csv()) {
            write_table(listing ? definitions_table(all) : sources_table(sources), streams.out);
        } else {
            print(all, sources, listing, streams.out);
        }
        return 0;
    }

private:
    static Table sources_table(const std::vector<CopiedRegion>& sources) {
        Table table({"region_code", "region", "copies", "verbatim", "adapted", "copiers", "terms"});
        for (const CopiedRegion& r : sources) {
            table.add({r.region_code, r.region, std::to_string(r.copies), std::to_string(r.verbatim), std::to_string(r.adapted),
                       std::to_string(r.copiers), std::to_string(r.terms)});
        }
        return table;
    }

    static Table definitions_table(const std::vector<Derivation>& all) {
        Table table({"term", "year", "region_code", "region", "report", "relation", "copied", "source_region_code", "source_region",
                     "source_year", "source_report", "direction", "similarity"});
        for (const Derivation& d : all) {
            const ReadingMember* s = d.source ? &*d.source : nullptr;
            table.add({d.definition.term, d.definition.year ? std::to_string(*d.definition.year) : "", d.definition.region_code,
                       d.definition.region, d.definition.report, std::string(to_string(d.relation)), d.copied() ? "yes" : "no",
                       s ? s->region_code : "", s ? s->region : "", s && s->year ? std::to_string(*s->year) : "", s ? s->report : "",
                       d.direction ? std::string(to_string(*d.direction)) : "", d.similarity ? two_decimals(*d.similarity) : ""});
        }
        return table;
    }

    static void print(const std::vector<Derivation>& all, const std::vector<CopiedRegion>& sources, bool listing, std::ostream& out) {
        const CopyCounts c = count_copies(all);
        out << c.definitions << " definition(s): " << c.copied << " copied from " << c.sources.size() << " other region(s) ("
            << c.verbatim << " verbatim, " << c.adapted << " adapted), " << c.original + c.self << " written by their own region ("
            << c.original << " original, " << c.self << " self: from its own earlier definitions)\n";
        if (listing) {
            out << '\n';
            Table table({"term", "year", "region", "relation", "from", "direction", "similarity"}, {30, 0, 20, 0, 26, 0, 0});
            for (const Derivation& d : all) {
                table.add({d.definition.term, or_dash(d.definition.year),
                           d.definition.region.empty() ? "-" : d.definition.region + " " + d.definition.region_code,
                           d.copied() ? std::string(to_string(d.relation)) : "own (" + std::string(to_string(d.relation)) + ")",
                           d.source ? source_text(*d.source) : "-", d.direction ? std::string(to_string(*d.direction)) : "-",
                           d.similarity ? two_decimals(*d.similarity) : "-"});
            }
            table.print(out);
        }
        if (sources.empty()) return;
        out << "\nmost copied from\n";
        Table table({"region", "copies", "verbatim", "adapted", "by regions", "terms"});
        for (const CopiedRegion& r : sources) {
            table.add({r.region + " " + r.region_code, std::to_string(r.copies), std::to_string(r.verbatim), std::to_string(r.adapted),
                       std::to_string(r.copiers), std::to_string(r.terms)});
        }
        table.print(out);
    }

    int top_ = 20;
};

}  // namespace

std::unique_ptr<Command> make_copied_command() { return std::make_unique<CopiedCommand>(); }

}  // namespace glossgraph
