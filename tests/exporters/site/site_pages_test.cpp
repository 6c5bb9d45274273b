// The region pages, as a reader of Chinese uses them.
#include "exporters/site/site_pages.hpp"

#include "tests/exporters/fixture_graph.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace glossgraph {
namespace {

TEST(RegionPage, NamesItsColumnsInChinese) {
    const GraphData data = fixtures::fixture_graph();
    const SiteContext context(data);
    const GraphRegion& luojiang = *std::find_if(data.regions.begin(), data.regions.end(), [](const GraphRegion& r) { return r.code == "510604"; });
    const std::string page = region_page(context, luojiang, RegionVocabulary{"510604", {}, {}}, {RegionNeighbour{"510600", true, {}}});
    EXPECT_NE(page.find("<th scope=\"col\">杰卡德系数</th>"), std::string::npos) << page;
    EXPECT_EQ(page.find("Jaccard"), std::string::npos);
}

}  // namespace
}  // namespace glossgraph
