// glossgraph export: the knowledge graph, or a part of it, in any format of the exporter registry.
#include "cli/command_options.hpp"
#include "cli/graph_command.hpp"
#include "cli/read_command.hpp"
#include "core/errors.hpp"
#include "core/graph/lineage.hpp"
#include "core/graph/selection.hpp"
#include "core/graph/term_diff.hpp"
#include "core/output_file.hpp"
#include "core/store/graph_reader.hpp"
#include "exporters/exporter.hpp"

#include <algorithm>
#include <filesystem>
#include <ostream>

namespace glossgraph {
namespace {

class ExportCommand final : public Command, with_database {
public:
    bool pages() const override { return output_ == "-"; }  // a file or folder is no reading
    void setup(CLI::App& parent) override {
        app_ = parent.add_subcommand("export", "Export the graph, or part of it, as " + export_format_names());
        app_->add_option("--format", format_, export_format_names() + " (default: by the suffix of -o)")
            ->check(nonempty());
        app_->add_option("-o,--output", output_,
                         "Output file, or - for standard output (csv without --table: a folder for its tables). "
                         "Never the database (by any name); written whole or not at all")
            ->capture_default_str();
        app_->add_flag("--force", force_, "Replace the output file when it exists (refused otherwise)");
        auto* term = app_->add_option("--term", term_, "Only this term, its relations and the reports and regions around it")
                         ->check(nonempty());
        app_->add_option("--depth", depth_, "With --term: how many term-to-term hops to follow")
            ->check(number())
            ->check(CLI::Range(0, 100))
            ->capture_default_str()
            ->needs(term);
        auto* region = app_->add_option("--region", region_,
                                        "Only what one region's own reports define and mention (code or name)")
                           ->check(nonempty());
        auto* within = app_->add_option("--within", within_,
                                        "Only a region and every region under it: a prefecture with its counties (code or name)")
                           ->check(nonempty());
        auto* province = app_->add_option("--province", province_, "Only the regions of one province (code or name)")
                             ->check(nonempty());
        term->excludes(region)->excludes(within)->excludes(province);
        region->excludes(within)->excludes(province);
        within->excludes(province);
        app_->add_option("--base", options_.base_iri, "Base IRI of the RDF resources")->capture_default_str();
        app_->add_option("--table", options_.table,
                         "csv: only this table (entries, terms, regions, relations), to -o or standard output; "
                         "without it, -o names a folder that gets one file for each")
            ->check(nonempty());
        app_->add_flag("--excel", options_.excel, "csv: for spreadsheets, UTF-8 with a byte order mark and no cell a formula");
        app_->add_flag("--defines-only", narrowing_.defines_only,
                       "Only the terms the exported reports define, and no mentions: who defines what");
        app_->add_option("--min-regions", narrowing_.min_regions,
                         "Only the terms the exported reports of at least this many regions define")
            ->check(number())
            ->check(CLI::Range(1, 1000000));
        app_->add_flag("--no-legend", no_legend_, "dot: no legend");
    }

    int run(const GlobalOptions& global, Streams& streams) override {
        const ExportFormat format = chosen_format();
        ExporterRegistry registry;
        register_builtin_exporters(registry);
        const Exporter& exporter = registry.get(format);
        const OutputRules rules{force_, {}, {global.db}, true};
        check_table_options(exporter);
        options_.legend = !no_legend_;
        if (!exporter.tables().empty() && options_.table.empty()) return write_tables(exporter, global.db, rules, streams.err);
        // Refused before the graph is loaded: a large store takes a while to read.
        if (output_ != "-") check_output_file(output_, rules);
        const GraphData part = select(global.db, streams.err, exporter.reads());
        if (output_ == "-") {
            exporter.write(part, options_, streams.out);
            return 0;
        }
        write_output_file(output_, rules, [&](std::ostream& out) { exporter.write(part, options_, out); });
        return 0;
    }

private:
    void check_table_options(const Exporter& exporter) const {
        const std::vector<std::string_view> tables = exporter.tables();
        const std::string format(to_string(exporter.format()));
        if (tables.empty() && !options_.table.empty()) throw usage_error("--table: " + format + " writes no tables; csv does");
        if (tables.empty() && options_.excel) throw usage_error("--excel: " + format + " writes no tables; csv does");
        if (no_legend_ && exporter.format() != ExportFormat::dot) throw usage_error("--no-legend: " + format + " draws no legend; dot does");
        if (!options_.table.empty() && std::find(tables.begin(), tables.end(), options_.table) == tables.end()) {
            throw usage_error("--table: " + format + " has no table '" + options_.table + "'; its tables: " + joined_names(tables));
        }
    }

