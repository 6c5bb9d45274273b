#include "core/output_file.hpp"

#include "core/errors.hpp"

#include "tests/support/expect_error.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <ostream>
#include <set>
#include <stdexcept>

namespace glossgraph {
namespace {

namespace fs = std::filesystem;

using testing_support::expect_error;

class OutputFile : public testing::Test {
protected:
    void SetUp() override {
        std::string pattern = (fs::temp_directory_path() / "glossgraph-output-file-XXXXXX").string();
        ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
        dir_ = pattern;
        write(dir_ / "x.db", "SQLite format 3");
        rules_.databases = {dir_ / "x.db"};
    }
    void TearDown() override { fs::remove_all(dir_); }

    static void write(const fs::path& file, const std::string& text) { std::ofstream(file, std::ios::binary) << text; }
    static std::string read(const fs::path& file) {
        std::ifstream in(file, std::ios::binary);
        return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    }
    std::set<std::string> names() const {
        std::set<std::string> found;
        for (const auto& entry : fs::directory_iterator(dir_)) found.insert(entry.path().filename().string());
        return found;
    }
    std::string at(const std::string& name) const { return (dir_ / name).string(); }
    static void write_text(const std::string& target, const OutputRules& rules, const std::string& text) {
        write_output_file(target, rules, [&](std::ostream& out) { out << text; });
    }

