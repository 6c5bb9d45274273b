// JSON: the node-link shape for d3 and networkx, read back with nlohmann::json.
#include "exporters/json_exporter.hpp"
#include "exporters/property_graph.hpp"

#include "fixture_graph.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <sstream>

namespace glossgraph {
namespace {

nlohmann::json exported(const GraphData& data) {
    std::ostringstream out;
    JsonExporter().write(data, ExportOptions{}, out);
    return nlohmann::json::parse(out.str());
}

// Written an element at a time, the document is the one a whole-document dump gives,
// byte for byte: with data, and with none (empty arrays as []).
TEST(ExportJson, StreamedAsAWholeDocumentDumps) {
    const auto streamed = [](const GraphData& data) {
        std::ostringstream out;
        JsonExporter().write(data, ExportOptions{}, out);
        return out.str();
    };
    for (const GraphData& data : {fixtures::fixture_graph(), GraphData{}}) {
        const nlohmann::ordered_json whole = nlohmann::ordered_json::parse(streamed(data));
        EXPECT_EQ(streamed(data), whole.dump(2) + "\n");
    }
    EXPECT_NE(streamed(GraphData{}).find("\"nodes\": [],\n  \"links\": []\n}"), std::string::npos);
}

TEST(ExportJson, NodeLinkShape) {
    const nlohmann::json graph = exported(fixtures::fixture_graph());
    EXPECT_EQ(graph.at("directed"), true);
    EXPECT_EQ(graph.at("multigraph"), true);
    ASSERT_EQ(graph.at("nodes").size(), 22u);
    ASSERT_EQ(graph.at("links").size(), 33u);
    std::set<std::string> ids;
    for (const auto& node : graph.at("nodes")) {
        ids.insert(node.at("id").get<std::string>());
        EXPECT_FALSE(node.at("label").get<std::string>().empty());
        for (const auto& [name, value] : node.items()) EXPECT_TRUE(value.is_primitive()) << name;
    }
    EXPECT_EQ(ids.size(), 22u);
    for (const auto& link : graph.at("links")) {
        EXPECT_EQ(ids.count(link.at("source").get<std::string>()), 1u);
        EXPECT_EQ(ids.count(link.at("target").get<std::string>()), 1u);
        EXPECT_TRUE(link.at("kind").is_string());
    }
}

TEST(ExportJson, TypedAttributes) {
    const nlohmann::json graph = exported(fixtures::fixture_graph());
    const nlohmann::json& report = graph.at("nodes").at(9);
    EXPECT_EQ(report.at("id"), "report:000_5b54c714a6bec26a.txt");
    EXPECT_EQ(report.at("year"), 2024);
    EXPECT_EQ(report.at("delivered_on"), "2023-12-27");
    bool found = false;
    for (const auto& link : graph.at("links")) {
        if (link.at("kind") != "mentions" || link.at("target") != "term:二品一标") continue;
        EXPECT_EQ(link.at("count"), 2);
        EXPECT_EQ(link.at("quoted"), true);
        found = true;
    }
    EXPECT_TRUE(found);
}

TEST(ExportJson, HostileTextAndBothScriptsReadBack) {
    const nlohmann::json graph = exported(fixtures::fixture_graph());
    const nlohmann::json& hostile = graph.at("nodes").at(13);
    EXPECT_EQ(hostile.at("id"), fixtures::hostile_id);
    EXPECT_EQ(hostile.at("label"), fixtures::hostile_label);
    EXPECT_EQ(graph.at("nodes").at(17).at("label"), "四個最嚴");
    bool found = false;
    for (const auto& link : graph.at("links")) {
        if (link.at("kind") == "defines" && link.at("target") == fixtures::hostile_id) {
            EXPECT_EQ(link.at("text"), fixtures::hostile_definition);
            found = true;
        }
    }
    EXPECT_TRUE(found);
}

TEST(ExportJson, KeysInFixedOrderAndUtf8Unescaped) {
    std::ostringstream out;
    JsonExporter().write(fixtures::fixture_graph(), ExportOptions{}, out);
    const std::string text = out.str();
    EXPECT_EQ(text.rfind("{\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {\n    \"name\": \"glossgraph\"\n  },\n  \"nodes\": [", 0), 0u);
    EXPECT_NE(text.find("\"id\": \"region:510604\",\n      \"kind\": \"region\",\n      \"label\": \"罗江区\""), std::string::npos);
    EXPECT_NE(text.find("\"label\": \"a\\\"b\\\\c<d>&e\\n'x'); DROP TABLE terms;--\""), std::string::npos);
}

// The writer makes flat objects itself; nlohmann dumping the whole document from the property
// graph is the oracle, byte for byte, for text of every kind: controls, DEL, quotes and
// backslashes, ill-formed and truncated UTF-8, U+2028, and doubles.
TEST(ExportJson, WrittenAsNlohmannWouldDumpIt) {
    GraphData data = fixtures::fixture_graph();
    const std::string nasty = std::string("q\"b\\s\x01\x1F\x7F\t\n a\xC0z \xE4\xB8 \xE2\x80\xA8 \xF0\x9F\x98\x80 end");
    data.terms.push_back({"zz" + nasty, nasty, {nasty, "zz"}});
    std::ostringstream out;
    JsonExporter().write(data, ExportOptions{}, out);
    nlohmann::ordered_json whole = {{"directed", true}, {"multigraph", true}, {"graph", {{"name", "glossgraph"}}}};
    whole["nodes"] = nlohmann::ordered_json::array();
    whole["links"] = nlohmann::ordered_json::array();
    const auto flat = [](std::initializer_list<std::pair<const char*, std::string>> first, const std::vector<Property>& properties) {
        nlohmann::ordered_json object;
        for (const auto& [name, value] : first) object[name] = value;
        for (const Property& property : properties) std::visit([&](const auto& value) { object[property.name] = value; }, property.value);
        return object;
    };
    const PropertyGraph graph = build_property_graph(data);
    bool doubles = false;
    for (const PropertyNode& node : graph.nodes)
        whole["nodes"].push_back(flat({{"id", node.id}, {"kind", std::string(to_string(node.kind))}, {"label", node.label}}, node.properties));
    for (const PropertyEdge& edge : graph.edges) {
        for (const Property& property : edge.properties) doubles = doubles || std::holds_alternative<double>(property.value);
        whole["links"].push_back(flat({{"source", edge.source}, {"target", edge.target}, {"kind", edge.kind}}, edge.properties));
    }
    EXPECT_TRUE(doubles);  // the fixture has a derivation, whose similarity is one
    EXPECT_EQ(out.str(), whole.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
}

TEST(ExportJson, IllFormedUtf8BecomesReplacementCharacters) {
    GraphData data;
    data.terms.push_back({"k", "a\xC0" "b", {}});
    EXPECT_EQ(exported(data).at("nodes").at(0).at("label"), "a\xEF\xBF\xBD" "b");
}

}  // namespace
}  // namespace glossgraph
