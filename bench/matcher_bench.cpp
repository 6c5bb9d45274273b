// Throughput of MultiMatcher on the sample reports, concatenated and repeated to ~100 MB,
// and the time to build it. The patterns, like a real glossary store's, mix terms that occur
// and terms that never do: every glossary term of tests/GOLD.json, CJK substrings of the
// samples (2-8 characters) and random CJK strings absent from the samples, half and half.
//   matcher_bench [--benchmark_filter=...]
#include "core/link/matcher.hpp"

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <unordered_set>
#include <vector>

namespace {

using glossgraph::MultiMatcher;

constexpr std::size_t corpus_size = std::size_t{100} << 20;
constexpr std::uint32_t seed = 20240710;

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (bytes.str().empty()) {
        std::cerr << "matcher_bench: cannot read " << path << '\n';
        std::exit(1);
    }
    return bytes.str();
}

const std::string& samples() {
    static const std::string instance = [] {
        std::string all;
        for (const char* name : {"000_5b54c714a6bec26a.txt", "001_4e4f3f491fbc5ac3.txt", "002_56897e3e26716c43.txt",
                                 "003_69fdf8d6d7fd43b7.txt", "004_377fd206c21df32a.txt"})
            all += read_file(std::string(GLOSSGRAPH_SOURCE_DIR) + "/samples/" + name);
        return all;
    }();
    return instance;
}

const std::string& corpus() {
    static const std::string instance = [] {
        std::string text;
        text.reserve(corpus_size + samples().size());
        while (text.size() < corpus_size) text += samples();
        return text;
    }();
    return instance;
}

std::vector<std::string> gold_terms() {
    const auto gold = nlohmann::json::parse(read_file(std::string(GLOSSGRAPH_SOURCE_DIR) + "/tests/GOLD.json"));
    std::set<std::string> terms;
    for (const auto& [name, report] : gold.items())
        if (report.is_object() && report.contains("entries"))
            for (const auto& entry : report["entries"]) terms.insert(entry["term"].get<std::string>());
    return {terms.begin(), terms.end()};
}

// A CJK unified ideograph is three bytes with a lead byte E4..E9 (U+4E00..U+9FFF).
bool is_ideograph_at(const std::string& text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    return lead >= 0xE4 && lead <= 0xE9 && at + 3 <= text.size();
}

// A run of 2-8 ideographs starting at a random ideograph of the samples.
std::string random_substring(std::mt19937& random) {
    const std::string& text = samples();
    std::uniform_int_distribution<std::size_t> position(0, text.size() - 1);
    const std::size_t chars = std::uniform_int_distribution<std::size_t>(2, 8)(random);
    for (;;) {
        const std::size_t begin = position(random);
        std::size_t end = begin;
        while (end - begin < chars * 3 && is_ideograph_at(text, end)) end += 3;
        if (end - begin == chars * 3) return text.substr(begin, end - begin);
    }
}

std::string encode_ideograph(std::uint32_t code_point) {
    return {static_cast<char>(0xE0 | (code_point >> 12)), static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)),
            static_cast<char>(0x80 | (code_point & 0x3F))};
}

// 2-8 random ideographs whose first two never stand together in the samples.
std::string random_absent(std::mt19937& random, const std::unordered_set<std::string>& sample_bigrams) {
    std::uniform_int_distribution<std::uint32_t> ideograph(0x4E00, 0x9FA5);
    const std::size_t chars = std::uniform_int_distribution<std::size_t>(2, 8)(random);
    for (;;) {
        std::string s;
        for (std::size_t i = 0; i < chars; ++i) s += encode_ideograph(ideograph(random));
        if (!sample_bigrams.contains(s.substr(0, 6))) return s;
    }
}

std::unordered_set<std::string> sample_bigrams() {
    const std::string text = samples() + samples().substr(0, 64);  // the repetition seam too
    std::unordered_set<std::string> bigrams;
    for (std::size_t at = 0; at + 6 <= text.size(); ++at)
        if (is_ideograph_at(text, at) && is_ideograph_at(text, at + 3)) bigrams.insert(text.substr(at, 6));
    return bigrams;
}

std::vector<std::string> make_patterns(std::size_t count) {
    std::vector<std::string> patterns = gold_terms();
    std::mt19937 random(seed);
    std::set<std::string> seen(patterns.begin(), patterns.end());
    const std::size_t present = count / 2;
    while (patterns.size() < present)
        if (std::string s = random_substring(random); seen.insert(s).second) patterns.push_back(std::move(s));
    const auto bigrams = sample_bigrams();
    while (patterns.size() < count)
        if (std::string s = random_absent(random, bigrams); seen.insert(s).second) patterns.push_back(std::move(s));
    return patterns;
}

const std::vector<std::string>& patterns(std::int64_t count) {
    static std::map<std::int64_t, std::vector<std::string>> made;
    auto [at, inserted] = made.try_emplace(count);
    if (inserted) at->second = make_patterns(static_cast<std::size_t>(count));
    return at->second;
}

// The whole corpus in one call, into a buffer reused across iterations: the scan itself,
// not the allocation of some hundred MB of results.
void scan(benchmark::State& state) {
    const MultiMatcher matcher(patterns(state.range(0)));
    const std::string& text = corpus();
    std::vector<glossgraph::PatternMatch> found;
    matcher.find_all(text, found);  // sizes the buffer outside the timing
    for (auto _ : state) {
        found.clear();
        matcher.find_all(text, found);
        benchmark::DoNotOptimize(found.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.counters["text_MB"] = static_cast<double>(text.size()) / 1e6;
    state.counters["matches"] = static_cast<double>(found.size());
    state.counters["automaton_MB"] = static_cast<double>(matcher.memory_bytes()) / 1e6;
}
BENCHMARK(scan)->Arg(10'000)->Arg(100'000)->MinTime(2.0)->Unit(benchmark::kMillisecond);

// The five sample reports once (262 KB) into a fresh vector, the way the linker calls it.
void scan_reports(benchmark::State& state) {
    const MultiMatcher matcher(patterns(state.range(0)));
    const std::string& text = samples();
    std::size_t matches = 0;
    for (auto _ : state) {
        matches = matcher.find_all(text).size();
        benchmark::DoNotOptimize(matches);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
    state.counters["matches"] = static_cast<double>(matches);
}
BENCHMARK(scan_reports)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

void build(benchmark::State& state) {
    const auto& list = patterns(state.range(0));
    std::size_t memory = 0;
    for (auto _ : state) {
        const MultiMatcher matcher(list);
        memory = matcher.memory_bytes();
        benchmark::DoNotOptimize(memory);
    }
    state.counters["automaton_MB"] = static_cast<double>(memory) / 1e6;
}
BENCHMARK(build)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
