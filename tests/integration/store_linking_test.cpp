// The linker on a real store (in memory): mentions and relations as the store keeps and
// answers them, incremental links, and links by other rules made again.
#include "core/link/linker.hpp"
#include "core/store/link_tables.hpp"
#include "core/store/queries.hpp"
#include "core/store/report_writer.hpp"
#include "core/store/store.hpp"
#include "tests/core/store/store_test_support.hpp"

#include "core/text/normalize.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

GlossaryEntry entry(int seq, const std::string& term, const std::string& definition, std::optional<int> footnote = {}) {
    GlossaryEntry e;
    e.seq = seq;
    e.term = term;
    e.key = term_key(term);
    e.definition = definition;
    e.footnote = footnote;
    e.line = seq + 1;
    return e;
}

void add_report(Store& store, const std::string& file, const std::string& body, const std::vector<GlossaryEntry>& entries,
                const std::vector<FootnoteAnchor>& anchors = {}) {
    ReportMeta meta = store_test::make_meta(file, "hash-" + file);
    meta.body = body;
    meta.anchors = anchors;
    store.writer().on_report(meta);
    for (const GlossaryEntry& e : entries) store.writer().on_entry(e);
    store.writer().end_report();
}

const MentionRow* find_mention(const std::vector<MentionRow>& rows, const std::string& report) {
    for (const MentionRow& row : rows) {
        if (row.report == report) return &row;
    }
    return nullptr;
}

// The fixture of the short-term rule: a glossary defining 标准地, a body saying
// 高标准地推进 (not a mention: 标准地 is inside a word) and “标准地” (a mention: quoted).
TEST(StoreLinking, ShortTermCountsOnlyWhereItStandsAsAWord) {
    Store store(":memory:");
    add_report(store, "a.txt", "高标准地推进农田建设。", {entry(0, "标准地", "明确控制性指标的工业用地。")});
    add_report(store, "b.txt", "高标准地推进农田建设,推行“标准地”出让,标准地。", {});
    link(store.link_tables());
    const auto rows = store.queries().mentions({std::nullopt, "标准地", {}});
    EXPECT_EQ(find_mention(rows, "a.txt"), nullptr);
    const MentionRow* b = find_mention(rows, "b.txt");
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->count, 2);  // “标准地” and the bare one before 。, not 高标准地推进
    EXPECT_EQ(b->quoted, 1);
}

TEST(StoreLinking, LongTermsCountEverywhere) {
    Store store(":memory:");
    const std::string body = "推进三线一单落地,实施三线一单。";
    add_report(store, "a.txt", body, {entry(0, "三线一单", "生态保护红线。")});
    link(store.link_tables());
    const auto rows = store.queries().mentions({std::nullopt, "三线一单", {}});
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].count, 2);
    EXPECT_TRUE(rows[0].defines);
    EXPECT_EQ(rows[0].offsets, (std::vector<std::size_t>{body.find("三线一单"), body.rfind("三线一单")}));
}

TEST(StoreLinking, MarkerAfterAMentionAnchorsItsFootnote) {
    Store store(":memory:");
    const std::string body = "锚定“四五五六”发展总思路(1),推进“三线一单”(2)。";
    const std::size_t one = body.find("(1)");
    const std::size_t two = body.find("(2)");
    add_report(store, "a.txt", body,
               {entry(0, "“四五五六”发展总思路", "锚定四大目标。", 1), entry(1, "三区三线", "城镇空间。", 2)},
               {{1, one, "(1)"}, {2, two, "(2)"}});
    add_report(store, "b.txt", "x", {entry(0, "三线一单", "生态保护红线。", 1)});
    link(store.link_tables());
    const auto first = store.queries().mentions({std::string("a.txt"), term_key("“四五五六”发展总思路"), {}});
    ASSERT_EQ(first.size(), 1u);
    EXPECT_TRUE(first[0].anchored);
    EXPECT_EQ(first[0].marked, 1);
    const auto other = store.queries().mentions({std::string("a.txt"), std::string("三线一单"), {}});
    ASSERT_EQ(other.size(), 1u);
    EXPECT_EQ(other[0].marked, 1);
    EXPECT_FALSE(other[0].anchored);  // footnote 2 of a.txt explains 三区三线, not 三线一单
}

