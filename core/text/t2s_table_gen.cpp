// Host program run at build time: derives the Traditional->Simplified tables from ICU's
// "Traditional-Simplified" transliterator and writes them as a C++ include file.
//
//   t2s_table_gen OUTPUT.inc
//
// The output defines, for script.cpp to include after declaring T2sPair and T2sPhrase:
//   kT2sPairs        {traditional, simplified} for every code point that ICU turns into
//                    exactly one different code point, sorted by traditional;
//   kSimplifiedOnly  targets of those pairs that are neither sources themselves nor left
//                    alone by ICU's "Simplified-Traditional" (so 后 counts, 面 and 台 do not);
//   kT2sPhrases      ICU's multi-character rules (顯著 > 显著, 乾坤 > 乾坤), in rule order,
//                    less those that rewrite simplified text (巡察 > 巡查), plus rules that
//                    keep their simplified targets as they are (显著 > 显著): see below.
// kSimplifiedOnly and kT2sPhrases start with a sentinel entry (0, {"", ""}) so that neither
// is ever an empty array; kT2sPairs is never empty (the program fails instead).
// ICU applies a phrase rule in preference to the one-character rules, which is why a
// character-by-character table alone would differ from it.
// The file is written through core/output_file (a fresh temporary beside it, renamed once
// whole), so an interrupted build leaves no half table.
#include "core/output_file.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>
#include <unicode/uversion.h>

#include <iostream>
#include <map>
#include <algorithm>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using Pair = std::pair<char32_t, char32_t>;
using Phrase = std::pair<std::u32string, std::u32string>;

struct Range {
    char32_t first;
    char32_t last;
};

// CJK symbols (ICU maps 「」 to “”), Extension A, URO, compatibility ideographs,
// Extensions B..F and I, Extension G.
constexpr Range scanned_ranges[] = {
    {0x3000, 0x303F}, {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},
    {0xF900, 0xFAFF}, {0x20000, 0x2EBEF}, {0x30000, 0x3134F},
};

bool in_scanned_ranges(char32_t cp) {
    for (const Range& range : scanned_ranges)
        if (cp >= range.first && cp <= range.last) return true;
    return false;
}

std::unique_ptr<icu::Transliterator> open_transliterator(const char* id) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> result(icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !result) {
        std::cerr << "t2s_table_gen: cannot open ICU transliterator " << id << ": " << u_errorName(status) << '\n';
        return nullptr;
    }
    return result;
}

char32_t transliterate_one(const icu::Transliterator& transliterator, char32_t cp) {
    icu::UnicodeString text(static_cast<UChar32>(cp));
    transliterator.transliterate(text);
    return text.countChar32() == 1 ? static_cast<char32_t>(text.char32At(0)) : cp;
}

std::vector<Pair> derive_pairs(const icu::Transliterator& t2s) {
    std::vector<Pair> pairs;
    for (const Range& range : scanned_ranges) {
        for (char32_t cp = range.first; cp <= range.last; ++cp) {
            const char32_t target = transliterate_one(t2s, cp);
            if (target != cp) pairs.emplace_back(cp, target);
        }
    }
    return pairs;  // ranges are visited in ascending order, so pairs are sorted
}

std::vector<char32_t> simplified_only(const std::vector<Pair>& pairs, const icu::Transliterator& s2t) {
    std::set<char32_t> sources;
    for (const Pair& pair : pairs) sources.insert(pair.first);
    std::set<char32_t> targets;
    for (const Pair& pair : pairs) {
        const char32_t target = pair.second;
        if (!sources.contains(target) && transliterate_one(s2t, target) != target) targets.insert(target);
    }
    return {targets.begin(), targets.end()};
}

// Parses "\u4E7E\u5764" or "\U00020000" (toRules escapes everything but ASCII).
std::optional<std::u32string> parse_escapes(std::string_view text) {
    std::u32string result;
    while (!text.empty()) {
        const std::size_t digits = text.starts_with("\\u") ? 4 : text.starts_with("\\U") ? 8 : 0;
        if (digits == 0 || text.size() < 2 + digits) return std::nullopt;
        const std::string hex(text.substr(2, digits));
        if (hex.find_first_not_of("0123456789ABCDEFabcdef") != std::string::npos) return std::nullopt;
        result.push_back(static_cast<char32_t>(std::stoul(hex, nullptr, 16)));
        text.remove_prefix(2 + digits);
    }
    if (result.empty()) return std::nullopt;
    return result;
}

// Each rule of ICU's Traditional-Simplified is "SOURCE > TARGET;" without context or
// variables. Anything else means ICU changed its data: fail the build rather than guess.
std::optional<Phrase> parse_rule(std::string_view line) {
    const std::size_t arrow = line.find(" > ");
    if (arrow == std::string_view::npos || !line.ends_with(';')) return std::nullopt;
    auto source = parse_escapes(line.substr(0, arrow));
    auto target = parse_escapes(line.substr(arrow + 3, line.size() - arrow - 4));
    if (!source || !target) return std::nullopt;
    return Phrase{std::move(*source), std::move(*target)};
}

