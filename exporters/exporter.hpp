#pragma once
// The exporter interface and the one registry of output formats.
// main() fills a registry with register_builtin_exporters(); the export command asks it for
// the exporter of --format and hands it whatever GraphData it selected (the whole store, a
// term's neighbourhood, a region). Exporters never touch the store.
#include "core/graph_data.hpp"

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

enum class ExportFormat { dot, graphml, turtle, ntriples, json, tbx, jieba, csv };

std::string_view to_string(ExportFormat format);
// Parses a format name as to_string gives it ("dot", "graphml", "turtle", "ntriples", "json",
// "tbx", "jieba", "csv"); throws usage_error listing the known names.
ExportFormat parse_export_format(std::string_view name);
// Every format name, in the registry's order, joined by ", ": for help texts and messages.
std::string export_format_names();
// Every format's file suffix (file_suffix), in the registry's order, joined by ", ".
std::string export_suffixes();
// names joined by ", ", for messages.
std::string joined_names(const std::vector<std::string_view>& names);
// The usual file suffix, with the dot: ".dot", ".graphml", ".ttl", ".nt", ".json", ".tbx",
// ".jieba.txt", ".csv" (of each table).
std::string_view file_suffix(ExportFormat format);
// The format whose suffix a path ends with (case-insensitive), or nothing.
std::optional<ExportFormat> format_for_path(std::string_view path);

// Where data IRIs live unless --base says otherwise. ".example" is reserved (RFC 2606), so
// the default can never name somebody else's resources; publishers pass their own base.
inline constexpr std::string_view default_base_iri = "https://glossgraph.example/";

struct ExportOptions {
    // Prefix of every data IRI in RDF output (terms, reports, regions, definitions, mentions);
    // see iri_for_term in exporters/escape.hpp. Checked by checked_base_iri when written.
    // The vocabulary's own IRIs (gg:) do not move with it.
    std::string base_iri = std::string(default_base_iri);
    // The table to write, for a format of several tables (Exporter::tables); empty otherwise.
    std::string table;
    // CSV for spreadsheets: a UTF-8 byte order mark first, and no cell a formula (csv_field).
    bool excel = false;
    // DOT: draw the legend (one table node listing the node and edge kinds drawn).
    bool legend = true;
};

class Exporter {
public:
    virtual ~Exporter() = default;
    virtual ExportFormat format() const = 0;
    // Writes data to out. data must be sorted as GraphData documents; the output follows its
    // order, so two writes of the same data are byte-identical. Ends with a newline (unless
    // empty: the jieba dictionary of data without terms).
    // Throws usage_error for unusable options (a base that is no absolute IRI); stream
    // failures are left to the caller to check.
    virtual void write(const GraphData& data, const ExportOptions& options, std::ostream& out) const = 0;
    // The tables of a format written as several files, one per table, each by write() with
    // options.table naming it (CSV: entries, terms, regions, relations); empty for a format of
    // one file. write() throws usage_error when options.table names none of them.
    virtual std::vector<std::string_view> tables() const { return {}; }

    // What write() reads of GraphData besides its nodes and edges, each costly to compute on
    // a large store, so that the caller fills only what is read: the derivations between the
    // definitions (GraphData::derivations: derived_from edges, PROV-O) and the readings of a
    // chosen term (GraphData::readings).
    struct Reads {
        bool derivations = false;
        bool readings = false;
    };
    virtual Reads reads() const { return {}; }
};

class ExporterRegistry {
public:
    // Takes ownership. When two exporters claim one format, get() returns the first added.
    void add(std::unique_ptr<Exporter> exporter);
    // The exporter registered for format; throws usage_error when there is none.
    const Exporter& get(ExportFormat format) const;
    // The registered formats, in registration order.
    std::vector<ExportFormat> formats() const;

private:
    std::vector<std::unique_ptr<Exporter>> exporters_;
};

// Registers an exporter for every format.
void register_builtin_exporters(ExporterRegistry& registry);

}  // namespace glossgraph
