// export_fixture DIR: writes the fixture graph (fixture_graph.hpp) in every export format into
// DIR (fixture.dot .graphml .ttl .nt .json .tbx .jieba.txt, and fixture.TABLE.csv for each
// table of CSV), and summary.json, what the consumer checks
// (check_*.py) expect of them, computed from the GraphData itself and not by the exporters:
// node ids with kind and label, edge counts by kind, the triple count, the hostile texts and
// the regional definitions of 三线一单. Creates DIR when needed. Exit 0, or 1 with a message when
// a file cannot be written.
#include "exporters/escape.hpp"
#include "exporters/exporter.hpp"
#include "exporters/rdf_graph.hpp"
#include "fixture_graph.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

namespace glossgraph {
namespace {

using Json = nlohmann::ordered_json;

Json expected_nodes(const GraphData& data) {
    Json nodes = Json::object();
    // Ids as exporters/escape.hpp says: the kind, then the identity through escape_id_text.
    for (const Region& region : data.regions) {
        nodes["region:" + escape_id_text(region.code)] = {{"kind", "region"}, {"label", region.name}};
    }
    for (const GraphReport& report : data.reports) {
        nodes["report:" + escape_id_text(report.file)] = {{"kind", "report"}, {"label", report.title}};
    }
    for (const GraphTerm& term : data.terms) nodes["term:" + escape_id_text(term.key)] = {{"kind", "term"}, {"label", term.label}};
    return nodes;
}

Json edge_kinds(const GraphData& data) {
    std::map<std::string, int> counts;
    for (const Region& region : data.regions) counts["part_of"] += region.parent_code.empty() ? 0 : 1;
    for (const GraphReport& report : data.reports) counts["in_region"] += report.region_code.empty() ? 0 : 1;
    counts["defines"] += static_cast<int>(data.definitions.size());
    counts["mentions"] += static_cast<int>(data.mentions.size());
    for (const GraphRelation& relation : data.relations) ++counts[std::string(to_string(relation.kind))];
    counts["derived_from"] += static_cast<int>(data.derivations.size());
    return counts;
}

Json definitions_of(const GraphData& data, const std::string& key) {
    std::map<std::string, std::string> region_names;
    for (const Region& region : data.regions) region_names[region.code] = region.name;
    std::map<std::string, std::string> report_regions;
    for (const GraphReport& report : data.reports) report_regions[report.file] = region_names[report.region_code];
    Json found = Json::array();
    for (const GraphDefinition& definition : data.definitions) {
        if (definition.term_key == key) found.push_back({report_regions[definition.report_file], definition.text});
    }
    return found;
}

bool write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    out.close();
    if (out) return true;
    std::cerr << "export_fixture: cannot write " << path << '\n';
    return false;
}

}  // namespace
}  // namespace glossgraph

int main(int argc, char** argv) {
    using namespace glossgraph;
    if (argc != 2) {
        std::cerr << "usage: export_fixture DIR\n";
        return 2;
    }
    const std::string dir = argv[1];
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    const GraphData data = fixtures::fixture_graph();
    ExporterRegistry registry;
    register_builtin_exporters(registry);
    for (const ExportFormat format : registry.formats()) {
        const Exporter& exporter = registry.get(format);
        std::vector<std::string_view> tables = exporter.tables();
        if (tables.empty()) tables.push_back({});
        for (const std::string_view table : tables) {
            std::ostringstream out;
            ExportOptions options;
            options.table = table;
            exporter.write(data, options, out);
            const std::string name = table.empty() ? "/fixture" : "/fixture." + std::string(table);
            if (!write_file(dir + name + std::string(file_suffix(format)), out.str())) return 1;
        }
    }
    std::size_t triples = 0;
    rdf::for_each_triple(data, default_base_iri, [&](const rdf::TripleView&) { ++triples; });
    const Json summary = {
        {"nodes", expected_nodes(data)},
        {"edge_kinds", edge_kinds(data)},
        {"triples", triples},
        {"hostile_label", fixtures::hostile_label},
        {"hostile_definition", fixtures::hostile_definition},
        {"definitions_of_sanxianyidan", definitions_of(data, "三线一单")},
    };
    return write_file(dir + "/summary.json", summary.dump(2, ' ', false) + "\n") ? 0 : 1;
}
