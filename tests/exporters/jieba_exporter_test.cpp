// The jieba dictionary: words as jieba can match them, both scripts, frequencies above the
// floor, sorted (jieba itself reads it in the ExportConsumers and cli tests).
#include "exporters/jieba_exporter.hpp"

#include "fixture_graph.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace glossgraph {
namespace {

std::string dictionary(const GraphData& data) {
    std::ostringstream out;
    JiebaExporter().write(data, ExportOptions{}, out);
    return out.str();
}

TEST(JiebaWord, KeepsWhatJiebaKeepsInOneToken) {
    EXPECT_EQ(jieba_word("“放管服”改革"), "放管服改革");
    EXPECT_EQ(jieba_word("5G+工业互联网"), "5G+工业互联网");
    EXPECT_EQ(jieba_word("R&D 投入（试行）"), "R&D投入试行");
    EXPECT_EQ(jieba_word("一带·一路"), "一带一路");
    EXPECT_EQ(jieba_word("５Ｇ"), "");  // full-width: jieba cuts there
    EXPECT_EQ(jieba_word("〇"), "");
}

TEST(ExportJieba, OneLinePerWordInBothScriptsSorted) {
    GraphData data;
    data.terms = {{"三线一单", "三线一单", {"三线一单"}},
                  {"四个最严", "四個最嚴", {"四個最嚴"}},
                  {"放管服改革", "“放管服”改革", {"“放管服”改革", "放管服改革"}},
                  {"x", "X", {"X"}}};
    data.mentions = {{"三线一单", "a.txt", 3, true, false, false}, {"三线一单", "b.txt", 2, true, false, false}};
    EXPECT_EQ(dictionary(data),
              "三线一单 20005 nz\n"
              "四个最严 20000 nz\n"
              "四個最嚴 20000 nz\n"
              "放管服改革 20000 nz\n");
}

TEST(ExportJieba, AWordOfTwoTermsKeepsTheLargerFrequency) {
    GraphData data;
    data.terms = {{"甲", "“三线一单”", {"“三线一单”"}}, {"乙", "三线一单", {"三线一单"}}};
    data.mentions = {{"乙", "a.txt", 7, true, false, false}};
    EXPECT_EQ(dictionary(data), "三线一单 20007 nz\n");
}

TEST(ExportJieba, FixtureHasEveryTermAboveTheFloor) {
    const std::string text = dictionary(fixtures::fixture_graph());
    EXPECT_NE(text.find("四个最严要求 20002 nz\n"), std::string::npos);
    EXPECT_NE(text.find("四個最嚴 20000 nz\n"), std::string::npos);
    EXPECT_NE(text.find("四个最严 20000 nz\n"), std::string::npos);
    EXPECT_EQ(text.find('\xE2'), std::string::npos);  // no quotation mark (U+201C, U+201D) left
}

}  // namespace
}  // namespace glossgraph
