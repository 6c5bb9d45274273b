// The region pages and the list of regions, as a reader of Chinese uses them.
#include "exporters/site/site_pages.hpp"

#include "tests/exporters/fixture_graph.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>

namespace glossgraph {
namespace {

TEST(RegionPage, NamesItsColumnsInChinese) {
    const GraphData data = fixtures::fixture_graph();
    const SiteContext context(data);
    const Region& luojiang = *std::find_if(data.regions.begin(), data.regions.end(), [](const Region& r) { return r.code == "510604"; });
    const std::string page = region_page(context, luojiang, RegionVocabulary{"510604", {}, {}}, {RegionNeighbour{"510600", true, {}}});
    EXPECT_NE(page.find("<th scope=\"col\">杰卡德系数</th>"), std::string::npos) << page;
    EXPECT_EQ(page.find("Jaccard"), std::string::npos);
}

// Clicking a province's name opens its list; its page is a link of its own beside the name.
TEST(RegionsPage, KeepsEachProvincesLinkOutOfItsName) {
    const std::string page = regions_page(SiteContext(fixtures::fixture_graph()));
    const std::regex summary("<summary>([^<]*)(.*?)</summary>");
    std::size_t provinces = 0;
    for (auto it = std::sregex_iterator(page.begin(), page.end(), summary); it != std::sregex_iterator(); ++it, ++provinces) {
        const std::string name = (*it)[1].str();
        EXPECT_TRUE(name.starts_with("山东省") || name.starts_with("湖北省") || name.starts_with("四川省")) << it->str();
        EXPECT_NE((*it)[2].str().find("<a href=\"region/"), std::string::npos) << it->str();
    }
    EXPECT_EQ(provinces, 3u);
}

}  // namespace
}  // namespace glossgraph
