// Where an export goes: never over the database (by any name: ./x.db, a symbolic or a hard
// link, its -wal or -shm), never over a file that exists unless --force, never through a
// fixed temporary name, and never half: two exports to one file leave one whole export.
#include "tests/faults/fault_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>
#include <set>

namespace glossgraph::faults {
namespace {

using Json = nlohmann::json;

// A folder holding a database of the samples; exports run inside it, so relative names work.
class HostileOutput : public testing::Test {
protected:
    void SetUp() override {
        copy_samples(dir_ / "samples");
        const RunResult imported = run({"import", "samples"});
        ASSERT_EQ(imported.exit_code, 0) << imported.err;
        before_ = read_database(db_);
        ASSERT_EQ(before_.reports.size(), 5u);
    }

    RunResult run(std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", "glossgraph.db"});
        return run_glossgraph(args, logs_.path(), {false, dir_.path(), {}});
    }

    RunResult export_json(const std::string& output, bool force = false) {
        std::vector<std::string> args{"export", "--format", "json", "-o", output};
        if (force) args.push_back("--force");
        return run(args);
    }

    void expect_database_kept() {
        const StoredDatabase after = read_database(db_);
        EXPECT_EQ(after.integrity, "ok");
        EXPECT_EQ(after.reports, before_.reports);
    }

    // The names in the folder, but for the samples and the database.
    std::set<std::string> other_files() const {
        std::set<std::string> names;
        for (const auto& entry : fs::directory_iterator(dir_.path())) names.insert(entry.path().filename().string());
        for (const char* known : {"samples", "glossgraph.db", "glossgraph.db-wal", "glossgraph.db-shm"}) names.erase(known);
        return names;
    }

    ScratchDir dir_{"glossgraph-output"};
    ScratchDir logs_{"glossgraph-output-logs"};
    fs::path db_ = dir_ / "glossgraph.db";
    StoredDatabase before_;
};

TEST_F(HostileOutput, ExportOverTheDatabaseIsRefusedAndTheDatabaseKept) {
    fs::create_symlink("glossgraph.db", dir_ / "symlink.json");
    fs::create_hard_link(db_, dir_ / "hardlink.json");
    for (const std::string& output :
         {std::string("glossgraph.db"), std::string("./glossgraph.db"), db_.string(), std::string("symlink.json"),
          std::string("hardlink.json"), std::string("../") + dir_.path().filename().string() + "/glossgraph.db"}) {
        for (bool force : {false, true}) {
            const RunResult result = export_json(output, force);
            EXPECT_EQ(result.exit_code, 2) << output << (force ? " --force" : "");
            EXPECT_NE(result.err.find("output '" + output + "' is the database 'glossgraph.db'"), std::string::npos)
                << result.err;
            expect_database_kept();
        }
    }
}

// The write-ahead log and shared-memory files need not exist to be SQLite's: a file of that
// name beside the database would be taken for its log by the next connection.
TEST_F(HostileOutput, ExportOverTheDatabaseLogIsRefused) {
    for (const std::string suffix : {"-wal", "-shm", "-journal"}) {
        const RunResult result = export_json("glossgraph.db" + suffix, true);
        EXPECT_EQ(result.exit_code, 2) << suffix;
        EXPECT_NE(result.err.find("output 'glossgraph.db" + suffix + "' is the " + suffix.substr(1) +
                                  " file of the database 'glossgraph.db'"),
                  std::string::npos)
            << result.err;
        EXPECT_FALSE(fs::exists(dir_ / ("glossgraph.db" + suffix)));
    }
    expect_database_kept();
}

TEST_F(HostileOutput, ExistingFileIsRefusedUnlessForce) {
    write_text(dir_ / "out.json", "precious\n");
    const RunResult refused = export_json("out.json");
    EXPECT_EQ(refused.exit_code, 2);
    EXPECT_NE(refused.err.find("output 'out.json' exists; use --force to replace it"), std::string::npos) << refused.err;
    EXPECT_TRUE(read_text(dir_ / "out.json") == "precious\n");

    const RunResult forced = export_json("out.json", true);
    EXPECT_EQ(forced.exit_code, 0) << forced.err;
    EXPECT_EQ(forced.err, "");
    EXPECT_EQ(Json::parse(read_text(dir_ / "out.json"))["nodes"].size(), Json::parse(run({"export", "--format", "json"}).out)["nodes"].size());
    EXPECT_EQ(other_files(), (std::set<std::string>{"out.json"}));
}

// The old fixed OUT.tmp followed a symbolic link planted there and clobbered its target.
TEST_F(HostileOutput, FixedTemporaryNameIsNotFollowedThroughASymlink) {
    write_text(dir_ / "victim.txt", "precious\n");
    fs::create_symlink("victim.txt", dir_ / "out.json.tmp");
    const RunResult result = export_json("out.json");
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(read_text(dir_ / "victim.txt"), "precious\n");
    EXPECT_TRUE(fs::is_symlink(dir_ / "out.json.tmp"));
    EXPECT_TRUE(Json::parse(read_text(dir_ / "out.json")).is_object());
    EXPECT_EQ(other_files(), (std::set<std::string>{"out.json", "out.json.tmp", "victim.txt"}));
}

// Two exports to one -o at once: without --force exactly one writes and the other is refused;
// with it both succeed and the file is one whole export. Never a mixture that exits 0.
TEST_F(HostileOutput, TwoConcurrentExportsToOneFileLeaveOneWholeExport) {
    const std::string expected = run({"export", "--format", "json"}).out;
    ASSERT_FALSE(expected.empty());
    for (int round = 0; round < 6; ++round) {
        const bool force = round % 2 == 1;
        if (!force) fs::remove(dir_ / "out.json");
        std::vector<std::string> args{"--db", "glossgraph.db", "export", "--format", "json", "-o", "out.json"};
        if (force) args.push_back("--force");
        std::vector<std::unique_ptr<Child>> children;
        for (int i = 0; i < 2; ++i) {
            children.push_back(std::make_unique<Child>(args, logs_.path(), "concurrent" + std::to_string(i), RunOptions{false, dir_.path(), {}}));
        }
        std::vector<int> codes;
        for (auto& child : children) codes.push_back(child->wait());
        std::sort(codes.begin(), codes.end());
        EXPECT_EQ(codes, force ? std::vector<int>({0, 0}) : std::vector<int>({0, 2})) << "round " << round;
        EXPECT_TRUE(read_text(dir_ / "out.json") == expected) << "round " << round;
        EXPECT_EQ(other_files(), (std::set<std::string>{"out.json"})) << "round " << round;
    }
}

TEST_F(HostileOutput, FolderIsRefusedSayingSo) {
    fs::create_directory(dir_ / "graphs");
    for (const std::string output : {"graphs", "graphs/", "."}) {
        const RunResult result = export_json(output, true);
        EXPECT_EQ(result.exit_code, 2) << output;
        EXPECT_NE(result.err.find("output '" + output + "' is a folder; name a file in it"), std::string::npos) << result.err;
    }
    const RunResult missing = export_json("no/such/folder/out.json");
    EXPECT_EQ(missing.exit_code, 1);
    EXPECT_NE(missing.err.find("no/such/folder: no such folder (for the output 'no/such/folder/out.json')"), std::string::npos)
        << missing.err;
    EXPECT_TRUE(fs::is_empty(dir_ / "graphs"));
    expect_database_kept();
}

}  // namespace
}  // namespace glossgraph::faults
