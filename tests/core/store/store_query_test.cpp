// The store's queries: ordering, filters, term forms and counts, find_term.
#include "core/store/store.hpp"

#include "core/errors.hpp"
#include "core/store/graph_reader.hpp"
#include "core/store/link_tables.hpp"
#include "core/store/queries.hpp"
#include "core/store/report_writer.hpp"
#include "core/text/normalize.hpp"
#include "tests/core/store/store_test_support.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

using store_test::files;
using store_test::import;
using store_test::keyed_entry;
using store_test::make_entry;
using store_test::make_meta;
using store_test::Strings;
using store_test::term_keys;
using store_test::written_terms;

class StoreQuery : public ::testing::Test {
protected:
    Store store{":memory:"};
};

TEST_F(StoreQuery, ReportsAreSortedByFileName) {
    import(store.writer(), make_meta("b.txt", "h2"), {});
    import(store.writer(), make_meta("a.txt", "h1"), {});
    import(store.writer(), make_meta("B.txt", "h3"), {});
    EXPECT_EQ(files(store.queries().reports()), (Strings{"B.txt", "a.txt", "b.txt"}));
}

TEST_F(StoreQuery, EntriesFilterByReportAndKey) {
    import(store.writer(), make_meta("b.txt", "h2"), {make_entry(0, "shared"), make_entry(1, "y")});
    import(store.writer(), make_meta("a.txt", "h1"), {make_entry(0, "x"), make_entry(1, "shared")});
    EXPECT_EQ(written_terms(store.queries().entries({})), (Strings{"a.txt:x", "a.txt:shared", "b.txt:shared", "b.txt:y"}));
    EXPECT_EQ(written_terms(store.queries().entries({"b.txt", std::nullopt, {}})), (Strings{"b.txt:shared", "b.txt:y"}));
    EXPECT_EQ(written_terms(store.queries().entries({std::nullopt, "shared", {}})), (Strings{"a.txt:shared", "b.txt:shared"}));
    EXPECT_EQ(written_terms(store.queries().entries({"a.txt", "shared", {}})), (Strings{"a.txt:shared"}));
    EXPECT_TRUE(store.queries().entries({"c.txt", std::nullopt, {}}).empty());
}

// alpha: 3 reports in 2 regions; beta: 2 reports in 2 regions, its forms tied;
// gamma: twice in one report, its forms tied; delta: one report without a region.
void import_term_fixture(Store& store) {
    import(store.writer(), make_meta("d.txt", "hd"), {keyed_entry(0, "delta", "delta")});
    import(store.writer(), make_meta("c.txt", "hc", "510604"), {keyed_entry(0, "ALPHA", "alpha")});
    import(store.writer(), make_meta("b.txt", "hb", "110101"), {keyed_entry(0, "BETA", "beta"), keyed_entry(1, "ALPHA", "alpha")});
    import(store.writer(), make_meta("a.txt", "ha", "510604"),
           {keyed_entry(0, "Beta", "beta"), keyed_entry(1, "Alpha", "alpha"), keyed_entry(2, "gamma2", "gamma"),
            keyed_entry(3, "gamma1", "gamma")});
}

TEST_F(StoreQuery, TermsComeMostRegionsFirstThenByKey) {
    import_term_fixture(store);
    const auto terms = store.queries().terms();
    ASSERT_EQ(term_keys(terms), (Strings{"alpha", "beta", "gamma", "delta"}));
    EXPECT_EQ(terms[0].regions, 2);
    EXPECT_EQ(terms[0].reports, 3);
    EXPECT_EQ(terms[0].definitions, 3);
    EXPECT_EQ(terms[2].regions, 1);
    EXPECT_EQ(terms[2].reports, 1);
    EXPECT_EQ(terms[2].definitions, 2);
    EXPECT_EQ(terms[3].regions, 0);
}

