// Header layouts of real pages, one small report each (tests/importers/fixtures/header, each
// named after what it holds), read through the text importer.
#include "importers/text_importer.hpp"
#include "tests/importers/whole_file.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

struct Read {
    ReportMeta meta;
    CollectingDiagnostics diagnostics;
    std::string code() const { return meta.region ? meta.region->code : std::string("none"); }
};

Read read_fixture(const std::string& name) {
    Read read;
    const std::string path = std::string(GLOSSGRAPH_FIXTURES) + "/header/" + name;
    read.meta = parse_text_report(testing::slurp(path), ImportContext{path, &Gazetteer::builtin(), &read.diagnostics}).meta;
    return read;
}

TEST(HeaderLayouts, DeliveryDateInChineseNumerals) {
    const Read r = read_fixture("date_in_chinese_numerals.txt");
    EXPECT_EQ(r.meta.delivered_on, "2024-02-03");
    EXPECT_EQ(r.meta.year, 2024);
    EXPECT_EQ(r.code(), "511500");
}

TEST(HeaderLayouts, PublicationStampWithATimeIsNotTheDeliveryDate) {
    const Read r = read_fixture("stamp_with_time_before_session_line.txt");
    EXPECT_EQ(r.meta.delivered_on, "2025-01-14");
    EXPECT_EQ(r.meta.speaker, "何礼");
}

TEST(HeaderLayouts, BreadcrumbIsNotTheTitle) {
    const Read r = read_fixture("breadcrumb_before_title.txt");
    EXPECT_EQ(r.meta.year, 2021);
    EXPECT_EQ(r.meta.written_title, "2021年泸州市政府工作报告");
    EXPECT_EQ(r.code(), "510500");
}

TEST(HeaderLayouts, SpeakerNameAloneAndLetterSpaced) {
    const Read r = read_fixture("speaker_name_alone_letter_spaced.txt");
    EXPECT_EQ(r.meta.speaker, "王建国");
}

TEST(HeaderLayouts, SpeakerNameAloneAfterAStamp) {
    const Read r = read_fixture("speaker_name_alone_after_stamp.txt");
    EXPECT_EQ(r.meta.speaker, "毛伟明");
    EXPECT_EQ(r.meta.delivered_on, "2026-02-03");
}

TEST(HeaderLayouts, DocumentStampAboveTheSessionLineNamesTheRegion) {
    const Read r = read_fixture("document_stamp_above_session_line.txt");
    EXPECT_EQ(r.code(), "510700");
    EXPECT_EQ(r.meta.delivered_on, "2024-01-16");
    EXPECT_EQ(r.meta.year, 2024);
}

TEST(HeaderLayouts, PlaceBeforeTheYearInTheTitle) {
    const Read r = read_fixture("place_before_year_in_title.txt");
    EXPECT_EQ(r.meta.year, 2019);
    EXPECT_EQ(r.code(), "360100");
    EXPECT_EQ(r.meta.title, "2019年南昌市政府工作报告");
}

TEST(HeaderLayouts, QualifiedCountyName) {
    const Read r = read_fixture("qualified_county_name.txt");
    EXPECT_EQ(r.code(), "320106");
    EXPECT_EQ(r.meta.title, "2022年江苏省南京市鼓楼区政府工作报告");
}

TEST(HeaderLayouts, ShortNameOfAnAutonomousPrefecture) {
    EXPECT_EQ(read_fixture("short_names_autonomous_prefecture.txt").code(), "513401");
}

TEST(HeaderLayouts, ShortNameOfAProvince) {
    const Read r = read_fixture("short_name_province_in_title.txt");
    EXPECT_EQ(r.code(), "450000");
    EXPECT_EQ(r.meta.speaker, "蓝天立");
}

TEST(HeaderLayouts, NewsIntroNamesTheSpeakerBeforeWhatTheyDid) {
    const Read r = read_fixture("news_intro_names_speaker.txt");
    EXPECT_EQ(r.meta.speaker, "于广威");
    EXPECT_EQ(r.code(), "371322");
}

TEST(HeaderLayouts, ADateInProseIsNotTheDeliveryDate) {
    const Read r = read_fixture("date_in_prose_is_not_the_delivery_date.txt");
    EXPECT_FALSE(r.meta.delivered_on.has_value());
    EXPECT_FALSE(r.meta.year.has_value());
    EXPECT_EQ(r.code(), "370300");
}

}  // namespace
}  // namespace glossgraph
