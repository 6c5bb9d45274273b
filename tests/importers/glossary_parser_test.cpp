#include "importers/glossary_parser.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

const std::string closing = "各位代表！让我们团结奋斗，再创佳绩！\n";

struct Parsed {
    GlossarySection section;
    CollectingDiagnostics diagnostics;
};

Parsed parse(const std::string& text) {
    Parsed parsed;
    parsed.section = parse_glossary(split_clean_lines(text), "t.txt", parsed.diagnostics);
    return parsed;
}

std::vector<std::string> terms(const GlossarySection& section) {
    std::vector<std::string> out;
    for (const auto& entry : section.entries) out.push_back(entry.term);
    return out;
}

TEST(GlossaryParser, AsciiParenNumbers) {
    const Parsed p = parse(closing + "名词解释\n(1)两品一标:绿色食品和农产品地理标志。\n(2)三变改革:资源变资产。\n");
    ASSERT_EQ(p.section.entries.size(), 2u);
    EXPECT_EQ(p.section.entries[0].marker, "(1)");
    EXPECT_EQ(p.section.entries[1].footnote, 2);
    EXPECT_EQ(p.section.entries[1].definition, "资源变资产。");
    EXPECT_EQ(p.section.heading, "名词解释");
}

TEST(GlossaryParser, FullWidthParenNumbersAndColon) {
    const Parsed p = parse("名词解释\n（1）两品一标：绿色食品。\n（ 2 ）三变改革：资源变资产。\n");
    EXPECT_EQ(terms(p.section), (std::vector<std::string>{"两品一标", "三变改革"}));
    EXPECT_EQ(p.section.entries[1].marker, "（ 2 ）");
}

TEST(GlossaryParser, DotAndIdeographicCommaNumbers) {
    const Parsed dots = parse("注释\n1.三新一高:新发展阶段。\n2．四减一优化：减环节。\n");
    EXPECT_EQ(terms(dots.section), (std::vector<std::string>{"三新一高", "四减一优化"}));
    const Parsed commas = parse("注释\n1、三新一高：新发展阶段。\n2、四减一优化：减环节。\n");
    EXPECT_EQ(commas.section.entries[1].marker, "2、");
}

TEST(GlossaryParser, CircledAndBracketNumbers) {
    const Parsed circled = parse("名词解释\n①三线一单：生态保护红线。\n②五社联动：社区、社工联动。\n");
    EXPECT_EQ(circled.section.entries[1].footnote, 2);
    EXPECT_EQ(circled.section.entries[1].marker, "②");
    const Parsed brackets = parse("名词解释\n[1]三线一单：生态保护红线。\n【2】五社联动：社区联动。\n");
    EXPECT_EQ(terms(brackets.section), (std::vector<std::string>{"三线一单", "五社联动"}));
}

TEST(GlossaryParser, UnnumberedTermDefinitionLines) {
    const Parsed p = parse("名 詞 解 釋\n三品一標:是指無公害農產品。\n四個最嚴:最嚴謹的標準。\n");
    ASSERT_EQ(p.section.entries.size(), 2u);
    EXPECT_FALSE(p.section.entries[0].marker.has_value());
    EXPECT_FALSE(p.section.entries[0].footnote.has_value());
    EXPECT_EQ(p.section.entries[1].key, "四个最严");
    EXPECT_EQ(p.section.heading, "名 詞 解 釋");
}

TEST(GlossaryParser, HeadingForms) {
    for (const char* heading : {"名词解释", "名 詞 解 釋", "注释", "注 释", "附件：名词解释", "附件1 名词解释", "【名词解释】", "名词解释：", "本报告名词解释"}) {
        EXPECT_TRUE(glossary_heading(heading).has_value()) << heading;
    }
    for (const char* line : {"名词解释是一种文体", "注意安全", "各位代表"}) {
        EXPECT_FALSE(glossary_heading(line).has_value()) << line;
    }
}

TEST(GlossaryParser, ContinuationLinesJoinTheDefinition) {
    const Parsed p = parse("名词解释\n(1)千万工程：即“千村示范、万村整治”工程。\n时任浙江省委书记亲自部署。\n(2)三书模式：出具三书。\n");
    ASSERT_EQ(p.section.entries.size(), 2u);
    EXPECT_EQ(p.section.entries[0].definition, "即“千村示范、万村整治”工程。时任浙江省委书记亲自部署。");
}

TEST(GlossaryParser, SubTermsNamedByTheHeadAreNarrowerOthersSiblings) {
    const Parsed p = parse("名词解释\n(1)“四五五六”发展总思路:锚定“四大目标”,实施“五大战略”。\n"
                           "四大目标:经济总量重返前三。\n五大战略:同城融圈战略。\n"
                           "(2)“聚合型”教育集团:一所龙头学校组成集团。\n“联盟型”教育集团:不同学段组建。\n");
    const auto& e = p.section.entries;
    ASSERT_EQ(e.size(), 5u);
    EXPECT_EQ(e[1].footnote, 1);
    EXPECT_FALSE(e[1].marker.has_value());
    EXPECT_EQ(e[1].parent_seq, 0);
    EXPECT_EQ(e[2].parent_seq, 0);
    EXPECT_EQ(e[4].footnote, 2);
    EXPECT_FALSE(e[4].parent_seq.has_value());
}

