#include "importers/footnote_anchors.hpp"

#include "importers/text_importer.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace glossgraph {
namespace {

std::vector<int> numbers(const std::vector<FootnoteAnchor>& anchors) {
    std::vector<int> out;
    for (const auto& anchor : anchors) out.push_back(anchor.footnote);
    return out;
}

TEST(FootnoteAnchors, MarkersAfterTheWordsTheyExplain) {
    const std::string body = "锚定“四五五六”发展总思路(1),深入实施“四大战略”(2),推进03专项行动⑪。";
    const auto anchors = find_footnote_anchors(body, {1, 2, 11});
    EXPECT_EQ(numbers(anchors), (std::vector<int>{1, 2, 11}));
    EXPECT_EQ(body.substr(anchors[0].offset, anchors[0].marker.size()), "(1)");
    EXPECT_EQ(anchors[2].marker, "⑪");
}

TEST(FootnoteAnchors, ListNumbersAndUnknownFootnotesAreNotAnchors) {
    const std::string body = "(1)第一项工作\n包括:(2)第二项,增长(3.5%),村(社区),建设(3)。";
    EXPECT_TRUE(find_footnote_anchors(body, {1, 2}).empty());
    EXPECT_EQ(numbers(find_footnote_anchors(body, {3})), (std::vector<int>{3}));
}

TEST(FootnoteAnchors, EveryFootnoteOfSample000IsAnchored) {
    const std::string path = std::string(GLOSSGRAPH_SOURCE_DIR) + "/samples/000_5b54c714a6bec26a.txt";
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    CollectingDiagnostics diagnostics;
    const ParsedReport report = parse_text_report(bytes.str(), ImportContext{path, &Gazetteer::builtin(), &diagnostics});
    std::vector<int> expected;
    for (int n = 1; n <= 24; ++n) expected.push_back(n);
    EXPECT_EQ(numbers(report.meta.anchors), expected);
    for (const FootnoteAnchor& anchor : report.meta.anchors) {
        EXPECT_EQ(report.meta.body.substr(anchor.offset, anchor.marker.size()), anchor.marker);
    }
}

}  // namespace
}  // namespace glossgraph
