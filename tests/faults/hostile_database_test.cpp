// What --db names: a file, never a name SQLite treats specially ('', ':memory:', a 'file:'
// URI: each took an import, reported success and stored nothing), never a folder.
#include "tests/faults/fault_support.hpp"

#include <gtest/gtest.h>

#include <set>

namespace glossgraph::faults {
namespace {

std::set<std::string> names_in(const fs::path& folder) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.insert(entry.path().filename().string());
    return names;
}

TEST(HostileDatabaseName, InMemoryAndUriNamesAreRefusedNotImportedIntoNothing) {
    ScratchDir dir("glossgraph-dbname");
    ScratchDir logs("glossgraph-dbname-logs");
    copy_samples(dir / "samples");
    for (const std::string db : {"", ":memory:", "file:x.db?mode=memory", "file:x.db"}) {
        for (const char* command : {"import", "reports"}) {
            std::vector<std::string> args{"--db", db, command};
            if (std::string(command) == "import") args.push_back("samples");
            const RunResult result = run_glossgraph(args, logs.path(), {false, dir.path(), {}});
            EXPECT_EQ(result.exit_code, 2) << "--db '" << db << "' " << command;
            EXPECT_NE(result.err.find("glossgraph: --db '" + db + "': "), std::string::npos) << result.err;
            EXPECT_NE(result.err.find("; name a database file"), std::string::npos) << result.err;
        }
    }
    EXPECT_EQ(names_in(dir.path()), (std::set<std::string>{"samples"}));
    // A file really named so is reached through its folder.
    const RunResult literal = run_glossgraph({"--db", "./file:x.db", "import", "samples"}, logs.path(), {false, dir.path(), {}});
    EXPECT_EQ(literal.exit_code, 0) << literal.err;
    EXPECT_EQ(read_database(dir / "file:x.db").reports.size(), 5u);
}

TEST(HostileDatabaseName, FolderIsRefusedSayingSo) {
    ScratchDir dir("glossgraph-dbfolder");
    ScratchDir logs("glossgraph-dbfolder-logs");
    copy_samples(dir / "samples");
    fs::create_directory(dir / "store");
    for (const std::string db : {"store", "store/"}) {
        for (const std::vector<std::string>& command : {std::vector<std::string>{"import", "samples"}, {"reports"}}) {
            std::vector<std::string> args{"--db", db};
            args.insert(args.end(), command.begin(), command.end());
            const RunResult result = run_glossgraph(args, logs.path(), {false, dir.path(), {}});
            EXPECT_EQ(result.exit_code, 2) << db << ' ' << command.front();
            EXPECT_NE(result.err.find("glossgraph: --db '" + db + "': is a folder; name a database file in it, such as " +
                                      fs::path(db).append("glossgraph.db").lexically_normal().string()),
                      std::string::npos)
                << result.err;
        }
    }
    EXPECT_TRUE(fs::is_empty(dir / "store"));
}

}  // namespace
}  // namespace glossgraph::faults
