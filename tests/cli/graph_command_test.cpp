#include "cli/graph_command.hpp"

#include "core/errors.hpp"
#include "tests/core/graph/graph_builder.hpp"

#include <gtest/gtest.h>

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

TEST(ResolveRegion, AnotherDivisionsOfficialNameIsNotTakenForAStem) {
    // 朝阳市 is a prefecture of 辽宁, not 北京's 朝阳区 by the stem 朝阳.
    EXPECT_EQ(error_of(beijing_chaoyang(), "朝阳市"),
              "region '朝阳市': no imported report comes from it or a region within it:\n  211300 辽宁省朝阳市");
}

TEST(ResolveRegion, NamesWhatTheGazetteerKnowsWithoutReports) {
    const GraphData data = beijing_chaoyang();
    EXPECT_EQ(error_of(data, "5106"), "region '5106': no imported report comes from it or a region within it:\n  510600 四川省德阳市");
    EXPECT_EQ(error_of(data, "1101"), "region '1101': no such region (a GB/T 2260 code or a name)");  // 市辖区
    EXPECT_EQ(error_of(data, "桃花源县"), "region '桃花源县': no such region (a GB/T 2260 code or a name)");
}

TEST(ResolveRegion, SeveralImportedRegionsOfOneNameAreListed) {
    EXPECT_EQ(error_of(testing::two_districts_named_chaoyang().build(), "朝阳区"),
              "region '朝阳区' is ambiguous; name one by its code:\n  110105 北京市朝阳区\n  220104 吉林省长春市朝阳区");
}

}  // namespace
}  // namespace glossgraph
