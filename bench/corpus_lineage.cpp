// make_corpus --lineage: planting terms whose lineage is known, and writing the truth.
#include "bench/corpus_lineage.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace glossgraph::corpus {
namespace {

std::string prefecture_code(const Region& county) { return county.code.substr(0, 4) + "00"; }
std::string province_code(const Region& region) { return region.code.substr(0, 2) + "0000"; }

// The counties under each real prefecture, by the prefecture's code.
std::map<std::string, std::vector<const Region*>> counties_by_prefecture(const Divisions& divisions) {
    std::set<std::string> prefectures;
    for (const Region& p : divisions.prefectures) prefectures.insert(p.code);
    std::map<std::string, std::vector<const Region*>> found;
    for (const Region& c : divisions.counties)
        if (!c.prefecture.empty() && prefectures.count(prefecture_code(c))) found[prefecture_code(c)].push_back(&c);
    return found;
}

const Region* find_division(const Divisions& divisions, const std::string& code) {
    for (const auto* list : {&divisions.counties, &divisions.prefectures, &divisions.provinces})
        for (const Region& g : *list)
            if (g.code == code) return &g;
    return nullptr;
}

// One planted definition of a scenario: who, how many years after the start, which text, and
// (unless an original) from whom and how.
struct Event {
    std::string code;
    std::size_t year = 0;
    int text = 0;  // 0 the base, 1 the adaptation, 2 the independent rewrite
    std::string relation, source_code;
    std::size_t source_year = 0;
    std::string direction;
};

struct Scenario {
    std::size_t span = 0;  // years it needs
    std::vector<Event> events;
};

std::vector<Scenario> scenarios(const LineageTree& t) {
    return {
        {4, {{t.province, 0, 0, "original", "", 0, ""},
             {t.prefecture, 1, 0, "verbatim", t.province, 0, "down"},
             {t.county, 2, 1, "adapted", t.prefecture, 1, "down"},
             {t.neighbour, 3, 1, "verbatim", t.county, 2, "across"}}},
        {3, {{t.county, 0, 0, "original", "", 0, ""},
             {t.prefecture, 1, 0, "verbatim", t.county, 0, "up"},
             {t.province, 2, 1, "adapted", t.prefecture, 1, "up"}}},
        {2, {{t.province, 0, 0, "original", "", 0, ""},
             {t.prefecture, 0, 0, "verbatim", t.province, 0, "down"},
             {t.county, 1, 0, "verbatim", t.prefecture, 0, "down"}}},
        {3, {{t.prefecture, 0, 0, "original", "", 0, ""},
             {t.prefecture, 1, 0, "verbatim", t.prefecture, 0, "self"},
             {t.county, 2, 1, "adapted", t.prefecture, 1, "down"}}},
        {3, {{t.county, 0, 0, "original", "", 0, ""},
             {t.elsewhere, 1, 0, "verbatim", t.county, 0, "distant"},
             {t.rewriter, 1, 2, "original", "", 0, ""},
             {t.neighbour, 2, 0, "verbatim", t.county, 0, "across"}}},
    };
}

// The term defined anew in words of a region's own, around the same subject: about half the
// base's enumerated items kept, in another order, the rest new, another lead and a closing
// clause. Alike as independent definitions of one slogan are (0.3 to 0.6), not as copies.
std::string rewrite(Rng& rng, const Words& w, const std::string& base) {
    std::string list = base.substr(0, base.find("。"));
    replace_all(list, "和", "、");
    std::vector<std::string> items = split(list, "、");
    for (std::size_t i = items.size(); i > 1; --i) std::swap(items[i - 1], items[rng.below(i)]);
    const std::size_t kept = std::max<std::size_t>(2, items.size() / 2);
    for (std::size_t i = kept; i < items.size(); ++i) items[i] = rng.pick(w.items);
    static const std::vector<std::string> leads = {"主要包括", "重点围绕", "统筹推进", "具体包括"};
    return rng.pick(leads) + join(items, "、") + "等方面，" + rng.pick(verbs) + rng.pick(w.phrases) + "。";
}

}  // namespace

