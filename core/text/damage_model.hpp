#pragma once
// What the repair of damaged runs (damaged_runs.hpp) knows of Chinese text: which characters
// are common, how a character reads, and how likely one character follows another. Derived at
// build time by damage_model_gen.cpp (ICU's converters and Han-Latin transliterator, the
// character pairs of reports: tests/real/reports and samples 000-002, and the pairs within the
// words of jieba's dictionary). Thread-safe.
#include "core/model.hpp"

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace glossgraph::damage_model {

// True for a Han character of GB2312 level 1 or Big5 level 1, and for the symbols of GBK's
// rows A1 (、。“”…) and A3 (full-width ASCII): what a repair may put back.
bool is_common(char32_t cp);

// True when cp reads as pinyin (one syllable with tone marks, as written in annotations):
// exactly as ICU's Han-Latin reads it, or so with tones and the ü/v spelling ignored.
bool reads_as(char32_t cp, std::string_view pinyin);

// The character pairs one report's own text shows (its clean text and the repairs it is
// sure of): local names such as 龍潭 recur in a report and nowhere in the build-time corpus.
// Characters are width-folded and simplified as the bigram table's are.
// Every repair is chosen with one (empty in the first pass: the script alone).
class LocalPairs {
public:
    // Counts the pair `times` more (a negative count takes pairs back).
    void add(char32_t first, char32_t second, int times = 1);
    // Counts every pair of adjacent characters of text `times` more, but none with a 0 (a
    // break: what the report does not show).
    void add_text(std::u32string_view text, int times = 1);
    // Forgets every pair and the script, with room for about `pairs` (the room already made
    // is kept unless it is far larger: one LocalPairs serves many reports).
    void reset(std::size_t pairs);
    // How often first is followed by second, and by anything.
    int pair_count(char32_t first, char32_t second) const;
    int first_count(char32_t first) const;

    // The report's script (core/text/script.hpp detect_script): a repair puts back no
    // character of the other script alone (當 in a traditional report, never 当).
    Script script = Script::unknown;
    bool fits_script(char32_t cp) const;

private:
    friend class Followers;  // looks pairs up by their model forms, derived once

    // Counts by key in one open-addressed table that doubles when half full: a report adds
    // every pair of its text, and the lattice asks for thousands.
    class Counts {
    public:
        int& operator[](std::uint64_t key);
        int find(std::uint64_t key) const;
        void reset(std::size_t keys);

    private:
        static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};
        void grow(std::size_t size);

        std::vector<std::pair<std::uint64_t, int>> slots_;
        std::size_t used_ = 0;
    };
    Counts pairs_;
    Counts firsts_;
};

// P(cp) of the tables, the reports' and the word list's mixed as log_probability mixes them.
double probability(char32_t cp);

// Every Han character of GBK that reads_as(cp, pinyin), in code point order.
const std::vector<char32_t>& reading_as(std::string_view pinyin);

// True when the build-time data (the reports' pairs or the word list's) show first followed
// by second; both are width-folded and simplified first.
bool attested(char32_t first, char32_t second);

// The characters the build-time data (the reports' pairs or the word list's) show after
// first, as the tables hold them (width-folded and simplified), in code point order, each once.
std::vector<char32_t> followers(char32_t first);

// log P(the line ends | last character) in the reports, smoothed towards the share of
// characters that end a line (one pseudo-count): a repair that ends the report's text (its
// line, or markup that is no separator: damage_scan::ends_text) is scored by it. Finite.
double log_probability_of_end(char32_t last);

// log P(second | first) of the bigram tables, absolutely discounted (0.75 from each pair
// count) and backed off to the character's own frequency; both characters are width-folded
// and simplified first. The word list shares in P of a Han second only (within P(some Han |
// first) of the reports). Finite for any input. With local pairs, the report's own
// P(second | first) is added, weighted n / (n + 2) for a first the report shows n times: what
// the report shows is raised, nothing is lowered (so the values are no longer a distribution).
double log_probability(char32_t first, char32_t second, const LocalPairs* local = nullptr);

// What log_probability needs of a second character alone (its model form, its own
// frequency in each table): a lattice derives it once for each option, not once for each
// pair of options.
struct Second {
    char32_t model = 0;       // width-folded and simplified, as the tables hold it
    double report_own = 0;    // P(model) in the reports' table
    double word_own = 0;      // P(model) in the word list's
    bool han = false;         // a Han character: the word list shares in its P
};
Second second_of(char32_t second);

// log_probability(first, second, local) for many seconds after one first: what depends on
// first alone (its counts in both tables, the report's count of it) is looked up once. The
// same values, bit for bit.
class Followers {
public:
    Followers(char32_t first, const LocalPairs* local);
    double log_probability(char32_t second) const { return log_probability(second_of(second)); }
    double log_probability(const Second& second) const;

private:
    struct Before {  // first in one table: P(b | first) = max(n - D, 0) / seen + alpha P(b)
        bool known = false;  // false: first never seen there, P(b | first) = P(b)
        double seen = 0;
        double alpha = 0;
        double han = 0;  // P(some Han character | first)
    };
    char32_t first_;  // as the tables hold it
    Before reports_;
    Before words_;
    const LocalPairs* local_;
    int local_seen_;
};

}  // namespace glossgraph::damage_model
