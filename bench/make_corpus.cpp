// Writes a synthetic national corpus of government work reports for the import and `differing`
// benchmarks (bench/run_corpus_bench.sh): one report per region and year, named {code}_{year}.txt.
//   make_corpus OUTDIR [--regions 3000] [--retired 0] [--renamed 0] [--years 2019-2023] [--seed 2260] [--source DIR]
//               [--lineage 0]
//
// Regions are GB/T 2260 counties (then prefectures, when more regions are asked for than there
// are counties) from data/gazetteer, each in the years of --years in which its code was in use
// (core/region_history.hpp), and with --retired N also N counties whose codes were retired
// since (罗江县 510626), each in its own years, named as then, and with --renamed N N counties
// renamed under their own code (桥东区 130502, 襄都区 since 2020) under their former names in the
// years they had them: the file name is the truth of
// each report's region and year (bench/check_corpus_regions.py). A report is a header in the samples' style, a body of
// 60-100 KB assembled from runs of the sample reports' paragraphs with the samples' place names
// replaced by the region's, mentions of its glossary terms, a closing paragraph, and a glossary
// of 10-30 entries. The vocabulary is built from the samples' glossaries: national terms (the
// real ones and synthetic ones, popular ones picked by many regions), provincial terms (shared
// within a province) and local terms (unique to one region). Shared terms have one to four
// readings: the base definition, one enumerated item replaced, an item dropped, a clause added;
// some regions write a numeral variant (两品一标 / 二品一标) or drop the quotes.
// About one report in ten is traditional (bodies of samples 003/004, glossary converted by ICU),
// a few are GB18030 or CRLF. With --lineage N, N more terms are planted with a known lineage
// (bench/corpus_lineage.hpp: copied down, up and across the region tree, adapted, rewritten),
// the regions their trees need are added, and the truth is written to OUTDIR/lineage_truth.tsv.
//
// Same arguments, same bytes: every choice comes from our own seeded generator (the standard
// distributions differ between standard libraries) and nothing depends on the clock.
#include "bench/corpus_lineage.hpp"
#include "bench/corpus_report.hpp"
#include "core/output_file.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ostream>
#include <string>
#include <vector>

