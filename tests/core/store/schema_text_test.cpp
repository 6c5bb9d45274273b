#include "core/store/schema_text.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

TEST(SchemaText, ThreeQuotedValuesBecomeComparisons) {
    EXPECT_EQ(checks_as_comparisons("level TEXT CHECK (level IN ('a', 'b', 'c')),"),
              "level TEXT CHECK (level = 'a' OR level = 'b' OR level = 'c'),");
}

TEST(SchemaText, ListOverTwoLinesKeepsItsLineBreak) {
    EXPECT_EQ(checks_as_comparisons("CHECK (kind IN ('a', 'b',\n      'c'))"),
              "CHECK (kind = 'a' OR kind = 'b' OR\n      kind = 'c')");
}

TEST(SchemaText, EveryListOfAStatementIsRewritten) {
    EXPECT_EQ(checks_as_comparisons("a CHECK (a IN ('x', 'y', 'z')), b CHECK (b IN (1, 2, 3))"),
              "a CHECK (a = 'x' OR a = 'y' OR a = 'z'), b CHECK (b = 1 OR b = 2 OR b = 3)");
}

TEST(SchemaText, ValuesWithoutSpaceGetOne) {
    EXPECT_EQ(checks_as_comparisons("CHECK (a IN ('x','y','z'))"), "CHECK (a = 'x' OR a = 'y' OR a = 'z')");
}

TEST(SchemaText, TwoValuesAreLeftAsWritten) {
    EXPECT_EQ(checks_as_comparisons("CHECK (anchored IN (0, 1))"), "CHECK (anchored IN (0, 1))");
}

TEST(SchemaText, ListsOfAnythingButConstantsAreLeftAsWritten) {
    for (const char* sql : {"CHECK (a IN (b, c, d))", "CHECK (a IN ('x', 'y', 'it''s'))", "CHECK (a IN ('x', 'y', 1.5))",
                            "CHECK (a IN (SELECT x FROM t))", "CHECK (a IN ('x', , 'y'))"}) {
        EXPECT_EQ(checks_as_comparisons(sql), sql) << sql;
    }
}

TEST(SchemaText, EmptyTextIsAConstant) {
    EXPECT_EQ(checks_as_comparisons("CHECK (a IN ('x', 'y', ''))"), "CHECK (a = 'x' OR a = 'y' OR a = '')");
}

TEST(SchemaText, OtherChecksAndUnfinishedListsAreLeftAsWritten) {
    for (const char* sql : {"CHECK (length(code) = 6)", "CHECK (key <> '')", "CHECK (a IN ('x', 'y', 'z')",
                            "CHECK (a IN ('x', 'y', 'z'", "CHECK (", "CHECK (a IN (", "", "CHECK (a NOT IN ('x', 'y', 'z'))"}) {
        EXPECT_EQ(checks_as_comparisons(sql), sql) << sql;
    }
}

}  // namespace
}  // namespace glossgraph
