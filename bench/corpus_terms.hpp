#pragma once
// make_corpus: the vocabulary of glossary terms, and which of them each region writes.
#include "bench/corpus_sources.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

namespace glossgraph::corpus {

struct Term {
    std::string text;                   // simplified, as written by most regions
    std::vector<std::string> readings;  // simplified definitions; [0] is the base
    std::vector<std::size_t> children;  // narrower terms written under it, unnumbered
    bool per_report = false;            // a fresh definition in every report ({year}年十件民生实事)
};

struct Words {  // raw material cut from the samples' bodies
    std::vector<std::string> phrases;   // 3-9 Han characters
    std::vector<std::string> items;     // the same, found in enumerations
    std::vector<std::string> fours;     // exactly 4, in either list
};

// Runs of 3-9 Han characters between punctuation marks (a run touching a digit or a letter is
// cut off mid-word: 10个项目 gives 个项目), without a function word at either end. Runs next to
// an enumeration comma are list items (同城融圈战略、工业强市战略) and make the best items.
Words cut_words(const std::vector<Sample>& samples);

// A definition: lead, then n (2 to 10) items (each ending in noun, if any) joined by 、 and
// perhaps a final 和, then 。 and, three times in ten, a clause.
std::string definition(Rng& rng, const Words& w, std::size_t n, const std::string& noun, const std::string& lead);
// Another reading of a definition: one enumerated item replaced or dropped, a clause added,
// or a numeral written differently.
std::string alter(Rng& rng, const Words& w, const std::string& d);

extern const std::vector<std::string> numerals;
extern const std::vector<std::string> verbs;

class Vocabulary {
public:
    std::vector<Term> terms;
    std::vector<std::size_t> national;          // real terms first, then synthetic ones by falling popularity
    std::vector<double> national_weight;        // cumulative
    std::map<std::string, std::vector<std::size_t>> provincial;  // by province name
    std::vector<std::size_t> yearly;            // {year}年十件民生实事, by year
    std::size_t from_samples = 0;               // national terms taken from the samples' glossaries

    // Registers a term whose key no other term has; false when the key is taken.
    bool claim(const std::string& text) { return keys_.insert(without_quotes(text)).second; }
    std::size_t add(Term t) {
        terms.push_back(std::move(t));
        return terms.size() - 1;
    }
    std::size_t draw_national(Rng& rng) const {
        const double x = static_cast<double>(rng.next() >> 11) * 0x1.0p-53 * national_weight.back();
        const auto it = std::upper_bound(national_weight.begin(), national_weight.end(), x);
        return national[std::min<std::size_t>(static_cast<std::size_t>(it - national_weight.begin()), national.size() - 1)];
    }
    // A synthetic term with a key of its own.
    std::size_t add_synthetic(Rng& rng, const Words& w, const std::string& prefix, const std::string& lead, bool variants);

private:
    std::unordered_set<std::string> keys_;
};

Vocabulary build_vocabulary(const std::vector<Sample>& samples, const Words& w, const std::vector<Region>& regions,
                            const std::vector<int>& years, Converter& conv, std::uint64_t seed);

struct Plan {
    std::uint64_t seed = 0;
    std::vector<std::size_t> local;  // written every year, each with probability 3/4
    std::vector<std::size_t> fresh;  // one per year: new that year, kept the next with probability 1/2
    std::vector<std::size_t> picks;  // national and provincial terms
    std::string speakers[2];
    int speaker_change = 0;  // the report year from which speakers[1] delivers
    int congress = 0, congress_first_year = 0;
    bool drop_quotes = false;
    struct Planted {  // make_corpus --lineage: definitions of planted terms, written in these years
        int year = 0;
        std::string term, definition;
    };
    std::vector<Planted> planted;
};

std::vector<Plan> plan_regions(Vocabulary& v, const Words& w, const std::vector<Region>& regions,
                               const std::vector<int>& years, std::uint64_t seed);

}  // namespace glossgraph::corpus