TEST(GlossaryParser, HeadlessNumberedListAfterClosingParagraph) {
    const Parsed p = parse("正文说明：这是正文。\n" + closing + "1.七大项目指挥部:何店指挥部。\n2.二品一标:绿色食品。\n");
    ASSERT_TRUE(p.section.found);
    EXPECT_TRUE(p.section.heading.empty());
    EXPECT_EQ(terms(p.section), (std::vector<std::string>{"七大项目指挥部", "二品一标"}));
}

TEST(GlossaryParser, NoGlossaryIsNotAnError) {
    const Parsed p = parse("一、工作回顾\n1.经济：稳中向好。\n" + closing);
    EXPECT_FALSE(p.section.found);
    EXPECT_TRUE(p.diagnostics.items.empty());
}

TEST(GlossaryParser, NumberThatLooksLikeADecimalFollowsTheSequence) {
    const Parsed p = parse("注释\n10.互联网+:即云计算。\n11.03专项行动:指宽带无线通信专项。\n");
    ASSERT_EQ(p.section.entries.size(), 2u);
    EXPECT_EQ(p.section.entries[1].term, "03专项行动");
    EXPECT_EQ(p.section.entries[1].footnote, 11);
}

TEST(GlossaryParser, OutOfSequenceNumberInsideADefinitionIsContinuation) {
    const Parsed p = parse("注释\n1.十件实事:启动建设;\n3.5万亩农田改造。\n2.三水共治:水资源保护。\n");
    ASSERT_EQ(p.section.entries.size(), 2u);
    EXPECT_EQ(p.section.entries[0].definition, "启动建设;3.5万亩农田改造。");
}

TEST(GlossaryParser, ConnectiveBeforeAColonIsNotATerm) {
    const Parsed p = parse("名词解释\n(1)七防工程:七个方面,\n其中:人防、物防。\n");
    ASSERT_EQ(p.section.entries.size(), 1u);
    EXPECT_EQ(p.section.entries[0].definition, "七个方面,其中:人防、物防。");
}

TEST(GlossaryParser, FootnoteWithoutTermIsSkippedWithAWarning) {
    const Parsed p = parse("名词解释\n(1)没有冒号的一句话。\n(2)三变改革:资源变资产。\n");
    ASSERT_EQ(p.section.entries.size(), 1u);
    EXPECT_EQ(p.section.entries[0].footnote, 2);
    ASSERT_EQ(p.diagnostics.items.size(), 1u);
    EXPECT_EQ(p.diagnostics.items[0].severity, Severity::warning);
    EXPECT_EQ(p.diagnostics.items[0].location.line, 2);
    EXPECT_NE(p.diagnostics.items[0].message.find("(1)"), std::string::npos);
}

TEST(GlossaryParser, HeadingWithoutEntriesWarns) {
    const Parsed p = parse("正文。\n名词解释\n");
    EXPECT_TRUE(p.section.found);
    EXPECT_TRUE(p.section.entries.empty());
    ASSERT_EQ(p.diagnostics.items.size(), 1u);
    EXPECT_NE(p.diagnostics.items[0].message.find("has no entries"), std::string::npos);
}

TEST(GlossaryParser, SplitTermRejectsSentencesAndOverlongTerms) {
    EXPECT_FALSE(split_term("我们认为。这是:一句话").has_value());
    EXPECT_FALSE(split_term(std::string(65 * 3, 'x') + ":定义").has_value());
    EXPECT_FALSE(split_term("9:00-18:00").has_value());
    const auto split = split_term(" “放管服”改革 ： “放”即简政放权 ");
    ASSERT_TRUE(split.has_value());
    EXPECT_EQ(split->term, "“放管服”改革");
    EXPECT_EQ(split->definition, "“放”即简政放权");
}

TEST(GlossaryParser, ReadMarkerForms) {
    EXPECT_EQ(read_marker("(12)x")->number, 12);
    EXPECT_EQ(read_marker("（３）x")->number, 3);
    EXPECT_EQ(read_marker("⑫x")->number, 12);
    EXPECT_EQ(read_marker("⑴x")->number, 1);
    EXPECT_EQ(read_marker("7.  2022年十件民生实事")->length, std::string_view("7.  ").size());
    EXPECT_FALSE(read_marker("2020年10月30日").has_value());
    EXPECT_FALSE(read_marker("(试行)").has_value());
}

}  // namespace
}  // namespace glossgraph