TEST(StoreLinking, LaterReportsLinkToEarlierTermsAndTheOtherWayRound) {
    Store store(":memory:");
    add_report(store, "early.txt", "深化“放管服”改革。", {});
    EXPECT_EQ(link(store.link_tables()).reports_scanned, 0);  // no term known yet
    add_report(store, "definer.txt", "x", {entry(0, "“放管服”改革", "简政放权。")});
    const LinkSummary second = link(store.link_tables());
    EXPECT_EQ(second.new_terms, 1);
    EXPECT_EQ(second.reports_rescanned, 1);  // early.txt, for the new term only
    EXPECT_EQ(second.reports_scanned, 1);    // definer.txt, for every term
    add_report(store, "late.txt", "继续深化放管服改革。", {});
    const LinkSummary third = link(store.link_tables());
    EXPECT_EQ(third.new_terms, 0);
    EXPECT_EQ(third.reports_rescanned, 0);
    EXPECT_EQ(third.reports_scanned, 1);
    const auto rows = store.queries().mentions({std::nullopt, "放管服改革", {}});
    EXPECT_NE(find_mention(rows, "early.txt"), nullptr);
    EXPECT_NE(find_mention(rows, "late.txt"), nullptr);
    const LinkSummary idle = link(store.link_tables());
    EXPECT_EQ(idle.reports_scanned + idle.reports_rescanned + idle.mentions + idle.relations, 0);
}

TEST(StoreLinking, VariantFormsCountAsMentionsOfTheTerm) {
    Store store(":memory:");
    add_report(store, "definer.txt", "x", {entry(0, "“放管服”改革", "简政放权。")});
    add_report(store, "user.txt", "推进“放管服”。", {});
    link(store.link_tables());
    const auto rows = store.queries().mentions({std::string("user.txt"), std::string("放管服改革"), {}});
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].via, "放管服");
}

TEST(StoreLinking, ReplacingAReportRecomputesItsLinks) {
    Store store(":memory:");
    add_report(store, "a.txt", "推进两品一标。", {entry(0, "两品一标", "绿色食品。")});
    add_report(store, "b.txt", "x", {entry(0, "二品一标", "绿色食品。")});
    link(store.link_tables());
    EXPECT_FALSE(store.queries().related_terms("两品一标").empty());
    add_report(store, "b.txt", "y", {entry(0, "三区三线", "城镇空间。")});  // b.txt changed: 二品一标 is gone
    link(store.link_tables());
    EXPECT_TRUE(store.queries().related_terms("两品一标").empty());
    EXPECT_EQ(store.queries().mentions({std::nullopt, "二品一标", {}}).size(), 0u);
}

// A database linked by other rules (an older glossgraph) is linked again as a whole by the
// next link, and ends as a fresh link leaves it; a second link with the same rules does nothing.
TEST(StoreLinking, OtherRulesLinkEverythingAgain) {
    Store store(":memory:");
    add_report(store, "a.txt", "推进两品一标。", {entry(0, "两品一标", "绿色食品。")});
    add_report(store, "b.txt", "落实二品一标和三区三线。", {entry(0, "二品一标", "绿色食品。"), entry(1, "三区三线", "城镇空间。")});
    const LinkSummary first = link(store.link_tables(), link_rules_version - 1);
    EXPECT_FALSE(first.relinked) << "nothing was linked before";
    const auto mentions = store.queries().mentions({});
    const auto related = store.queries().related_terms("两品一标");
    ASSERT_FALSE(mentions.empty());
    ASSERT_FALSE(related.empty());

    const LinkSummary same = link(store.link_tables(), link_rules_version - 1);
    EXPECT_FALSE(same.relinked);
    EXPECT_EQ(same.reports_scanned + same.reports_rescanned + same.terms_related, 0);

    const LinkSummary newer = link(store.link_tables());
    EXPECT_TRUE(newer.relinked);
    EXPECT_EQ(newer.reports_scanned, 2);
    EXPECT_EQ(newer.terms_related, 3);
    EXPECT_EQ(newer.mentions, first.mentions);
    EXPECT_EQ(store.queries().mentions({}).size(), mentions.size());
    EXPECT_EQ(store.queries().related_terms("两品一标").size(), related.size());
    EXPECT_FALSE(link(store.link_tables()).relinked);
}

}  // namespace
}  // namespace glossgraph