// A filter that names regions reads the terms through the index on reports(region_code):
// the same rows as the whole listing has for those regions, each term labelled from all its
// entries, with the codes its reports were filed under.
TEST_F(StoreQuery, TermsOfRegionsAreTheRowsOfTheirReports) {
    import_term_fixture(store);
    ReportFilter both;
    both.regions = Strings{"110101", "510604"};
    const auto terms = store.queries().terms(both);
    ASSERT_EQ(term_keys(terms), (Strings{"alpha", "beta", "gamma"}));  // delta has no region
    const auto all = store.queries().terms();
    for (std::size_t i = 0; i < terms.size(); ++i) {
        EXPECT_EQ(terms[i].term, all[i].term) << terms[i].key;
        EXPECT_EQ(terms[i].definitions, all[i].definitions) << terms[i].key;
        EXPECT_EQ(terms[i].written_forms, all[i].written_forms) << terms[i].key;
    }
    EXPECT_EQ(terms[0].region_codes, (Strings{"110101", "510604"}));
    ReportFilter luojiang;
    luojiang.regions = Strings{"510604"};
    const auto one = store.queries().terms(luojiang);
    ASSERT_EQ(term_keys(one), (Strings{"alpha", "beta", "gamma"}));
    EXPECT_EQ(one[0].reports, 2);
    EXPECT_EQ(one[0].term, all[0].term);  // labelled from every entry, whatever the filter
    EXPECT_EQ(one[1].written_forms, Strings{"Beta"});
}

TEST_F(StoreQuery, TermIsTheMostUsedFormThenTheEarliestByFileAndSeq) {
    import_term_fixture(store);
    const auto terms = store.queries().terms();
    ASSERT_EQ(terms.size(), 4u);
    EXPECT_EQ(terms[0].term, "ALPHA");   // twice against once
    EXPECT_EQ(terms[1].term, "Beta");    // tied: a.txt before b.txt
    EXPECT_EQ(terms[2].term, "gamma2");  // tied in a.txt: seq 2 before seq 3
    EXPECT_EQ(terms[0].written_forms, (Strings{"ALPHA", "Alpha"}));
    EXPECT_EQ(terms[2].written_forms, (Strings{"gamma1", "gamma2"}));
    EXPECT_EQ(terms[3].written_forms, (Strings{"delta"}));
}

// drifting and copied read the definitions without ranking every term's label, then the labels
// of the terms they show: the same definitions and labels as graph_data.
TEST_F(StoreQuery, DefinitionsDataIsGraphDataWithoutLabelsMentionsOrRelations) {
    import_term_fixture(store);
    const GraphData whole = store.graph_reader().graph_data();
    const GraphData lean = store.graph_reader().definitions_data();
    ASSERT_EQ(lean.definitions.size(), whole.definitions.size());
    for (std::size_t i = 0; i < lean.definitions.size(); ++i) {
        EXPECT_EQ(lean.definitions[i].entry_id, whole.definitions[i].entry_id);
        EXPECT_EQ(lean.definitions[i].text, whole.definitions[i].text);
    }
    EXPECT_EQ(lean.reports.size(), whole.reports.size());
    EXPECT_EQ(lean.regions.size(), whole.regions.size());
    ASSERT_EQ(lean.terms.size(), whole.terms.size());
    std::vector<std::string> keys;
    for (const GraphTerm& term : lean.terms) {
        EXPECT_TRUE(term.label.empty());
        keys.push_back(term.key);
    }
    keys.push_back("no such key");
    const std::vector<std::string> labels = store.graph_reader().labels(keys);
    for (std::size_t i = 0; i < whole.terms.size(); ++i) EXPECT_EQ(labels[i], whole.terms[i].label);
    EXPECT_EQ(labels.back(), "no such key");
    EXPECT_TRUE(lean.mentions.empty());
    EXPECT_TRUE(lean.relations.empty());
}

TEST_F(StoreQuery, TermByKeyMatchesItsRowInTerms) {
    import_term_fixture(store);
    const auto gamma = store.queries().term("gamma");
    ASSERT_TRUE(gamma.has_value());
    EXPECT_EQ(gamma->term, "gamma2");
    EXPECT_EQ(gamma->definitions, 2);
    EXPECT_EQ(gamma->reports, 1);
    EXPECT_EQ(gamma->regions, 1);
    EXPECT_EQ(gamma->written_forms, (Strings{"gamma1", "gamma2"}));
    EXPECT_EQ(store.queries().term("Gamma"), std::nullopt);
}

TEST_F(StoreQuery, FindTermByKeyInEitherScript) {
    import(store.writer(), make_meta("a.txt", "h1"), {keyed_entry(0, "“四个最严”", "四个最严")});
    EXPECT_EQ(store.queries().find_term("四个最严"), "四个最严");
    EXPECT_EQ(store.queries().find_term("四個最嚴"), "四个最严");
    EXPECT_EQ(store.queries().find_term("「四個最嚴」"), "四个最严");
    EXPECT_EQ(store.queries().find_term("四个"), std::nullopt);
    EXPECT_EQ(store.queries().find_term(""), std::nullopt);
}

