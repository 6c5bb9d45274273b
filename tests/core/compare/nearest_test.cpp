// "Did you mean": the nearest candidates to what was typed.
#include "core/compare/nearest.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

using Strings = std::vector<std::string>;

TEST(Nearest, OneCharacterOffFindsTheTerm) {
    EXPECT_EQ(nearest("三线一箪", {"三区三线", "三线一单", "河长制"}), (Strings{"三线一单"}));
}

TEST(Nearest, ClosestFirstAndAtMostTheNumberAsked) {
    const Strings candidates{"timeline", "terms", "show", "time"};
    EXPECT_EQ(nearest("timelime", candidates), (Strings{"timeline", "time"}));  // time: held in it
    EXPECT_EQ(nearest("shw", candidates), (Strings{"show"}));
    EXPECT_EQ(nearest("terns", {"term", "terms", "tern"}, 1), (Strings{"terms"}));  // term is 2 edits away
}

TEST(Nearest, ATermContainingTheQueryOrContainedInIt) {
    EXPECT_EQ(nearest("放管服", {"放管服改革", "放心消费"}), (Strings{"放管服改革"}));
    EXPECT_EQ(nearest("河长制工作机制", {"河长制", "林长制"}), (Strings{"河长制"}));
}

TEST(Nearest, NothingCloseNothingSuggestedAndNeverTheQueryItself) {
    EXPECT_TRUE(nearest("乡村振兴", {"三线一单", "河长制"}).empty());
    EXPECT_TRUE(nearest("河长制", {"河长制"}).empty());
    EXPECT_TRUE(nearest("", {"河长制"}).empty());
}

}  // namespace
}  // namespace glossgraph
