#include "exporters/exporter.hpp"

#include "core/errors.hpp"
#include "exporters/csv_exporter.hpp"
#include "exporters/dot_exporter.hpp"
#include "exporters/graphml_exporter.hpp"
#include "exporters/jieba_exporter.hpp"
#include "exporters/json_exporter.hpp"
#include "exporters/rdf_exporter.hpp"
#include "exporters/tbx_exporter.hpp"

#include <algorithm>
#include <cctype>

namespace glossgraph {
namespace {

struct FormatEntry {
    ExportFormat format;
    std::string_view name;
    std::string_view suffix;
};
constexpr FormatEntry format_table[] = {
    {ExportFormat::dot, "dot", ".dot"},
    {ExportFormat::graphml, "graphml", ".graphml"},
    {ExportFormat::turtle, "turtle", ".ttl"},
    {ExportFormat::ntriples, "ntriples", ".nt"},
    {ExportFormat::json, "json", ".json"},
    {ExportFormat::tbx, "tbx", ".tbx"},
    {ExportFormat::jieba, "jieba", ".jieba.txt"},
    {ExportFormat::csv, "csv", ".csv"},
};

const FormatEntry& entry_of(ExportFormat format) {
    for (const FormatEntry& entry : format_table) {
        if (entry.format == format) return entry;
    }
    return format_table[0];
}

bool ends_with_folded(std::string_view text, std::string_view suffix) {
    if (text.size() < suffix.size()) return false;
    return std::equal(suffix.begin(), suffix.end(), text.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                      [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b)); });
}

}  // namespace

std::string_view to_string(ExportFormat format) { return entry_of(format).name; }

std::string_view file_suffix(ExportFormat format) { return entry_of(format).suffix; }

std::string joined_names(const std::vector<std::string_view>& names) {
    std::string text;
    for (const std::string_view name : names) text.append(text.empty() ? "" : ", ").append(name);
    return text;
}

std::string export_format_names() {
    std::vector<std::string_view> names;
    for (const FormatEntry& entry : format_table) names.push_back(entry.name);
    return joined_names(names);
}

std::string export_suffixes() {
    std::vector<std::string_view> suffixes;
    for (const FormatEntry& entry : format_table) suffixes.push_back(entry.suffix);
    return joined_names(suffixes);
}

ExportFormat parse_export_format(std::string_view name) {
    for (const FormatEntry& entry : format_table) {
        if (entry.name == name) return entry.format;
    }
    throw usage_error("unknown export format '" + std::string(name) + "'; known formats: " + export_format_names());
}

std::optional<ExportFormat> format_for_path(std::string_view path) {
    for (const FormatEntry& entry : format_table) {
        if (ends_with_folded(path, entry.suffix)) return entry.format;
    }
    return std::nullopt;
}

void ExporterRegistry::add(std::unique_ptr<Exporter> exporter) { exporters_.push_back(std::move(exporter)); }

const Exporter& ExporterRegistry::get(ExportFormat format) const {
    for (const auto& exporter : exporters_) {
        if (exporter->format() == format) return *exporter;
    }
    throw usage_error("no exporter for format '" + std::string(to_string(format)) + "'");
}

std::vector<ExportFormat> ExporterRegistry::formats() const {
    std::vector<ExportFormat> result;
    for (const auto& exporter : exporters_) result.push_back(exporter->format());
    return result;
}

void register_builtin_exporters(ExporterRegistry& registry) {
    registry.add(std::make_unique<DotExporter>());
    registry.add(std::make_unique<GraphmlExporter>());
    registry.add(std::make_unique<TurtleExporter>());
    registry.add(std::make_unique<NTriplesExporter>());
    registry.add(std::make_unique<JsonExporter>());
    registry.add(std::make_unique<TbxExporter>());
    registry.add(std::make_unique<JiebaExporter>());
    registry.add(std::make_unique<CsvExporter>());
}

}  // namespace glossgraph
