#include "core/graph/term_analysis.hpp"

#include "tests/core/graph/sample_graph.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

using testing::sample_graph;

TEST(AnalyseTerm, GivesTheReadingsTimelineSpreadAndLineageOfOneTerm) {
    const GraphData data = sample_graph();
    const TermAnalysis analysis = analyse_term(data, "三线一单");
    ASSERT_EQ(analysis.diff.readings.size(), 2u);
    const TermDiff diff = diff_term(data, "三线一单", false);
    for (std::size_t i = 0; i < diff.readings.size(); ++i) {
        EXPECT_EQ(analysis.diff.readings[i].text, diff.readings[i].text);
        EXPECT_EQ(analysis.diff.readings[i].diff, diff.readings[i].diff);
    }
    EXPECT_EQ(analysis.spread.regions, 2u);
    ASSERT_EQ(analysis.timeline.years.size(), 1u);
    EXPECT_EQ(analysis.timeline.years[0].defined_by.size(), 2u);
    EXPECT_EQ(analysis.lineage.entries.size(), 2u);
    EXPECT_TRUE(analysis.mentioned_only.empty());  // both reports that mention it define it
}

TEST(AnalyseTerm, ListsTheReportsThatOnlyMentionIt) {
    const GraphData data = sample_graph();
    const TermAnalysis analysis = analyse_term(data, "乡村振兴");
    EXPECT_TRUE(analysis.diff.readings.empty());
    ASSERT_EQ(analysis.mentioned_only.size(), 3u);
    EXPECT_EQ(analysis.mentioned_only[0].report, testing::kLuojiang);
    EXPECT_EQ(analysis.mentioned_only[0].region, "罗江区");
    EXPECT_EQ(analysis.mentioned_only[0].year, 2024);
    ASSERT_EQ(analysis.timeline.years.size(), 2u);  // 2021 and 2024, mentions only
    EXPECT_EQ(analysis.timeline.years[1].mentioned_only_by.size(), 2u);
}

TEST(AnalyseTerm, OfAnUnknownKeyIsEmpty) {
    const TermAnalysis analysis = analyse_term(sample_graph(), "没有这个术语");
    EXPECT_TRUE(analysis.diff.readings.empty());
    EXPECT_TRUE(analysis.timeline.years.empty());
    EXPECT_TRUE(analysis.lineage.entries.empty());
    EXPECT_TRUE(analysis.mentioned_only.empty());
}

}  // namespace
}  // namespace glossgraph
