// Throughput of the text layer on the sample reports, concatenated and repeated to ~8 MB:
// to_simplified against ICU's transliterator, annotation stripping, decoding, the key form,
// script detection.
//   text_bench [--benchmark_filter=...]
#include "core/diagnostics.hpp"
#include "core/text/annotations.hpp"
#include "core/text/encoding.hpp"
#include "core/text/normalize.hpp"
#include "core/text/script.hpp"

#include <benchmark/benchmark.h>
#include <unicode/translit.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

namespace {

constexpr std::size_t corpus_size = 8u << 20;

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string build_corpus() {
    std::string samples;
    for (const char* name : {"000_5b54c714a6bec26a.txt", "001_4e4f3f491fbc5ac3.txt", "002_56897e3e26716c43.txt",
                             "003_69fdf8d6d7fd43b7.txt", "004_377fd206c21df32a.txt"})
        samples += read_file(std::string(GLOSSGRAPH_SOURCE_DIR) + "/samples/" + name);
    if (samples.empty()) {
        std::cerr << "text_bench: cannot read the samples under " << GLOSSGRAPH_SOURCE_DIR << "/samples\n";
        std::exit(1);
    }
    std::string corpus;
    while (corpus.size() < corpus_size) corpus += samples;
    return corpus;
}

const std::string& corpus() {
    static const std::string instance = build_corpus();
    return instance;
}

const std::string& corpus_gb18030() {
    static const std::string instance = [] {
        const std::string& utf8 = corpus();
        std::string out(utf8.size() * 2, '\0');
        UErrorCode status = U_ZERO_ERROR;
        const int32_t length = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                            utf8.data(), static_cast<int32_t>(utf8.size()), &status);
        out.resize(U_SUCCESS(status) ? static_cast<std::size_t>(length) : 0);
        return out;
    }();
    return instance;
}

void set_bytes(benchmark::State& state, std::size_t bytes) {
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
}

void BM_ToSimplified(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(glossgraph::to_simplified(corpus()));
    set_bytes(state, corpus().size());
}

// UTF-8 in and out, as to_simplified: the conversions are part of what a caller would pay.
void BM_IcuTransliterator(benchmark::State& state) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t2s(
        icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
        state.SkipWithError("cannot open ICU Traditional-Simplified");
        return;
    }
    for (auto _ : state) {
        icu::UnicodeString text = icu::UnicodeString::fromUTF8(corpus());
        t2s->transliterate(text);
        std::string out;
        text.toUTF8String(out);
        benchmark::DoNotOptimize(out);
    }
    set_bytes(state, corpus().size());
}

void BM_StripPinyinAnnotations(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(glossgraph::strip_pinyin_annotations(corpus()));
    set_bytes(state, corpus().size());
}

void BM_DecodeTextUtf8(benchmark::State& state) {
    glossgraph::CollectingDiagnostics diagnostics;
    for (auto _ : state) benchmark::DoNotOptimize(glossgraph::decode_text(corpus(), "corpus.txt", diagnostics));
    set_bytes(state, corpus().size());
}

void BM_DecodeTextGb18030(benchmark::State& state) {
    glossgraph::CollectingDiagnostics diagnostics;
    for (auto _ : state) benchmark::DoNotOptimize(glossgraph::decode_text(corpus_gb18030(), "corpus.txt", diagnostics));
    set_bytes(state, corpus_gb18030().size());
}

// The key form of a body, as linking makes it before scanning: one buffer for every text.
void BM_ToKeyText(benchmark::State& state) {
    glossgraph::KeyedText keyed;
    for (auto _ : state) {
        glossgraph::to_key_text(corpus(), keyed);
        benchmark::DoNotOptimize(keyed.text.data());
    }
    set_bytes(state, corpus().size());
}

void BM_DetectScript(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(glossgraph::detect_script(corpus()));
    set_bytes(state, corpus().size());
}

}  // namespace

BENCHMARK(BM_ToSimplified)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IcuTransliterator)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StripPinyinAnnotations)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeTextUtf8)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeTextGb18030)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ToKeyText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DetectScript)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
