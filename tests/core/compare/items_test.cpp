#include "core/compare/items.hpp"

#include "sample_definitions.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

using Items = std::vector<std::string>;

TEST(CompareItems, SplitsSampleListsAtCommasAndTheLastConjunction) {
    EXPECT_EQ(enumerated_items(samples::luojiang_san_xian_yi_dan),
              (Items{"生态保护红线", "环境质量底线", "资源利用上线", "环境准入负面清单"}));
    EXPECT_EQ(enumerated_items(samples::zengdu_san_xian_yi_dan),
              (Items{"生态保护红线", "环境质量底线", "资源利用上线", "生态环境准入清单"}));
    EXPECT_EQ(enumerated_items(samples::luojiang_liang_pin_yi_biao), (Items{"绿色食品", "有机农产品", "农产品地理标志"}));
    EXPECT_EQ(enumerated_items(samples::zengdu_wu_she_lian_dong),
              (Items{"社区", "社会组织", "社工", "社会资源", "社区自治组织的联动"}));
}

TEST(CompareItems, NormalisesTraditionalAnnotatedAndDamagedItems) {
    EXPECT_EQ(enumerated_items(samples::lingcheng_san_pin_yi_biao_raw),
              (Items{"无公害农产品", "绿色产品", "有机农产品", "农产品地理标志"}));
    EXPECT_EQ(enumerated_items(samples::lingcheng_si_ge_zui_yan_raw),
              (Items{"最严谨脸准", "最严格的监管", "最严厉的处罚", "最严肃的问责"}));
    EXPECT_EQ(enumerated_items("產業、人才與資金"), (Items{"产业", "人才", "资金"}));
}

TEST(CompareItems, SplitsAtTwoCharacterConjunctions) {
    EXPECT_EQ(enumerated_items("产业、人才以及资金"), (Items{"产业", "人才", "资金"}));
    EXPECT_EQ(enumerated_items("产业、人才或者资金"), (Items{"产业", "人才", "资金"}));
}

TEST(CompareItems, SplitsOnlyAtTheLastConjunctionOfTheLastSegment) {
    EXPECT_EQ(enumerated_items("科研和教育、人才和资金和土地"), (Items{"科研和教育", "人才和资金", "土地"}));
}

TEST(CompareItems, DoesNotSplitWordsThatHoldAConjunctionCharacter) {
    EXPECT_EQ(enumerated_items("维护稳定、促进和谐"), (Items{"维护稳定", "促进和谐"}));
    EXPECT_EQ(enumerated_items("发现问题、及时整改"), (Items{"发现问题", "及时整改"}));
    EXPECT_EQ(enumerated_items("政府主导、社会参与治理"), (Items{"政府主导", "社会参与治理"}));
    EXPECT_EQ(enumerated_items("政府主导、部门协作、社会参与"), (Items{"政府主导", "部门协作", "社会参与"}));
    EXPECT_EQ(enumerated_items("基本普及、全面涉及问题"), (Items{"基本普及", "全面涉及问题"}));
}

TEST(CompareItems, DoesNotSplitAtConjunctionsOutsideALists) {
    EXPECT_EQ(enumerated_items("绿色食品和有机农产品。"), (Items{"绿色食品和有机农产品"}));
    EXPECT_EQ(enumerated_items("包括产业、人才和资金；不包括土地和房屋。"),
              (Items{"包括产业", "人才", "资金", "不包括土地和房屋"}));
}

TEST(CompareItems, SplitsClausesAtCommasSemicolonsAndFullStops) {
    EXPECT_EQ(enumerated_items("甲，乙,丙；丁;戊。己"), (Items{"甲", "乙", "丙", "丁", "戊", "己"}));
}

TEST(CompareItems, DropsTheLeadIn) {
    EXPECT_EQ(enumerated_items("是指绿色食品、有机农产品"), (Items{"绿色食品", "有机农产品"}));
    EXPECT_EQ(enumerated_items("指的是绿色食品"), (Items{"绿色食品"}));
    EXPECT_EQ(enumerated_items("是指。"), (Items{"是指"}));  // nothing follows: no lead-in
}

TEST(CompareItems, EdgeCases) {
    EXPECT_EQ(enumerated_items(""), Items{});
    EXPECT_EQ(enumerated_items("。、，“”"), Items{});
    EXPECT_EQ(enumerated_items("嚴"), (Items{"严"}));
    EXPECT_EQ(enumerated_items("和"), (Items{"和"}));
    EXPECT_EQ(enumerated_items("甲、和"), (Items{"甲", "和"}));
    EXPECT_EQ(enumerated_items("甲、甲。"), (Items{"甲", "甲"}));
    EXPECT_EQ(enumerated_items("、甲、、乙、"), (Items{"甲", "乙"}));
}

TEST(CompareItemOverlap, SampleThreeLinesOneList) {
    const ItemOverlap overlap = item_overlap(enumerated_items(samples::luojiang_san_xian_yi_dan),
                                             enumerated_items(samples::zengdu_san_xian_yi_dan));
    EXPECT_EQ(overlap.shared, (Items{"生态保护红线", "环境质量底线", "资源利用上线"}));
    EXPECT_EQ(overlap.only_a, (Items{"环境准入负面清单"}));
    EXPECT_EQ(overlap.only_b, (Items{"生态环境准入清单"}));
    EXPECT_DOUBLE_EQ(overlap.jaccard, 3.0 / 5.0);
}

TEST(CompareItemOverlap, EmptyAndIdenticalLists) {
    const ItemOverlap both_empty = item_overlap({}, {});
    EXPECT_TRUE(both_empty.shared.empty() && both_empty.only_a.empty() && both_empty.only_b.empty());
    EXPECT_EQ(both_empty.jaccard, 1.0);
    const ItemOverlap one_empty = item_overlap({"甲"}, {});
    EXPECT_EQ(one_empty.only_a, (Items{"甲"}));
    EXPECT_EQ(one_empty.jaccard, 0.0);
    const ItemOverlap same = item_overlap({"甲", "乙"}, {"乙", "甲"});
    EXPECT_EQ(same.shared, (Items{"甲", "乙"}));
    EXPECT_EQ(same.jaccard, 1.0);
}

TEST(CompareItemOverlap, CountsDuplicatesOnceAndKeepsOrderOfAppearance) {
    const ItemOverlap overlap = item_overlap({"丙", "甲", "甲", "乙"}, {"乙", "丁", "甲", "丁"});
    EXPECT_EQ(overlap.shared, (Items{"甲", "乙"}));
    EXPECT_EQ(overlap.only_a, (Items{"丙"}));
    EXPECT_EQ(overlap.only_b, (Items{"丁"}));
    EXPECT_DOUBLE_EQ(overlap.jaccard, 2.0 / 4.0);
}

}  // namespace
}  // namespace glossgraph
