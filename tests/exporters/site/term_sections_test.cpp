// The sections of a term page: the timeline's table.
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

// The audit's 2022 row read 824 regions defining 2022年十件民生实事, its definitions that year.
TEST(TermTimelineTable, CountsTheRegionsDefiningItNotTheDefinitions) {
    const GraphData data = eleven_counties();
    const TermAnalysis analysis = analyse_term(data, "三线一单");
    std::string html;
    write_timeline(data.terms[0], analysis, "../", html);
    EXPECT_NE(html.find("<tr><th scope=\"row\">2022</th><td>1</td><td>1</td><td>1</td><td>1</td><td>0</td></tr>"),
              std::string::npos) << html;
}

}  // namespace
}  // namespace glossgraph