TEST_F(StoreQuery, FindTermByWrittenFormWhenNoKeyMatches) {
    import(store.writer(), make_meta("a.txt", "h1"), {keyed_entry(0, "GDP", "gross-domestic-product")});
    EXPECT_EQ(store.queries().find_term(" GDP "), "gross-domestic-product");
    EXPECT_EQ(store.queries().find_term("gdp"), std::nullopt);
}

TEST_F(StoreQuery, TermWrittenAsSqlIsStoredAsText) {
    const std::string hostile = "'); DROP TABLE terms;--";
    import(store.writer(), make_meta("a.txt", "h1"), {make_entry(0, hostile)});
    import(store.writer(), make_meta("b.txt", "h2"), {make_entry(0, "after")});
    EXPECT_EQ(term_keys(store.queries().terms()), (Strings{hostile, "after"}));
    EXPECT_EQ(store.queries().term(hostile)->term, hostile);
    EXPECT_EQ(store.queries().entries({std::nullopt, hostile, {}}).size(), 1u);
}

TEST_F(StoreQuery, StatsCountReportsRegionsEntriesAndTerms) {
    EXPECT_EQ(store.queries().stats().reports, 0);
    import(store.writer(), make_meta("a.txt", "ha", "510604"), {make_entry(0, "x"), make_entry(1, "shared")});
    import(store.writer(), make_meta("b.txt", "hb", "110101"), {make_entry(0, "shared")});
    import(store.writer(), make_meta("c.txt", "hc"), {});
    import(store.writer(), make_meta("d.txt", "hd", "510604"), {make_entry(0, "x")});
    const StoreStats stats = store.queries().stats();
    EXPECT_EQ(stats.reports, 4);
    EXPECT_EQ(stats.reports_with_glossary, 3);
    EXPECT_EQ(stats.reports_without_region, 1);
    EXPECT_EQ(stats.regions, 2);
    EXPECT_EQ(stats.entries, 4);
    EXPECT_EQ(stats.terms, 2);
    EXPECT_EQ(stats.terms_in_several_regions, 1);
}

TEST_F(StoreQuery, BodyOfAnUnknownFileIsEmpty) {
    EXPECT_EQ(store.queries().body("nothing.txt"), std::nullopt);
}

