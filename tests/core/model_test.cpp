// The model's names: each level's text and back.
#include "core/model.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

TEST(Model, ALevelIsReadBackFromItsName) {
    for (const RegionLevel level : {RegionLevel::province, RegionLevel::prefecture, RegionLevel::county})
        EXPECT_EQ(parse_region_level(to_string(level)), level);
    EXPECT_EQ(parse_region_level("Province"), std::nullopt);
    EXPECT_EQ(parse_region_level("县"), std::nullopt);
    EXPECT_EQ(parse_region_level(""), std::nullopt);
}

}  // namespace
}  // namespace glossgraph
