// GraphML: declared keys, a label on every node, and text that reads back exactly (parsed
// here with RapidXML's own parser; networkx reads it in the ExportConsumers tests).
#include "exporters/graphml_exporter.hpp"

#include "fixture_graph.hpp"

#include <gtest/gtest.h>
#include <rapidxml/rapidxml.hpp>

#include <map>
#include <set>
#include <sstream>
#include <vector>

namespace glossgraph {
namespace {

using XmlNode = rapidxml::xml_node<char>;

// No node: the graph element is empty, the keys every graph has are still declared.
TEST(ExportGraphmlEmpty, AnEmptyGraphElement) {
    std::ostringstream out;
    GraphmlExporter().write(GraphData{}, ExportOptions{}, out);
    const std::string text = out.str();
    EXPECT_EQ(text.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml ", 0), 0u) << text;
    EXPECT_NE(text.find("\t<key id=\"n_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"), std::string::npos);
    EXPECT_NE(text.find("\t<key id=\"e_kind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"), std::string::npos);
    EXPECT_TRUE(text.ends_with("\t<graph id=\"glossgraph\" edgedefault=\"directed\"/>\n</graphml>\n\n")) << text;
}

class ExportGraphml : public ::testing::Test {
protected:
    void SetUp() override {
        std::ostringstream out;
        GraphmlExporter().write(fixtures::fixture_graph(), ExportOptions{}, out);
        text = out.str();
        buffer.assign(text.begin(), text.end());
        buffer.push_back('\0');
        document.parse<0>(buffer.data());
        root = document.first_node("graphml");
        ASSERT_NE(root, nullptr);
        graph = root->first_node("graph");
        ASSERT_NE(graph, nullptr);
        for (XmlNode* key = root->first_node("key"); key; key = key->next_sibling("key")) {
            keys[key->first_attribute("id")->value()] = {key->first_attribute("for")->value(),
                                                         key->first_attribute("attr.name")->value(),
                                                         key->first_attribute("attr.type")->value()};
        }
    }

    // data key -> value of one node or edge.
    static std::map<std::string, std::string> data_of(XmlNode* element) {
        std::map<std::string, std::string> values;
        for (XmlNode* data = element->first_node("data"); data; data = data->next_sibling("data")) {
            values[data->first_attribute("key")->value()] = data->value();
        }
        return values;
    }

    XmlNode* node_with_id(const std::string& id) const {
        for (XmlNode* node = graph->first_node("node"); node; node = node->next_sibling("node")) {
            if (node->first_attribute("id")->value() == id) return node;
        }
        return nullptr;
    }

    struct Key {
        std::string domain, name, type;
    };
    std::string text;
    std::vector<char> buffer;
    rapidxml::xml_document<char> document;
    XmlNode* root = nullptr;
    XmlNode* graph = nullptr;
    std::map<std::string, Key> keys;
};

TEST_F(ExportGraphml, DirectedGraphOfEveryNodeAndEdge) {
    EXPECT_EQ(std::string(graph->first_attribute("edgedefault")->value()), "directed");
    EXPECT_EQ(std::string(root->first_attribute("xmlns")->value()), "http://graphml.graphdrawing.org/xmlns");
    int nodes = 0, edges = 0;
    for (XmlNode* node = graph->first_node("node"); node; node = node->next_sibling("node")) ++nodes;
    for (XmlNode* edge = graph->first_node("edge"); edge; edge = edge->next_sibling("edge")) ++edges;
    EXPECT_EQ(nodes, 22);
    EXPECT_EQ(edges, 6 + 3 + 10 + 9 + 4 + 1);
    EXPECT_EQ(text.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml", 0), 0u);
}

TEST_F(ExportGraphml, EveryKeyDeclaredWithNameTypeAndDomain) {
    EXPECT_EQ(keys.at("n_label").type, "string");
    EXPECT_EQ(keys.at("n_year").type, "int");
    EXPECT_EQ(keys.at("e_similarity").type, "double");
    EXPECT_EQ(keys.at("n_year").domain, "node");
    EXPECT_EQ(keys.at("e_count").type, "int");
    EXPECT_EQ(keys.at("e_quoted").type, "boolean");
    EXPECT_EQ(keys.at("e_kind").domain, "edge");
    EXPECT_EQ(keys.at("e_kind").name, "kind");
    std::set<std::string> used;
    for (XmlNode* element = graph->first_node(); element; element = element->next_sibling()) {
        for (const auto& [key, value] : data_of(element)) {
            ASSERT_EQ(keys.count(key), 1u) << key;
            EXPECT_EQ(keys.at(key).domain, element->name()) << key;
            used.insert(key);
        }
        if (std::string(element->name()) == "node") {
            EXPECT_EQ(data_of(element).count("n_label"), 1u);
        }
    }
    EXPECT_EQ(used.size(), keys.size());
}

TEST_F(ExportGraphml, HostileTextReadsBackExactly) {
    XmlNode* hostile = node_with_id(fixtures::hostile_id);
    ASSERT_NE(hostile, nullptr);
    EXPECT_EQ(data_of(hostile).at("n_label"), fixtures::hostile_label);
    bool found = false;
    for (XmlNode* edge = graph->first_node("edge"); edge; edge = edge->next_sibling("edge")) {
        const auto values = data_of(edge);
        if (values.at("e_kind") == "defines" && edge->first_attribute("target")->value() == fixtures::hostile_id) {
            EXPECT_EQ(values.at("e_text"), fixtures::hostile_definition);
            EXPECT_EQ(values.at("e_written_term"), fixtures::hostile_label);
            found = true;
        }
    }
    EXPECT_TRUE(found);
    EXPECT_NE(text.find("a&quot;b\\c&lt;d&gt;&amp;e\n&apos;x&apos;); DROP TABLE terms;--"), std::string::npos);
}

TEST_F(ExportGraphml, BothScriptsAndTypedValues) {
    EXPECT_EQ(data_of(node_with_id("term:四个最严")).at("n_label"), "四個最嚴");
    const auto report = data_of(node_with_id("report:003_69fdf8d6d7fd43b7.txt"));
    EXPECT_EQ(report.at("n_year"), "2021");
    EXPECT_EQ(report.at("n_speaker"), "李希巖");
    EXPECT_EQ(report.at("n_script"), "traditional");
    EXPECT_EQ(report.at("n_kind"), "report");
}

TEST(ExportGraphmlControls, ControlCharactersDoNotBreakTheXml) {
    GraphData data;
    data.terms.push_back({"k", std::string("a\0b\x01", 4), {}});
    std::ostringstream out;
    GraphmlExporter().write(data, ExportOptions{}, out);
    EXPECT_NE(out.str().find(">a\xEF\xBF\xBD" "b\xEF\xBF\xBD</data>"), std::string::npos);
}

}  // namespace
}  // namespace glossgraph