// Parent codes that loop (a hand edit, a damaged page) are damage, said so with the codes, and
// never walked (issue 12, item 10).
TEST(StoreGraphData, RegionParentsThatLoopAreReportedAsDamage) {
    const store_test::TempDb db;
    {
        Store store(db.path());
        import(store.writer(), make_meta("a.txt", "h1", "510604"), {});
    }
    for (const auto& [edit, chain] : std::vector<std::pair<std::string, std::string>>{
             {"UPDATE regions SET parent_code = '510600' WHERE code = '510000'", "form a cycle: 510000 -> 510600 -> 510000"},
             {"UPDATE regions SET parent_code = '510604' WHERE code = '510604'", "form a cycle: 510604 -> 510604"}}) {
        sqlite3* handle = nullptr;
        ASSERT_EQ(sqlite3_open(db.path().c_str(), &handle), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(handle, edit.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(handle);
        Store store(db.path());
        store_test::expect_store_error([&] { (void)store.graph_reader().graph_data(); },
                                       db.path() + ": the database is damaged (regions: the parent codes " + chain + "). Recover:",
                                       SQLITE_CORRUPT);
    }
}

// A relation of a kind glossgraph does not know is left out where the graph is read. The
// schema's CHECK refuses such a row; a hand edit made with PRAGMA ignore_check_constraints
// stores one.
TEST(StoreGraphData, RelationOfAnUnknownKindIsLeftOut) {
    const store_test::TempDb db;
    {
        Store store(db.path());
        import(store.writer(), make_meta("a.txt", "h1"), {make_entry(0, "甲"), make_entry(1, "乙")});
    }
    const std::string edit =
        "PRAGMA ignore_check_constraints = ON; INSERT INTO relations (from_term, to_term, kind, rule)"
        " SELECT f.id, t.id, k.kind, 'test' FROM terms f, terms t, (SELECT 'family' AS kind UNION SELECT 'synonym') k"
        " WHERE f.key = '甲' AND t.key = '乙'";
    sqlite3* handle = nullptr;
    ASSERT_EQ(sqlite3_open(db.path().c_str(), &handle), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(handle, edit.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
    EXPECT_EQ(sqlite3_changes(handle), 2);  // both rows stored
    sqlite3_close(handle);
    Store store(db.path());
    const GraphData data = store.graph_reader().graph_data();
    ASSERT_EQ(data.relations.size(), 1u);
    EXPECT_EQ(data.relations[0].kind, RelationKind::family);
    EXPECT_EQ(data.relations[0].from_key, "甲");
}

// What an import's linking does for search and labels (the linker's scan is not needed here).
void linked(Store& store) {
    store.link_tables().begin_linking(1);
    store.link_tables().commit_linking();
}

// Search and report filters: three reports in two provinces and three years, linked.
GlossaryEntry defined(int seq, const std::string& term, const std::string& definition) {
    GlossaryEntry entry = make_entry(seq, term);
    entry.key = term_key(term);
    entry.definition = definition;
    return entry;
}

ReportMeta dated(const std::string& file, const std::string& hash, const std::string& region, int year) {
    ReportMeta meta = make_meta(file, hash, region);
    meta.year = year;
    return meta;
}

void import_search_fixture(Store& store) {
    import(store.writer(), dated("luojiang.txt", "h1", "510604", 2024),
           {defined(0, "三线一单", "生态保护红线、环境质量底线。"), defined(1, "河长制", "由党政领导担任河长。")});
    import(store.writer(), dated("lingcheng.txt", "h2", "371403", 2021),
           {defined(0, "三線一單", "生態保護紅線。"), defined(1, "“四個最嚴”", "最嚴謹的標準。")});
    import(store.writer(), dated("jingyang.txt", "h3", "510603", 2023), {defined(0, "五社联动", "社区、社会组织联动。")});
    linked(store);
}

std::vector<std::string> hit_reports(const std::vector<SearchHit>& hits) {
    std::vector<std::string> reports;
    for (const SearchHit& hit : hits) reports.push_back(hit.key + "@" + hit.report);
    return reports;
}

TEST_F(StoreQuery, SearchFindsBothScriptsThroughTheTrigramIndex) {
    import_search_fixture(store);
    EXPECT_EQ(hit_reports(store.queries().search({{"生态保护"}, true, true, {}})),
              (Strings{"三线一单@lingcheng.txt", "三线一单@luojiang.txt"}));  // by key, then year
    EXPECT_EQ(hit_reports(store.queries().search({{"四个最严"}, true, false, {}})), (Strings{"四个最严@lingcheng.txt"}));
    EXPECT_TRUE(store.queries().search({{"四个最严"}, false, true, {}}).empty());  // not in any definition
}

TEST_F(StoreQuery, SearchFindsTwoCharacterWordsThroughTheIndex) {
    import_search_fixture(store);
    EXPECT_EQ(hit_reports(store.queries().search({{"河长"}, true, true, {}})), (Strings{"河长制@luojiang.txt"}));
    EXPECT_EQ(hit_reports(store.queries().search({{"联动", "社区"}, true, true, {}})), (Strings{"五社联动@jingyang.txt"}));
    EXPECT_TRUE(store.queries().search({{"联动", "河长"}, true, true, {}}).empty());  // every word must occur
    // At the very end of a column: the term 五社联动 ends with 联动, and the definition
    // 社区、社会组织联动。 does not; a term no longer than the word itself.
    EXPECT_EQ(hit_reports(store.queries().search({{"联动"}, true, false, {}})), (Strings{"五社联动@jingyang.txt"}));
    EXPECT_EQ(hit_reports(store.queries().search({{"长制"}, true, false, {}})), (Strings{"河长制@luojiang.txt"}));
    import(store.writer(), dated("zengdu.txt", "h4", "421303", 2023), {defined(0, "联动", "五社联动")});
    linked(store);
    EXPECT_EQ(hit_reports(store.queries().search({{"联动"}, false, true, {}})),
              (Strings{"五社联动@jingyang.txt", "联动@zengdu.txt"}));  // the last two of 五社联动
    EXPECT_EQ(hit_reports(store.queries().search({{"联动"}, true, false, {}})), (Strings{"五社联动@jingyang.txt", "联动@zengdu.txt"}));
    EXPECT_TRUE(store.queries().search({{"动五"}, true, true, {}}).empty());  // in no text: no trigram begins with it
    EXPECT_TRUE(store.queries().search({{"动五", "联动"}, true, true, {}}).empty());
}

TEST_F(StoreQuery, SearchFindsOneCharacterWordsByScanning) {
    import_search_fixture(store);
    EXPECT_EQ(hit_reports(store.queries().search({{"湖"}, true, true, {}})), (Strings{}));
    EXPECT_EQ(hit_reports(store.queries().search({{"河"}, true, true, {}})), (Strings{"河长制@luojiang.txt"}));
    EXPECT_EQ(hit_reports(store.queries().search({{"河", "党政"}, true, true, {}})), (Strings{"河长制@luojiang.txt"}));
}

TEST_F(StoreQuery, SearchRowsGoWithTheirEntries) {
    import_search_fixture(store);
    import(store.writer(), dated("luojiang.txt", "h1b", "510604", 2024), {defined(0, "河长制", "河湖管理。")});
    EXPECT_EQ(hit_reports(store.queries().search({{"生态保护"}, true, true, {}})), (Strings{"三线一单@lingcheng.txt"}));
    EXPECT_TRUE(store.queries().search({{"河湖管理"}, true, true, {}}).empty());  // indexed when the import links
    linked(store);
    EXPECT_EQ(hit_reports(store.queries().search({{"河湖管理"}, true, true, {}})), (Strings{"河长制@luojiang.txt"}));
}

TEST_F(StoreQuery, SearchWithoutWordsIsAUsageError) {
    EXPECT_THROW(store.queries().search({{}, true, true, {}}), usage_error);
    EXPECT_THROW(store.queries().search({{"x"}, false, false, {}}), usage_error);
}

TEST_F(StoreQuery, ReportFilterChoosesByRegionAndYear) {
    import_search_fixture(store);
    ReportFilter sichuan;
    sichuan.regions = Strings{"510603", "510604"};
    EXPECT_EQ(files(store.queries().reports(sichuan)), (Strings{"jingyang.txt", "luojiang.txt"}));
    ReportFilter recent;
    recent.since = 2023;
    EXPECT_EQ(files(store.queries().reports(recent)), (Strings{"jingyang.txt", "luojiang.txt"}));
    ReportFilter early;
    early.until = 2022;
    EXPECT_EQ(term_keys(store.queries().terms(early)), (Strings{"三线一单", "四个最严"}));
    EXPECT_EQ(store.queries().term("三线一单", early)->term, "三線一單");  // the written form of the reports chosen
    EXPECT_EQ(store.queries().term("三线一单")->regions, 2);
    EXPECT_FALSE(store.queries().term("五社联动", early).has_value());
    ReportFilter none;
    none.regions = Strings{};
    EXPECT_TRUE(store.queries().reports(none).empty());
    EXPECT_EQ(written_terms(store.queries().entries({std::nullopt, "三线一单", sichuan})), (Strings{"luojiang.txt:三线一单"}));
    EXPECT_EQ(hit_reports(store.queries().search({{"生态"}, true, true, early})), (Strings{"三线一单@lingcheng.txt"}));
}

// Schema version 7: the label is stored when an import links, emptied when the term's
// entries change, and read the same whether stored or not.
TEST_F(StoreQuery, StoredLabelsFollowTheEntries) {
    import(store.writer(), make_meta("a.txt", "ha"), {keyed_entry(0, "四個最嚴", "四个最严")});
    EXPECT_EQ(store.queries().term("四个最严")->term, "四個最嚴");  // not linked: ranked on the fly
    linked(store);
    EXPECT_EQ(store.queries().term("四个最严")->term, "四個最嚴");  // stored
    import(store.writer(), make_meta("b.txt", "hb"), {keyed_entry(0, "“四个最严”", "四个最严")});
    import(store.writer(), make_meta("c.txt", "hc"), {keyed_entry(0, "“四个最严”", "四个最严")});
    EXPECT_EQ(store.queries().term("四个最严")->term, "“四个最严”");  // emptied by the new entries, ranked again
    linked(store);
    EXPECT_EQ(store.queries().terms().at(0).term, "“四个最严”");
    import(store.writer(), make_meta("b.txt", "hb2"), {keyed_entry(0, "四個最嚴", "四个最严")});  // b replaced
    EXPECT_EQ(store.queries().term("四个最严")->term, "四個最嚴");  // two against one, a.txt first
}

TEST(ReportFilter, MatchesRegionAndYearBounds) {
    ReportFilter filter;
    EXPECT_TRUE(filter.matches("", std::nullopt));
    filter.since = 2020;
    EXPECT_FALSE(filter.matches("510604", std::nullopt));  // no year: outside any bound
    EXPECT_TRUE(filter.matches("510604", 2020));
    filter.until = 2021;
    EXPECT_FALSE(filter.matches("510604", 2022));
    filter.regions = std::vector<std::string>{"110101", "510604"};
    EXPECT_TRUE(filter.matches("510604", 2021));
    EXPECT_FALSE(filter.matches("510603", 2021));
    EXPECT_FALSE(filter.matches("", 2021));
}

}  // namespace
}  // namespace glossgraph
