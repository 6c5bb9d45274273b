// The sections of a term page: the lists of regions with their reports, the timeline's table,
// and the evidence of relations in Chinese.
#include "exporters/site/term_sections.hpp"

#include "core/graph/term_analysis.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

// The county i (1..11) of 四川省: 510601 县1 … 510611 县11.
std::string county_code(int i) { return std::to_string(510600 + i); }
std::string county_name(int i) { return std::string("县").append(std::to_string(i)); }

GraphReport report(std::string file, std::string region_code, int year) {
    GraphReport report;
    report.file = std::move(file);
    report.region_code = std::move(region_code);
    report.year = year;
    return report;
}

// 四川省 with eleven counties, so that lists of them collapse by province, and reports of no
// region. 三线一单 is defined twice by one report of 县1 and once by another of the same year.
GraphData eleven_counties() {
    GraphData data;
    data.regions.push_back({"510000", "四川省", RegionLevel::province, ""});
    for (int i = 1; i <= 11; ++i) data.regions.push_back({county_code(i), county_name(i), RegionLevel::county, "510000"});
    data.reports = {report("a_2021.txt", "", 2021), report("b_2019.txt", "", 2019), report("c_2020.txt", "", 2020),
                    report("x_2022.txt", "510601", 2022), report("y_2022.txt", "510601", 2022)};
    const std::string text = "生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。";
    data.definitions = {{1, "三线一单", "x_2022.txt", "三线一单", text, std::nullopt},
                        {2, "三线一单", "x_2022.txt", "三线一单", text, std::nullopt},
                        {3, "三线一单", "y_2022.txt", "三线一单", text, std::nullopt}};
    data.terms = {{"三线一单", "三线一单", {"三线一单"}}};
    return data;
}

// Mentions in data order, as analyse_term gives them: the audit's page showed the reports without
// a region as one line "（地区不明） 2019 2021 2019 2020 2022".
std::vector<TermUse> mentions() {
    std::vector<TermUse> uses = {{"a_2021.txt", 2021, "", ""}, {"b_2019.txt", 2019, "", ""}, {"c_2020.txt", 2020, "", ""}};
    for (int i = 1; i <= 11; ++i) {
        for (const int year : {2023, 2021, 2023, 2022})
            uses.push_back({county_code(i) + "_" + std::to_string(year) + ".txt", year, county_code(i), county_name(i)});
    }
    uses.push_back({"undated.txt", std::nullopt, "510601", "县1"});
    return uses;
}

std::string mentions_html(const GraphData& data) {
    const SiteContext context(data);
    std::string html;
    write_mentions(context, mentions(), "../", html);
    return html;
}

TEST(TermMentions, ListEachRegionsYearsSortedAndOnce) {
    const std::string html = mentions_html(eleven_counties());
    EXPECT_NE(html.find("<li><a href=\"../region/510601.html\">县1</a> 年份不明 2021 2022 2023</li>"), std::string::npos) << html;
    EXPECT_NE(html.find("<li><a href=\"../region/510611.html\">县11</a> 2021 2022 2023</li>"), std::string::npos) << html;
}

TEST(TermMentions, ListEachReportWithoutARegionLinkedAfterTheProvinces) {
    const std::string html = mentions_html(eleven_counties());
    const std::size_t unplaced = html.find("<details><summary>地区不明 · 3 份报告</summary>");
    ASSERT_NE(unplaced, std::string::npos) << html;
    EXPECT_LT(html.find("<summary>四川省 · 11 个地区</summary>"), unplaced);
    const std::size_t b = html.find("<li>（地区不明） <a href=\"../report/b_2019.txt.html\">b_2019.txt</a> 2019</li>");
    const std::size_t a = html.find("<li>（地区不明） <a href=\"../report/a_2021.txt.html\">a_2021.txt</a> 2021</li>");
    ASSERT_NE(a, std::string::npos) << html;
    ASSERT_NE(b, std::string::npos) << html;
    EXPECT_LT(a, b);  // by file
}

TEST(TermMembers, LinkEachReportOnceByYear) {
    const GraphData data = eleven_counties();
    const SiteContext context(data);
    const TermAnalysis analysis = analyse_term(data, "三线一单");
    ASSERT_EQ(analysis.diff.readings.size(), 1u);
    std::string html;
    write_members(context, analysis.diff.readings[0].members, "../", html);
    EXPECT_EQ(html, "<ul class=\"places\">\n<li><a href=\"../region/510601.html\">县1</a> "
                    "<a href=\"../report/x_2022.txt.html\">2022</a> <a href=\"../report/y_2022.txt.html\">2022</a></li>\n</ul>\n");
}

// The audit's 2022 row read 824 regions defining 2022年十件民生实事, its definitions that year.
TEST(TermTimelineTable, CountsTheRegionsDefiningItNotTheDefinitions) {
    const GraphData data = eleven_counties();
    const TermAnalysis analysis = analyse_term(data, "三线一单");
    std::string html;
    write_timeline(data.terms[0], analysis, "../", html);
    EXPECT_NE(html.find("<tr><th scope=\"row\">2022</th><td>1</td><td>1</td><td>1</td><td>1</td><td>0</td></tr>"),
              std::string::npos) << html;
}

TEST(RuleText, SaysTheEvidenceOfEachRelationInChinese) {
    EXPECT_EQ(rule_text("suffix 改革"), "后缀“改革”");
    EXPECT_EQ(rule_text("numeral 两=二"), "数字 两=二");
    EXPECT_EQ(rule_text("count 两≠三"), "数目 两≠三");
    EXPECT_EQ(rule_text("names 一张网"), "释义提到“一张网”");
    EXPECT_EQ(rule_text("names 专精特新, stem of 专精特新企业"), "释义提到“专精特新”（“专精特新企业”的词干）");
    EXPECT_EQ(rule_text("footnote 1 of 000_5b54c714a6bec26a.txt"), "000_5b54c714a6bec26a.txt 的脚注 1");
    EXPECT_EQ(rule_text("即“千村示范、万村整治”工程"), "即“千村示范、万村整治”工程");
    EXPECT_EQ(rule_text("suffix "), "suffix ");
}

}  // namespace
}  // namespace glossgraph
