#include "importers/report_header.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

ReportHeader parse(const std::string& text, CollectingDiagnostics& diagnostics) {
    return parse_report_header(split_clean_lines(text), Gazetteer::builtin(), "h.txt", diagnostics);
}

TEST(ReportHeader, FindDate) {
    EXPECT_EQ(find_date("——2023年1月8日在曾都区"), "2023-01-08");
    EXPECT_EQ(find_date("２０２３年１２月２７日"), "2023-12-27");
    EXPECT_EQ(find_date("2023年2月30日与2023年3月1日"), "2023-03-01");
    EXPECT_FALSE(find_date("发表于 2024-7-10 17:07:44").has_value());
}

TEST(ReportHeader, FindSpeaker) {
    EXPECT_EQ(find_speaker("区人民政府区长  张天则"), "张天则");
    EXPECT_EQ(find_speaker("市长 吴艳"), "吴艳");
    EXPECT_EQ(find_speaker("曾都区人民政府区长何胜"), "何胜");
    EXPECT_EQ(find_speaker("德州市陵城區人民政府區長 李希巖"), "李希巖");
    EXPECT_EQ(find_speaker("自治区人民政府主席 买买提·艾力"), "买买提·艾力");
    EXPECT_FALSE(find_speaker("市长热线12345").has_value());
}

TEST(ReportHeader, TitleYearBeatsDeliveryYear) {
    CollectingDiagnostics diagnostics;
    const ReportHeader header = parse("2024年德阳市罗江区政府工作报告\n2023年12月27日在德阳市罗江区第二届人民代表大会第三次会议上\n各位代表:\n", diagnostics);
    EXPECT_EQ(header.year, 2024);
    EXPECT_EQ(header.delivered_on, "2023-12-27");
    EXPECT_EQ(header.region->code, "510604");
    EXPECT_EQ(header.title, "2024年德阳市罗江区政府工作报告");
}

TEST(ReportHeader, WithoutTitleYearTheDeliveryYearCountsAndDecemberMeansNext) {
    CollectingDiagnostics diagnostics;
    EXPECT_EQ(parse("政府工作报告\n——2023年1月8日在曾都区第四届人民代表大会第二次会议上\n各位代表:\n", diagnostics).year, 2023);
    const ReportHeader december = parse("政府工作报告\n——2023年12月8日在曾都区第四届人民代表大会第二次会议上\n各位代表:\n", diagnostics);
    EXPECT_EQ(december.year, 2024);
    EXPECT_EQ(december.title, "2024年曾都区政府工作报告");
}

TEST(ReportHeader, RegionFromTheSpeakerLineWhenTheTitleHasNone) {
    CollectingDiagnostics diagnostics;
    const ReportHeader header = parse("政府工作报告(2023年1月8日)\n曾都区人民政府区长何胜\n各位代表:\n", diagnostics);
    ASSERT_TRUE(header.region.has_value());
    EXPECT_EQ(header.region->code, "421303");
    EXPECT_EQ(header.region->prefecture, "随州市");
    EXPECT_EQ(header.region->province, "湖北省");
    EXPECT_TRUE(diagnostics.items.empty());
}

TEST(ReportHeader, AmbiguousRegionIsAWarningListingCandidates) {
    CollectingDiagnostics diagnostics;
    const ReportHeader header = parse("2023年朝阳区政府工作报告\n各位代表:\n", diagnostics);
    EXPECT_FALSE(header.region.has_value());
    ASSERT_EQ(diagnostics.items.size(), 1u);
    EXPECT_NE(diagnostics.items[0].message.find("ambiguous"), std::string::npos);
    EXPECT_NE(diagnostics.items[0].message.find("110105"), std::string::npos);
    EXPECT_NE(diagnostics.items[0].message.find("220104"), std::string::npos);
}

TEST(ReportHeader, ForumTagNarrowsAnAmbiguousRegion) {
    CollectingDiagnostics diagnostics;
    const ReportHeader header = parse("[北京] 2023年朝阳区政府工作报告\n各位代表:\n", diagnostics);
    ASSERT_TRUE(header.region.has_value());
    EXPECT_EQ(header.region->code, "110105");
}

}  // namespace
}  // namespace glossgraph
