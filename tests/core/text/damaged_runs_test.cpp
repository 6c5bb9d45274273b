// The repair as a whole: fixtures the simulator damages from clean text (the truth known),
// and samples 003 and 004 against their hand-checked truth (damaged_runs_truth.tsv).
#include "core/text/damaged_runs.hpp"

#include "tests/core/text/damage_simulator.hpp"

#include <fstream>
#include <gtest/gtest.h>
#include <map>
#include <sstream>
#include <thread>
#include <vector>

namespace glossgraph {
namespace {

using damage_simulator::damage;

TEST(DamagedRuns, RepairsWhatTheSimulatorDamaged) {
    const std::string clean = "各位代表:\n我們在市委、市政府的堅強領導下,全面深化改革。\n";
    const std::string damaged = damage(clean, {{"冊", "cè"}}, {"、"});
    ASSERT_NE(damaged, clean);
    const RepairedText repaired = repair_damaged_runs(damaged);
    EXPECT_EQ(repaired.text, clean);
    ASSERT_EQ(repaired.runs.size(), 1u);
    EXPECT_EQ(repaired.runs[0].line, 2);
    EXPECT_EQ(repaired.runs[0].column, std::string("我們").size());
    EXPECT_EQ(repaired.runs[0].written, "?cè)谑形?");
    EXPECT_EQ(repaired.runs[0].repaired, "在市委");
    EXPECT_EQ(repaired.runs[0].before, "我們");
    EXPECT_EQ(repaired.runs[0].after, "、市政府的堅強領");
}

// 危化品、 and 危化、 are damaged alike (?;? before 、: AF C6 of 化品 is user-defined, lost):
// a reading that ends before the lost pair is no sure repair while the one that restores it
// is a rival (unseen reports: tests/core/text/trial_texts gd2023 to gd2025).
TEST(DamagedRuns, ALostPairBeforeTheRunsEndIsNotReadAway) {
    const std::string clean =
        "嚴格落實安全生產責任制,加強道路交通、城鎮燃氣、自建房、危化品、消防、水上交通和漁業船舶等重點領域安全監管。\n"
        "全面開展安全生產治本攻堅三年行動,加強道路交通、自建房、危化品、非煤礦山、城鎮燃氣、消防等重點領域安全整治。\n";
    const std::string damaged = damage(clean, {}, {"、", "。", "！", "？", "；"});
    ASSERT_NE(damaged, clean);
    const RepairedText repaired = repair_damaged_runs(damaged);
    EXPECT_EQ(repaired.text.find("危化、"), std::string::npos) << repaired.text;
}

// The example: the 四個最嚴 definition of sample 003, made from its clean text.
TEST(DamagedRuns, FourStrictestDefinitionReadsAsWritten) {
    const std::string clean = "四個最嚴:最嚴謹的標準、最嚴格的監管、最嚴厲的處罰、最嚴肅的問責。";
    const std::string damaged = damage(clean, {{"數", "shù"}, {"標", "biāo"}}, {});
    EXPECT_EQ(damaged, "四個最嚴:最嚴謹?shù)臉?biāo)準、最嚴格的監管、最嚴厲的處罰、最嚴肅的問責。");
    // The annotation of 標 stays (the importer strips annotations); the run is gone.
    EXPECT_EQ(repair_damaged_runs(damaged).text, "四個最嚴:最嚴謹的標(biāo)準、最嚴格的監管、最嚴厲的處罰、最嚴肅的問責。");
}

// A thread keeps the options of places from text to text (they depend on the place and the
// script alone): the same text repairs alike after texts of either script.
TEST(DamagedRuns, ARepairDoesNotDependOnTheTextsBefore) {
    const std::string traditional = damage("我們在市委、市政府的堅強領導下,當前\n", {{"冊", "cè"}}, {"、"});
    const std::string simplified = damage("我们在市委、市政府的坚强领导下,当前\n", {{"册", "cè"}}, {"、"});
    const RepairedText first = repair_damaged_runs(traditional);
    repair_damaged_runs(simplified);
    const RepairedText again = repair_damaged_runs(traditional);
    EXPECT_EQ(again.text, first.text);
    ASSERT_EQ(again.runs.size(), first.runs.size());
    for (std::size_t i = 0; i < again.runs.size(); ++i) EXPECT_EQ(again.runs[i].repaired, first.runs[i].repaired);
}

// Taken by value, a text without a run comes back as the same string, not a copy.
TEST(DamagedRuns, TextWithoutARunIsMovedBack) {
    std::string clean(4096, 'x');
    clean += "?\n";  // a question mark that opens no run
    const char* const bytes = clean.data();
    const RepairedText repaired = repair_damaged_runs(std::move(clean));
    EXPECT_TRUE(repaired.runs.empty());
    EXPECT_EQ(repaired.text.data(), bytes);
}

// A run whose closing '?' swallowed a digit is found and flagged, whatever its reading:
// the digit is gone and no reading gives it back.
TEST(DamagedRuns, ARunThatLostADigitIsFlagged) {
    const std::string damaged = damage("我們在市里程1萬公里\n", {{"冊", "cè"}}, {});
    const RepairedText repaired = repair_damaged_runs(damaged);
    EXPECT_EQ(repaired.text, damaged);
    ASSERT_EQ(repaired.runs.size(), 1u);
    EXPECT_FALSE(repaired.runs[0].repaired.has_value());
}

// The report's own pairs only raise: they may raise the run as written above every repair,
// and the second pass then has no reading at all. The run stays as written, flagged.
TEST(DamagedRuns, ASecondPassWithoutAReadingKeepsTheRunAsWritten) {
    std::string text = damage("我們在市委、市政府\n", {{"冊", "cè"}}, {"、"});
    for (int i = 0; i < 40; ++i) text += "們?c1 cè)谑形?1\n";  // the run's own pairs, 40 times over
    const RepairedText repaired = repair_damaged_runs(text);
    ASSERT_FALSE(repaired.runs.empty());
    EXPECT_EQ(repaired.runs[0].written, "?cè)谑形?");
    EXPECT_FALSE(repaired.runs[0].repaired.has_value());
}

// Repairs in several threads at once (the import's workers share the options of places and
// lease buffers from one pool) are those of one thread, text by text.
TEST(DamagedRuns, RepairsInThreadsAreThoseOfOneThread) {
    std::vector<std::string> texts;
    for (const std::string clean : {"我們在市委、市政府的堅強領導下\n", "最嚴謹的標準、最嚴格的監管\n", "壓縮至3個工作日。“一網通辦”\n"})
        texts.push_back(damage(clean + clean, {{"冊", "cè"}, {"數", "shù"}, {"標", "biāo"}}, {"、", "！"}));
    std::vector<std::string> alone;
    for (const std::string& text : texts) alone.push_back(repair_damaged_runs(text).text);
    std::vector<std::vector<std::string>> together(4);
    {
        std::vector<std::jthread> threads;
        for (std::vector<std::string>& out : together)
            threads.emplace_back([&texts, &out] {
                for (int round = 0; round < 20; ++round)
                    for (const std::string& text : texts) out.push_back(repair_damaged_runs(text).text);
            });
    }
    for (const std::vector<std::string>& out : together)
        for (std::size_t i = 0; i < out.size(); ++i) EXPECT_EQ(out[i], alone[i % texts.size()]);
}

TEST(DamagedRuns, ADoubtfulRunIsKeptAsWrittenAndFlagged) {
    const std::string damaged = damage("壓縮至3個工作日。“一網通辦”\n", {}, {"！"});
    const RepairedText repaired = repair_damaged_runs(damaged);
    EXPECT_EQ(repaired.text, damaged);
    ASSERT_EQ(repaired.runs.size(), 1u);
    EXPECT_FALSE(repaired.runs[0].repaired.has_value());
    EXPECT_EQ(repaired.runs[0].written.substr(0, 2), "?!");
}

TEST(DamagedRuns, TextWithoutARunComesBackByteForByte) {
    for (const std::string text : {"", "\n", "是什么?我们\r\n", "a?b?c", "“四个最严”?。\n最后一行没有换行"}) {
        const RepairedText repaired = repair_damaged_runs(text);
        EXPECT_EQ(repaired.text, text);
        EXPECT_TRUE(repaired.runs.empty()) << text;
    }
}

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// (line, written) -> what it read before the damage, of one sample.
std::map<std::pair<int, std::string>, std::string> truth_of(const std::string& sample) {
    std::map<std::pair<int, std::string>, std::string> truth;
    std::istringstream in(slurp(std::string(GLOSSGRAPH_SOURCE_DIR) + "/tests/core/text/damaged_runs_truth.tsv"));
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#' || !line.starts_with(sample)) continue;
        std::istringstream fields(line);
        std::string report, number, written, expected;
        std::getline(fields, report, '\t') && std::getline(fields, number, '\t') && std::getline(fields, written, '\t');
        std::getline(fields, expected);
        truth[{std::stoi(number), written}] = expected;
    }
    return truth;
}

// Every run of the truth found, none outside it, none repaired wrongly; the floor of exact
// repairs is the one measured (tests/core/text/measure_damage.py), so that it cannot slip.
TEST(DamagedRuns, SamplesAgainstTheirTruth) {
    int exact = 0;
    for (const std::string sample : {"003_69fdf8d6d7fd43b7.txt", "004_377fd206c21df32a.txt"}) {
        const auto truth = truth_of(sample);
        const RepairedText repaired = repair_damaged_runs(slurp(std::string(GLOSSGRAPH_SOURCE_DIR) + "/samples/" + sample));
        EXPECT_EQ(repaired.runs.size(), truth.size()) << sample;
        for (const DamagedRun& run : repaired.runs) {
            const auto found = truth.find({run.line, run.written});
            ASSERT_NE(found, truth.end()) << sample << ":" << run.line << " " << run.written;
            if (run.repaired) {
                EXPECT_EQ(*run.repaired, found->second) << sample << ":" << run.line;
            }
            exact += run.repaired == found->second ? 1 : 0;
        }
    }
    EXPECT_GE(exact, 42);  // README, Damaged runs: the runs left and why
}

}  // namespace
}  // namespace glossgraph
