// Issue 12, item 14: a subfolder that cannot be listed was skipped in silence
// (skip_permission_denied): "0 file(s)", exit 0. It is a failure naming it; the files that
// can be read are imported all the same, and the import exits 1.
#include "tests/faults/fault_support.hpp"

#include <gtest/gtest.h>

namespace glossgraph::faults {
namespace {

const fs::path fixtures = source_dir() / "tests/importers/fixtures";

TEST(UnreadableFolder, SubfolderThatCannotBeListedIsAFailureNamingIt) {
    ScratchDir dir("glossgraph-unreadable");
    const fs::path reports = dir / "reports";
    fs::create_directories(reports / "closed");
    fs::create_directories(reports / "open");
    fs::copy_file(fixtures / "report_simplified_with_glossary.txt", reports / "open/a.txt");
    fs::copy_file(fixtures / "report_gb18030.txt", reports / "closed/b.txt");
    hand_to_unprivileged(dir.path());
    fs::permissions(reports / "closed", fs::perms::none);

    const RunResult result = run_glossgraph({"--db", (dir / "glossgraph.db").string(), "import", reports.string()},
                                            dir.path(), RunOptions{true, {}, {}});
    fs::permissions(reports / "closed", fs::perms::owner_all);
    EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
    const std::string closed = (reports / "closed").string();
    EXPECT_NE(result.err.find("glossgraph: import failed: " + closed + ": cannot list folder: Permission denied"),
              std::string::npos)
        << result.err;
    EXPECT_NE(result.out.find("imported  " + (reports / "open/a.txt").string()), std::string::npos) << result.out;
    EXPECT_NE(result.out.find("2 file(s): 1 imported, 0 replaced, 0 unchanged, 0 duplicate, 1 failed"), std::string::npos)
        << result.out;
}

// Named directly, an unreadable folder fails the same way.
TEST(UnreadableFolder, UnreadableFolderNamedDirectlyIsAFailureNamingIt) {
    ScratchDir dir("glossgraph-unreadable");
    fs::create_directories(dir / "closed");
    fs::copy_file(fixtures / "report_gb18030.txt", dir / "closed/b.txt");
    hand_to_unprivileged(dir.path());
    fs::permissions(dir / "closed", fs::perms::none);
    const RunResult result = run_glossgraph({"--db", (dir / "glossgraph.db").string(), "import", (dir / "closed").string()},
                                            dir.path(), RunOptions{true, {}, {}});
    fs::permissions(dir / "closed", fs::perms::owner_all);
    EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
    EXPECT_NE(result.err.find((dir / "closed").string() + ": cannot list folder: Permission denied"), std::string::npos)
        << result.err;
}

}  // namespace
}  // namespace glossgraph::faults