    fs::path dir_;
    OutputRules rules_;
};

TEST_F(OutputFile, WritesANewFileWholeWithTheUsualPermissions) {
    write_text(at("out.json"), rules_, "{}\n");
    EXPECT_EQ(read(dir_ / "out.json"), "{}\n");
    EXPECT_EQ(names(), (std::set<std::string>{"out.json", "x.db"}));
    const mode_t mask = ::umask(0);
    ::umask(mask);
    struct stat status {};
    ASSERT_EQ(::stat(at("out.json").c_str(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0666 & ~mask);
}

// Past 8 MiB the file is written with O_DIRECT where the file system takes it, in aligned
// blocks, the unaligned rest through the cache: the bytes must come out the same whatever
// the pieces, flushes in the middle included (one before the switch leaves the file at an
// unaligned length, which the writer must first bring to a block boundary).
TEST_F(OutputFile, ALargeFileWrittenInOddPiecesComesOutWhole) {
    std::string expected;
    write_output_file(at("large.txt"), rules_, [&](std::ostream& out) {
        for (int piece = 0; expected.size() < (20u << 20) + 12345; ++piece) {
            const std::string text(static_cast<std::size_t>(1 + (piece * 7919) % 70001), static_cast<char>('a' + piece % 26));
            out << text;
            expected += text;
            if (piece % 37 == 0) out.flush();
        }
    });
    const std::string written = read(dir_ / "large.txt");
    ASSERT_EQ(written.size(), expected.size());
    EXPECT_TRUE(written == expected);
    EXPECT_EQ(names(), (std::set<std::string>{"large.txt", "x.db"}));
}

TEST_F(OutputFile, RefusesAnExistingFileUnlessForced) {
    write(dir_ / "out.json", "old");
    expect_error<usage_error>([&] { write_text(at("out.json"), rules_, "new"); }, "output '" + at("out.json") + "' exists; use --force to replace it");
    EXPECT_EQ(read(dir_ / "out.json"), "old");
    rules_.force = true;
    write_text(at("out.json"), rules_, "new");
    EXPECT_EQ(read(dir_ / "out.json"), "new");
    EXPECT_EQ(names(), (std::set<std::string>{"out.json", "x.db"}));
}

TEST_F(OutputFile, RefusesTheDatabaseByAnyName) {
    fs::create_symlink("x.db", dir_ / "symlink");
    fs::create_hard_link(dir_ / "x.db", dir_ / "hardlink");
    rules_.force = true;
    for (const std::string& name : {at("x.db"), at("./x.db"), at("../" + dir_.filename().string() + "/x.db"), at("symlink"), at("hardlink")}) {
        expect_error<usage_error>([&] { write_text(name, rules_, "export"); },
                                  "output '" + name + "' is the database '" + at("x.db") + "'; write the output elsewhere");
    }
    EXPECT_EQ(read(dir_ / "x.db"), "SQLite format 3");
}

// SQLite finds them beside the file the database's name resolves to.
TEST_F(OutputFile, RefusesTheDatabaseCompanionsThatDoNotExistYet) {
    fs::create_symlink("x.db", dir_ / "link.db");
    rules_.databases = {dir_ / "link.db"};
    rules_.force = true;
    for (const std::string suffix : {"wal", "shm", "journal"}) {
        expect_error<usage_error>([&] { write_text(at("x.db-" + suffix), rules_, "export"); },
                                  "is the " + suffix + " file of the database '" + at("link.db") + "'");
    }
    write_text(at("link.db-wal"), rules_, "not beside the real file: harmless");
    EXPECT_EQ(names(), (std::set<std::string>{"link.db", "link.db-wal", "x.db"}));
}

TEST_F(OutputFile, RefusesAnInput) {
    write(dir_ / "report.txt", "input");
    rules_.inputs = {dir_ / "report.txt"};
    rules_.force = true;
    expect_error<usage_error>([&] { write_text(at("report.txt"), rules_, "x"); }, "is the input '" + at("report.txt") + "'");
    EXPECT_EQ(read(dir_ / "report.txt"), "input");
}

TEST_F(OutputFile, RefusesAFolderAndNamesAMissingOne) {
    fs::create_directory(dir_ / "graphs");
    for (const std::string& name : {at("graphs"), at("graphs/"), at("new/")}) {
        expect_error<usage_error>([&] { check_output_file(name, rules_); }, "output '" + name + "' is a folder; name a file in it");
    }
    expect_error<io_error>([&] { check_output_file(at("missing/out.json"), rules_); },
                           at("missing") + ": no such folder (for the output '" + at("missing/out.json") + "')");
    expect_error<usage_error>([&] { check_output_file("", rules_); }, "output '' is not a file name");
}

TEST_F(OutputFile, ReplacesASymbolicLinkInsteadOfWritingThroughIt) {
    write(dir_ / "victim.txt", "precious");
    fs::create_symlink("victim.txt", dir_ / "out.json");
    fs::create_symlink("victim.txt", dir_ / "out.json.tmp");  // the old fixed temporary name
    rules_.force = true;
    write_text(at("out.json"), rules_, "export");
    EXPECT_FALSE(fs::is_symlink(dir_ / "out.json"));
    EXPECT_EQ(read(dir_ / "out.json"), "export");
    EXPECT_EQ(read(dir_ / "victim.txt"), "precious");
}

TEST_F(OutputFile, AWriterThatThrowsLeavesTheOldFileAndNoTemporary) {
    write(dir_ / "out.json", "old");
    rules_.force = true;
    EXPECT_THROW(write_output_file(at("out.json"), rules_,
                                   [](std::ostream& out) {
                                       out << std::string(200000, 'x');
                                       throw std::runtime_error("exporter failed");
                                   }),
                 std::runtime_error);
    EXPECT_EQ(read(dir_ / "out.json"), "old");
    EXPECT_EQ(names(), (std::set<std::string>{"out.json", "x.db"}));
}

TEST_F(OutputFile, AFailedStreamIsAnIoErrorAndLeavesNoTemporary) {
    expect_error<io_error>(
        [&] { write_output_file(at("out.json"), rules_, [](std::ostream& out) { out.setstate(std::ios::badbit); }); },
        at("out.json") + ": cannot write: ");
    EXPECT_EQ(names(), (std::set<std::string>{"x.db"}));
}

// Another program (a second export) creates the target while this one writes: without
// force, its file stays and this one is refused.
TEST_F(OutputFile, ATargetMadeMeanwhileIsNotReplacedWithoutForce) {
    expect_error<usage_error>([&] { write_output_file(at("out.json"), rules_, [&](std::ostream& out) {
                                  write(dir_ / "out.json", "the other export");
                                  out << "this export";
                              }); },
                              "output '" + at("out.json") + "' exists; use --force to replace it");
    EXPECT_EQ(read(dir_ / "out.json"), "the other export");
    EXPECT_EQ(names(), (std::set<std::string>{"out.json", "x.db"}));
}

}  // namespace
}  // namespace glossgraph
