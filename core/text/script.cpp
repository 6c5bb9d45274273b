#include "core/text/script.hpp"

#include "core/errors.hpp"
#include "core/text/t2s_tables.hpp"
#include "core/text/utf8.hpp"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <cstdint>
#include <map>
#include <vector>

namespace glossgraph {
namespace {

#include "core/text/t2s_table.hpp"
#include "t2s_table.inc"

using namespace t2s;

constexpr bool bmp_sources_have_bmp_targets() {
    for (const T2sPair& pair : kT2sPairs)
        if (pair.traditional <= 0xFFFF && (pair.simplified > 0xFFFF || pair.traditional < dense_first)) return false;
    return true;
}
static_assert(bmp_sources_have_bmp_targets(), "the dense table stores BMP targets as char16_t");

constexpr std::size_t utf8_length(char32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

constexpr bool replacements_keep_length() {
    for (const T2sPair& pair : kT2sPairs)
        if (utf8_length(pair.traditional) != utf8_length(pair.simplified)) return false;
    for (const T2sPhrase& phrase : kT2sPhrases)
        if (std::string_view(phrase.source).size() != std::string_view(phrase.target).size()) return false;
    return true;
}
// ICU replaces three bytes by three; were that to change, Converter would need to append.
static_assert(replacements_keep_length(), "to_simplified converts in place: replacements must keep their length");

// The code points of a well-formed UTF-8 string, decoded at compile time.
template <typename Visit>
constexpr bool all_code_points(std::string_view text, Visit visit) {
    for (std::size_t pos = 0; pos < text.size();) {
        const auto lead = static_cast<unsigned char>(text[pos]);
        const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        char32_t cp = length == 1 ? lead : length == 2 ? (lead & 0x1Fu) : length == 3 ? (lead & 0x0Fu) : (lead & 0x07u);
        for (std::size_t i = 1; i < length; ++i) cp = (cp << 6) | (static_cast<unsigned char>(text[pos + i]) & 0x3Fu);
        if (!visit(cp)) return false;
        pos += length;
    }
    return true;
}

// Width folding (normalize.cpp) changes only ASCII's full-width forms, the full-width signs
// and spaces, into ASCII, Latin-1 signs and ' ': none of them lies in these ranges.
constexpr bool phrases_unaffected_by_width() {
    constexpr auto cjk = [](char32_t cp) { return (cp > 0x3000 && cp < 0xFF01) || cp >= supplementary_first; };
    for (const T2sPhrase& phrase : kT2sPhrases)
        if (!all_code_points(phrase.source, cjk) || !all_code_points(phrase.target, cjk)) return false;
    return true;
}
static_assert(phrases_unaffected_by_width(), "t2s_tables.hpp promises phrases that width folding leaves alone");

char32_t first_code_point(std::string_view text) {
    std::size_t pos = 0;
    return utf8::next(text, pos);
}

char32_t second_code_point(std::string_view text) {
    std::size_t pos = 0;
    utf8::next(text, pos);
    return pos < text.size() ? utf8::next(text, pos) : 0;
}

// Longest phrase first within a group. ICU rejects rule sets in which a shorter rule
// masks a longer one, so this agrees with its first-match-in-rule-order.
std::vector<Phrase> sorted_phrases() {
    std::vector<Phrase> phrases;
    for (std::size_t i = 1; i < std::size(kT2sPhrases); ++i)  // entry 0 is the generator's sentinel
        phrases.push_back({kT2sPhrases[i].source, kT2sPhrases[i].target, second_code_point(kT2sPhrases[i].source)});
    std::stable_sort(phrases.begin(), phrases.end(), [](const Phrase& a, const Phrase& b) {
        const char32_t first_a = first_code_point(a.source);
        const char32_t first_b = first_code_point(b.source);
        if (first_a != first_b) return first_a < first_b;
        return a.source.size() > b.source.size();
    });
    return phrases;
}

void add_pairs(Tables& tables, std::map<char32_t, SupplementaryEntry>& supplementary) {
    for (const T2sPair& pair : kT2sPairs) {
        if (in_dense(pair.traditional)) {
            tables.dense[pair.traditional - dense_first].target = static_cast<char16_t>(pair.simplified);
            tables.dense_kind[pair.traditional - dense_first] = Kind::traditional;
        } else {
            SupplementaryEntry& entry = supplementary[pair.traditional];
            entry.target = pair.simplified;
            entry.kind = Kind::traditional;
        }
    }
    for (std::size_t i = 1; i < std::size(kSimplifiedOnly); ++i) {  // entry 0 is the sentinel
        const char32_t cp = kSimplifiedOnly[i];
        if (in_dense(cp))
            tables.dense_kind[cp - dense_first] = Kind::simplified;
        else
            supplementary[cp].kind = Kind::simplified;
    }
}

void add_phrase_groups(Tables& tables, std::map<char32_t, SupplementaryEntry>& supplementary) {
    tables.phrases = sorted_phrases();
    std::size_t begin = 0;
    while (begin < tables.phrases.size()) {
        const char32_t first = first_code_point(tables.phrases[begin].source);
        std::size_t end = begin + 1;
        while (end < tables.phrases.size() && first_code_point(tables.phrases[end].source) == first) ++end;
        tables.groups.emplace_back(begin, end);
        for (std::size_t i = begin; i < end; ++i) tables.add_pair(first, tables.phrases[i].second);
        const auto group = static_cast<std::uint16_t>(tables.groups.size());
        if (in_dense(first))
            tables.dense[first - dense_first].group = group;
        else
            supplementary[first].group = group;
        begin = end;
    }
}

Tables build_tables() {
    Tables tables;
    tables.dense.resize(dense_last - dense_first + 1);
    tables.dense_kind.resize(dense_last - dense_first + 1, Kind::neutral);
    tables.pair_bits.resize(Tables::pair_bit_count / 64);
    std::map<char32_t, SupplementaryEntry> supplementary;
    add_pairs(tables, supplementary);
    add_phrase_groups(tables, supplementary);
    for (auto& [cp, entry] : supplementary) {
        entry.cp = cp;
        tables.supplementary.push_back(entry);
    }
    return tables;
}


// One pass over a copy of the text; replacements keep their byte length (see
// replacements_keep_length), so they are written in place.
class Converter {
public:
    Converter(std::string_view text, const Tables& tables) : text_(text), tables_(tables), out_(text) {}

    std::string run() {
        std::size_t pos = 0;
        while (pos < text_.size()) pos = step(pos);
        return std::move(out_);
    }

private:
    unsigned char byte(std::size_t pos) const { return static_cast<unsigned char>(text_[pos]); }
    bool is_trail(std::size_t pos) const { return pos < text_.size() && utf8::is_continuation(text_[pos]); }

    std::size_t step(std::size_t pos) {
        const unsigned char lead = byte(pos);
        if (lead < 0x80) return pos + 1;
        // Three-byte sequences from U+3000 up, where all BMP sources lie, decoded inline.
        // (ED A0..BF would be a surrogate: its dense entry is empty, so it is copied as is.)
        if (lead >= 0xE3 && lead <= 0xEF && is_trail(pos + 1) && is_trail(pos + 2)) {
            const char32_t cp = (char32_t{lead & 0x0Fu} << 12) | (char32_t{byte(pos + 1) & 0x3Fu} << 6) |
                                char32_t{byte(pos + 2) & 0x3Fu};
            if (!in_dense(cp)) return pos + 3;
            const DenseEntry entry = tables_.dense[cp - dense_first];
            if (entry.group == 0 && entry.target == 0) return pos + 3;  // most characters
            return convert(pos, 3, cp, entry.group, entry.target);
        }
        const std::size_t length = utf8::sequence_length(text_, pos);
        if (length != 4) return pos + (length == 0 ? 1 : length);
        std::size_t cursor = pos;
        const char32_t cp = utf8::next(text_, cursor);
        const SupplementaryEntry* entry = cp >= supplementary_first ? tables_.find_supplementary(cp) : nullptr;
        return entry != nullptr ? convert(pos, 4, cp, entry->group, entry->target) : pos + 4;
    }

    // The code point that starts at pos; 0 at the end of the text.
    char32_t code_point_at(std::size_t pos) const { return pos < text_.size() ? utf8::next(text_, pos) : 0; }

    // Converts the code point cp, length bytes at pos, or the phrase that starts with it.
    std::size_t convert(std::size_t pos, std::size_t length, char32_t cp, std::uint16_t group, char32_t target) {
        if (group != 0) {
            if (const Phrase* phrase = tables_.match_phrase(group, text_.substr(pos), cp, code_point_at(pos + length))) {
                replace(pos, phrase->target);
                return pos + phrase->source.size();
            }
        }
        if (target != 0) {
            char bytes[4];
            replace(pos, std::string_view(bytes, utf8::encode(target, bytes)));
        }
        return pos + length;
    }

    void replace(std::size_t pos, std::string_view with) {
        std::copy(with.begin(), with.end(), out_.begin() + static_cast<std::ptrdiff_t>(pos));
    }

    std::string_view text_;
    const Tables& tables_;
    std::string out_;
};

Kind kind_of(const Tables& tables, char32_t cp) {
    if (in_dense(cp)) return tables.dense_kind[cp - dense_first];
    if (cp >= supplementary_first) {
        if (const SupplementaryEntry* entry = tables.find_supplementary(cp)) return entry->kind;
    }
    return Kind::neutral;
}

}  // namespace

namespace t2s {

const Tables& tables() {
    static const Tables instance = build_tables();  // thread-safe initialisation
    return instance;
}

const SupplementaryEntry* Tables::find_supplementary(char32_t cp) const {
    auto it = std::lower_bound(supplementary.begin(), supplementary.end(), cp,
                               [](const SupplementaryEntry& entry, char32_t key) { return entry.cp < key; });
    return it != supplementary.end() && it->cp == cp ? &*it : nullptr;
}

const Phrase* Tables::match_phrase(std::uint16_t group, std::string_view text, char32_t first, char32_t second) const {
    if (group == 0 || !may_start_phrase(first, second)) return nullptr;
    const auto [begin, end] = groups[group - 1];
    for (std::size_t i = begin; i < end; ++i) {
        const Phrase& phrase = phrases[i];
        if (phrase.second == second && text.starts_with(phrase.source)) return &phrase;
    }
    return nullptr;
}

}  // namespace t2s

std::string to_simplified(std::string_view text) {
    return Converter(text, tables()).run();
}

char32_t simplified_char(char32_t cp) {
    const Tables& t = tables();
    if (in_dense(cp)) {
        const char16_t target = t.dense[cp - dense_first].target;
        return target != 0 ? target : cp;
    }
    if (cp >= supplementary_first) {
        const SupplementaryEntry* entry = t.find_supplementary(cp);
        if (entry != nullptr && entry->target != 0) return entry->target;
    }
    return cp;
}

Script script_of(char32_t cp) {
    const Kind kind = kind_of(tables(), cp);
    if (kind == Kind::traditional) return Script::traditional;
    if (kind == Kind::simplified) return Script::simplified;
    return Script::unknown;
}

Script detect_script(std::string_view text) {
    const Tables& t = tables();
    std::size_t traditional = 0;
    std::size_t simplified = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const Kind kind = kind_of(t, utf8::next(text, pos));
        if (kind == Kind::traditional) ++traditional;
        if (kind == Kind::simplified) ++simplified;
    }
    if (simplified > traditional) return Script::simplified;
    if (traditional > simplified) return Script::traditional;
    return Script::unknown;
}

std::string_view language_tag(std::string_view text, Script fallback) {
    Script script = detect_script(text);
    if (script == Script::unknown) script = fallback;
    return script == Script::traditional ? "zh-Hant" : "zh-Hans";
}

std::string to_traditional(std::string_view text) {
    thread_local const std::unique_ptr<icu::Transliterator> s2t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> opened(
            icu::Transliterator::createInstance("Simplified-Traditional", UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !opened)
            throw error(std::string("ICU has no Simplified-Traditional transliterator: ") + u_errorName(status));
        return opened;
    }();
    icu::UnicodeString converted = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    s2t->transliterate(converted);
    std::string out;
    converted.toUTF8String(out);
    return out;
}

}  // namespace glossgraph
