// SIGKILL at random moments of an import: the database must open, pass integrity_check,
// hold only whole reports (each exactly as a clean import stores it), and the next import
// must finish the work, ending exactly where an uninterrupted import ends.
#include "tests/faults/fault_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <optional>
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

// Kill moments are drawn over an estimate of how long an import of the same kind takes, and a
// tenth past it. The estimate starts at the longest clean import; an import that finishes sets
// it to its own time, a kill later than the estimate raises it to that moment (the machine
// slowed down), so the kills keep spreading over whole imports. Durations differ between
// builds, machines and kinds: an import into a new file stores everything, an update only half.
class KillMoments {
public:
    explicit KillMoments(std::chrono::milliseconds first_estimate) : span_{first_estimate, first_estimate} {}
    std::chrono::milliseconds next(bool new_file) {
        std::uniform_int_distribution<long long> moment(0, span_[new_file].count() * 11 / 10);
        return std::chrono::milliseconds(moment(random_));
    }
    void finished_after(bool new_file, std::chrono::milliseconds took) { span_[new_file] = took; }
    void killed_at(bool new_file, std::chrono::milliseconds moment) {
        span_[new_file] = std::max(span_[new_file], moment);
    }

private:
    std::mt19937 random_{seed};
    std::array<std::chrono::milliseconds, 2> span_;
};

// Waits until `moment` and kills the child if it still runs; nullopt when killed, else how long
// the child took (polled every millisecond).
std::optional<std::chrono::milliseconds> kill_at(Child& child, std::chrono::milliseconds moment) {
    const auto start = std::chrono::steady_clock::now();
    while (elapsed_since(start) < moment) {
        if (child.finished()) return elapsed_since(start);
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    if (child.kill_now()) return std::nullopt;
    return elapsed_since(start);
}

struct CleanImports {
    std::map<std::string, StoredReport> by_hash;  // every report either version stores
    std::map<int, std::string> views;             // what the read commands show, per version
    std::chrono::milliseconds longest{0};
};

CleanImports import_cleanly(const fs::path& reports, const fs::path& dir) {
    CleanImports clean;
    for (int version : {0, 1}) {
        write_synthetic_reports(reports, synthetic_reports, version);
        const fs::path db = dir / ("clean_" + std::to_string(version) + ".db");
        const auto start = std::chrono::steady_clock::now();
        const RunResult result = run_glossgraph({"--db", db.string(), "import", reports.string()}, dir);
        EXPECT_EQ(result.exit_code, 0) << result.err;
        clean.longest = std::max(clean.longest, elapsed_since(start));
        for (const auto& [file, report] : read_database(db).reports) clean.by_hash[report.content_hash] = report;
        clean.views[version] = views_of(db, dir);
    }
    return clean;
}

struct KillRuns {
    int kills = 0;
    int runs = 0;
    int version = 0;                // of the synthetic reports at the last run
    std::set<std::size_t> present;  // how many reports the database held after each run
};

// Imports into db again and again, killing each import at a random moment, until
// minimum_kills imports were killed (or maximum_runs made); checks the database after each.
KillRuns kill_imports(const fs::path& reports, const fs::path& db, const fs::path& dir, const CleanImports& clean) {
    KillMoments moments(clean.longest);
    KillRuns done;
    for (; done.kills < minimum_kills && done.runs < maximum_runs; ++done.runs) {
        // Every run replaces half of the synthetic reports; every fourth starts a new file,
        // so kills also land while the schema is created and reports are first stored.
        const bool new_file = done.runs % 4 == 3 || !fs::exists(db);
        if (new_file) remove_database(db);
        done.version = done.runs % 2;
        write_synthetic_reports(reports, synthetic_reports, done.version);
        const auto moment = moments.next(new_file);
        Child child({"--db", db.string(), "import", reports.string()}, dir, "import");
        const std::string when = "run " + std::to_string(done.runs) + ", killed after " + std::to_string(moment.count()) + " ms";
        if (const auto took = kill_at(child, moment)) {
            EXPECT_EQ(child.wait(), 0) << "an import that was not killed fails: " << child.err();
            moments.finished_after(new_file, *took);
        } else {
            ++done.kills;
            moments.killed_at(new_file, moment);
        }
        expect_whole_reports(db, clean.by_hash, when);
        if (testing::Test::HasFatalFailure()) return done;
        if (fs::exists(db)) done.present.insert(read_database(db).reports.size());
    }
    return done;
}

TEST(KillDuringImport, LeavesWholeReportsAndTheNextImportFinishes) {
    ScratchDir dir("glossgraph-kill");
    const fs::path reports = dir / "reports";
    copy_samples(reports);
    const CleanImports clean = import_cleanly(reports, dir.path());
    ASSERT_FALSE(testing::Test::HasFailure());
    ASSERT_EQ(clean.by_hash.size(), 5u + synthetic_reports + synthetic_reports / 2)
        << "each version changes half of the synthetic reports";

    const fs::path db = dir / "killed.db";
    const KillRuns done = kill_imports(reports, db, dir.path(), clean);
    if (testing::Test::HasFatalFailure()) return;
    EXPECT_GE(done.kills, minimum_kills);
    std::cout << "kill test: " << done.kills << " SIGKILLs in " << done.runs << " imports (seed " << seed << "); "
              << done.present.size() << " different report counts found after them\n";
    RecordProperty("kills", done.kills);

    const RunResult last = run_glossgraph({"--db", db.string(), "import", reports.string()}, dir.path());
    ASSERT_EQ(last.exit_code, 0) << last.err;
    expect_whole_reports(db, clean.by_hash, "after the last import");
    EXPECT_EQ(views_of(db, dir.path()), clean.views.at(done.version))
        << "the database after kills and a last import differs from a clean import";
}

}  // namespace
}  // namespace glossgraph::faults
