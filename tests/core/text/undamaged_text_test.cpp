// Undamaged text is never changed: no run found and the text back byte for byte, in every
// clean sample, every fixture under tests/, and a synthetic corpus (bench/make_corpus),
// whose only runs are the samples' own, copied.
#include "core/diagnostics.hpp"
#include "core/errors.hpp"
#include "core/text/damaged_runs.hpp"
#include "core/text/encoding.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <set>
#include <sstream>
#include <unistd.h>

namespace glossgraph {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Expects the file, decoded as the text importer decodes it, to hold no run but those in
// `copied`, and to come back byte for byte when it holds none. Returns false for a file
// that is not text (binary, empty).
bool expect_undamaged(const fs::path& path, const std::set<std::string>& copied = {}) {
    CollectingDiagnostics ignored;
    std::string text;
    try {
        text = decode_text(slurp(path), path.string(), ignored).text;
    } catch (const parse_error&) {
        return false;
    }
    const RepairedText repaired = repair_damaged_runs(text);
    for (const DamagedRun& run : repaired.runs) EXPECT_TRUE(copied.contains(run.written)) << path << ": " << run.written;
    if (repaired.runs.empty()) {
        EXPECT_TRUE(repaired.text == text) << path;
    }
    return true;
}

std::size_t expect_folder_undamaged(const fs::path& folder, const std::set<std::string>& damaged,
                                    const std::set<std::string>& copied = {}) {
    std::size_t checked = 0;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        const std::string extension = entry.path().extension().string();
        if (!entry.is_regular_file() || damaged.contains(entry.path().filename().string())) continue;
        if (extension != ".txt" && extension != ".html" && extension != ".htm" && extension != ".tsv") continue;
        checked += expect_undamaged(entry.path(), copied) ? 1 : 0;
    }
    return checked;
}

TEST(UndamagedText, CleanSamples) {
    const fs::path samples = fs::path(GLOSSGRAPH_SOURCE_DIR) / "samples";
    for (const char* name : {"000_5b54c714a6bec26a.txt", "001_4e4f3f491fbc5ac3.txt", "002_56897e3e26716c43.txt"})
        EXPECT_TRUE(expect_undamaged(samples / name)) << name;
}

// Every fixture but those that hold damage: the damaged-runs truth (its runs as written),
// the text importer's fixture of sample 003's 四個最嚴 definition, the golden listing of
// sample 003's runs, and two real reports copied through the same sites (当?shù)貧v史,
// 我們?nèi)σ愿胺€).
TEST(UndamagedText, EveryFixture) {
    const std::set<std::string> damaged = {"damaged_runs_truth.tsv", "report_traditional_pinyin_annotations.txt", "damage_003.txt",
                                           "undated_浙江省_fotosdegogos-qynews-017795146-p7.txt", "2025_江苏省盐城市.txt"};
    EXPECT_GT(expect_folder_undamaged(fs::path(GLOSSGRAPH_SOURCE_DIR) / "tests", damaged), 100u);
}

#ifdef GLOSSGRAPH_MAKE_CORPUS
// The runs of samples 003 and 004 as written (damaged_runs_truth.tsv).
std::set<std::string> sample_runs() {
    std::set<std::string> runs;
    std::istringstream in(slurp(fs::path(GLOSSGRAPH_SOURCE_DIR) / "tests/core/text/damaged_runs_truth.tsv"));
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#') continue;
        const std::size_t third = line.find('\t', line.find('\t') + 1) + 1;
        runs.insert(line.substr(third, line.find('\t', third) - third));
    }
    return runs;
}

TEST(UndamagedText, SyntheticCorpus) {
    const fs::path folder = fs::temp_directory_path() / ("glossgraph_undamaged_" + std::to_string(::getpid()));
    fs::remove_all(folder);
    const std::string command = std::string(GLOSSGRAPH_MAKE_CORPUS) + " --regions 50 --years 2019-2020 " + folder.string() + " >/dev/null";
    ASSERT_EQ(std::system(command.c_str()), 0) << command;
    // make_corpus writes the samples' paragraphs into its reports, 003's and 004's damage
    // with them: those runs, and no other, are found.
    EXPECT_EQ(expect_folder_undamaged(folder, {}, sample_runs()), 100u);
    fs::remove_all(folder);
}
#endif

}  // namespace
}  // namespace glossgraph
