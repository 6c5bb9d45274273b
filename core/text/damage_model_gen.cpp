// Host program run at build time: derives the tables the repair of damaged runs
// (damaged_runs.hpp) chooses with, and writes them as a C++ include file.
//
//   damage_model_gen OUTPUT.inc TRIGRAMS.inc WORDS.txt CORPUS.txt...
//
// The output defines, for damage_model.cpp to include after declaring its entry types:
//   kCommon     the common characters, sorted: GB2312 level 1 (the 3,755 most used simplified
//               characters) and Big5 level 1 (the 5,401 most used traditional ones), read
//               with ICU's gb2312 and big5 converters;
//   kReadings   {character, pinyin} for each Han character of GBK, sorted, from ICU's
//               Han-Latin transliterator (one reading each, with tone marks);
//   kReportUnigrams {character, count, distinct characters seen after it} and kReportBigrams
//               {first << 21 | second, count} of the corpus files, sorted: clean report text,
//               each character width-folded and simplified (simplified_char), pairs counted
//               within a line (every pair: the model discounts the rare ones itself);
//   kReportLineEnds {character, how often it ends a line of the corpus files, 0}, sorted;
//   kWordUnigrams and kWordBigrams the same of a word list with frequencies (jieba's
//               dict.txt, Debian's python3-jieba: 349,046 words counted in a large general
//               corpus), pairs counted within words only.
// Each array starts with a sentinel entry {0, ...} so that none is ever empty.
// TRIGRAMS.inc defines, for damage_trigrams.cpp, the character triples of the corpus files
// (counted within a line, as the pairs):
//   kTrigramContexts {first << 21 | second, how often the pair is followed by anything, the
//               share of P(third | first second) left to the pair model}, sorted;
//   kTrigrams   {first << 42 | second << 21 | third, count} of the triples seen at least
//               kMinTrigram times, sorted. A pair none of whose triples is kept has no context.
//   kTrigramDiscount  what was taken from each kept triple's count, which the reader takes too.
#include "core/output_file.hpp"
#include "core/text/gbk_pairs.hpp"
#include "core/text/script.hpp"
#include "core/text/utf8.hpp"

#include <unicode/translit.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

char32_t model_char(char32_t cp) {
    if (cp >= 0xFF01 && cp <= 0xFF5E) cp -= 0xFEE0;
    return glossgraph::simplified_char(cp);
}

// The characters one converter reads from the pairs lead x trail of a rectangle.
void add_rectangle(std::set<char32_t>& out, const char* charset, unsigned lead_first, unsigned lead_last,
                   unsigned trail_first, unsigned trail_last) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open(charset, &status), ucnv_close);
    if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU has no converter ") + charset);
    for (unsigned lead = lead_first; lead <= lead_last; ++lead) {
        for (unsigned trail = trail_first; trail <= trail_last; ++trail) {
            const char in[2] = {static_cast<char>(lead), static_cast<char>(trail)};
            UChar buffer[4];
            status = U_ZERO_ERROR;
            ucnv_reset(converter.get());
            const int32_t length = ucnv_toUChars(converter.get(), buffer, 4, in, 2, &status);
            if (U_SUCCESS(status) && length == 1 && glossgraph::utf8::is_han(buffer[0])) out.insert(buffer[0]);
        }
    }
}

std::set<char32_t> common_characters() {
    std::set<char32_t> common;
    add_rectangle(common, "gb2312", 0xB0, 0xD7, 0xA1, 0xFE);  // level 1
    add_rectangle(common, "big5", 0xA4, 0xC5, 0x40, 0x7E);    // level 1: A440..C67E
    add_rectangle(common, "big5", 0xA4, 0xC5, 0xA1, 0xFE);
    add_rectangle(common, "big5", 0xC6, 0xC6, 0x40, 0x7E);
    return common;
}

std::map<char32_t, std::string> readings() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> latin(icu::Transliterator::createInstance("Han-Latin", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !latin) throw std::runtime_error("ICU has no Han-Latin transliterator");
    std::map<char32_t, std::string> out;
    for (unsigned lead = 0x81; lead <= 0xFE; ++lead) {
        for (unsigned trail = 0x40; trail <= 0xFE; ++trail) {
            const char32_t cp = glossgraph::gbk::decode(lead, trail);
            if (cp == 0 || !glossgraph::utf8::is_han(cp)) continue;
            icu::UnicodeString text(static_cast<UChar32>(cp));
            latin->transliterate(text);
            std::string reading;
            text.toUTF8String(reading);
            if (reading.find_first_of("\\\"") == std::string::npos) out[cp] = reading;
        }
    }
    return out;
}

struct Counts {
    std::map<char32_t, std::uint64_t> unigrams;
    std::map<std::uint64_t, std::uint64_t> bigrams;
    std::map<std::uint64_t, std::uint64_t> trigrams;  // first << 42 | second << 21 | third
    std::map<char32_t, std::uint64_t> line_ends;      // how often each character ends a line
};

void count_file(const std::string& path, Counts& counts) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        char32_t previous = 0;
        char32_t before_previous = 0;
        for (std::size_t pos = 0; pos < line.size();) {
            const char32_t cp = model_char(glossgraph::utf8::next(line, pos));
            if (cp == '\r' || cp == ' ' || cp == '\t') {
                previous = before_previous = 0;
                continue;
            }
            ++counts.unigrams[cp];
            if (previous != 0) ++counts.bigrams[(static_cast<std::uint64_t>(previous) << 21) | cp];
            if (before_previous != 0)
                ++counts.trigrams[(static_cast<std::uint64_t>(before_previous) << 42) | (static_cast<std::uint64_t>(previous) << 21) | cp];
            before_previous = previous;
            previous = cp;
        }
        if (previous != 0) ++counts.line_ends[previous];
    }
}

