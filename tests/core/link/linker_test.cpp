// The linker's own logic against an in-memory LinkStore: which reports are scanned for which
// terms, what a mention records, which relations are handed over, and that a failure ends the
// link with nothing kept. tests/integration/store_linking_test.cpp runs it on a real store.
#include "core/link/linker.hpp"

#include "core/errors.hpp"
#include "core/text/normalize.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

namespace glossgraph {
namespace {

// Terms and reports as a store would hand them over; the writes kept as they come, in order.
class FakeLinkStore final : public LinkStore {
public:
    struct Report {
        LinkReport report;
        bool linked = false;
    };

    long long add_term(const std::string& term, const std::vector<std::string>& definitions = {"释义。"}) {
        LinkTerm t;
        t.id = static_cast<long long>(terms.size()) + 1;
        t.key = term_key(term);
        t.definitions = definitions;
        for (std::size_t i = 0; i < definitions.size(); ++i) t.definition_entries.push_back(t.id * 100 + static_cast<long long>(i));
        terms.push_back(t);
        return t.id;
    }
    long long add_report(const std::string& file, const std::string& body, std::vector<FootnoteAnchor> anchors = {},
                         std::map<long long, std::vector<int>> footnotes = {}) {
        Report r;
        r.report.id = static_cast<long long>(reports.size()) + 1;
        r.report.file = file;
        r.report.body = body;
        r.report.anchors = std::move(anchors);
        r.report.footnotes_of_term = std::move(footnotes);
        reports.push_back(r);
        return r.report.id;
    }
    const MentionRecord* mention(long long report, long long term) const {
        const auto found = std::find_if(mentions.begin(), mentions.end(),
                                        [&](const MentionRecord& m) { return m.report_id == report && m.term_id == term; });
        return found == mentions.end() ? nullptr : &*found;
    }

    bool has_links_to_make(int rules_version) const override {
        return rules_version != linked_by || std::any_of(reports.begin(), reports.end(), [](const Report& r) { return !r.linked; }) ||
               std::any_of(terms.begin(), terms.end(), [](const LinkTerm& t) { return !t.scanned || !t.related; });
    }
    bool begin_linking(int rules_version) override {
        linked_by = rules_version;
        began = true;
        return rules_version != link_rules_version;
    }
    std::vector<LinkTerm> link_terms() const override { return terms; }
    void for_each_report(bool linked, const std::function<void(LinkReport&)>& visit) const override {
        for (const Report& r : reports) {
            if (r.linked != linked) continue;
            LinkReport copy = r.report;
            visit(copy);
        }
    }
    void replace_relations(const std::vector<long long>& changed_terms, const std::vector<RelationRecord>& records) override {
        replaced_for = changed_terms;
        relations = records;
    }
    void save_mentions(const std::vector<MentionRecord>& records) override {
        if (fail_on_save) throw store_error("database or disk is full", 13);
        mentions.insert(mentions.end(), records.begin(), records.end());
    }
    void commit_linking() override {
        committed = true;
        for (Report& r : reports) r.linked = true;
        for (LinkTerm& t : terms) t.scanned = t.related = true;
    }
    void abort_linking() override { aborted = true; }

    std::vector<LinkTerm> terms;
    std::vector<Report> reports;
    std::vector<MentionRecord> mentions;
    std::vector<RelationRecord> relations;
    std::vector<long long> replaced_for;
    int linked_by = 0;  // the rules of the last link
    bool began = false, committed = false, aborted = false, fail_on_save = false;
};

// A term of three characters or fewer counts where it stands as a word: not in 高标准地推进.
TEST(Linker, AShortTermCountsOnlyWhereItStandsAsAWord) {
    FakeLinkStore store;
    const long long term = store.add_term("标准地");
    const long long inside = store.add_report("a.txt", "高标准地推进农田建设。");
    const long long quoted = store.add_report("b.txt", "高标准地推进农田建设,推行“标准地”出让,标准地。");
    link(store);
    EXPECT_EQ(store.mention(inside, term), nullptr);
    const MentionRecord* found = store.mention(quoted, term);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->count, 2);
    EXPECT_EQ(found->quoted, 1);
    EXPECT_TRUE(store.committed);
}

TEST(Linker, AMentionKeepsTheOffsetsOfItsOccurrences) {
    FakeLinkStore store;
    const long long term = store.add_term("三线一单");
    const std::string body = "推进三线一单落地,实施三线一单。";
    const long long report = store.add_report("a.txt", body);
    link(store);
    const MentionRecord* found = store.mention(report, term);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->offsets, (std::vector<std::size_t>{body.find("三线一单"), body.rfind("三线一单")}));
    EXPECT_EQ(found->via, "三线一单");
    EXPECT_FALSE(found->via_variant);
}

