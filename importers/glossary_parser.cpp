#include "importers/glossary_parser.hpp"

#include "core/text/normalize.hpp"
#include "core/text/script.hpp"
#include "core/text/utf8.hpp"
#include "importers/u32.hpp"

#include <array>
#include <string_view>
#include <utility>

namespace glossgraph {
namespace {

constexpr std::size_t max_term_length = 64;

constexpr std::string_view heading_words[] = {
    "名词解释", "名词注释", "名词解析", "名词说明", "名词术语解释", "术语解释",
    "词语解释", "注释", "注解", "附注", "注"};

// Words that open a list inside a definition ("其中：…") and so are never terms.
constexpr std::string_view connectives[] = {
    "其中", "包括", "主要包括", "具体包括", "具体为", "具体是", "具体来说", "主要有",
    "分别为", "分别是", "即", "注", "备注", "说明", "例如", "如", "内容", "主要内容", "目标", "要求"};

bool strip_prefix(std::string& text, std::string_view prefix) {
    if (text.compare(0, prefix.size(), prefix) != 0) return false;
    text.erase(0, prefix.size());
    return true;
}

bool strip_suffix(std::string& text, std::string_view suffix) {
    if (text.size() < suffix.size() || text.compare(text.size() - suffix.size(), suffix.size(), suffix) != 0) {
        return false;
    }
    text.erase(text.size() - suffix.size());
    return true;
}

// "附件1：" "附件一、" "附：" before a heading.
void strip_attachment_prefix(std::string& text) {
    if (!strip_prefix(text, "附件") && !strip_prefix(text, "附")) return;
    std::u32string rest = to_u32(text);
    std::size_t pos = 0;
    while (pos < rest.size() && (digit_value(rest[pos]) >= 0 || std::u32string_view(U"一二三四五六七八九十").find(rest[pos]) != std::u32string_view::npos)) ++pos;
    if (pos < rest.size() && std::u32string_view(U":：、.．").find(rest[pos]) != std::u32string_view::npos) ++pos;
    text = to_utf8(rest.substr(pos));
}

int circled_number(char32_t cp) {
    if (cp >= U'\u2460' && cp <= U'\u2473') return static_cast<int>(cp - U'\u2460') + 1;   // ①..⑳
    if (cp >= U'\u3251' && cp <= U'\u325F') return static_cast<int>(cp - U'\u3251') + 21;  // ㉑..㉟
    if (cp >= U'\u32B1' && cp <= U'\u32BF') return static_cast<int>(cp - U'\u32B1') + 36;  // ㊱..㊿
    if (cp >= U'\u2474' && cp <= U'\u2487') return static_cast<int>(cp - U'\u2474') + 1;   // ⑴..⒇
    if (cp >= U'\u2488' && cp <= U'\u249B') return static_cast<int>(cp - U'\u2488') + 1;   // ⒈..⒛
    return 0;
}

char32_t closing_bracket(char32_t open) {
    switch (open) {
        case U'(': case U'（': return U')';
        case U'[': return U']';
        case U'【': return U'】';
        case U'〔': return U'〕';
        default: return 0;
    }
}

bool closes(char32_t open, char32_t cp) {
    const char32_t expected = closing_bracket(open);
    return cp == expected || (expected == U')' && cp == U'）');
}

bool is_space(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\u3000' || cp == U'\u00A0'; }

// Marker length in code points and its number, read from the first few code points.
std::pair<std::size_t, int> scan_marker(std::u32string_view head) {
    if (head.empty()) return {0, 0};
    if (const int circled = circled_number(head[0])) return {1, circled};
    std::size_t pos = 0;
    if (closing_bracket(head[0]) != 0) {
        pos = 1;
        while (pos < head.size() && is_space(head[pos])) ++pos;
        const int number = read_number(head, pos, 3);
        while (pos < head.size() && is_space(head[pos])) ++pos;
        if (number < 1 || pos >= head.size() || !closes(head[0], head[pos])) return {0, 0};
        return {pos + 1, number};
    }
    const int number = read_number(head, pos, 3);
    if (number < 1 || pos >= head.size()) return {0, 0};
    if (std::u32string_view(U".．、)）").find(head[pos]) == std::u32string_view::npos) return {0, 0};
    return {pos + 1, number};
}

bool has_sentence_punctuation(std::u32string_view text) {
    return text.find_first_of(U"。；;！？") != std::u32string_view::npos;
}

bool has_han(std::u32string_view text) {
    for (char32_t cp : text) {
        if (utf8::is_han(cp)) return true;
    }
    return false;
}

}  // namespace

std::optional<std::string> glossary_heading(std::string_view line) {
    if (utf8::length(line) > 24) return std::nullopt;
    std::string text = remove_spaces(fold_width(to_simplified(line)));
    for (auto [open, close] : {std::pair{"【", "】"}, {"[", "]"}, {"(", ")"}, {"〔", "〕"}}) {
        if (strip_prefix(text, open) && !strip_suffix(text, close)) return std::nullopt;
    }
    while (strip_suffix(text, ":") || strip_suffix(text, "：")) {}
    strip_attachment_prefix(text);
    if (!strip_prefix(text, "本报告")) strip_prefix(text, "报告");
    for (std::string_view word : heading_words) {
        if (text == word) return std::string(word);
    }
    return std::nullopt;
}

std::optional<EntryMarker> read_marker(std::string_view line) {
    constexpr std::size_t max_marker = 8;
    std::u32string head;
    std::vector<std::size_t> offsets;  // byte offset of each code point in head
    std::size_t pos = 0;
    while (pos < line.size() && head.size() < max_marker) {
        offsets.push_back(pos);
        head.push_back(utf8::next(line, pos));
    }
    offsets.push_back(pos);
    const auto [length, number] = scan_marker(head);
    if (length == 0) return std::nullopt;
    std::size_t end = length;
    while (end < head.size() && is_space(head[end])) ++end;
    return EntryMarker{std::string(line.substr(0, offsets[length])), number, offsets[end]};
}

std::optional<TermSplit> split_term(std::string_view text) {
    const std::size_t ascii = text.find(':');
    const std::size_t wide = text.find("：");
    const std::size_t colon = std::min(ascii, wide);
    if (colon == std::string_view::npos) return std::nullopt;
    const std::size_t colon_bytes = colon == ascii ? 1 : std::string_view("：").size();
    const std::string_view term = trim(text.substr(0, colon));
    const std::u32string term32 = to_u32(term);
    if (term32.empty() || term32.size() > max_term_length) return std::nullopt;
    if (has_sentence_punctuation(term32) || !has_han(term32)) return std::nullopt;
    const std::string key = term_key(term);
    for (std::string_view word : connectives) {
        if (key == word) return std::nullopt;
    }
    return TermSplit{std::string(term), std::string(trim(text.substr(colon + colon_bytes)))};
}

}  // namespace glossgraph
