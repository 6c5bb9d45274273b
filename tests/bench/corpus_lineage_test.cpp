// Lineage measured against the truth make_corpus --lineage plants (bench/corpus_lineage.hpp):
// the planted definitions are put in a GraphData as the store would read them (regions with
// their ancestors from the built-in gazetteer, a report per region and year) and each planted
// term's lineage is compared with the truth. Prints precision and recall over a range of
// thresholds: the measurement behind kDefaultLineageThreshold (README, "Lineage").
#include "bench/corpus_lineage.hpp"
#include "core/gazetteer.hpp"
#include "core/graph/lineage.hpp"
#include "core/text/normalize.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

namespace glossgraph {
namespace {

namespace corpus = glossgraph::corpus;

struct Planted {
    std::vector<corpus::LineageTruth> truth;
    GraphData data;
};

std::string report_name(const std::string& code, int year) {
    std::string name = code;
    name += '_';
    name += std::to_string(year);
    name += ".txt";
    return name;
}

// The corpus of make_corpus --regions 300 --years 2019-2023 --lineage 400, planted terms only.
Planted planted() {
    const std::filesystem::path source = GLOSSGRAPH_SOURCE_DIR;
    const std::uint64_t seed = 2260;
    const corpus::Divisions divisions = corpus::load_divisions(source / "data" / "gazetteer");
    const std::vector<int> years = {2019, 2020, 2021, 2022, 2023};
    std::vector<corpus::Region> regions = corpus::load_regions(divisions, 300, seed, years);
    const auto trees = corpus::choose_lineage_trees(divisions, regions, 400, seed);
    auto added = corpus::missing_regions(divisions, regions, trees);
    corpus::set_years_in_use(added, years);
    regions.insert(regions.end(), added.begin(), added.end());
    std::sort(regions.begin(), regions.end(), [](const auto& a, const auto& b) { return a.code < b.code; });
    const corpus::Words words = corpus::cut_words(corpus::load_samples(source / "samples"));
    corpus::Vocabulary vocabulary;
    std::vector<corpus::Plan> plans(regions.size());
    Planted out;
    out.truth = corpus::plant_lineage(vocabulary, words, regions, plans, years, trees, seed);

    std::set<std::string> codes;
    for (std::size_t i = 0; i < regions.size(); ++i) {
        for (const corpus::Plan::Planted& p : plans[i].planted) {
            const std::string file = report_name(regions[i].code, p.year);
            out.data.reports.push_back({file, file, p.year, std::nullopt, std::nullopt, Script::simplified, regions[i].code});
            out.data.definitions.push_back({0, term_key(p.term), file, p.term, p.definition, std::nullopt});
            for (const Region* r = Gazetteer::builtin().find(regions[i].code); r; r = Gazetteer::builtin().find(r->parent_code))
                codes.insert(r->code);
        }
    }
    for (const std::string& code : codes) {
        const Region* r = Gazetteer::builtin().find(code);
        out.data.regions.push_back({r->code, r->name, r->level, r->parent_code});
    }
    auto& reports = out.data.reports;
    std::sort(reports.begin(), reports.end(), [](const auto& a, const auto& b) { return a.file < b.file; });
    reports.erase(std::unique(reports.begin(), reports.end(), [](const auto& a, const auto& b) { return a.file == b.file; }),
                  reports.end());
    auto& definitions = out.data.definitions;
    std::sort(definitions.begin(), definitions.end(),
              [](const auto& a, const auto& b) { return std::tie(a.term_key, a.report_file) < std::tie(b.term_key, b.report_file); });
    for (std::size_t i = 0; i < definitions.size(); ++i) definitions[i].entry_id = static_cast<long long>(i + 1);
    for (const auto& d : definitions)
        if (out.data.terms.empty() || out.data.terms.back().key != d.term_key) out.data.terms.push_back({d.term_key, d.term, {d.term}});
    return out;
}

struct Score {
    std::size_t truth = 0, found = 0, right = 0;  // derivations planted, found, found with the planted source
    std::size_t relation = 0, direction = 0;       // of the right ones, with the planted relation and direction
    double precision() const { return found ? static_cast<double>(right) / static_cast<double>(found) : 1.0; }
    double recall() const { return truth ? static_cast<double>(right) / static_cast<double>(truth) : 1.0; }
};

Score measure(const Planted& p, double threshold) {
    // The truth by (term key, region, year).
    std::map<std::tuple<std::string, std::string, int>, const corpus::LineageTruth*> truth;
    std::set<std::string> keys;
    for (const auto& t : p.truth) {
        truth[{term_key(t.term), t.region_code, t.year}] = &t;
        keys.insert(term_key(t.term));
    }
    Score score;
    for (const std::string& key : keys) {
        const Lineage lineage = term_lineage(p.data, term_definitions(p.data, key, false).definitions, threshold);
        for (const LineageEntry& e : lineage.entries) {
            const corpus::LineageTruth& t = *truth.at({key, e.definition.region_code, *e.definition.year});
            score.truth += !t.source_code.empty();
            if (!e.source) continue;
            ++score.found;
            const ReadingMember& s = lineage.entries[*e.source].definition;
            if (s.region_code != t.source_code || *s.year != t.source_year) continue;
            ++score.right;
            score.relation += to_string(e.relation) == t.relation;
            score.direction += to_string(*e.direction) == t.direction;
        }
    }
    return score;
}

TEST(CorpusLineage, ThePlantedTruthHasEveryScenario) {
    const Planted p = planted();
    std::map<std::string, std::size_t> directions, relations;
    for (const auto& t : p.truth) {
        ++directions[t.direction];
        ++relations[t.relation];
    }
    for (const char* d : {"", "self", "down", "up", "across", "distant"}) EXPECT_GT(directions[d], 20u) << d;
    for (const char* r : {"original", "verbatim", "adapted"}) EXPECT_GT(relations[r], 50u) << r;
    EXPECT_EQ(p.data.definitions.size(), p.truth.size());
}

// A province's definition copied down to its prefecture, adapted by a county of it, copied
// across by the neighbour: every link recovered with its direction.
TEST(CorpusLineage, PrecisionAndRecallReachTheAimAtTheDefaultThreshold) {
    const Planted p = planted();
    std::printf("threshold  precision  recall  relation  direction  (%zu planted derivations)\n", measure(p, 0.7).truth);
    for (const double threshold : {0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95}) {
        const Score s = measure(p, threshold);
        std::printf("%9.2f  %9.3f  %6.3f  %8.3f  %9.3f\n", threshold, s.precision(), s.recall(),
                    static_cast<double>(s.relation) / static_cast<double>(std::max<std::size_t>(s.right, 1)),
                    static_cast<double>(s.direction) / static_cast<double>(std::max<std::size_t>(s.right, 1)));
    }
    const Score s = measure(p, kDefaultLineageThreshold);
    EXPECT_GE(s.precision(), 0.95);
    EXPECT_GE(s.recall(), 0.95);
    EXPECT_EQ(s.relation, s.right);
    EXPECT_EQ(s.direction, s.right);
}

}  // namespace
}  // namespace glossgraph
