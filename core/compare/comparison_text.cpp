#include "core/compare/comparison_text.hpp"

#include "core/compare/levenshtein.hpp"
#include "core/text/annotations.hpp"
#include "core/text/normalize.hpp"
#include "core/text/script.hpp"
#include "core/text/utf8.hpp"

#include <unicode/uchar.h>

#include <vector>

namespace glossgraph {
namespace {

// One decoded code point and the bytes it came from.
struct Unit {
    char32_t cp;
    std::size_t begin;
    std::size_t end;
};

std::vector<Unit> decode_units(std::string_view text) {
    std::vector<Unit> units;
    units.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t begin = pos;
        const char32_t cp = utf8::next(text, pos);  // an ill-formed byte decodes to U+FFFD
        units.push_back({cp, begin, pos});
    }
    return units;
}

bool is_damage_marker(char32_t cp) { return cp == U'?' || cp == 0xFFFD; }

// Letters that only pinyin uses in these reports: no English or Chinese word carries them.
bool is_pinyin_only_letter(char32_t cp) {
    switch (cp) {
        case U'ā': case U'á': case U'ǎ': case U'à': case U'ē': case U'é': case U'ě': case U'è':
        case U'ế': case U'ề': case U'ê': case U'ī': case U'í': case U'ǐ': case U'ì': case U'ō':
        case U'ó': case U'ǒ': case U'ò': case U'ū': case U'ú': case U'ǔ': case U'ù': case U'ü':
        case U'ǖ': case U'ǘ': case U'ǚ': case U'ǜ': case U'ḿ': case U'ń': case U'ň': case U'ǹ':
        case 0x0300: case 0x0301: case 0x0302: case 0x0304: case 0x0308: case 0x030C:
            return true;
        default:
            return false;
    }
}

bool is_ascii_letter(char32_t cp) { return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z'); }
bool is_latin_letter(char32_t cp) { return is_ascii_letter(cp) || is_pinyin_only_letter(cp); }
bool is_lower_letter(char32_t cp) { return (cp >= U'a' && cp <= U'z') || is_pinyin_only_letter(cp); }

// The end of the run of units from begin on that satisfy belongs.
template <typename Predicate>
std::size_t run_end(const std::vector<Unit>& units, std::size_t begin, Predicate belongs) {
    while (begin < units.size() && belongs(units[begin].cp)) ++begin;
    return begin;
}

// Marks every Latin letter run that holds a pinyin-only letter: "shù", "biāo", "diǎn".
void mark_toned_runs(const std::vector<Unit>& units, std::vector<bool>& damaged) {
    std::size_t i = 0;
    while (i < units.size()) {
        const std::size_t end = run_end(units, i, is_latin_letter);
        bool toned = false;
        for (std::size_t j = i; j < end; ++j) toned = toned || is_pinyin_only_letter(units[j].cp);
        for (std::size_t j = i; j < end; ++j) damaged[j] = damaged[j] || toned;
        i = end > i ? end : i + 1;
    }
}

// Marks damage markers, and after each run of them a lower-case run that spells one pinyin
// syllable: what is left of an annotation whose '(' the damage took ("?de)").
void mark_marker_runs(std::string_view text, const std::vector<Unit>& units, std::vector<bool>& damaged) {
    std::size_t i = 0;
    while (i < units.size()) {
        const std::size_t markers_end = run_end(units, i, is_damage_marker);
        if (markers_end == i) {
            ++i;
            continue;
        }
        for (std::size_t j = i; j < markers_end; ++j) damaged[j] = true;
        const std::size_t letters_end = run_end(units, markers_end, is_lower_letter);
        if (letters_end > markers_end) {
            const std::size_t begin = units[markers_end].begin;
            if (is_pinyin_syllable(text.substr(begin, units[letters_end - 1].end - begin)))
                for (std::size_t j = markers_end; j < letters_end; ++j) damaged[j] = true;
        }
        i = letters_end;
    }
}

bool is_ascii_digit(char32_t cp) { return cp >= U'0' && cp <= U'9'; }
bool is_parenthesis(char32_t cp) { return cp == U'(' || cp == U')' || cp == U'（' || cp == U'）'; }

// Whether the unit next to a run, at from and (past one parenthesis) one further in the
// direction step, was marked damaged.
bool borders_damage(const std::vector<Unit>& units, const std::vector<bool>& damaged, std::size_t from, long step) {
    for (int hop = 0; hop < 2 && from < units.size(); ++hop) {
        if (damaged[from]) return true;
        if (!is_parenthesis(units[from].cp)) return false;
        from += static_cast<std::size_t>(step);  // wraps past the front, which ends the loop
    }
    return false;
}

// Marks one or two ASCII letters standing alone (no digit or other letter attached) right
// next to damage: the 'c' of "包c(diǎn)", the 'v' of "??v深", the 'I' of "?qū)I(yè)化" are
// halves of mis-decoded characters. "5G", "PM2.5" and "GDP" have more than two letters or
// digits attached, and a letter away from damage ("e政务") is text.
void mark_residue_letters(const std::vector<Unit>& units, std::vector<bool>& damaged) {
    const std::vector<bool> before = damaged;  // residue does not make its neighbours residue
    std::size_t i = 0;
    while (i < units.size()) {
        const std::size_t end = run_end(units, i, [](char32_t cp) { return is_ascii_letter(cp) || is_ascii_digit(cp); });
        if (end == i) {
            ++i;
            continue;
        }
        bool letters_only = end - i <= 2;
        for (std::size_t j = i; j < end; ++j) letters_only = letters_only && is_ascii_letter(units[j].cp);
        const bool residue = letters_only && ((i > 0 && borders_damage(units, before, i - 1, -1)) ||
                                              borders_damage(units, before, end, 1));
        for (std::size_t j = i; j < end; ++j) damaged[j] = damaged[j] || residue;
        i = end;
    }
}

std::string remove_damage(std::string_view text) {
    const std::vector<Unit> units = decode_units(text);
    std::vector<bool> damaged(units.size(), false);
    mark_toned_runs(units, damaged);
    mark_marker_runs(text, units, damaged);
    mark_residue_letters(units, damaged);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < units.size(); ++i)
        if (!damaged[i]) out.append(text.substr(units[i].begin, units[i].end - units[i].begin));
    return out;
}

bool is_removed_for_comparison(char32_t cp) {
    constexpr std::uint32_t removed = U_GC_P_MASK | U_GC_Z_MASK | U_GC_CC_MASK | U_GC_CF_MASK;
    return (U_GET_GC_MASK(static_cast<UChar32>(cp)) & removed) != 0;
}

// Unicode files these under punctuation (Po), but 5% and 5 are different quantities.
bool is_quantity_sign(char32_t cp) { return cp == U'%' || cp == U'‰' || cp == U'‱'; }

// Drops punctuation, spaces and invisible characters, keeping a decimal point.
std::string remove_punctuation(std::string_view text) {
    const std::u32string cps = code_points(text);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const bool decimal_point =
            cps[i] == U'.' && i > 0 && i + 1 < cps.size() && is_ascii_digit(cps[i - 1]) && is_ascii_digit(cps[i + 1]);
        if (decimal_point || is_quantity_sign(cps[i]) || !is_removed_for_comparison(cps[i])) utf8::append(out, cps[i]);
    }
    return out;
}

}  // namespace

std::string comparison_text(std::string_view definition) {
    // Damage goes before width folding, which would turn a real '？' into the damage marker '?'.
    const std::string cleaned = remove_damage(strip_pinyin_annotations(definition));
    return remove_punctuation(to_simplified(fold_width(cleaned)));
}

double edit_similarity(std::string_view a, std::string_view b) {
    const std::u32string x = code_points(comparison_text(a));
    const std::u32string y = code_points(comparison_text(b));
    return similarity_from_distance(levenshtein_distance(x, y), std::max(x.size(), y.size()));
}

}  // namespace glossgraph
