// The site's search index: each term's key and its texts as written, for search.js to match in
// key form and show as they are.
#include "exporters/site/search_index.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

TEST(SearchShards, KeepTheTextsAsWrittenOncePerKeyForm) {
    const std::vector<SearchEntry> entries = {
        {"ppp项目", "PPP项目", 3, {"政府和社会资本合作（PPP）模式", "“四个最严”要求", "“四個最嚴”要求", "四个最严要求"}}};
    const std::vector<std::string> shards = search_shards(entries, kSearchShardBytes);
    ASSERT_EQ(shards.size(), 1u);
    EXPECT_EQ(shards[0], "GG.add([\n[\"ppp项目\",\"PPP项目\",3,\"\",\"政府和社会资本合作（PPP）模式\",\"“四个最严”要求\"]]);\n");
}

TEST(SearchShards, StartANewShardPastMaxBytes) {
    const std::vector<SearchEntry> entries = {{"a", "a", 1, {std::string(40, 'x')}}, {"b", "b", 1, {std::string(40, 'y')}}};
    EXPECT_EQ(search_shards(entries, 60).size(), 2u);
    EXPECT_EQ(search_shards(entries, 1000).size(), 1u);
    EXPECT_TRUE(search_shards({}, 1000).empty());
}

}  // namespace
}  // namespace glossgraph
