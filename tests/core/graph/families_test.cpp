#include "core/graph/families.hpp"

#include "tests/core/graph/sample_graph.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

using Strings = std::vector<std::string>;

TEST(GraphFamilies, SampleVariantPairs) {
    const std::vector<TermFamily> families = term_families(testing::sample_graph());
    ASSERT_EQ(families.size(), 2u);
    EXPECT_EQ(families[0].keys, (Strings{"两品一标", "二品一标"}));
    EXPECT_EQ(families[1].keys, (Strings{"四个最严", "四个最严要求"}));
}

TEST(GraphFamilies, EveryRelationKindJoinsLargestFirst) {
    const GraphData data = testing::GraphBuilder()
                               .relate("丁", "甲", RelationKind::broader)
                               .relate("甲", "乙", RelationKind::refers_to)
                               .relate("丙", "乙", RelationKind::family)
                               .relate("戊", "己", RelationKind::variant_expansion)
                               .mention("r.txt", "壬")
                               .build();
    const std::vector<TermFamily> families = term_families(data);
    ASSERT_EQ(families.size(), 2u);
    EXPECT_EQ(families[0].keys, (Strings{"丁", "丙", "乙", "甲"}));
    EXPECT_EQ(families[1].keys, (Strings{"己", "戊"}));
}

TEST(GraphFamilies, NoTermsNoFamilies) { EXPECT_TRUE(term_families(GraphData{}).empty()); }

}  // namespace
}  // namespace glossgraph
