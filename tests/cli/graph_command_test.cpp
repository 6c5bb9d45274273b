#include "cli/graph_command.hpp"

#include "core/errors.hpp"
#include "tests/core/graph/graph_builder.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace glossgraph {
namespace {

// One report, from 北京市朝阳区: the regions imported are it and its province.
GraphData beijing_chaoyang() {
    return testing::GraphBuilder()
        .region("110000", "北京市", RegionLevel::province)
        .region("110105", "朝阳区", RegionLevel::county, "110000")
        .report("chaoyang.txt", "110105", 2023)
        .build();
}

// One report each from 南京市鼓楼区 and 福州市鼓楼区 (徐州 and 开封 have a 鼓楼区 too).
GraphData two_districts_named_gulou() {
    return testing::GraphBuilder()
        .region("320000", "江苏省", RegionLevel::province)
        .region("320100", "南京市", RegionLevel::prefecture, "320000")
        .region("320106", "鼓楼区", RegionLevel::county, "320100")
        .region("350000", "福建省", RegionLevel::province)
        .region("350100", "福州市", RegionLevel::prefecture, "350000")
        .region("350102", "鼓楼区", RegionLevel::county, "350100")
        .report("nanjing_gulou.txt", "320106", 2023)
        .report("fuzhou_gulou.txt", "350102", 2023)
        .build();
}

std::string error_of(const GraphData& data, const std::string& name_or_code) {
    try {
        resolve_region(data, name_or_code);
    } catch (const error& e) {
        return e.what();
    }
    return "";
}

TEST(ResolveRegion, ByCodeNameOrStem) {
    const GraphData data = beijing_chaoyang();
    EXPECT_EQ(resolve_region(data, "110105").code, "110105");
    EXPECT_EQ(resolve_region(data, "11").code, "110000");
    EXPECT_EQ(resolve_region(data, "朝陽區").code, "110105");
    EXPECT_EQ(resolve_region(data, "朝阳").code, "110105");  // a stem, and no division's name
    EXPECT_EQ(resolve_region(data, "北京").code, "110000");
}

TEST(ResolveRegion, ANameAlongALineOfHistoryIsItsLatestRegion) {
    const GraphData data = testing::luojiang_line().build();
    EXPECT_EQ(resolve_region(data, "罗江").code, "510604");    // the stem of both: the line's today
    EXPECT_EQ(resolve_region(data, "罗江县").code, "510626");  // its own name: the retired code
    EXPECT_EQ(resolve_region(data, "罗江区").code, "510604");
    EXPECT_EQ(resolve_region(data, "510626").code, "510626");
}

TEST(ResolveRegion, AnotherDivisionsOfficialNameIsNotTakenForAStem) {
    // 朝阳市 is a prefecture of 辽宁, not 北京's 朝阳区 by the stem 朝阳.
    EXPECT_EQ(error_of(beijing_chaoyang(), "朝阳市"),
              "region '朝阳市': no imported report comes from it or a region within it:\n  211300 辽宁省朝阳市");
}

TEST(ResolveRegion, NamesWhatTheGazetteerKnowsWithoutReports) {
    const GraphData data = beijing_chaoyang();
    EXPECT_EQ(error_of(data, "5106"), "region '5106': no imported report comes from it or a region within it:\n  510600 四川省德阳市");
    EXPECT_EQ(error_of(data, "1101"), "region '1101': no such region (a GB/T 2260 code or a name)");  // 市辖区
    EXPECT_EQ(error_of(data, "桃花源县"), "region '桃花源县': no such region; did you mean 桃源县?");
    EXPECT_EQ(error_of(data, "乡村振兴"), "region '乡村振兴': no such region (a GB/T 2260 code or a name)");
}

TEST(ResolveRegion, SeveralImportedRegionsOfOneNameAreListed) {
    EXPECT_EQ(error_of(testing::two_districts_named_chaoyang().build(), "朝阳区"),
              "region '朝阳区' is ambiguous; name one by its code or its full name:\n"
              "  110105 北京市朝阳区\n  220104 吉林省长春市朝阳区");
}

// The lines "  <code> <full name>" of an error, each split in two.
std::vector<std::pair<std::string, std::string>> listed_in(const std::string& message) {
    std::vector<std::pair<std::string, std::string>> listed;
    for (std::size_t at = message.find("\n  "); at != std::string::npos; at = message.find("\n  ", at + 1)) {
        const std::size_t code = at + 3, space = message.find(' ', code), end = message.find('\n', space);
        listed.emplace_back(message.substr(code, space - code), message.substr(space + 1, end - space - 1));
    }
    return listed;
}

// What an ambiguity error lists, the code or the full name, is taken back as the region.
void expect_listed_names_accepted_back(const GraphData& data, const std::string& name) {
    const std::string message = error_of(data, name);
    ASSERT_NE(message.find("is ambiguous"), std::string::npos) << message;
    const auto listed = listed_in(message);
    ASSERT_EQ(listed.size(), 2u) << message;
    for (const auto& [code, full_name] : listed) {
        EXPECT_EQ(resolve_region(data, code).code, code);
        EXPECT_EQ(resolve_region(data, full_name).code, code) << full_name;
    }
}

TEST(ResolveRegion, WhatAnAmbiguityErrorListsIsAcceptedBack) {
    expect_listed_names_accepted_back(testing::two_districts_named_chaoyang().build(), "朝阳区");
    expect_listed_names_accepted_back(two_districts_named_gulou(), "鼓楼区");
}

TEST(ResolveRegion, QualifiedNames) {
    const GraphData data = two_districts_named_gulou();
    for (const char* name : {"江苏省南京市鼓楼区", "南京市鼓楼区", "南京鼓楼区", "江苏南京鼓楼区", "南京 鼓楼区",
                             "江蘇省南京市鼓樓區", "南京市鼓楼"})
        EXPECT_EQ(resolve_region(data, name).code, "320106") << name;
    EXPECT_EQ(resolve_region(data, "福州市鼓楼区").code, "350102");
    EXPECT_EQ(resolve_region(data, "福建鼓楼区").code, "350102");
    // 徐州's 鼓楼区 has no report: 江苏省鼓楼区 is the imported one.
    EXPECT_EQ(resolve_region(data, "江苏省鼓楼区").code, "320106");
}

TEST(ResolveRegion, QualifiedNameOfADivisionWithoutReports) {
    EXPECT_EQ(error_of(two_districts_named_gulou(), "徐州市鼓楼区"),
              "region '徐州市鼓楼区': no imported report comes from it or a region within it:\n  320302 江苏省徐州市鼓楼区");
    EXPECT_EQ(error_of(two_districts_named_gulou(), "开封市鼓楼区"),
              "region '开封市鼓楼区': no imported report comes from it or a region within it:\n  410204 河南省开封市鼓楼区");
}

TEST(ResolveRegion, QualifiedNamesWithOtherWordsOrInconsistentPartsAreNoRegion) {
    const GraphData data = two_districts_named_gulou();
    // No region; the names they hold are suggested.
    EXPECT_EQ(error_of(data, "福州市南京市鼓楼区"), "region '福州市南京市鼓楼区': no such region; did you mean 南京市, 鼓楼区, 福州市?");
    EXPECT_EQ(error_of(data, "南京市的鼓楼区"), "region '南京市的鼓楼区': no such region; did you mean 南京市, 鼓楼区?");
}

// One report from 凉山彝族自治州西昌市, one from 本溪市.
GraphData xichang_and_benxi() {
    return testing::GraphBuilder()
        .region("510000", "四川省", RegionLevel::province)
        .region("513400", "凉山彝族自治州", RegionLevel::prefecture, "510000")
        .region("513401", "西昌市", RegionLevel::county, "513400")
        .region("210000", "辽宁省", RegionLevel::province)
        .region("210500", "本溪市", RegionLevel::prefecture, "210000")
        .report("xichang.txt", "513401", 2023)
        .report("benxi.txt", "210500", 2023)
        .build();
}

TEST(ResolveRegion, ShortForms) {
    const GraphData data = xichang_and_benxi();
    EXPECT_EQ(resolve_region(data, "凉山州").code, "513400");
    EXPECT_EQ(resolve_region(data, "凉山").code, "513400");
    EXPECT_EQ(resolve_region(data, "四川").code, "510000");
    EXPECT_EQ(resolve_region(data, "凉山州西昌市").code, "513401");
    EXPECT_EQ(resolve_region(data, "四川凉山西昌").code, "513401");
    EXPECT_EQ(resolve_region(data, "本溪").code, "210500");  // a stem of 本溪市 and of 本溪满族自治县
}

TEST(ResolveRegion, AShortFormOfADivisionWithoutReportsIsNotTakenForAStem) {
    // 本溪县 is 本溪满族自治县, not 本溪市 by the stem 本溪.
    EXPECT_EQ(error_of(xichang_and_benxi(), "本溪县"),
              "region '本溪县': no imported report comes from it or a region within it:\n  210521 辽宁省本溪市本溪满族自治县");
    EXPECT_EQ(error_of(xichang_and_benxi(), "广西"),
              "region '广西': no imported report comes from it or a region within it:\n  450000 广西壮族自治区");
}

}  // namespace
}  // namespace glossgraph
