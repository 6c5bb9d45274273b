#include "importers/prepared_file.hpp"

#include "core/errors.hpp"
#include "tests/importers/whole_file.hpp"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>

namespace glossgraph {
namespace {

namespace fs = std::filesystem;

std::string fixture_path(const std::string& name) { return std::string(GLOSSGRAPH_FIXTURES) + "/" + name; }
std::string samples_path(const std::string& name) { return std::string(GLOSSGRAPH_SOURCE_DIR) + "/samples/" + name; }

using testing::slurp;

// The importers a PreparedFile points to: they must outlive it.
const ImporterRegistry& builtin_registry() {
    static const ImporterRegistry registry = [] {
        ImporterRegistry r;
        register_builtin_importers(r);
        return r;
    }();
    return registry;
}

// What a sink and a diagnostics reporter received, as one comparable text.
struct Received {
    CollectingSink sink;
    CollectingDiagnostics diagnostics;
    std::string failure;

    std::string text() const {
        std::ostringstream out;
        for (const ParsedReport& report : sink.reports) {
            const ReportMeta& m = report.meta;
            out << "report " << m.file << '|' << m.path << '|' << m.content_hash << '|' << m.encoding << '|' << m.format
                << '|' << m.title << '|' << m.year.value_or(0) << '|' << (m.region ? m.region->code : "-") << '|'
                << m.body.size() << '|' << m.anchors.size() << '\n';
            for (const GlossaryEntry& e : report.entries) {
                out << "  entry " << e.seq << '|' << e.term << '|' << e.key << '|' << e.definition << '|'
                    << e.parent_seq.value_or(-1) << '|' << e.line << '\n';
            }
        }
        out << "ended " << sink.ended << '\n';
        for (const Diagnostic& d : diagnostics.items) out << format_diagnostic(d) << '\n';
        out << "failure " << failure << '\n';
        return out.str();
    }
};

// The importer's own events for a file, read directly; after an error, the events emitted
// before it are dropped, as a PreparedFile drops them.
Received read_directly(const ImporterRegistry& registry, const std::string& path) {
    Received direct;
    try {
        const std::string bytes = slurp(path);
        const Importer& importer = registry.choose(path, std::string_view(bytes).substr(0, 4096), std::nullopt);
        importer.read(bytes, ImportContext{path, &Gazetteer::builtin(), &direct.diagnostics}, direct.sink);
    } catch (const error& e) {
        direct.failure = e.what();
        direct.sink = CollectingSink();
    }
    return direct;
}

TEST(PreparedFile, ReplaysExactlyWhatTheImporterEmits) {
    const ImporterRegistry& registry = builtin_registry();
    for (const char* name : {"report_simplified_with_glossary.txt", "report_gb18030.txt", "report_region_unknown.txt"}) {
        const std::string path = fixture_path(name);
        PreparedFile prepared(path);
        prepared.read(registry, std::nullopt);
        EXPECT_EQ(prepared.hash(), content_hash(slurp(path))) << name;
        EXPECT_EQ(prepared.format(), "text") << name;
        prepared.parse();
        Received replayed;
        prepared.replay(replayed.sink, replayed.diagnostics);
        EXPECT_TRUE(prepared.failure().empty()) << prepared.failure();
        EXPECT_EQ(replayed.text(), read_directly(registry, path).text()) << name;
        if (std::string_view(name) == "report_region_unknown.txt") {
            EXPECT_FALSE(replayed.diagnostics.items.empty()) << "its warnings are replayed too";
        }
    }
}

TEST(PreparedFile, ReleaseKeepsWhatTheStoreDecidesBy) {
    PreparedFile prepared(fixture_path("report_simplified_with_glossary.txt"));
    prepared.read(builtin_registry(), std::nullopt);
    EXPECT_GT(prepared.held_bytes(), 0u);
    prepared.parse();
    EXPECT_GT(prepared.held_bytes(), 0u);  // the body and the entries
    const std::string hash = prepared.hash();
    prepared.release();
    EXPECT_EQ(prepared.held_bytes(), 0u);
    EXPECT_EQ(prepared.hash(), hash);
    EXPECT_EQ(prepared.format(), "text");
}

TEST(PreparedFile, ReplayParsesAFileNotParsedYet) {
    const ImporterRegistry& registry = builtin_registry();
    const std::string path = fixture_path("report_simplified_with_glossary.txt");
    PreparedFile prepared(path);
    prepared.read(registry, std::nullopt);
    Received replayed;
    prepared.replay(replayed.sink, replayed.diagnostics);
    ASSERT_EQ(replayed.sink.reports.size(), 1u);
    EXPECT_EQ(replayed.sink.reports[0].entries.size(), 2u);
}

TEST(PreparedFile, AFileThatCannotBeReadIsAFailureNamingIt) {
    PreparedFile prepared(fixture_path("no_such_file.txt"));
    prepared.read(builtin_registry(), std::nullopt);
    EXPECT_TRUE(prepared.hash().empty());
    EXPECT_EQ(prepared.format(), "");
    EXPECT_NE(prepared.failure().find("no_such_file.txt: cannot read"), std::string::npos) << prepared.failure();
}

TEST(PreparedFile, AFileOverTheSizeLimitIsAFailureNamingItAndIsNotHashed) {
    const std::string path = fixture_path("report_simplified_with_glossary.txt");
    PreparedFile prepared(path);
    prepared.read(builtin_registry(), std::nullopt, 100);
    EXPECT_TRUE(prepared.hash().empty());
    EXPECT_EQ(prepared.failure(), path + ": file is " + std::to_string(fs::file_size(path)) +
                                      " bytes, over the limit of 100 bytes a report may have; not read (--max-file-size "
                                      "raises the limit)");
    PreparedFile enough(path);
    enough.read(builtin_registry(), std::nullopt, fs::file_size(path));
    EXPECT_EQ(enough.failure(), "");
}

TEST(PreparedFile, AFolderIsAFailureNotRead) {
    PreparedFile prepared(GLOSSGRAPH_FIXTURES);
    prepared.read(builtin_registry(), std::nullopt);
    EXPECT_EQ(prepared.failure(), std::string(GLOSSGRAPH_FIXTURES) + ": is a folder, not a regular file; not read");
}

TEST(PreparedFile, SizesAreShownInWholeUnitsOrWithTheExactBytes) {
    EXPECT_EQ(size_text(1023), "1023 bytes");
    EXPECT_EQ(size_text(1024), "1 KiB");
    EXPECT_EQ(size_text(std::uint64_t{64} << 20), "64 MiB");
    EXPECT_EQ(size_text((std::uint64_t{1} << 30) + 1), "1.0 GiB (1073741825 bytes)");
    EXPECT_EQ(size_text(1536), "1.5 KiB (1536 bytes)");
}

TEST(PreparedFile, ContentNoImporterTakesIsAFailureAfterHashing) {
    PreparedFile prepared(fixture_path("binary_nul_bytes.txt"));
    prepared.read(builtin_registry(), std::nullopt);
    EXPECT_EQ(prepared.hash().size(), 32u);  // a duplicate of a stored file is still found
    EXPECT_EQ(prepared.format(), "");
    EXPECT_NE(prepared.failure().find("binary_nul_bytes.txt"), std::string::npos) << prepared.failure();
    Received replayed;
    prepared.replay(replayed.sink, replayed.diagnostics);
    EXPECT_TRUE(replayed.sink.reports.empty());
}

TEST(PreparedFile, AParseErrorEmitsNothing) {
    PreparedFile prepared(fixture_path("empty.txt"));
    prepared.read(builtin_registry(), std::optional(Format::text));
    ASSERT_EQ(prepared.format(), "text") << prepared.failure();  // read and chosen: parsing fails
    prepared.parse();
    EXPECT_NE(prepared.failure().find("empty.txt"), std::string::npos) << prepared.failure();
    Received replayed;
    prepared.replay(replayed.sink, replayed.diagnostics);
    EXPECT_TRUE(replayed.sink.reports.empty());
    EXPECT_EQ(replayed.sink.ended, 0);
}

// The text samples and the HTML fixtures (some of which fail), read and parsed side by side.
TEST(PreparedFile, ReadAndParseOnEveryCoreMatchOneByOne) {
    const ImporterRegistry& registry = builtin_registry();
    std::vector<std::string> paths;
    for (const std::string& folder : {std::string(GLOSSGRAPH_SOURCE_DIR) + "/samples", fixture_path("html")}) {
        for (const auto& entry : fs::directory_iterator(folder)) {
            if (registry.claims_suffix(entry.path().string())) paths.push_back(entry.path().string());
        }
    }
    std::sort(paths.begin(), paths.end());
    ASSERT_GT(paths.size(), 10u);
    std::vector<PreparedFile> files(paths.begin(), paths.end());
    read_all(files, std::vector<bool>(files.size(), true), registry, std::nullopt);
    std::vector<bool> wanted(files.size(), true);
    wanted[1] = false;  // left to replay, which parses it
    parse_all(files, wanted);
    int failed = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
        Received replayed;
        files[i].replay(replayed.sink, replayed.diagnostics);
        replayed.failure = files[i].failure();
        failed += !replayed.failure.empty();
        EXPECT_EQ(replayed.text(), read_directly(registry, paths[i]).text()) << paths[i];
    }
    EXPECT_GT(failed, 0);  // failures are compared too
}

TEST(PreparedFile, UnwantedFilesAreNotRead) {
    std::vector<PreparedFile> files;
    files.emplace_back(samples_path("000_5b54c714a6bec26a.txt"));
    read_all(files, {false}, builtin_registry(), std::nullopt);
    EXPECT_TRUE(files[0].hash().empty());
    EXPECT_TRUE(files[0].failure().empty());
}

class BatchEnd : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("glossgraph-batch-" + std::to_string(::getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    // A file of `size` bytes (sparse: no disk is used).
    std::string file(const std::string& name, std::uintmax_t size) {
        const fs::path path = dir_ / name;
        std::ofstream(path).put('x');
        fs::resize_file(path, size);
        return path.string();
    }
    fs::path dir_;
};

TEST_F(BatchEnd, AtMostThirtyTwoFiles) {
    std::vector<std::string> paths;
    for (int i = 0; i < 40; ++i) paths.push_back(file(std::to_string(100 + i) + ".txt", 1000));
    EXPECT_EQ(batch_end(paths, 0), kFilesPerBatch);
    EXPECT_EQ(batch_end(paths, kFilesPerBatch), 40u);
    EXPECT_EQ(batch_end(paths, 39), 40u);
}

TEST_F(BatchEnd, ALargeFileEndsItsBatch) {
    const std::vector<std::string> paths{file("a.txt", 1000), file("big.txt", kBytesPerBatch), file("c.txt", 1000),
                                         file("huge.txt", 3 * kBytesPerBatch), file("e.txt", 1000)};
    EXPECT_EQ(batch_end(paths, 0), 2u);  // a, then big fills the batch
    EXPECT_EQ(batch_end(paths, 2), 4u);  // c, then huge
    EXPECT_EQ(batch_end(paths, 3), 4u);  // huge alone
    EXPECT_EQ(batch_end(paths, 4), 5u);
}

TEST_F(BatchEnd, AFileThatCannotBeStatedCountsAsEmpty) {
    const std::vector<std::string> paths{(dir_ / "missing.txt").string(), file("b.txt", 10)};
    EXPECT_EQ(batch_end(paths, 0), 2u);
}

}  // namespace
}  // namespace glossgraph