// A marker after a mention anchors it only when the footnote it names defines that term here.
TEST(Linker, AMarkerAnchorsOnlyItsOwnTermsFootnote) {
    FakeLinkStore store;
    const long long own = store.add_term("三区三线");
    const long long other = store.add_term("三线一单");
    const std::string body = "划定“三区三线”(1),推进“三线一单”(2)。";
    const long long report = store.add_report("a.txt", body, {{1, body.find("(1)"), "(1)"}, {2, body.find("(2)"), "(2)"}},
                                              {{own, {1}}});
    link(store);
    ASSERT_NE(store.mention(report, own), nullptr);
    EXPECT_TRUE(store.mention(report, own)->anchored);
    ASSERT_NE(store.mention(report, other), nullptr);
    EXPECT_EQ(store.mention(report, other)->marked, 1);
    EXPECT_FALSE(store.mention(report, other)->anchored);  // footnote 2 defines no term here
}

// 放管服 stands for “放管服”改革: a mention through the variant form says so.
TEST(Linker, AVariantFormIsAMentionOfItsTerm) {
    FakeLinkStore store;
    const long long term = store.add_term("“放管服”改革");
    const long long report = store.add_report("user.txt", "推进“放管服”。");
    link(store);
    const MentionRecord* found = store.mention(report, term);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->via, "放管服");
    EXPECT_TRUE(found->via_variant);
}

// Only new work: reports linked before are scanned for new terms only, new reports for all.
TEST(Linker, LinkedReportsAreScannedForNewTermsOnly) {
    FakeLinkStore store;
    store.add_term("三线一单");
    store.add_report("old.txt", "推进三线一单和河长制。");
    link(store);
    const long long new_term = store.add_term("河长制");
    store.add_report("new.txt", "落实河长制。");
    store.mentions.clear();
    const LinkSummary second = link(store);
    EXPECT_EQ(second.new_terms, 1);
    EXPECT_EQ(second.reports_rescanned, 1);
    EXPECT_EQ(second.reports_scanned, 1);
    EXPECT_EQ(store.mentions.size(), 2u);  // 河长制 in both; 三线一单 not looked for again in old.txt
    EXPECT_TRUE(std::all_of(store.mentions.begin(), store.mentions.end(),
                            [&](const MentionRecord& m) { return m.term_id == new_term; }));
    const LinkSummary idle = link(store);
    EXPECT_EQ(idle.reports_scanned + idle.reports_rescanned + idle.mentions + idle.terms_related, 0);
}

// Relations are recomputed for the terms whose definitions changed, and handed over with them.
TEST(Linker, RelationsOfChangedTermsAreReplaced) {
    FakeLinkStore store;
    const long long two = store.add_term("两品一标", {"绿色食品、有机农产品。"});
    const long long other = store.add_term("二品一标", {"绿色食品、有机农产品。"});
    const LinkSummary summary = link(store);
    EXPECT_EQ(summary.terms_related, 2);
    EXPECT_EQ(store.replaced_for, (std::vector<long long>{two, other}));
    ASSERT_FALSE(store.relations.empty());
    EXPECT_TRUE(std::any_of(store.relations.begin(), store.relations.end(), [&](const RelationRecord& r) {
        return r.kind == RelationKind::variant_numeral && ((r.from_term == two && r.to_term == other) || (r.from_term == other && r.to_term == two));
    }));
}

TEST(Linker, AFailureAbortsTheLinkAndIsPassedOn) {
    FakeLinkStore store;
    store.add_term("三线一单");
    store.add_report("a.txt", "推进三线一单。");
    store.fail_on_save = true;
    EXPECT_THROW(link(store), store_error);
    EXPECT_TRUE(store.aborted);
    EXPECT_FALSE(store.committed);
}

TEST(Linker, OtherRulesAreReported) {
    FakeLinkStore store;
    store.add_term("三线一单");
    EXPECT_TRUE(link(store, link_rules_version - 1).relinked);
    EXPECT_FALSE(link(store).relinked);
}

// Nothing to link: the store is not written to at all (no transaction begun).
TEST(Linker, NothingToLinkBeginsNothing) {
    FakeLinkStore store;
    store.add_term("三线一单");
    store.add_report("a.txt", "推进三线一单。");
    link(store);
    store.began = store.committed = false;
    const LinkSummary idle = link(store);
    EXPECT_FALSE(store.began);
    EXPECT_FALSE(store.committed);
    EXPECT_EQ(idle.mentions + idle.reports_scanned + idle.terms_related, 0);
}

}  // namespace
}  // namespace glossgraph
