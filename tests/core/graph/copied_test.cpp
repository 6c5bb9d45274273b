// Copies across the corpus: a region's definitions with their sources, the regions most copied from.
#include "core/graph/copied.hpp"

#include "tests/core/graph/graph_builder.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

using testing::GraphBuilder;

const std::string province_text = "由各级党政主要负责人担任河长，负责组织领导相应河湖的管理和保护工作，包括水资源保护和水污染防治。";
const std::string county_text = "由各级党政主要负责人担任河长，负责组织领导相应河湖的管理和保护工作，包括水资源保护和河道采砂管理。";

// 四川 (2019) defines 河长制 and 三线一单; 德阳 copies both (2020); its counties 罗江 and 旌阳
// copy 河长制 from it (2021; 罗江 adapting), and 罗江 keeps its wording in 2022; 曾都 writes its own.
GraphData corpus() {
    GraphBuilder b = testing::sichuan_and_hubei();
    b.report("sichuan_2019.txt", "510000", 2019).report("deyang_2020.txt", "510600", 2020);
    b.report("luojiang_2021.txt", "510604", 2021).report("luojiang_2022.txt", "510604", 2022);
    b.report("jingyang_2021.txt", "510603", 2021).report("zengdu_2021.txt", "421303", 2021);
    b.define("sichuan_2019.txt", "河长制", province_text).define("sichuan_2019.txt", "三线一单", "生态保护红线、环境质量底线。");
    b.define("deyang_2020.txt", "河长制", province_text).define("deyang_2020.txt", "三线一单", "生态保护红线、环境质量底线。");
    b.define("luojiang_2021.txt", "河长制", county_text).define("luojiang_2022.txt", "河长制", county_text);
    b.define("jingyang_2021.txt", "河长制", province_text);
    b.define("zengdu_2021.txt", "五社联动", "社区、社会组织、社会工作者、社区志愿者、社会慈善资源联动。");
    return b.build();
}

TEST(Copied, ARegionsDefinitionsWithTheirSources) {
    const GraphData data = corpus();
    ReportFilter luojiang;
    luojiang.regions = std::vector<std::string>{"510604"};
    const std::vector<Derivation> found = derivations(data, luojiang);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_TRUE(found[0].copied());
    EXPECT_EQ(found[0].relation, LineageRelation::adapted);
    EXPECT_EQ(found[0].source->region_code, "510600");
    EXPECT_EQ(*found[0].direction, LineageDirection::down);
    EXPECT_FALSE(found[1].copied());  // its own wording again
    EXPECT_EQ(*found[1].direction, LineageDirection::self);
    EXPECT_TRUE(found[0].definition.text.empty());
}

TEST(Copied, TheRegionsMostCopiedFrom) {
    const GraphData data = corpus();
    const std::vector<Derivation> all = derivations(data, {});
    EXPECT_EQ(all.size(), 8u);
    const std::vector<CopiedRegion> sources = most_copied_from(all);
    ASSERT_EQ(sources.size(), 2u);
    EXPECT_EQ(sources[0].region_code, "510600");  // copied by 罗江 and 旌阳
    EXPECT_EQ(sources[0].copies, 2u);
    EXPECT_EQ(sources[0].copiers, 2u);
    EXPECT_EQ(sources[0].verbatim, 1u);
    EXPECT_EQ(sources[0].adapted, 1u);
    EXPECT_EQ(sources[1].region_code, "510000");  // two terms copied by 德阳
    EXPECT_EQ(sources[1].copies, 2u);
    EXPECT_EQ(sources[1].copiers, 1u);
    EXPECT_EQ(sources[1].terms, 2u);
}

TEST(Copied, AYearFilterChoosesTheCopiesNotTheSources) {
    const GraphData data = corpus();
    ReportFilter since_2021;
    since_2021.since = 2021;
    const std::vector<Derivation> found = derivations(data, since_2021);
    EXPECT_EQ(found.size(), 4u);
    const std::vector<CopiedRegion> sources = most_copied_from(found);
    ASSERT_EQ(sources.size(), 1u);
    EXPECT_EQ(sources[0].region_code, "510600");  // a source of 2020, outside the chosen years
}

}  // namespace
}  // namespace glossgraph
