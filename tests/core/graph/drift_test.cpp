// How regions redefine a term over the years, and the terms most redefined.
#include "core/graph/drift.hpp"

#include "tests/core/graph/graph_builder.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

using testing::GraphBuilder;

const std::string first = "由各级党政主要负责人担任河长，负责河湖的管理和保护工作。";
const std::string reworded = "由各级党政主要负责人担任河长，负责河湖的管理和保护工作，推动河长制从“有名”向“有实”转变。";

// 罗江 defines 河长制 in 2019, again the same way (other punctuation) in 2020, reworded in 2022;
// 德阳 twice alike; 旌阳 once; 曾都 reworded 三线一单 twice; a report without a year.
GraphData histories() {
    GraphBuilder b = testing::sichuan_and_hubei();
    for (const char* file : {"luojiang_2019.txt", "luojiang_2020.txt", "luojiang_2022.txt"})
        b.report(file, "510604", std::stoi(std::string(file).substr(9, 4)));
    b.report("deyang_2019.txt", "510600", 2019).report("deyang_2021.txt", "510600", 2021);
    b.report("jingyang_2020.txt", "510603", 2020).report("luojiang_undated.txt", "510604", std::nullopt);
    b.report("zengdu_2019.txt", "421303", 2019).report("zengdu_2020.txt", "421303", 2020).report("zengdu_2021.txt", "421303", 2021);
    b.define("luojiang_2019.txt", "河长制", first).define("luojiang_2020.txt", "河长制", "由各级党政主要负责人担任“河长”；负责河湖的管理和保护工作");
    b.define("luojiang_2022.txt", "河长制", reworded).define("luojiang_undated.txt", "河长制", "别的说法。");
    b.define("deyang_2019.txt", "河长制", first).define("deyang_2021.txt", "河长制", first);
    b.define("jingyang_2020.txt", "河长制", reworded);
    b.define("zengdu_2019.txt", "三线一单", "生态保护红线、环境质量底线。").define("zengdu_2020.txt", "三线一单", "生态保护红线、环境质量底线、资源利用上线。");
    b.define("zengdu_2021.txt", "三线一单", "生态保护红线、环境质量底线、资源利用上线和环境准入负面清单。");
    return b.build();
}

TEST(TermDrift, EachRegionsDefinitionsAgainstTheirPrevious) {
    const GraphData data = histories();
    const std::vector<RegionDrift> drifts = term_drift(term_definitions(data, "河长制", false).definitions);
    ASSERT_EQ(drifts.size(), 2u);  // 旌阳 defines it once
    EXPECT_EQ(drifts[0].region_code, "510600");
    EXPECT_EQ(drifts[0].changes, 0u);
    EXPECT_EQ(*drifts[0].steps[1].similarity, 1.0);
    const RegionDrift& luojiang = drifts[1];
    ASSERT_EQ(luojiang.steps.size(), 3u);  // the undated one is left out
    EXPECT_FALSE(luojiang.steps[0].similarity);
    EXPECT_FALSE(luojiang.steps[1].changed);  // punctuation and quotes only
    EXPECT_TRUE(luojiang.steps[2].changed);
    EXPECT_LT(*luojiang.steps[2].similarity, 1.0);
    EXPECT_EQ(luojiang.changes, 1u);
    std::string inserted;
    for (const DiffSpan& span : luojiang.steps[2].diff)
        if (span.op == DiffSpan::Op::insert) inserted += span.text;
    EXPECT_NE(inserted.find("从“有名”向“有实”转变"), std::string::npos) << inserted;
}

TEST(DriftingTerms, MostRegionsChangedFirst) {
    const GraphData data = histories();
    const std::vector<DriftingTerm> terms = drifting_terms(data);
    ASSERT_EQ(terms.size(), 2u);
    // One region each; 三线一单 changed twice, so it comes first.
    EXPECT_EQ(terms[0].key, "三线一单");
    EXPECT_EQ(terms[0].changes, 2u);
    EXPECT_EQ(terms[0].regions_with_history, 1u);
    EXPECT_EQ(terms[1].key, "河长制");
    EXPECT_EQ(terms[1].regions_changed, 1u);
    EXPECT_EQ(terms[1].regions_with_history, 2u);
    EXPECT_LT(terms[1].lowest_similarity, 1.0);
    EXPECT_EQ(terms[1].label, "河长制");
    EXPECT_TRUE(drifting_terms(data, 2).empty());
}

}  // namespace
}  // namespace glossgraph
