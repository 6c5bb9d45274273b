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

// "421303 湖北省/随州市/曾都区": a header's region with its ancestors; "none" without one.
std::string placed(const ReportHeader& header) {
    if (!header.region) return "none";
    const RegionPath& r = *header.region;
    return r.code + " " + r.province + "/" + r.prefecture + "/" + r.county;
}

TEST(ReportHeader, RegionFromTheSpeakerLineWhenTheTitleHasNone) {
    CollectingDiagnostics diagnostics;
    const ReportHeader header = parse("政府工作报告(2023年1月8日)\n曾都区人民政府区长何胜\n各位代表:\n", diagnostics);
    EXPECT_EQ(placed(header), "421303 湖北省/随州市/曾都区");
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

// ---- the divisions of the report's year ----

// The code of the region a header resolves to; "none" without one.
std::string region_of(const std::string& header, CollectingDiagnostics& diagnostics) {
    const ReportHeader parsed = parse(header + "\n各位代表:\n", diagnostics);
    return parsed.region ? parsed.region->code : "none";
}

// The one diagnostic a header gave, as "severity: message".
std::string only_diagnostic(const CollectingDiagnostics& diagnostics) {
    if (diagnostics.items.size() != 1) return std::to_string(diagnostics.items.size()) + " diagnostics";
    return std::string(to_string(diagnostics.items[0].severity)) + ": " + diagnostics.items[0].message;
}

TEST(ReportHeader, ARetiredCountyResolvesInItsYearWithItsParentsOfThen) {
    CollectingDiagnostics diagnostics;
    const ReportHeader header = parse("2015年罗江县政府工作报告\n各位代表:\n", diagnostics);
    EXPECT_EQ(placed(header), "510626 四川省/德阳市/罗江县");
    EXPECT_EQ(header.title, "2015年罗江县政府工作报告");
    EXPECT_TRUE(diagnostics.items.empty());
}

TEST(ReportHeader, TheDeliveryYearChoosesTheDivisions) {
    CollectingDiagnostics diagnostics;
    // The report for 2018, delivered in December 2017, the last year of 罗江县.
    EXPECT_EQ(region_of("罗江县政府工作报告\n——2017年12月28日在罗江县第十七届人民代表大会第二次会议上", diagnostics), "510626");
    EXPECT_TRUE(diagnostics.items.empty());
}

TEST(ReportHeader, AnEarlierNameOfAChangedSuffixIsFollowedWithANote) {
    CollectingDiagnostics diagnostics;
    EXPECT_EQ(region_of("2019年罗江县政府工作报告", diagnostics), "510604");
    EXPECT_EQ(only_diagnostic(diagnostics),
              "note: region '罗江县' names no division of 2019: 罗江县 (510626) was upgraded to 罗江区 (510604) in 2017; "
              "filed under 罗江区 (510604)");
}

TEST(ReportHeader, ALaterNameIsFollowedBackToTheDivisionOfItsYear) {
    CollectingDiagnostics diagnostics;
    EXPECT_EQ(region_of("2015年罗江区政府工作报告", diagnostics), "510626");
    EXPECT_EQ(only_diagnostic(diagnostics),
              "note: region '罗江区' names no division of 2015: 罗江县 (510626) was upgraded to 罗江区 (510604) in 2017; "
              "filed under 罗江县 (510626)");
}

// The session line names the prefecture, so 罗江区 resolves in 2015 by its stem under 德阳市;
// it is still a later form of the name, and says so.
TEST(ReportHeader, ALaterNameBesideItsPrefectureIsFollowedWithANote) {
    CollectingDiagnostics diagnostics;
    EXPECT_EQ(region_of("2015年罗江区政府工作报告\n——2015年1月20日在德阳市罗江区第一届人民代表大会第一次会议上", diagnostics),
              "510626");
    EXPECT_EQ(only_diagnostic(diagnostics),
              "note: region '德阳市罗江区' names no division of 2015: 罗江县 (510626) was upgraded to 罗江区 (510604) in 2017; "
              "filed under 罗江县 (510626)");
}

TEST(ReportHeader, ALaterNameUnderAKnownParentIsFollowedToItsCodeOfThen) {
    CollectingDiagnostics diagnostics;
    // 襄都区 is 桥东区 (130502) renamed in 2020: in 2019 only 邢台市 is a name in it.
    EXPECT_EQ(region_of("2019年邢台市襄都区政府工作报告", diagnostics), "130502");
    EXPECT_EQ(only_diagnostic(diagnostics),
              "warning: region '邢台市襄都区' names no division of 2019: 襄都区 (130502) of 2020 is 桥东区 in 2019; "
              "filed under 桥东区 (130502)");
}

TEST(ReportHeader, AMergedDistrictIsFollowedIntoItsSuccessorWithAWarning) {
    CollectingDiagnostics diagnostics;
    EXPECT_EQ(region_of("2009年崇文区政府工作报告", diagnostics), "110103");
    EXPECT_TRUE(diagnostics.items.empty());
    EXPECT_EQ(region_of("2012年崇文区政府工作报告", diagnostics), "110101");
    EXPECT_EQ(only_diagnostic(diagnostics),
              "warning: region '崇文区' names no division of 2012: 崇文区 (110103) was merged into 东城区 (110101) in 2010; "
              "filed under 东城区 (110101)");
}

TEST(ReportHeader, ANameAmbiguousTodayIsResolvedInItsYear) {
    CollectingDiagnostics diagnostics;
    EXPECT_EQ(region_of("2005年通州区政府工作报告", diagnostics), "110112");  // 南通's dates from 2009
    EXPECT_TRUE(diagnostics.items.empty());
    EXPECT_EQ(region_of("2020年通州区政府工作报告", diagnostics), "none");
    EXPECT_EQ(only_diagnostic(diagnostics),
              "warning: region is ambiguous: 通州区 (110112) 通州区 (320612); the report is kept without a region");
}

TEST(ReportHeader, ANameAmbiguousInItsYearIsAmbiguousWhateverToday) {
    CollectingDiagnostics diagnostics;
    EXPECT_EQ(region_of("2022年桥东区政府工作报告", diagnostics), "130702");
    EXPECT_EQ(region_of("2005年桥东区政府工作报告", diagnostics), "none");  // 石家庄, 邢台 and 张家口 had one
    EXPECT_EQ(only_diagnostic(diagnostics),
              "warning: region is ambiguous: 桥东区 (130103) 桥东区 (130502) 桥东区 (130702); the report is kept "
              "without a region");
}

TEST(ReportHeader, AYearOutsideTheHistoryIsAWarning) {
    CollectingDiagnostics diagnostics;
    EXPECT_EQ(region_of("1975年四川省政府工作报告", diagnostics), "510000");
    EXPECT_EQ(only_diagnostic(diagnostics),
              "warning: the year 1975 is outside the history of GB/T 2260 codes (1981–2025): the region is resolved "
              "among the divisions of 1981");
    diagnostics.items.clear();
    EXPECT_EQ(region_of("2031年德阳市政府工作报告", diagnostics), "510600");
    EXPECT_NE(only_diagnostic(diagnostics).find("the year 2031 is outside"), std::string::npos);
    diagnostics.items.clear();
    EXPECT_EQ(region_of("2026年德阳市政府工作报告", diagnostics), "510600");  // delivered by the table of 2025
    EXPECT_TRUE(diagnostics.items.empty());
}

TEST(ReportHeader, ADevelopmentZoneResolvesInAnyYear) {
    CollectingDiagnostics diagnostics;
    EXPECT_EQ(region_of("2012年石家庄高新技术产业开发区政府工作报告", diagnostics), "130171");
    EXPECT_TRUE(diagnostics.items.empty());
}

}  // namespace
}  // namespace glossgraph