    // A format of several tables without --table: -o names a folder (made when missing), and
    // each table is a file in it, written as any output file is; each is refused, when it
    // exists without --force, before the graph is read.
    int write_tables(const Exporter& exporter, const std::string& db, const OutputRules& rules,
                     std::ostream& notes) const {
        const std::vector<std::string_view> tables = exporter.tables();
        const std::string format(to_string(exporter.format()));
        // A name such as out.csv asks for one file, which would be a folder here.
        if (output_ == "-" || format_for_path(output_) == exporter.format()) {
            throw usage_error(format + " writes " + std::to_string(tables.size()) + " tables (" + joined_names(tables) +
                              "): name a folder for them with -o, or one table with --table");
        }
        const std::filesystem::path folder(output_);
        std::error_code error;
        if (std::filesystem::exists(folder, error) && !std::filesystem::is_directory(folder, error)) {
            throw usage_error("output '" + output_ + "' is no folder; " + format + " writes its tables into a folder");
        }
        if (!std::filesystem::create_directory(folder, error) && error) throw io_error(output_, "cannot make the folder: " + error.message());
        std::vector<std::string> files;
        for (const std::string_view table : tables) {
            files.push_back((folder / (std::string(table) + std::string(file_suffix(exporter.format())))).string());
            check_output_file(files.back(), rules);
        }
        const GraphData part = select(db, notes, exporter.reads());
        for (std::size_t i = 0; i < tables.size(); ++i) {
            ExportOptions options = options_;
            options.table = tables[i];
            write_output_file(files[i], rules, [&](std::ostream& out) { exporter.write(part, options, out); });
        }
        return 0;
    }

    ExportFormat chosen_format() const {
        if (!format_.empty()) return parse_export_format(format_);
        if (const auto by_suffix = format_for_path(output_)) return *by_suffix;
        throw usage_error("name the format with --format (" + export_format_names() + ") or write to a file with a known suffix (" +
                          export_suffixes() + ")");
    }

    // The part to export, with what the format reads of it (Exporter::reads): the derivations
    // between its definitions (derived_from edges, prov:wasDerivedFrom), the lineage of its
    // terms traced through all their definitions; the readings of the term of --term.
    GraphData select(const std::string& db, std::ostream& notes, Exporter::Reads reads) const {
        const auto store = open_store(GlobalOptions{.db = db});
        store->read_unmapped();  // the whole store read once: mapped pages would only add to the peak
        GraphData data = store->graph_reader().graph_data();
        if (term_.empty() && region_.empty() && within_.empty() && province_.empty()) {
            if (reads.derivations) data.derivations = derivation_edges(data);
            return narrow(std::move(data), narrowing_);
        }
        std::string key;
        GraphData part = part_of(data, *store, db, notes, key);
        std::vector<std::string> keys;
        for (const GraphDefinition& d : part.definitions)
            if (keys.empty() || keys.back() != d.term_key) keys.push_back(d.term_key);
        if (reads.derivations && !keys.empty()) part.derivations = derivations_within(derivation_edges(data, keys), part);
        if (reads.readings && !key.empty()) part.readings = term_readings(part, key);
        return narrow(std::move(part), narrowing_);
    }

    // The part --term, --region, --within or --province chooses (one of them is given); key
    // gets the term's key with --term.
    GraphData part_of(const GraphData& data, const Store& store, const std::string& db, std::ostream& notes,
                      std::string& key) const {
        if (!term_.empty()) {
            key = resolve_term(store, term_, db, notes);
            return select_term(data, key, depth_);
        }
        if (!region_.empty()) return select_region(data, resolve_region(data, region_).code);
        if (!within_.empty()) return select_within(data, resolve_region(data, within_).code);
        const Region& province = resolve_region(data, province_);
        if (province.level != RegionLevel::province) {
            throw usage_error("--province " + province_ + ": " + province.name + " (" + province.code +
                              ") is not a province; use --within or --region for it");
        }
        return select_within(data, province.code);
    }

    std::string format_;
    std::string output_ = "-";
    bool force_ = false;
    std::string term_;
    int depth_ = 1;
    std::string region_;
    std::string within_;
    std::string province_;
    ExportOptions options_;
    Narrowing narrowing_;
    bool no_legend_ = false;
};

}  // namespace

std::unique_ptr<Command> make_export_command() { return std::make_unique<ExportCommand>(); }

}  // namespace glossgraph
