// The five sample reports imported and linked, checked against what tests/GOLD.json's
// "_cross_region" section and the linking issue expect.
#include "core/link/linker.hpp"
#include "core/store/graph_reader.hpp"
#include "core/store/link_tables.hpp"
#include "core/store/queries.hpp"
#include "core/store/report_writer.hpp"
#include "core/store/store.hpp"
#include "core/text/normalize.hpp"
#include "importers/text_importer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <fstream>
#include <sstream>

namespace glossgraph {
namespace {

class SamplesLinked : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        store_ = new Store(":memory:");
        const TextImporter importer;
        CollectingDiagnostics diagnostics;
        std::vector<std::filesystem::path> files;
        for (const auto& file : std::filesystem::directory_iterator(std::string(GLOSSGRAPH_SOURCE_DIR) + "/samples")) {
            files.push_back(file.path());
        }
        std::sort(files.begin(), files.end());
        for (const auto& path : files) {
            std::ifstream in(path, std::ios::binary);
            std::ostringstream bytes;
            bytes << in.rdbuf();
            importer.read(bytes.str(), ImportContext{path.string(), &Gazetteer::builtin(), &diagnostics}, store_->writer());
            link(store_->link_tables());  // one at a time: every import links what it changed
        }
    }
    static void TearDownTestSuite() {
        delete store_;
        store_ = nullptr;
    }

    static std::vector<MentionRow> mentions_of(const std::string& term) {
        return store_->queries().mentions({std::nullopt, store_->queries().find_term(term).value(), {}});
    }
    static const MentionRow* in_region(const std::vector<MentionRow>& rows, const std::string& region) {
        for (const MentionRow& row : rows) {
            if (row.region == region) return &row;
        }
        return nullptr;
    }
    static bool related(const std::string& a, const std::string& b, const std::string& kind) {
        for (const RelatedTerm& r : store_->queries().related_terms(store_->queries().find_term(a).value())) {
            if (r.key == term_key(b) && r.kind == kind) return true;
        }
        return false;
    }
    static Store* store_;
};

Store* SamplesLinked::store_ = nullptr;

TEST_F(SamplesLinked, ReportWithoutGlossaryMentionsTermDefinedElsewhere) {
    const auto rows = mentions_of("“放管服”改革");
    const MentionRow* qilin = in_region(rows, "麒麟区");
    ASSERT_NE(qilin, nullptr);
    EXPECT_FALSE(qilin->defines);
    const MentionRow* luojiang = in_region(rows, "罗江区");
    ASSERT_NE(luojiang, nullptr);
    EXPECT_TRUE(luojiang->defines);
    EXPECT_TRUE(luojiang->anchored);
}

TEST_F(SamplesLinked, LepingMentionsTheThreeMustsDefinedByZengdu) {
    const auto rows = mentions_of("三个务必");
    const MentionRow* leping = in_region(rows, "乐平市");
    ASSERT_NE(leping, nullptr);
    EXPECT_GE(leping->quoted, 1);
    EXPECT_FALSE(leping->defines);
}

TEST_F(SamplesLinked, VariantsAcrossNumeralsScriptsAndSuffixes) {
    EXPECT_TRUE(related("两品一标", "二品一标", "variant_numeral"));
    EXPECT_TRUE(related("“四个最严”要求", "四個最嚴", "variant_suffix"));
    EXPECT_TRUE(related("三品一標", "两品一标", "family"));
    EXPECT_FALSE(related("三品一標", "两品一标", "variant_numeral"));
}

TEST_F(SamplesLinked, DefinitionsReferToOtherTerms) {
    EXPECT_TRUE(related("專精特新“小巨人”企業", "“专精特新”企业", "refers_to"));
    EXPECT_TRUE(related("“专精特新”企业", "專精特新“小巨人”企業", "referred_by"));
}

TEST_F(SamplesLinked, FootnoteStructureGivesBroaderAndNarrower) {
    EXPECT_TRUE(related("四大目标", "“四五五六”发展总思路", "broader"));
    EXPECT_TRUE(related("“四五五六”发展总思路", "六大抓手", "narrower"));
}

TEST_F(SamplesLinked, FootnotesOfSample000AreAnchoredToTheirMentions) {
    const std::string report = "000_5b54c714a6bec26a.txt";
    std::map<std::string, int> footnote_of;
    for (const EntryRow& entry : store_->queries().entries({report, std::nullopt, {}})) footnote_of[entry.key] = entry.footnote.value();
    std::set<int> anchored;
    for (const MentionRow& row : store_->queries().mentions({report, std::nullopt, {}})) {
        if (row.anchored) anchored.insert(footnote_of.at(row.key));
    }
    // Every footnote marker of the body anchors (FootnoteAnchors.EveryFootnoteOfSample000IsAnchored);
    // each one also anchors a mention of its term, except (6): the body says "…等十大整治行动(6)",
    // never 营商环境十大整治行动 itself.
    std::set<int> expected;
    for (int n = 1; n <= 24; ++n) {
        if (n != 6) expected.insert(n);
    }
    EXPECT_EQ(anchored, expected);
}

TEST_F(SamplesLinked, MentionsAcrossScripts) {
    // 罗江区 (simplified) says “四个最严”要求; 陵城区 (traditional) defines 四個最嚴.
    const auto rows = mentions_of("四個最嚴");
    EXPECT_NE(in_region(rows, "罗江区"), nullptr);
}

TEST_F(SamplesLinked, GraphDataHoldsTheWholeStore) {
    const GraphData data = store_->graph_reader().graph_data();
    EXPECT_EQ(data.reports.size(), 5u);
    EXPECT_EQ(data.definitions.size(), 65u);
    EXPECT_EQ(data.terms.size(), store_->queries().terms().size());
    EXPECT_EQ(data.mentions.size(), store_->queries().mentions({}).size());
    // Five counties, their five prefectures and five provinces.
    EXPECT_EQ(data.regions.size(), 15u);
    for (const Region& region : data.regions) {
        if (region.level != RegionLevel::province) {
            EXPECT_FALSE(region.parent_code.empty()) << region.code;
        }
    }
    bool broader = false;
    for (const GraphRelation& relation : data.relations) {
        if (relation.kind == RelationKind::broader && relation.from_key == "四大目标") broader = relation.to_key == "四五五六发展总思路";
    }
    EXPECT_TRUE(broader);
    EXPECT_TRUE(std::is_sorted(data.terms.begin(), data.terms.end(),
                               [](const GraphTerm& a, const GraphTerm& b) { return a.key < b.key; }));
}

}  // namespace
}  // namespace glossgraph
