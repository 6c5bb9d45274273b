// Lineage: each definition's most likely source, relation and direction in the region tree.
#include "core/graph/lineage.hpp"

#include "core/compare/similar_texts.hpp"
#include "core/errors.hpp"
#include "tests/core/graph/graph_builder.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace glossgraph {
namespace {

using testing::GraphBuilder;
using testing::sichuan_and_hubei;

const std::string province_text =
    "由各级党政主要负责人担任河长，负责组织领导相应河湖的管理和保护工作，包括水资源保护、水域岸线管理、水污染防治和水环境治理。";
// One item replaced: about 0.9 alike.
const std::string county_text =
    "由各级党政主要负责人担任河长，负责组织领导相应河湖的管理和保护工作，包括水资源保护、河道采砂管理、水污染防治和水环境治理。";
const std::string other_text = "全面推行河湖长制，统筹山水林田湖草系统治理，守护一江碧水。";

// The issue's chain: 四川 (2019) copied word for word by 德阳 (2020, with other punctuation),
// adapted by 德阳's county 罗江 (2021), copied across by its neighbour 旌阳 (2022); an unrelated
// wording by 湖北's 曾都 (2020), copied up by its prefecture 随州 (2021).
GraphData river_chiefs() {
    GraphBuilder b = sichuan_and_hubei();
    b.report("sichuan_2019.txt", "510000", 2019).report("deyang_2020.txt", "510600", 2020);
    b.report("luojiang_2021.txt", "510604", 2021).report("jingyang_2022.txt", "510603", 2022);
    b.report("zengdu_2020.txt", "421303", 2020).report("suizhou_2021.txt", "421300", 2021);
    b.define("sichuan_2019.txt", "河长制", province_text);
    b.define("deyang_2020.txt", "“河长制”", "由各级党政主要负责人担任“河长”；负责组织领导相应河湖的管理和保护工作，包括水资源保护、水域岸线管理、水污染防治和水环境治理");
    b.define("luojiang_2021.txt", "河长制", county_text);
    b.define("jingyang_2022.txt", "河长制", county_text);
    b.define("zengdu_2020.txt", "河长制", other_text);
    b.define("suizhou_2021.txt", "河长制", other_text);
    return b.build();
}

Lineage lineage_of(const GraphData& data, const std::string& key, double threshold = kDefaultLineageThreshold) {
    return term_lineage(data, term_definitions(data, key, false).definitions, threshold);
}

const LineageEntry& entry_of(const Lineage& lineage, const std::string& report) {
    for (const LineageEntry& e : lineage.entries)
        if (e.definition.report == report) return e;
    throw std::runtime_error("no entry of " + report);
}

std::string source_of(const Lineage& lineage, const std::string& report) {
    const LineageEntry& e = entry_of(lineage, report);
    return e.source ? lineage.entries[*e.source].definition.report : "-";
}

TEST(Lineage, TheIssuesChainIsRecoveredWithItsDirections) {
    const GraphData data = river_chiefs();
    const Lineage lineage = lineage_of(data, "河长制");
    ASSERT_EQ(lineage.entries.size(), 6u);
    EXPECT_EQ(entry_of(lineage, "sichuan_2019.txt").relation, LineageRelation::original);
    EXPECT_FALSE(entry_of(lineage, "sichuan_2019.txt").direction);

    const LineageEntry& deyang = entry_of(lineage, "deyang_2020.txt");
    EXPECT_EQ(deyang.relation, LineageRelation::verbatim);  // punctuation and quotes aside
    EXPECT_EQ(source_of(lineage, "deyang_2020.txt"), "sichuan_2019.txt");
    EXPECT_EQ(*deyang.direction, LineageDirection::down);
    EXPECT_EQ(*deyang.similarity, 1.0);

    // 四川 and 德阳 say the same: the nearer one, the parent, is the source.
    const LineageEntry& luojiang = entry_of(lineage, "luojiang_2021.txt");
    EXPECT_EQ(luojiang.relation, LineageRelation::adapted);
    EXPECT_EQ(source_of(lineage, "luojiang_2021.txt"), "deyang_2020.txt");
    EXPECT_EQ(*luojiang.direction, LineageDirection::down);
    EXPECT_GT(*luojiang.similarity, 0.85);
    EXPECT_LT(*luojiang.similarity, 1.0);

    const LineageEntry& jingyang = entry_of(lineage, "jingyang_2022.txt");
    EXPECT_EQ(jingyang.relation, LineageRelation::verbatim);
    EXPECT_EQ(source_of(lineage, "jingyang_2022.txt"), "luojiang_2021.txt");
    EXPECT_EQ(*jingyang.direction, LineageDirection::across);

    EXPECT_EQ(entry_of(lineage, "zengdu_2020.txt").relation, LineageRelation::original);
    const LineageEntry& suizhou = entry_of(lineage, "suizhou_2021.txt");
    EXPECT_EQ(suizhou.relation, LineageRelation::verbatim);
    EXPECT_EQ(source_of(lineage, "suizhou_2021.txt"), "zengdu_2020.txt");
    EXPECT_EQ(*suizhou.direction, LineageDirection::up);
}

TEST(Lineage, AnAdaptationCarriesItsCharacterDiff) {
    const GraphData data = river_chiefs();
    const Lineage lineage = lineage_of(data, "河长制");
    const LineageEntry& luojiang = entry_of(lineage, "luojiang_2021.txt");
    std::string removed, inserted;
    for (const DiffSpan& span : luojiang.diff) {
        if (span.op == DiffSpan::Op::remove) removed += span.text;
        if (span.op == DiffSpan::Op::insert) inserted += span.text;
    }
    EXPECT_NE(removed.find("水域岸线"), std::string::npos) << removed;
    EXPECT_NE(inserted.find("河道采砂"), std::string::npos) << inserted;
    EXPECT_TRUE(luojiang.exact);
}

TEST(Lineage, EntriesAreInYearOrderWithUndatedLast) {
    GraphData data = river_chiefs();
    GraphBuilder b = sichuan_and_hubei();
    b.report("b_2020.txt", "510603", 2020).report("a_undated.txt", "510604", std::nullopt).report("c_2019.txt", "421303", 2019);
    b.define("b_2020.txt", "河长制", province_text).define("a_undated.txt", "河长制", province_text);
    b.define("c_2019.txt", "河长制", province_text);
    const Lineage lineage = lineage_of(b.build(), "河长制");
    ASSERT_EQ(lineage.entries.size(), 3u);
    EXPECT_EQ(lineage.entries[0].definition.report, "c_2019.txt");
    EXPECT_EQ(lineage.entries[1].definition.report, "b_2020.txt");
    EXPECT_EQ(lineage.entries[2].definition.report, "a_undated.txt");
    EXPECT_EQ(lineage.entries[2].relation, LineageRelation::original);  // nothing is before an undated definition
    EXPECT_EQ(source_of(lineage, "b_2020.txt"), "c_2019.txt");           // and it is nobody's source
    EXPECT_EQ(*lineage.entries[1].direction, LineageDirection::distant);
    EXPECT_EQ(lineage.distinct_texts, 1u);
}

TEST(Lineage, OfOneYearOnlyARegionAboveIsASource) {
    GraphBuilder b = sichuan_and_hubei();
    b.report("sichuan_2020.txt", "510000", 2020).report("deyang_2020.txt", "510600", 2020);
    b.report("jingyang_2020.txt", "510603", 2020).report("luojiang_2020.txt", "510604", 2020);
    for (const char* file : {"sichuan_2020.txt", "deyang_2020.txt", "jingyang_2020.txt", "luojiang_2020.txt"})
        b.define(file, "河长制", province_text);
    const Lineage lineage = lineage_of(b.build(), "河长制");
    EXPECT_EQ(entry_of(lineage, "sichuan_2020.txt").relation, LineageRelation::original);  // not from below
    EXPECT_EQ(source_of(lineage, "deyang_2020.txt"), "sichuan_2020.txt");
    EXPECT_EQ(source_of(lineage, "jingyang_2020.txt"), "deyang_2020.txt");  // nor from a neighbour of that year
    EXPECT_EQ(source_of(lineage, "luojiang_2020.txt"), "deyang_2020.txt");
}

TEST(Lineage, ARegionKeepingItsWordingDerivesFromItself) {
    GraphBuilder b = sichuan_and_hubei();
    b.report("deyang_2019.txt", "510600", 2019).report("deyang_2021.txt", "510600", 2021);
    b.report("sichuan_2020.txt", "510000", 2020);
    b.define("deyang_2019.txt", "河长制", province_text).define("deyang_2021.txt", "河长制", province_text);
    b.define("sichuan_2020.txt", "河长制", province_text);
    const Lineage lineage = lineage_of(b.build(), "河长制");
    const LineageEntry& again = entry_of(lineage, "deyang_2021.txt");
    EXPECT_EQ(*again.direction, LineageDirection::self);  // before the province's copy of 2020
    EXPECT_EQ(source_of(lineage, "deyang_2021.txt"), "deyang_2019.txt");
    EXPECT_EQ(*entry_of(lineage, "sichuan_2020.txt").direction, LineageDirection::up);
}

TEST(Lineage, TheClosestTextWinsOverTheNearerRegion) {
    GraphBuilder b = sichuan_and_hubei();
    b.report("deyang_2019.txt", "510600", 2019).report("zengdu_2019.txt", "421303", 2019);
    b.report("luojiang_2020.txt", "510604", 2020);
    b.define("deyang_2019.txt", "河长制", province_text).define("zengdu_2019.txt", "河长制", county_text);
    b.define("luojiang_2020.txt", "河长制", county_text);
    const Lineage lineage = lineage_of(b.build(), "河长制");
    EXPECT_EQ(source_of(lineage, "luojiang_2020.txt"), "zengdu_2019.txt");
    EXPECT_EQ(*entry_of(lineage, "luojiang_2020.txt").direction, LineageDirection::distant);
    EXPECT_EQ(entry_of(lineage, "luojiang_2020.txt").relation, LineageRelation::verbatim);
}

TEST(Lineage, BelowTheThresholdADefinitionIsOriginal) {
    const GraphData data = river_chiefs();
    const Lineage strict = lineage_of(data, "河长制", 0.99);
    EXPECT_EQ(entry_of(strict, "luojiang_2021.txt").relation, LineageRelation::original);
    EXPECT_EQ(entry_of(strict, "jingyang_2022.txt").relation, LineageRelation::verbatim);
    EXPECT_THROW(lineage_of(data, "河长制", 0.0), usage_error);
    EXPECT_THROW(lineage_of(data, "河长制", 1.5), usage_error);
}

TEST(Lineage, AReportWithoutARegionIsDistant) {
    GraphBuilder b = sichuan_and_hubei();
    b.report("nowhere_2019.txt", "", 2019).report("deyang_2020.txt", "510600", 2020);
    b.define("nowhere_2019.txt", "河长制", province_text).define("deyang_2020.txt", "河长制", province_text);
    const Lineage lineage = lineage_of(b.build(), "河长制");
    EXPECT_EQ(source_of(lineage, "deyang_2020.txt"), "nowhere_2019.txt");
    EXPECT_EQ(*entry_of(lineage, "deyang_2020.txt").direction, LineageDirection::distant);
}

// Thousands of definitions, every one worded a little differently: the comparisons stay
// bounded by the distinct texts times kSimilarCandidates, never their square.
TEST(Lineage, ThousandsOfDistinctTextsStayBounded) {
    GraphBuilder b = sichuan_and_hubei();
    constexpr int count = 3000;
    for (int i = 0; i < count; ++i) {
        std::string file = "r";
        file += std::to_string(100000 + i);
        file += ".txt";
        b.report(file, i % 2 ? "510603" : "421303", 2000 + i / 150);
        b.define(file, "河长制", province_text + "第" + std::to_string(i) + "号");
    }
    const GraphData data = b.build();
    const auto started = std::chrono::steady_clock::now();
    const Lineage lineage = lineage_of(data, "河长制");
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
    EXPECT_EQ(lineage.distinct_texts, static_cast<std::size_t>(count));
    EXPECT_LE(lineage.compared, count * kSimilarCandidates);
    EXPECT_TRUE(lineage.capped);
    EXPECT_LT(took.count(), 10.0);
    std::size_t derived = 0;
    for (const LineageEntry& e : lineage.entries) derived += e.source.has_value();
    EXPECT_EQ(derived, lineage.entries.size() - 150);  // all but those of the first year
}

}  // namespace
}  // namespace glossgraph