// A word list "word frequency [tag]" per line (jieba's dict.txt): each word counts its
// frequency once for each of its characters and each pair within it. Pairs below
// kMinWordPair are left out (they weigh nothing against the rest and would only grow the table).
constexpr std::uint64_t kMinWordPair = 20;

void count_words(const std::string& path, Counts& counts) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::string word;
    std::uint64_t frequency = 0;
    std::string rest;
    while (in >> word >> frequency) {
        std::getline(in, rest);
        char32_t previous = 0;
        for (std::size_t pos = 0; pos < word.size();) {
            const char32_t cp = model_char(glossgraph::utf8::next(word, pos));
            counts.unigrams[cp] += frequency;
            if (previous != 0) counts.bigrams[(static_cast<std::uint64_t>(previous) << 21) | cp] += frequency;
            previous = cp;
        }
    }
    std::erase_if(counts.bigrams, [](const auto& entry) { return entry.second < kMinWordPair; });
}

// Triples seen once weigh little against their pair's own P and would only grow the table
// (the corpus holds some 400,000 distinct ones); the discount is the pairs' (damage_model.cpp).
constexpr std::uint64_t kMinTrigram = 2;
constexpr double kTrigramDiscount = 0.75;

void write_trigrams(std::ostream& out, const Counts& counts) {
    struct Context {
        std::uint64_t seen = 0;  // the pair followed by anything
        double kept = 0;         // the discounted counts of its kept triples
    };
    std::map<std::uint64_t, Context> contexts;
    for (const auto& [key, count] : counts.trigrams) {
        Context& context = contexts[key >> 21];
        context.seen += count;
        if (count >= kMinTrigram) context.kept += static_cast<double>(count) - kTrigramDiscount;
    }
    out << "// Generated by damage_model_gen; do not edit.\n";
    out << "constexpr double kTrigramDiscount = " << kTrigramDiscount << ";  // taken from every kept triple's count\n";
    out << "constexpr TrigramContext kTrigramContexts[] = {{0, 0, 1.0},\n";
    out.precision(9);
    for (const auto& [key, context] : contexts)
        if (context.kept > 0) out << "{" << key << "ULL, " << context.seen << ", " << 1.0 - context.kept / static_cast<double>(context.seen) << "},\n";
    out << "};\nconstexpr Trigram kTrigrams[] = {{0, 0},\n";
    for (const auto& [key, count] : counts.trigrams)
        if (count >= kMinTrigram) out << "{" << key << "ULL, " << count << "},\n";
    out << "};\n";
}

void write_counts(std::ostream& out, const std::string& prefix, const Counts& counts) {
    std::map<char32_t, std::uint64_t> followers;  // distinct characters seen after each one
    for (const auto& [key, count] : counts.bigrams) ++followers[static_cast<char32_t>(key >> 21)];
    out << "constexpr Unigram k" << prefix << "Unigrams[] = {{0, 0, 0},\n";
    for (const auto& [cp, count] : counts.unigrams) {
        out << "{" << static_cast<std::uint32_t>(cp) << ", " << count << ", " << followers[cp] << "},\n";
    }
    out << "};\nconstexpr Bigram k" << prefix << "Bigrams[] = {{0, 0},\n";
    for (const auto& [key, count] : counts.bigrams) out << "{" << key << "ULL, " << count << "},\n";
    out << "};\n";
}

void write_tables(std::ostream& out, const std::set<char32_t>& common, const std::map<char32_t, std::string>& read,
                  const Counts& reports, const Counts& words) {
    out << "// Generated by damage_model_gen; do not edit.\nconstexpr char32_t kCommon[] = {0,\n";
    for (char32_t cp : common) out << static_cast<std::uint32_t>(cp) << ",\n";
    out << "};\nconstexpr Reading kReadings[] = {{0, \"\"},\n";
    for (const auto& [cp, reading] : read) out << "{" << static_cast<std::uint32_t>(cp) << ", \"" << reading << "\"},\n";
    out << "};\n";
    write_counts(out, "Report", reports);
    out << "constexpr Unigram kReportLineEnds[] = {{0, 0, 0},\n";
    for (const auto& [cp, count] : reports.line_ends) out << "{" << static_cast<std::uint32_t>(cp) << ", " << count << ", 0},\n";
    out << "};\n";
    write_counts(out, "Word", words);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 5) {
        std::cerr << "usage: damage_model_gen OUTPUT.inc TRIGRAMS.inc WORDS.txt CORPUS.txt...\n";
        return 2;
    }
    try {
        Counts reports;
        for (int i = 4; i < argc; ++i) count_file(argv[i], reports);
        Counts words;
        count_words(argv[3], words);
        const std::set<char32_t> common = common_characters();
        const std::map<char32_t, std::string> read = readings();
        glossgraph::OutputRules rules;
        rules.force = true;  // a build output, made again on every change
        glossgraph::write_output_file(argv[1], rules, [&](std::ostream& out) { write_tables(out, common, read, reports, words); });
        glossgraph::write_output_file(argv[2], rules, [&](std::ostream& out) { write_trigrams(out, reports); });
    } catch (const std::exception& e) {
        std::cerr << "damage_model_gen: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
