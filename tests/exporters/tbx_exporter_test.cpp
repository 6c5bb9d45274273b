// TBX-Basic: concept_entry entries, language sections by script, definitions with their report and
// region, term notes and cross-references, parsed back with RapidXML (jing validates the same
// file against the TBX-Basic RNG in the ExportConsumers tests).
#include "exporters/tbx_exporter.hpp"

#include "exporters/escape.hpp"
#include "fixture_graph.hpp"

#include <gtest/gtest.h>
#include <rapidxml/rapidxml.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace glossgraph {
namespace {

using XmlNode = rapidxml::xml_node<char>;
using Strings = std::vector<std::string>;

class ExportTbx : public ::testing::Test {
protected:
    void parse(const GraphData& data) {
        std::ostringstream out;
        TbxExporter().write(data, ExportOptions{}, out);
        const std::string text = out.str();
        buffer.assign(text.begin(), text.end());
        buffer.push_back('\0');
        document.parse<0>(buffer.data());
        root = document.first_node("tbx");
        ASSERT_NE(root, nullptr);
        body = root->first_node("text")->first_node("body");
    }

    XmlNode* entry(const std::string& key) const {
        for (XmlNode* node = body->first_node("conceptEntry"); node; node = node->next_sibling("conceptEntry")) {
            if (node->first_attribute("id")->value() == xml_id("c-", key)) return node;
        }
        return nullptr;
    }

    static Strings values(XmlNode* parent, const char* name, const std::string& type = {}) {
        Strings found;
        for (XmlNode* node = parent->first_node(name); node; node = node->next_sibling(name)) {
            const auto* attribute = node->first_attribute("type");
            if (type.empty() || (attribute && attribute->value() == type)) found.push_back(node->value());
        }
        return found;
    }

    static Strings languages(XmlNode* concept_entry) {
        Strings found;
        for (XmlNode* section = concept_entry->first_node("langSec"); section; section = section->next_sibling("langSec")) {
            found.push_back(section->first_attribute("xml:lang")->value());
        }
        return found;
    }

    std::vector<char> buffer;
    rapidxml::xml_document<char> document;
    XmlNode* root = nullptr;
    XmlNode* body = nullptr;
};

TEST_F(ExportTbx, RootDeclaresTbxBasicInDcaStyle) {
    parse(fixtures::fixture_graph());
    EXPECT_STREQ(root->first_attribute("xmlns")->value(), "urn:iso:std:iso:30042:ed-2");
    EXPECT_STREQ(root->first_attribute("type")->value(), "TBX-Basic");
    EXPECT_STREQ(root->first_attribute("style")->value(), "dca");
    XmlNode* sources = root->first_node("tbxHeader")->first_node("fileDesc")->first_node("sourceDesc");
    EXPECT_EQ(values(sources, "p").at(0), "2024年德阳市罗江区政府工作报告 (000_5b54c714a6bec26a.txt)");
    int entries = 0;
    for (XmlNode* node = body->first_node("conceptEntry"); node; node = node->next_sibling("conceptEntry")) ++entries;
    EXPECT_EQ(entries, static_cast<int>(fixtures::fixture_graph().terms.size()));
}

// Each region's definition in a descripGrp with its report as source and its region as note;
// the regions writing the form as its geographicalUsage.
TEST_F(ExportTbx, DefinitionsCarryTheirReportAndRegion) {
    parse(fixtures::fixture_graph());
    XmlNode* section = entry("三线一单")->first_node("langSec");
    ASSERT_EQ(languages(entry("三线一单")), Strings{"zh-Hans"});
    XmlNode* second = section->first_node("descripGrp")->next_sibling("descripGrp");
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(values(second, "descrip", "definition"), Strings{"生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。"});
    EXPECT_EQ(values(second, "admin", "source"), Strings{"2023年曾都区政府工作报告 (002_56897e3e26716c43.txt)"});
    EXPECT_EQ(values(second, "note"), Strings{"湖北省随州市曾都区 421303"});
    XmlNode* term = section->first_node("termSec");
    EXPECT_EQ(values(term, "term"), Strings{"三线一单"});
    EXPECT_EQ(values(term, "termNote", "administrativeStatus"), Strings{"preferredTerm-admn-sts"});
    EXPECT_EQ(values(term, "termNote", "geographicalUsage"), (Strings{"湖北省随州市曾都区 421303", "四川省德阳市罗江区 510604"}));
}

// A traditional written form in a zh-Hant section; the preferred form first and so marked,
// the others admitted.
TEST_F(ExportTbx, WrittenFormsBySectionOfTheirScript) {
    GraphData data = fixtures::fixture_graph();
    for (GraphTerm& term : data.terms) {
        if (term.key == "四个最严") term.written_forms = {"“四个最严”", "四個最嚴"};
    }
    parse(data);
    XmlNode* concept_entry = entry("四个最严");
    ASSERT_EQ(languages(concept_entry), (Strings{"zh-Hans", "zh-Hant"}));
    XmlNode* simplified = concept_entry->first_node("langSec");
    XmlNode* traditional = simplified->next_sibling("langSec");
    EXPECT_EQ(values(simplified->first_node("termSec"), "term"), Strings{"“四个最严”"});
    EXPECT_EQ(values(simplified->first_node("termSec"), "termNote", "administrativeStatus"), Strings{"admittedTerm-admn-sts"});
    EXPECT_EQ(values(traditional->first_node("termSec"), "term"), Strings{"四個最嚴"});
    EXPECT_EQ(values(traditional->first_node("termSec"), "termNote", "administrativeStatus"), Strings{"preferredTerm-admn-sts"});
    EXPECT_EQ(values(traditional, "descripGrp").size(), 1u);
    EXPECT_EQ(simplified->first_node("descripGrp"), nullptr);
}

// Variants cross-reference each other both ways; an expansion makes abbreviation and full form.
TEST_F(ExportTbx, VariantsAreCrossReferences) {
    GraphData data = fixtures::fixture_graph();
    data.relations.push_back({"四大目标", "四五五六发展总思路", RelationKind::variant_expansion, "即“…”"});
    parse(data);
    XmlNode* two = entry("两品一标")->first_node("ref");
    ASSERT_NE(two, nullptr);
    EXPECT_STREQ(two->first_attribute("type")->value(), "relatedConcept");
    EXPECT_EQ(two->first_attribute("target")->value(), xml_id("c-", "二品一标"));
    EXPECT_STREQ(two->value(), "二品一标");
    EXPECT_EQ(values(entry("二品一标"), "ref"), Strings{"两品一标"});
    // broader and refers_to are no variants.
    EXPECT_EQ(entry("三线一单")->first_node("ref"), nullptr);
    EXPECT_EQ(values(entry("四大目标")->first_node("langSec")->first_node("termSec"), "termNote", "termType"),
              Strings{"abbreviation"});
    EXPECT_EQ(values(entry("四五五六发展总思路")->first_node("langSec")->first_node("termSec"), "termNote", "termType"),
              Strings{"fullForm"});
}

// A subset that left the other term out has no reference to it: every target is an id here.
TEST_F(ExportTbx, NoReferenceToATermLeftOut) {
    GraphData data = fixtures::fixture_graph();
    std::erase_if(data.terms, [](const GraphTerm& term) { return term.key == "二品一标"; });
    parse(data);
    EXPECT_EQ(entry("两品一标")->first_node("ref"), nullptr);
}

}  // namespace
}  // namespace glossgraph