namespace glossgraph::corpus {
namespace {

std::string with_crlf(const std::string& text) {
    std::string out;
    out.reserve(text.size() + text.size() / 50);
    for (char c : text) {
        if (c == '\n') out += '\r';
        out += c;
    }
    return out;
}

// The files of the corpus replace their namesakes (a run over an older corpus), whole or not
// at all, but never a sample or gazetteer file read to make them, wherever OUTDIR is.
// Benchmark data is thrown away, so it is not synced to disk.
OutputRules output_rules(const fs::path& source) {
    OutputRules rules;
    rules.force = true;
    rules.sync = false;
    for (const fs::path& folder : {source / "samples", source / "data" / "gazetteer"}) {
        for (const auto& entry : fs::directory_iterator(folder)) rules.inputs.push_back(entry.path());
    }
    return rules;
}

void write_file(const fs::path& path, const std::string& bytes, const OutputRules& rules) {
    write_output_file(path.string(), rules, [&](std::ostream& out) { out.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); });
}

std::vector<int> parse_years(const std::string& spec) {
    const auto dash = spec.find('-');
    const int first = std::stoi(spec.substr(0, dash));
    const int last = dash == std::string::npos ? first : std::stoi(spec.substr(dash + 1));
    if (first < 1990 || last > 2100 || last < first) throw CLI::ValidationError("--years", "expected FIRST-LAST, e.g. 2019-2023");
    std::vector<int> years;
    for (int y = first; y <= last; ++y) years.push_back(y);
    return years;
}

void summarize(const Stats& stats, std::size_t regions, std::size_t retired, std::size_t renamed, std::size_t years, const fs::path& out,
               double seconds) {
    std::size_t shared = 0, differing = 0;
    for (auto& [key, t] : stats.terms) {
        shared += t.regions > 1;
        differing += t.regions > 1 && t.readings.size() > 1;
    }
    const double mb = static_cast<double>(stats.bytes) / 1e6, terms = static_cast<double>(stats.terms.size());
    const std::string former = renamed ? ", " + std::to_string(renamed) + " counties under former names" : "";
    std::printf("wrote %zu reports (%zu regions and %zu retired counties%s, %zu years, each region in the years it was in use) to %s\n",
                stats.files, regions, retired, former.c_str(), years, out.c_str());
    std::printf("total %zu bytes (%.1f MB) in %.1f s (%.0f MB/s)\n", stats.bytes, mb, seconds, mb / seconds);
    std::printf("traditional %zu, GB18030 %zu, CRLF %zu\n", stats.traditional, stats.gb18030, stats.crlf);
    std::printf("glossary entries %zu; distinct terms %zu; defined by several regions %zu (%.1f%%), "
                "with differing definitions %zu (%.1f%%)\n",
                stats.entries, stats.terms.size(), shared, 100.0 * static_cast<double>(shared) / terms, differing,
                100.0 * static_cast<double>(differing) / terms);
}

int run(const fs::path& out, std::size_t region_count, std::size_t retired_count, std::size_t renamed_count, const std::vector<int>& years,
        std::uint64_t seed, const fs::path& source, std::size_t lineage_terms) {
    const auto started = std::chrono::steady_clock::now();
    Converter conv;
    const auto samples = load_samples(source / "samples");
    const Words words = cut_words(samples);
    const Divisions divisions = load_divisions(source / "data" / "gazetteer");
    auto regions = load_regions(divisions, region_count, seed, years);
    if (regions.size() < region_count)
        std::fprintf(stderr, "make_corpus: only %zu regions in the gazetteer; using them all\n", regions.size());
    const auto trees = choose_lineage_trees(divisions, regions, lineage_terms, seed);
    auto added = missing_regions(divisions, regions, trees);
    set_years_in_use(added, years);
    regions.insert(regions.end(), added.begin(), added.end());
    std::sort(regions.begin(), regions.end(), [](const Region& a, const Region& b) { return a.code < b.code; });
    const auto retired = load_retired(retired_count, seed, years);
    if (retired.size() < retired_count)
        std::fprintf(stderr, "make_corpus: only %zu retired counties in use in those years; using them all\n", retired.size());
    const auto renamed = load_renamed(renamed_count, seed, years);
    if (renamed.size() < renamed_count)
        std::fprintf(stderr, "make_corpus: only %zu counties renamed under their code in use in those years; using them all\n",
                     renamed.size());
    const std::size_t today_count = regions.size();
    regions.insert(regions.end(), retired.begin(), retired.end());
    regions.insert(regions.end(), renamed.begin(), renamed.end());
    Vocabulary vocabulary = build_vocabulary(samples, words, regions, years, conv, seed);
    const std::size_t shared_terms = vocabulary.terms.size();
    auto plans = plan_regions(vocabulary, words, regions, years, seed);
    const auto truth = plant_lineage(vocabulary, words, regions, plans, years, trees, seed);
    std::size_t provincial = 0;
    for (auto& [name, ids] : vocabulary.provincial) provincial += ids.size();
    std::printf("vocabulary: %zu national terms (%zu from the samples' glossaries), %zu provincial, %zu local\n",
                vocabulary.national.size(), vocabulary.from_samples, provincial, vocabulary.terms.size() - shared_terms);
    fs::create_directories(out);
    const OutputRules rules = output_rules(source);
    if (lineage_terms > 0) {
        write_file(out / "lineage_truth.tsv", truth_tsv(truth), rules);
        std::printf("lineage: %zu planted terms, %zu definitions (%zu regions added for their trees); truth in %s\n",
                    trees.size(), truth.size(), added.size(), (out / "lineage_truth.tsv").c_str());
    }
    ReportWriter writer(samples, words, vocabulary, conv);
    Stats stats;
    for (std::size_t i = 0; i < regions.size(); ++i)
        for (std::size_t y = 0; y < years.size(); ++y) {
            if (!std::binary_search(regions[i].years.begin(), regions[i].years.end(), years[y])) continue;
            Rng rng(mix(seed, std::stoull(regions[i].code), static_cast<std::uint64_t>(years[y])));
            const Style style = choose_style(rng);
            std::string text = writer.compose(regions[i], plans[i], i, years[y], y, style, rng, stats);
            if (style.crlf) text = with_crlf(text);
            if (style.gb18030) text = Converter::gb18030(text);
            write_file(out / (regions[i].code + "_" + std::to_string(years[y]) + ".txt"), text, rules);
            stats.files += 1;
            stats.bytes += text.size();
            stats.traditional += style.traditional;
            stats.gb18030 += style.gb18030;
            stats.crlf += style.crlf;
        }
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - started;
    summarize(stats, today_count, retired.size(), renamed.size(), years.size(), out, elapsed.count());
    return 0;
}

}  // namespace
}  // namespace glossgraph::corpus

int main(int argc, char** argv) {
    CLI::App app{"Writes a synthetic national corpus of government work reports ({code}_{year}.txt) for benchmarks."};
    std::string out, years_spec = "2019-2023", source = GLOSSGRAPH_SOURCE_DIR;
    std::size_t regions = 3000, retired = 0, renamed = 0, lineage = 0;
    std::uint64_t seed = 2260;
    app.add_option("outdir", out, "Directory to write into (created when missing; files of the same names are overwritten)")
        ->required();
    app.add_option("--regions", regions, "Number of regions: counties first, then prefectures")->check(CLI::Range(1, 100000));
    app.add_option("--retired", retired,
                   "Also this many counties whose codes were retired since (罗江县 510626), each in the years it was in use")
        ->check(CLI::Range(0, 100000));
    app.add_option("--renamed", renamed,
                   "Also this many counties renamed under their own code (桥东区 130502, 襄都区 since 2020), under their former "
                   "names in the years they had them")
        ->check(CLI::Range(0, 100000));
    app.add_option("--years", years_spec, "Report years, FIRST-LAST");
    app.add_option("--seed", seed, "Seed: the same arguments write the same bytes");
    app.add_option("--source", source, "Source tree holding samples/ and data/gazetteer/");
    app.add_option("--lineage", lineage, "Plant this many terms with a known lineage; the truth goes to OUTDIR/lineage_truth.tsv")
        ->check(CLI::Range(0, 100000));
    CLI11_PARSE(app, argc, argv);
    try {
        return glossgraph::corpus::run(out, regions, retired, renamed, glossgraph::corpus::parse_years(years_spec), seed, source, lineage);
    } catch (const CLI::Error& e) {
        return app.exit(e);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "make_corpus: %s\n", e.what());
        return 1;
    }
}
