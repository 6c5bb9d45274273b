// Readers beside a writer: while an import replaces half of the reports, every read command
// succeeds and shows one consistent state, each report whole (old version or new, never a mix).
#include "tests/faults/fault_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <iostream>
#include <set>

namespace glossgraph::faults {
namespace {

using Json = nlohmann::json;

constexpr int synthetic_reports = 60;
constexpr int minimum_overlapping_reads = 40;
constexpr int maximum_imports = 40;

class Reader {
public:
    Reader(fs::path db, fs::path logs) : db_(std::move(db)), logs_(std::move(logs)) {}

    // Runs one read command; it must succeed, quietly, with JSON on stdout.
    Json read(std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", db_.string()});
        const RunResult result = run_glossgraph(args, logs_);
        EXPECT_EQ(result.exit_code, 0) << args[2] << ": " << result.err;
        EXPECT_EQ(result.err, "") << args[2];
        ++reads;
        return Json::parse(result.out, nullptr, false);
    }
    int reads = 0;

private:
    fs::path db_;
    fs::path logs_;
};

// What every read must show, whichever version of each report it finds.
struct Expected {
    std::map<std::string, std::size_t> entries_of;  // by file; the same in both versions
    std::size_t total_entries = 0;
    std::string term;  // defined by many synthetic reports, in both versions
};

void check_reports(Reader& reader, const Expected& expected) {
    const Json reports = reader.read({"reports", "--json"});
    ASSERT_TRUE(reports.is_array());
    EXPECT_EQ(reports.size(), expected.entries_of.size());
    for (const Json& report : reports) {
        EXPECT_EQ(report["entries"].get<std::size_t>(), expected.entries_of.at(report["file"].get<std::string>()));
    }
}

// Each report shows one version: every definition revised, or none.
void check_entries(Reader& reader, const Expected& expected) {
    const Json entries = reader.read({"entries", "--json"});
    ASSERT_TRUE(entries.is_array());
    EXPECT_EQ(entries.size(), expected.total_entries);
    std::map<std::string, std::set<bool>> revised;
    for (const Json& entry : entries) {
        const bool is_revised = entry["definition"].get<std::string>().find("修订后") != std::string::npos;
        revised[entry["report"].get<std::string>()].insert(is_revised);
    }
    for (const auto& [file, versions] : revised) EXPECT_EQ(versions.size(), 1u) << file << " mixes versions";
}

void check_stats(Reader& reader, const Expected& expected) {
    const Json stats = reader.read({"stats", "--json"});
    EXPECT_EQ(stats["reports"].get<std::size_t>(), expected.entries_of.size());
    EXPECT_EQ(stats["entries"].get<std::size_t>(), expected.total_entries);
}

// show and terms read with several queries: what they show must agree with itself.
void check_show(Reader& reader, const Expected& expected) {
    const Json shown = reader.read({"show", expected.term, "--json"});
    EXPECT_EQ(shown["definitions"].get<std::size_t>(), shown["defined_by"].size());
    std::set<std::string> defining;
    for (const Json& definition : shown["defined_by"]) defining.insert(definition["report"].get<std::string>());
    EXPECT_EQ(shown["reports"].get<std::size_t>(), defining.size());
}

void check_terms(Reader& reader, const Expected&) {
    const Json terms = reader.read({"terms", "--json"});
    ASSERT_TRUE(terms.is_array());
    for (const Json& row : terms) {
        EXPECT_FALSE(row["written_forms"].empty()) << row["key"];
        EXPECT_GE(row["definitions"].get<int>(), 1) << row["key"];
    }
}

void check_mentions(Reader& reader, const Expected&) { EXPECT_TRUE(reader.read({"mentions", "--json"}).is_array()); }

void check_diff(Reader& reader, const Expected& expected) {
    EXPECT_TRUE(reader.read({"diff", expected.term, "--json"}).is_object());
}

void check_export(Reader& reader, const Expected&) {
    EXPECT_FALSE(reader.read({"export", "--format", "json"}).is_discarded());
}

TEST(ConcurrentReaders, SeeOneConsistentStateWhileAnImportWrites) {
    ScratchDir dir("glossgraph-readers");
    const fs::path db = dir / "glossgraph.db";
    const fs::path folder = dir / "reports";
    copy_samples(folder);
    write_synthetic_reports(folder, synthetic_reports, 0);
    ASSERT_EQ(run_glossgraph({"--db", db.string(), "import", folder.string()}, dir.path()).exit_code, 0);
    Expected expected;
    for (const auto& [file, report] : read_database(db).reports) {
        expected.entries_of[file] = report.entries.size();
        expected.total_entries += report.entries.size();
    }
    ASSERT_EQ(expected.entries_of.size(), 5u + synthetic_reports);
    expected.term = synthetic_term(0);

    // Imports alternate between the versions, each replacing half of the synthetic reports,
    // until enough reads have overlapped a write.
    const std::vector<void (*)(Reader&, const Expected&)> checks = {
        check_reports, check_entries, check_stats, check_show, check_terms, check_mentions, check_diff, check_export};
    Reader reader(db, dir.path());
    int overlapping = 0;
    std::size_t next = 0;
    for (int cycle = 0; cycle < maximum_imports && overlapping < minimum_overlapping_reads; ++cycle) {
        write_synthetic_reports(folder, synthetic_reports, (cycle + 1) % 2);
        Child writer({"--db", db.string(), "import", folder.string()}, dir.path(), "writer");
        while (!writer.finished()) {
            checks[next++ % checks.size()](reader, expected);
            if (testing::Test::HasFailure()) return;
            if (!writer.finished()) ++overlapping;
        }
        ASSERT_EQ(writer.wait(), 0) << writer.err();
    }
    EXPECT_GE(overlapping, minimum_overlapping_reads);
    std::cout << "concurrent readers: " << reader.reads << " reads, " << overlapping << " of them while an import wrote\n";
}

}  // namespace
}  // namespace glossgraph::faults
