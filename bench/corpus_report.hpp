#pragma once
// make_corpus: the style of one report, and the writer that composes its text.
#include "bench/corpus_terms.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace glossgraph::corpus {

enum class Numbering { paren, paren_full, dot, dot_full, comma, circled, bracket, lenticular, none };

struct Style {
    Numbering numbering = Numbering::paren;
    std::string heading, colon, indent, salutation_colon;
    bool blank_entries = false, blank_paragraphs = false;
    bool traditional = false, gb18030 = false, crlf = false, head = false, tail = false;
};

Style choose_style(Rng& rng);

struct TermStat {
    std::size_t last_region = SIZE_MAX, regions = 0;
    std::vector<std::uint64_t> readings;  // hashes of the distinct definitions
};

struct Stats {
    std::size_t files = 0, bytes = 0, entries = 0, traditional = 0, gb18030 = 0, crlf = 0;
    std::unordered_map<std::string, TermStat> terms;  // by key as the generator sees it: simplified, no quotes

    void count(std::size_t region, const std::string& term, const std::string& definition);
};

struct Entry {
    std::string term, definition;
    bool child = false;
};

class ReportWriter {
public:
    ReportWriter(const std::vector<Sample>& samples, const Words& words, const Vocabulary& vocabulary, Converter& conv);

    // The report of region `index` for the year at `year_index`, UTF-8 with LF line ends.
    std::string compose(const Region& g, const Plan& p, std::size_t index, int year, std::size_t year_index,
                        const Style& s, Rng& rng, Stats& stats);

private:
    std::string tr(const Style& s, const std::string& text);
    void line(std::string& out, const Style& s, const std::string& text, bool blank);
    void expand(std::string& out, const std::string& text) const;
    void header(std::string& out, const Region& g, const Plan& p, int year, const Style& s, Rng& rng);
    void body(std::string& out, const std::vector<Entry>& entries, const Style& s, Rng& rng);
    void glossary(std::string& out, const std::vector<Entry>& entries, const Style& s);
    std::vector<Entry> glossary_entries(const Plan& p, std::size_t index, int year, std::size_t yi,
                                        Rng& rng, Stats& stats);
    Entry written(const Plan& p, std::size_t id, int year, bool child, Rng& rng);

    const std::vector<Sample>& samples_;
    const Words& words_;
    const Vocabulary& vocabulary_;
    Converter& conv_;
    std::vector<const std::string*> simplified_, traditional_;
    std::array<std::string, 5> slots_;
};

}  // namespace glossgraph::corpus
