// Damages clean report text as the content farm did (damage_simulator.hpp), so that the
// repair of damaged runs can be measured on text whose truth is known and which its model
// never saw (tests/core/text/measure_damage_trial.py runs it and scores the repair).
//
//   damage_trial KEYS.tsv OUT_DIR FILE...
//
// KEYS.tsv holds the characters the farm annotated with pinyin, "character<TAB>pinyin" per
// line (# comments). For each FILE (clean UTF-8 text, either script) it writes
// OUT_DIR/damaged/NAME and OUT_DIR/expected/NAME, line for line:
//   - the text in Traditional characters (ICU's Simplified-Traditional: the samples' farm
//     served Traditional pages), characters GBK lacks and '<' (the separator) left out;
//   - damaged: annotated, separated before 、。！？； and decoded like mbstring;
//   - expected: what a perfect repair gives back, annotated where keys match in step
//     (annotate_in_step) and decoded, full-width forms folded as the page folded them.
#include "core/text/gbk_pairs.hpp"
#include "core/text/utf8.hpp"
#include "tests/core/text/damage_simulator.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

using glossgraph::damage_simulator::Key;
namespace simulator = glossgraph::damage_simulator;

std::vector<Key> read_keys(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::vector<Key> keys;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        const std::size_t tab = line.find('\t');
        if (tab == std::string::npos) throw std::runtime_error(path + ": a line without a tab: " + line);
        keys.push_back({line.substr(0, tab), line.substr(tab + 1)});
    }
    return keys;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path.string());
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// The line in Traditional characters, with what the page could not carry left out. Only
// runs of Han characters are converted: ICU's transliterator also turns “” into 「」, which
// the farm's Traditional pages (the samples) do not use.
std::string traditional_line(icu::Transliterator& to_traditional, const std::string& line) {
    std::string converted;
    for (std::size_t pos = 0; pos < line.size();) {
        const std::size_t start = pos;
        const bool han = glossgraph::utf8::is_han(glossgraph::utf8::next(line, pos));
        std::size_t end = pos;
        for (std::size_t next = pos; next < line.size() && glossgraph::utf8::is_han(glossgraph::utf8::next(line, next)) == han;) end = next;
        pos = end;
        if (!han) {
            converted.append(line, start, end - start);
            continue;
        }
        icu::UnicodeString text = icu::UnicodeString::fromUTF8(line.substr(start, end - start));
        to_traditional.transliterate(text);
        text.toUTF8String(converted);
    }
    std::string out;
    for (std::size_t pos = 0; pos < converted.size();) {
        const char32_t cp = glossgraph::utf8::next(converted, pos);
        if (cp == '<' || cp == '\r' || (cp >= 0x80 && !glossgraph::gbk::encode(cp))) continue;
        glossgraph::utf8::append(out, cp);
    }
    return out;
}

void write_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::cerr << "usage: damage_trial KEYS.tsv OUT_DIR FILE...\n";
        return 2;
    }
    try {
        const std::vector<Key> keys = read_keys(argv[1]);
        const std::vector<std::string> separated{"、", "。", "！", "？", "；"};
        const std::filesystem::path out_dir = argv[2];
        std::filesystem::create_directories(out_dir / "damaged");
        std::filesystem::create_directories(out_dir / "expected");
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> to_traditional(
            icu::Transliterator::createInstance("Simplified-Traditional", UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !to_traditional) throw std::runtime_error("ICU has no Simplified-Traditional transliterator");
        for (int i = 3; i < argc; ++i) {
            const std::filesystem::path in = argv[i];
            std::istringstream lines(read_file(in));
            std::string damaged;
            std::string expected;
            std::string line;
            while (std::getline(lines, line)) {
                const std::string gbk = simulator::to_gbk(traditional_line(*to_traditional, line));
                damaged += simulator::decode_like_mbstring(simulator::separate(simulator::annotate(gbk, keys), separated)) + '\n';
                expected += simulator::decode_like_mbstring(simulator::annotate_in_step(gbk, keys)) + '\n';
            }
            write_file(out_dir / "damaged" / in.filename(), damaged);
            write_file(out_dir / "expected" / in.filename(), expected);
        }
    } catch (const std::exception& e) {
        std::cerr << "damage_trial: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
