// Issue 12, "report identity": a report was known by its bare file name, so
// xb/政府工作报告.txt silently replaced xa/政府工作报告.txt of an earlier run. A report is now
// known by its source (the path of its file relative to the database's folder) and shown by a
// name that stays unique.
#include "core/store/queries.hpp"
#include "core/store/report_source.hpp"
#include "core/store/report_writer.hpp"
#include "core/store/store.hpp"
#include "tests/core/store/store_test_support.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace glossgraph {
namespace {

using store_test::import;
using store_test::make_entry;
using store_test::make_meta;
using store_test::Strings;

namespace fs = std::filesystem;

Strings names(const Store& store) {
    Strings out;
    for (const ReportRow& row : store.queries().reports()) out.push_back(row.file + " <- " + row.path);
    return out;
}

ReportMeta meta_at(const std::string& path, const std::string& hash) {
    ReportMeta meta = make_meta(fs::path(path).filename().string(), hash);
    meta.path = path;
    return meta;
}

TEST(ReportSource, IsThePathRelativeToTheDatabaseFolder) {
    EXPECT_EQ(report_source("/data/reports/xa/a.txt", "/data/glossgraph.db"), "reports/xa/a.txt");
    EXPECT_EQ(report_source("/data/reports/./xa/../xb/a.txt", "/data/glossgraph.db"), "reports/xb/a.txt");
    EXPECT_EQ(report_source("/downloads/a.txt", "/data/db/glossgraph.db"), "../../downloads/a.txt");
    // The same file named from another working directory is the same source.
    const fs::path here = fs::current_path();
    EXPECT_EQ(report_source("xa/a.txt", "glossgraph.db"), "xa/a.txt");
    EXPECT_EQ(report_source((here / "xa/a.txt").string(), (here / "glossgraph.db").string()), "xa/a.txt");
    EXPECT_EQ(report_source("xa/a.txt", "db/g.db"), "../xa/a.txt");
    EXPECT_EQ(report_source("./xa//a.txt", ":memory:"), "xa/a.txt");
}

TEST(ReportSource, DisplayNameIsUtf8) {
    EXPECT_EQ(display_name("政府工作报告.txt"), "政府工作报告.txt");
    EXPECT_EQ(display_name("2023\xd5\xfe\xb8\xae.txt"), "2023政府.txt");  // GBK, as Windows and zip archives write it
    EXPECT_EQ(display_name("a\xff.txt"), "a\\xFF.txt");                   // neither UTF-8 nor GB18030
}

TEST(ReportSource, NamesAreTheFileNameThenLongerTailsOfTheSource) {
    EXPECT_EQ(report_names("a.txt", "down/xb/a.txt"), (Strings{"a.txt", "xb/a.txt", "down/xb/a.txt"}));
    EXPECT_EQ(report_names("a.txt", "../x/a.txt"), (Strings{"a.txt", "x/a.txt", "../x/a.txt"}));
    EXPECT_EQ(report_names("a.txt", "a.txt"), (Strings{"a.txt"}));
    EXPECT_EQ(report_names("a.txt", "/abs/a.txt"), (Strings{"a.txt", "abs/a.txt"}));
}

TEST(ReportIdentity, SecondFileOfOneNameIsAnotherReportNotAReplacement) {
    Store store(":memory:");
    store.writer().on_report(meta_at("xa/政府工作报告.txt", "h1"), "xa/政府工作报告.txt");
    store.writer().on_entry(make_entry(0, "甲"));
    store.writer().end_report();
    store.writer().on_report(meta_at("xb/政府工作报告.txt", "h2"), "xb/政府工作报告.txt");
    store.writer().on_entry(make_entry(0, "乙"));
    store.writer().end_report();
    EXPECT_EQ(names(store), (Strings{"xb/政府工作报告.txt <- xb/政府工作报告.txt", "政府工作报告.txt <- xa/政府工作报告.txt"}));
    EXPECT_EQ(store.writer().name_of("xb/政府工作报告.txt"), "xb/政府工作报告.txt");
    EXPECT_EQ(store.writer().state_of("xa/政府工作报告.txt", "h1"), ReportState::unchanged);
    EXPECT_EQ(store.writer().state_of("xb/政府工作报告.txt", "h1"), ReportState::changed);
    EXPECT_EQ(store.queries().stats().entries, 2);
}

TEST(ReportIdentity, AReplacementKeepsItsName) {
    Store store(":memory:");
    import(store.writer(), meta_at("xa/a.txt", "h1"), {});
    store.writer().on_report(meta_at("xb/a.txt", "h2"), "xb/a.txt");
    store.writer().end_report();
    store.writer().on_report(meta_at("xb/a.txt", "h3"), "xb/a.txt");  // xb/a.txt changed
    store.writer().end_report();
    EXPECT_EQ(names(store), (Strings{"a.txt <- xa/a.txt", "xb/a.txt <- xb/a.txt"}));
    EXPECT_EQ(store.queries().reports()[1].content_hash, "h3");
}

TEST(ReportIdentity, NamesAreNumberedWhenThePathOffersNoFreeOne) {
    Store store(":memory:");
    for (const std::string source : {"a.txt", "y/x/a.txt", "x/a.txt", "../a.txt"}) {
        store.writer().on_report(meta_at(source, "h" + source), source);
        store.writer().end_report();
    }
    EXPECT_EQ(store.writer().name_of("a.txt"), "a.txt");
    EXPECT_EQ(store.writer().name_of("y/x/a.txt"), "x/a.txt");
    EXPECT_EQ(store.writer().name_of("x/a.txt"), "a.txt (2)");  // a.txt and x/a.txt are taken
    EXPECT_EQ(store.writer().name_of("../a.txt"), "../a.txt");
}

TEST(ReportIdentity, GbkFileNamesAreShownDecodedAndKeptApart) {
    Store store(":memory:");
    store.writer().on_report(meta_at("x/2023\xd5\xfe\xb8\xae.txt", "h1"), "x/2023\xd5\xfe\xb8\xae.txt");
    store.writer().end_report();
    store.writer().on_report(meta_at("y/2023政府.txt", "h2"), "y/2023政府.txt");  // the same name in UTF-8
    store.writer().end_report();
    EXPECT_EQ(store.writer().name_of("x/2023\xd5\xfe\xb8\xae.txt"), "2023政府.txt");
    EXPECT_EQ(store.writer().name_of("y/2023政府.txt"), "y/2023政府.txt");
}

// The duplicate is told with its name and path from the one snapshot that decided it, never
// as a duplicate of itself (item 18: concurrent imports said "same content as" the same file).
TEST(ReportIdentity, StatusOfADuplicateNamesTheOtherReport) {
    Store store(":memory:");
    import(store.writer(), meta_at("xa/a.txt", "h1"), {});
    const ReportStatus copy = store.writer().status_of("xb/a.txt", "h1");
    EXPECT_EQ(copy.state, ReportState::duplicate);
    EXPECT_EQ(copy.duplicate_of, "a.txt");
    EXPECT_EQ(copy.duplicate_path, "xa/a.txt");
    const ReportStatus same = store.writer().status_of("a.txt", "h1");  // import's source is meta.file
    EXPECT_EQ(same.state, ReportState::unchanged);
    EXPECT_EQ(same.format, "text");
    EXPECT_EQ(same.duplicate_of, "");
}

}  // namespace
}  // namespace glossgraph
