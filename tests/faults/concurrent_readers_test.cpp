// Readers beside a writer: while an import replaces half of the reports, every read command
// succeeds and shows one consistent state, each report whole (old version or new, never a mix).
#include "tests/faults/fault_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <functional>
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

TEST(ConcurrentReaders, SeeOneConsistentStateWhileAnImportWrites) {
    ScratchDir dir("glossgraph-readers");
    const fs::path db = dir / "glossgraph.db";
    const fs::path folder = dir / "reports";
    copy_samples(folder);
    write_synthetic_reports(folder, synthetic_reports, 0);
    ASSERT_EQ(run_glossgraph({"--db", db.string(), "import", folder.string()}, dir.path()).exit_code, 0);
    std::map<std::string, std::size_t> entries_of;  // the same in both versions
    std::size_t total_entries = 0;
    for (const auto& [file, report] : read_database(db).reports) {
        entries_of[file] = report.entries.size();
        total_entries += report.entries.size();
    }
    ASSERT_EQ(entries_of.size(), 5u + synthetic_reports);

    const std::string term = synthetic_term(0);
    Reader reader(db, dir.path());
    using Check = std::function<void()>;
    const std::vector<Check> checks = {
        [&] {
            const Json reports = reader.read({"reports", "--json"});
            ASSERT_TRUE(reports.is_array());
            EXPECT_EQ(reports.size(), entries_of.size());
            for (const Json& report : reports) {
                EXPECT_EQ(report["entries"].get<std::size_t>(), entries_of[report["file"].get<std::string>()]);
            }
        },
        [&] {
            // Each report shows one version: every definition revised, or none.
            const Json entries = reader.read({"entries", "--json"});
            ASSERT_TRUE(entries.is_array());
            EXPECT_EQ(entries.size(), total_entries);
            std::map<std::string, std::set<bool>> revised;
            for (const Json& entry : entries) {
                const bool is_revised = entry["definition"].get<std::string>().find("修订后") != std::string::npos;
                revised[entry["report"].get<std::string>()].insert(is_revised);
            }
            for (const auto& [file, versions] : revised) EXPECT_EQ(versions.size(), 1u) << file << " mixes versions";
        },
        [&] {
            const Json stats = reader.read({"stats", "--json"});
            EXPECT_EQ(stats["reports"].get<std::size_t>(), entries_of.size());
            EXPECT_EQ(stats["entries"].get<std::size_t>(), total_entries);
        },
        [&] {
            // show reads with several queries: they must agree with each other.
            const Json shown = reader.read({"show", term, "--json"});
            EXPECT_EQ(shown["definitions"].get<std::size_t>(), shown["defined_by"].size());
            std::set<std::string> defining;
            for (const Json& definition : shown["defined_by"]) defining.insert(definition["report"].get<std::string>());
            EXPECT_EQ(shown["reports"].get<std::size_t>(), defining.size());
        },
        [&] {
            // terms reads the terms and their written forms with two queries.
            const Json terms = reader.read({"terms", "--json"});
            ASSERT_TRUE(terms.is_array());
            for (const Json& row : terms) {
                EXPECT_FALSE(row["written_forms"].empty()) << row["key"];
                EXPECT_GE(row["definitions"].get<int>(), 1) << row["key"];
            }
        },
        [&] { EXPECT_TRUE(reader.read({"mentions", "--json"}).is_array()); },
        [&] { EXPECT_TRUE(reader.read({"diff", term, "--json"}).is_object()); },
        [&] { EXPECT_FALSE(reader.read({"export", "--format", "json"}).is_discarded()); },
    };

    // Imports alternate between the versions, each replacing half of the synthetic reports,
    // until enough reads have overlapped a write.
    int overlapping = 0;
    std::size_t next = 0;
    for (int cycle = 0; cycle < maximum_imports && overlapping < minimum_overlapping_reads; ++cycle) {
        write_synthetic_reports(folder, synthetic_reports, (cycle + 1) % 2);
        Child writer({"--db", db.string(), "import", folder.string()}, dir.path(), "writer");
        while (!writer.finished()) {
            checks[next++ % checks.size()]();
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