// The multi-character rules, and a check that every one-character rule is covered by the scan.
std::optional<std::vector<Phrase>> derive_phrases(const icu::Transliterator& t2s) {
    icu::UnicodeString rules_utf16;
    t2s.toRules(rules_utf16, true);
    std::string rules;
    rules_utf16.toUTF8String(rules);
    std::vector<Phrase> phrases;
    std::size_t start = 0;
    while (start < rules.size()) {
        std::size_t end = rules.find('\n', start);
        if (end == std::string::npos) end = rules.size();
        const std::string_view line = std::string_view(rules).substr(start, end - start);
        start = end + 1;
        if (line.empty()) continue;
        std::optional<Phrase> rule = parse_rule(line);
        if (!rule) {
            std::cerr << "t2s_table_gen: unexpected ICU rule: " << line << '\n';
            return std::nullopt;
        }
        if (rule->first.size() > 1) {
            phrases.push_back(std::move(*rule));
        } else if (rule->first != rule->second && !in_scanned_ranges(rule->first[0])) {
            std::cerr << "t2s_table_gen: ICU maps a code point outside the scanned ranges: " << line << '\n';
            return std::nullopt;
        }
    }
    return phrases;
}

// A C++ string literal body: UTF-8 as is, with '"' and '\\' escaped.
std::string to_literal(const std::u32string& text) {
    icu::UnicodeString converted;
    for (char32_t cp : text) converted.append(static_cast<UChar32>(cp));
    std::string utf8;
    converted.toUTF8String(utf8);
    std::string result;
    for (char c : utf8) {
        if (c == '"' || c == '\\') result.push_back('\\');
        result.push_back(c);
    }
    return result;
}

void write_hex(std::ostream& out, char32_t cp) {
    out << "0x" << std::hex << static_cast<unsigned long>(cp) << std::dec;
}

void write_table(std::ostream& out, const std::vector<Pair>& pairs, const std::vector<char32_t>& only,
                 const std::vector<Phrase>& phrases) {
    out << "// Generated by t2s_table_gen from ICU " << U_ICU_VERSION << " \"Traditional-Simplified\". Do not edit.\n"
        << "// " << pairs.size() << " pairs, " << only.size() << " simplified-only code points, " << phrases.size()
        << " phrases.\n";
    out << "inline constexpr T2sPair kT2sPairs[] = {\n";
    for (const Pair& pair : pairs) {
        out << "    {";
        write_hex(out, pair.first);
        out << ", ";
        write_hex(out, pair.second);
        out << "},\n";
    }
    out << "};\n\ninline constexpr char32_t kSimplifiedOnly[] = {\n    0,  // keeps the array non-empty\n";
    for (char32_t cp : only) {
        out << "    ";
        write_hex(out, cp);
        out << ",\n";
    }
    out << "};\n\ninline constexpr T2sPhrase kT2sPhrases[] = {\n    {\"\", \"\"},  // keeps the array non-empty\n";
    for (const Phrase& phrase : phrases)
        out << "    {\"" << to_literal(phrase.first) << "\", \"" << to_literal(phrase.second) << "\"},\n";
    out << "};\n";
}

bool write_file(const std::string& output, const std::vector<Pair>& pairs, const std::vector<char32_t>& only,
                const std::vector<Phrase>& phrases) {
    // A build output, made again on every change: replaced when it exists.
    glossgraph::OutputRules rules;
    rules.force = true;
    try {
        glossgraph::write_output_file(output, rules, [&](std::ostream& out) { write_table(out, pairs, only, phrases); });
    } catch (const std::exception& e) {
        std::cerr << "t2s_table_gen: " << e.what() << '\n';
        return false;
    }
    return true;
}

// Drops the rules that rewrite text already in simplified script (巡察 > 巡查): a term's key
// must not change meaning when it is simplified. Rules that protect a phrase (乾坤 > 乾坤) or
// convert one holding a traditional character (顯著 > 显著) stay.
std::vector<Phrase> without_simplified_rewrites(std::vector<Phrase> phrases, const std::vector<Pair>& pairs) {
    std::set<char32_t> traditional;
    for (const Pair& pair : pairs) traditional.insert(pair.first);
    std::erase_if(phrases, [&](const Phrase& phrase) {
        if (phrase.first == phrase.second) return false;
        for (char32_t cp : phrase.first) {
            if (traditional.count(cp) != 0) return false;
        }
        return true;
    });
    return phrases;
}

// ICU turns 顯著 into 显著 by a phrase rule, but the simplified 显著 itself into 显着 by the
// character 著 > 着. Adding the rule 显著 > 显著 for every such target gives a word one
// simplified form whichever script it was written in, which is what term keys need.
std::vector<Phrase> with_protected_targets(std::vector<Phrase> phrases, const std::vector<Pair>& pairs) {
    std::map<char32_t, char32_t> table(pairs.begin(), pairs.end());
    std::set<std::u32string> sources;
    for (const Phrase& phrase : phrases) sources.insert(phrase.first);
    const std::size_t count = phrases.size();
    for (std::size_t i = 0; i < count; ++i) {
        const std::u32string target = phrases[i].second;
        const bool changed = std::any_of(target.begin(), target.end(), [&](char32_t cp) { return table.count(cp) != 0; });
        if (changed && sources.insert(target).second) phrases.emplace_back(target, target);
    }
    return phrases;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: t2s_table_gen OUTPUT.inc\n";
        return 2;
    }
    const auto t2s = open_transliterator("Traditional-Simplified");
    const auto s2t = open_transliterator("Simplified-Traditional");
    if (!t2s || !s2t) return 1;
    const std::vector<Pair> pairs = derive_pairs(*t2s);
    const std::optional<std::vector<Phrase>> phrases = derive_phrases(*t2s);
    if (!phrases) return 1;
    if (pairs.empty()) {
        std::cerr << "t2s_table_gen: ICU produced no Traditional->Simplified pairs\n";
        return 1;
    }
    return write_file(argv[1], pairs, simplified_only(pairs, *s2t), with_protected_targets(without_simplified_rewrites(*phrases, pairs), pairs)) ? 0 : 1;
}
