// JSON: the node-link shape for d3 and networkx, read back with nlohmann::json.
#include "exporters/json_exporter.hpp"

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

TEST(ExportJson, IllFormedUtf8BecomesReplacementCharacters) {
    GraphData data;
    data.terms.push_back({"k", "a\xC0" "b", {}});
    EXPECT_EQ(exported(data).at("nodes").at(0).at("label"), "a\xEF\xBF\xBD" "b");
}

}  // namespace
}  // namespace glossgraph
