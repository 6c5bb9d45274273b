// The store as a sink: round trips, re-imports, interrupted reports, parent links.
#include "core/store/store.hpp"

#include "core/store/queries.hpp"
#include "core/store/report_writer.hpp"
#include "tests/core/store/store_test_support.hpp"

#include <gtest/gtest.h>

#include <sqlite3.h>

namespace glossgraph {
namespace {

using store_test::expect_store_error;
using store_test::files;
using store_test::import;
using store_test::keyed_entry;
using store_test::make_entry;
using store_test::make_meta;
using store_test::Strings;
using store_test::TempDb;
using store_test::term_keys;
using store_test::written_terms;

// The first version of a.txt that the interrupted re-imports below must leave in place.
void import_first_version(Store& store) {
    import(store.writer(), make_meta("a.txt", "h1", "510604"), {make_entry(0, "x"), make_entry(1, "y")});
}

void expect_first_version(const Store& store) {
    const auto reports = store.queries().reports();
    ASSERT_EQ(reports.size(), 1u);
    EXPECT_EQ(reports[0].content_hash, "h1");
    EXPECT_EQ(reports[0].entries, 2);
    EXPECT_EQ(written_terms(store.queries().entries({})), (Strings{"a.txt:x", "a.txt:y"}));
    EXPECT_EQ(term_keys(store.queries().terms()), (Strings{"x", "y"}));
    EXPECT_EQ(store.queries().body("a.txt"), "body of a.txt");
}

class StoreImport : public ::testing::Test {
protected:
    Store store{":memory:"};
};

TEST_F(StoreImport, ReportRoundTripsEveryField) {
    ReportMeta meta = make_meta("2024-luojiang.txt", "9f86d081", "510604");
    meta.encoding = "GB18030";
    meta.year = 2024;
    meta.delivered_on = "2024-01-10";
    meta.speaker = "张三";
    meta.script = Script::traditional;
    meta.glossary_heading = "名詞解釋";
    meta.body = "第一行\n第二行";
    import(store.writer(), meta, {make_entry(0, "head")});

    const auto reports = store.queries().reports();
    ASSERT_EQ(reports.size(), 1u);
    const ReportRow& row = reports[0];
    EXPECT_EQ(row.file, meta.file);
    EXPECT_EQ(row.path, "samples/2024-luojiang.txt");
    EXPECT_EQ(row.content_hash, "9f86d081");
    EXPECT_EQ(row.encoding, "GB18030");
    EXPECT_EQ(row.format, "text");
    EXPECT_EQ(row.title, "title of 2024-luojiang.txt");
    EXPECT_EQ(row.written_title, "written title of 2024-luojiang.txt");
    EXPECT_EQ(row.year, 2024);
    EXPECT_EQ(row.delivered_on, "2024-01-10");
    EXPECT_EQ(row.speaker, "张三");
    EXPECT_EQ(row.script, Script::traditional);
    EXPECT_EQ(row.glossary_heading, "名詞解釋");
    EXPECT_EQ(row.entries, 1);
    ASSERT_TRUE(row.region.has_value());
    EXPECT_EQ(row.region->code, "510604");
    EXPECT_EQ(row.region->province, "四川省");
    EXPECT_EQ(row.region->prefecture, "德阳市");
    EXPECT_EQ(row.region->county, "罗江区");
    EXPECT_EQ(row.region->level, RegionLevel::county);
    EXPECT_EQ(store.queries().body(meta.file), "第一行\n第二行");
}

TEST_F(StoreImport, EntryRoundTripsEveryField) {
    ReportMeta meta = make_meta("a.txt", "h1", "510604");
    meta.year = 2024;
    GlossaryEntry head = keyed_entry(0, "“四个最严”", "四个最严");
    head.marker = "(1)";
    head.footnote = 1;
    head.definition = "最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责。";
    head.line = 120;
    GlossaryEntry sub = make_entry(1, "最严谨的标准", 0);
    sub.marker = "①";
    import(store.writer(), meta, {head, sub});

    const auto entries = store.queries().entries({});
    ASSERT_EQ(entries.size(), 2u);
    const EntryRow& first = entries[0];
    EXPECT_EQ(first.report, "a.txt");
    EXPECT_EQ(first.region_code, "510604");
    EXPECT_EQ(first.region, "罗江区");
    EXPECT_EQ(first.year, 2024);
    EXPECT_EQ(first.seq, 0);
    EXPECT_EQ(first.marker, "(1)");
    EXPECT_EQ(first.footnote, 1);
    EXPECT_EQ(first.term, "“四个最严”");
    EXPECT_EQ(first.key, "四个最严");
    EXPECT_EQ(first.definition, head.definition);
    EXPECT_EQ(first.parent, std::nullopt);
    EXPECT_EQ(first.line, 120);
    EXPECT_EQ(entries[1].marker, "①");
    EXPECT_EQ(entries[1].footnote, std::nullopt);
    EXPECT_EQ(entries[1].parent, "“四个最严”");
    EXPECT_EQ(entries[1].line, 11);
}

TEST_F(StoreImport, EmptyOptionalFieldsReadBackEmpty) {
    ReportMeta meta = make_meta("bare.txt", "h1");
    meta.script = Script::unknown;
    meta.title.clear();
    meta.body.clear();
    import(store.writer(), meta, {make_entry(0, "x")});

    const ReportRow row = store.queries().reports().at(0);
    EXPECT_EQ(row.year, std::nullopt);
    EXPECT_EQ(row.delivered_on, std::nullopt);
    EXPECT_EQ(row.speaker, std::nullopt);
    EXPECT_EQ(row.region, std::nullopt);
    EXPECT_EQ(row.script, Script::unknown);
    EXPECT_EQ(row.title, "");
    EXPECT_EQ(store.queries().body("bare.txt"), "");
    const EntryRow entry = store.queries().entries({}).at(0);
    EXPECT_EQ(entry.region_code, std::nullopt);
    EXPECT_EQ(entry.region, "");
    EXPECT_EQ(entry.year, std::nullopt);
    EXPECT_EQ(entry.marker, std::nullopt);
}

// "province|prefecture|county|level|name()" of a region as the store gives it back.
std::string describe(const std::optional<RegionPath>& region) {
    if (!region) return "no region";
    return region->province + "|" + region->prefecture + "|" + region->county + "|" +
           std::string(to_string(region->level)) + "|" + region->name();
}

TEST_F(StoreImport, RegionsAtEveryLevelReadBackAsTheGazetteerGivesThem) {
    const Strings codes = {"510000", "510600", "510604", "110101", "419001"};
    for (const std::string& code : codes) import(store.writer(), make_meta(code + ".txt", code, code), {});
    const auto reports = store.queries().reports();
    ASSERT_EQ(reports.size(), codes.size());
    EXPECT_EQ(describe(reports[0].region), "北京市||东城区|county|东城区");
    EXPECT_EQ(describe(reports[1].region), "河南省||济源市|county|济源市");
    EXPECT_EQ(describe(reports[2].region), "四川省|||province|四川省");
    EXPECT_EQ(describe(reports[3].region), "四川省|德阳市||prefecture|德阳市");
    EXPECT_EQ(describe(reports[4].region), "四川省|德阳市|罗江区|county|罗江区");
    for (const ReportRow& report : reports) {
        EXPECT_EQ(describe(report.region), describe(store_test::region_path(report.region->code)));
    }
}

TEST_F(StoreImport, EmptyKeyIsTheTermKeyOfTheWrittenTerm) {
    import(store.writer(), make_meta("a.txt", "h1"), {keyed_entry(0, "「河長制」", "")});
    EXPECT_EQ(store.queries().entries({}).at(0).key, "河长制");
}

TEST_F(StoreImport, ReimportReplacesThatReportOnlyAndDropsOrphanTerms) {
    import(store.writer(), make_meta("a.txt", "a1", "510604"), {make_entry(0, "x"), make_entry(1, "shared")});
    import(store.writer(), make_meta("b.txt", "b1", "110101"), {make_entry(0, "shared"), make_entry(1, "y")});
    ReportMeta second = make_meta("a.txt", "a2", "110101");
    second.body = "new body";
    import(store.writer(), second, {make_entry(0, "z")});

    EXPECT_EQ(files(store.queries().reports()), (Strings{"a.txt", "b.txt"}));
    EXPECT_EQ(store.queries().reports()[0].content_hash, "a2");
    EXPECT_EQ(store.queries().reports()[0].region->code, "110101");
    EXPECT_EQ(store.queries().body("a.txt"), "new body");
    EXPECT_EQ(written_terms(store.queries().entries({})), (Strings{"a.txt:z", "b.txt:shared", "b.txt:y"}));
    EXPECT_EQ(term_keys(store.queries().terms()), (Strings{"shared", "y", "z"}));
    EXPECT_EQ(store.queries().stats().entries, 3);
    EXPECT_EQ(store.queries().stats().terms, 3);
    EXPECT_EQ(store.queries().find_term("x"), std::nullopt);
}

TEST_F(StoreImport, StateOfTellsAbsentUnchangedChangedAndDuplicate) {
    EXPECT_EQ(store.writer().state_of("a.txt", "h1"), ReportState::absent);
    import(store.writer(), make_meta("a.txt", "h1"), {});
    EXPECT_EQ(store.writer().state_of("a.txt", "h1"), ReportState::unchanged);
    EXPECT_EQ(store.writer().state_of("a.txt", "h2"), ReportState::changed);
    EXPECT_EQ(store.writer().state_of("copy.txt", "h1"), ReportState::duplicate);
    EXPECT_EQ(store.writer().state_of("b.txt", "h2"), ReportState::absent);
    EXPECT_EQ(store.writer().file_with_hash("h1"), "a.txt");
    EXPECT_EQ(store.writer().file_with_hash("h2"), std::nullopt);
    import(store.writer(), make_meta("b.txt", "h2"), {});
    EXPECT_EQ(store.writer().state_of("a.txt", "h2"), ReportState::changed);  // the file name decides first
}

TEST_F(StoreImport, AbortedReimportKeepsThePreviousVersion) {
    import_first_version(store);
    store.writer().on_report(make_meta("a.txt", "h2"));
    store.writer().on_entry(make_entry(0, "new"));
    store.writer().abort_report();
    expect_first_version(store);
    store.writer().abort_report();  // nothing open: no effect
    expect_first_version(store);
}

TEST_F(StoreImport, DuplicateSeqAbandonsTheReimport) {
    import_first_version(store);
    store.writer().on_report(make_meta("a.txt", "h2"));
    store.writer().on_entry(make_entry(0, "new"));
    expect_store_error([&] { store.writer().on_entry(make_entry(0, "again")); },
                       ":memory:: UNIQUE constraint failed: entries.report_id, entries.seq",
                       SQLITE_CONSTRAINT_UNIQUE);
    expect_first_version(store);
    expect_store_error([&] { store.writer().end_report(); }, ":memory:: end_report without on_report: no report is open",
                       SQLITE_MISUSE);
    import(store.writer(), make_meta("b.txt", "hb"), {make_entry(0, "b")});
    EXPECT_EQ(files(store.queries().reports()), (Strings{"a.txt", "b.txt"}));
}

TEST_F(StoreImport, EntryWithoutReportIsRefused) {
    expect_store_error([&] { store.writer().on_entry(make_entry(0, "x")); },
                       ":memory:: on_entry without on_report: no report is open", SQLITE_MISUSE);
    EXPECT_TRUE(store.queries().entries({}).empty());
}

TEST_F(StoreImport, ReportNeverEndedIsAbandonedByTheNext) {
    store.writer().on_report(make_meta("a.txt", "h1"));
    store.writer().on_entry(make_entry(0, "x"));
    import(store.writer(), make_meta("b.txt", "h2"), {make_entry(0, "y")});
    EXPECT_EQ(files(store.queries().reports()), (Strings{"b.txt"}));
    EXPECT_EQ(term_keys(store.queries().terms()), (Strings{"y"}));
}

TEST_F(StoreImport, SubTermsNameTheirHeadAcrossReimports) {
    const std::vector<GlossaryEntry> entries = {make_entry(0, "head"), make_entry(1, "sub1", 0),
                                                make_entry(2, "sub2", 0), make_entry(3, "other")};
    import(store.writer(), make_meta("a.txt", "h1"), entries);
    import(store.writer(), make_meta("a.txt", "h2"), entries);  // deletes entries that name a head
    const auto rows = store.queries().entries({});
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].parent, std::nullopt);
    EXPECT_EQ(rows[1].parent, "head");
    EXPECT_EQ(rows[2].parent, "head");
    EXPECT_EQ(rows[3].parent, std::nullopt);
}

TEST_F(StoreImport, HeadThatIsNotAnEarlierEntryIsRefused) {
    store.writer().on_report(make_meta("a.txt", "h1"));
    store.writer().on_entry(make_entry(0, "head"));
    expect_store_error([&] { store.writer().on_entry(make_entry(1, "sub", 5)); },
                       ":memory:: a.txt: entry 1 names entry 5 as its head, which is not an earlier entry of the report",
                       SQLITE_CONSTRAINT_FOREIGNKEY);
    EXPECT_TRUE(store.queries().reports().empty());
}

TEST(StoreFile, ReportsPersistAcrossOpenings) {
    TempDb file;
    { Store store(file.path()); import_first_version(store); }
    Store store(file.path());
    expect_first_version(store);
}

TEST(StoreFile, StoreClosedMidReportRollsItBack) {
    TempDb file;
    { Store store(file.path()); import_first_version(store); }
    {
        Store store(file.path());
        store.writer().on_report(make_meta("a.txt", "h2"));
        store.writer().on_entry(make_entry(0, "new"));
    }
    Store store(file.path());
    expect_first_version(store);
}

}  // namespace
}  // namespace glossgraph