std::vector<LineageTree> choose_lineage_trees(const Divisions& divisions, const std::vector<Region>& regions,
                                              std::size_t terms, std::uint64_t seed) {
    const auto by_prefecture = counties_by_prefecture(divisions);
    std::set<std::string> counties;
    for (const Region& c : divisions.counties) counties.insert(c.code);
    std::vector<const Region*> homes;
    for (const Region& g : regions) {
        const auto group = by_prefecture.find(prefecture_code(g));
        if (counties.count(g.code) && !g.prefecture.empty() && group != by_prefecture.end() && group->second.size() > 1)
            homes.push_back(&g);
    }
    std::vector<LineageTree> trees;
    if (homes.empty()) return trees;
    for (std::size_t k = 0; k < terms; ++k) {
        Rng rng(mix(seed, 15, k));
        const Region& home = *rng.pick(homes);
        const auto& siblings = by_prefecture.at(prefecture_code(home));
        const Region* neighbour = &home;
        while (neighbour->code == home.code) neighbour = rng.pick(siblings);
        // Two regions of other provinces: of the corpus when it has them, else of the gazetteer.
        std::vector<const Region*> others;
        for (const Region& g : regions)
            if (g.province != home.province) others.push_back(&g);
        if (others.size() < 2)
            for (const Region& g : divisions.counties)
                if (g.province != home.province) others.push_back(&g);
        const Region* elsewhere = rng.pick(others);
        const Region* rewriter = elsewhere;
        while (rewriter == elsewhere) rewriter = rng.pick(others);
        trees.push_back({home.code, neighbour->code, prefecture_code(home), province_code(home), elsewhere->code, rewriter->code});
    }
    return trees;
}

std::vector<Region> missing_regions(const Divisions& divisions, const std::vector<Region>& regions,
                                    const std::vector<LineageTree>& trees) {
    std::set<std::string> have;
    for (const Region& g : regions) have.insert(g.code);
    std::map<std::string, Region> missing;
    for (const LineageTree& t : trees)
        for (const std::string* code : {&t.county, &t.neighbour, &t.prefecture, &t.province, &t.elsewhere, &t.rewriter})
            if (!have.count(*code))
                if (const Region* g = find_division(divisions, *code)) missing.emplace(*code, *g);
    std::vector<Region> out;
    for (auto& [code, g] : missing) out.push_back(g);
    return out;
}

std::vector<LineageTruth> plant_lineage(Vocabulary& v, const Words& w, const std::vector<Region>& regions,
                                        std::vector<Plan>& plans, const std::vector<int>& years,
                                        const std::vector<LineageTree>& trees, std::uint64_t seed) {
    std::vector<LineageTruth> truth;
    if (years.size() < 2) return truth;
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < regions.size(); ++i) index[regions[i].code] = i;
    for (std::size_t k = 0; k < trees.size(); ++k) {
        Rng rng(mix(seed, 16, k));
        std::vector<Scenario> fitting;
        for (Scenario& s : scenarios(trees[k]))
            if (s.span <= years.size()) fitting.push_back(std::move(s));
        const Scenario& scenario = rng.pick(fitting);
        // A start at which every region of the scenario writes a report in its year (its code in
        // use then): the drawn one, else the next that fits; none, and the tree plants nothing.
        const std::size_t starts = years.size() - scenario.span + 1;
        const std::size_t drawn = rng.below(starts);
        const auto fits = [&](std::size_t start) {
            return std::all_of(scenario.events.begin(), scenario.events.end(), [&](const Event& e) {
                const std::vector<int>& in_use = regions[index.at(e.code)].years;
                return std::binary_search(in_use.begin(), in_use.end(), years[start + e.year]);
            });
        };
        std::size_t start = drawn;
        while (!fits(start) && (start + 1) % starts != drawn) start = (start + 1) % starts;
        if (!fits(start)) continue;
        const std::string term = v.terms[v.add_synthetic(rng, w, "", "", false)].text;
        std::string texts[3] = {definition(rng, w, rng.between(4, 8), "", ""), "", ""};
        texts[2] = rewrite(rng, w, texts[0]);
        for (int tries = 0; tries < 20 && (texts[1].empty() || texts[1] == texts[0]); ++tries) texts[1] = alter(rng, w, texts[0]);
        std::vector<LineageTruth> rows;
        for (const Event& e : scenario.events) {
            const int year = years[start + e.year];
            plans.at(index.at(e.code)).planted.push_back({year, term, texts[e.text]});
            rows.push_back({term, e.code, year, e.relation, e.source_code,
                            e.source_code.empty() ? 0 : years[start + e.source_year], e.direction});
        }
        std::sort(rows.begin(), rows.end(), [](const LineageTruth& a, const LineageTruth& b) {
            return std::tie(a.year, a.region_code) < std::tie(b.year, b.region_code);
        });
        truth.insert(truth.end(), rows.begin(), rows.end());
    }
    return truth;
}

std::string truth_tsv(const std::vector<LineageTruth>& truth) {
    std::string out = "term\tregion_code\tyear\trelation\tsource_code\tsource_year\tdirection\n";
    for (const LineageTruth& t : truth) {
        out += t.term + '\t' + t.region_code + '\t' + std::to_string(t.year) + '\t' + t.relation + '\t' + t.source_code + '\t' +
               (t.source_year ? std::to_string(t.source_year) : "") + '\t' + t.direction + '\n';
    }
    return out;
}

}  // namespace glossgraph::corpus
