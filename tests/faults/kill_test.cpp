// SIGKILL at random moments of an import: the database must open, pass integrity_check,
// hold only whole reports (each exactly as a clean import stores it), and the next import
// must finish the work, ending exactly where an uninterrupted import ends.
#include "tests/faults/fault_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <random>
#include <set>
#include <thread>

namespace glossgraph::faults {
namespace {

constexpr int synthetic_reports = 60;
constexpr int minimum_kills = 24;
constexpr int maximum_runs = 80;
constexpr unsigned seed = 20240607;

// What the read commands show: equal output means equal databases, as users see them.
std::string views_of(const fs::path& db, const fs::path& log_dir) {
    std::string views;
    for (const char* command : {"reports", "entries", "terms", "mentions", "stats"}) {
        const RunResult result = run_glossgraph({"--db", db.string(), command, "--json"}, log_dir);
        EXPECT_EQ(result.exit_code, 0) << command << ": " << result.err;
        views += result.out;
    }
    return views;
}

void remove_database(const fs::path& db) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(db.string() + suffix);
}

// Every report present is whole: stored exactly as a clean import of the same content.
void expect_whole_reports(const fs::path& db, const std::map<std::string, StoredReport>& clean_by_hash,
                          const std::string& when) {
    if (!fs::exists(db)) return;  // killed before the file was created
    const StoredDatabase stored = read_database(db);
    EXPECT_EQ(stored.integrity, "ok") << when;
    EXPECT_EQ(stored.foreign_key_faults, 0) << when;
    EXPECT_EQ(stored.orphan_terms, 0) << when;
    for (const auto& [file, report] : stored.reports) {
        const auto clean = clean_by_hash.find(report.content_hash);
        ASSERT_NE(clean, clean_by_hash.end()) << when << ": " << file << " holds content no clean import stored";
        EXPECT_EQ(report, clean->second) << when << ": " << file << " is not whole";
    }
}

TEST(KillDuringImport, LeavesWholeReportsAndTheNextImportFinishes) {
    ScratchDir dir("glossgraph-kill");
    const fs::path reports = dir / "reports";
    copy_samples(reports);

    // Clean imports of both versions of the synthetic reports.
    std::map<std::string, StoredReport> clean_by_hash;
    std::map<int, std::string> clean_views;
    std::chrono::milliseconds longest{0};
    for (int version : {0, 1}) {
        write_synthetic_reports(reports, synthetic_reports, version);
        const fs::path clean = dir / ("clean_" + std::to_string(version) + ".db");
        const auto start = std::chrono::steady_clock::now();
        const RunResult result = run_glossgraph({"--db", clean.string(), "import", reports.string()}, dir.path());
        ASSERT_EQ(result.exit_code, 0) << result.err;
        longest = std::max(longest, elapsed_since(start));
        for (const auto& [file, report] : read_database(clean).reports) clean_by_hash[report.content_hash] = report;
        clean_views[version] = views_of(clean, dir.path());
    }
    ASSERT_EQ(clean_by_hash.size(), 5u + synthetic_reports + synthetic_reports / 2)
        << "each version changes half of the synthetic reports";

    // Kill moments spread over a whole import (a little past its end, so some runs finish).
    std::mt19937 random(seed);
    std::uniform_int_distribution<long long> moment(0, longest.count() * 11 / 10);
    const fs::path db = dir / "killed.db";
    int kills = 0;
    int runs = 0;
    std::set<std::size_t> present;  // how many reports the database held after each run
    int version = 0;
    for (; kills < minimum_kills && runs < maximum_runs; ++runs) {
        // Every run replaces half of the synthetic reports; every fourth starts a new file,
        // so kills also land while the schema is created and reports are first stored.
        if (runs % 4 == 3) remove_database(db);
        version = runs % 2;
        write_synthetic_reports(reports, synthetic_reports, version);
        const auto wait = std::chrono::milliseconds(moment(random));
        Child child({"--db", db.string(), "import", reports.string()}, dir.path(), "import");
        std::this_thread::sleep_for(wait);
        const std::string when = "run " + std::to_string(runs) + ", killed after " + std::to_string(wait.count()) + " ms";
        if (child.kill_now()) {
            ++kills;
        } else {
            EXPECT_EQ(child.wait(), 0) << "an import that was not killed fails: " << child.err();
        }
        expect_whole_reports(db, clean_by_hash, when);
        if (testing::Test::HasFatalFailure()) return;
        if (fs::exists(db)) present.insert(read_database(db).reports.size());
    }
    EXPECT_GE(kills, minimum_kills);
    std::cout << "kill test: " << kills << " SIGKILLs in " << runs << " imports (seed " << seed << ", moments 0-"
              << longest.count() * 11 / 10 << " ms); " << present.size()
              << " different report counts found after them\n";
    RecordProperty("kills", kills);

    const RunResult last = run_glossgraph({"--db", db.string(), "import", reports.string()}, dir.path());
    ASSERT_EQ(last.exit_code, 0) << last.err;
    expect_whole_reports(db, clean_by_hash, "after the last import");
    EXPECT_EQ(views_of(db, dir.path()), clean_views[version])
        << "the database after kills and a last import differs from a clean import";
}

}  // namespace
}  // namespace glossgraph::faults
