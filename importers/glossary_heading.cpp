// Recognising the heading of a glossary (see glossary_parser.hpp).
#include "core/text/normalize.hpp"
#include "core/text/script.hpp"
#include "importers/glossary_marker.hpp"
#include "importers/glossary_parser.hpp"
#include "importers/u32.hpp"

#include <algorithm>

namespace glossgraph {
namespace {

constexpr std::size_t max_heading_length = 40;  // code points, as written
constexpr std::size_t max_qualifier_length = 30;

// Longest first, so 名词注释 is found before 注释.
constexpr std::u32string_view heading_words[] = {
    U"名词术语解释", U"有关名词解释", U"名词的解释", U"名词解释", U"名词注释", U"名词解析", U"名词说明", U"名词释义",
    U"术语解释", U"术语说明", U"用语解释", U"用语说明", U"词语解释", U"词语注释", U"词汇解释", U"名词简释", U"名词术语",
    U"注释", U"注解", U"附注", U"释义", U"注"};

// Words that may qualify a heading word without making the line a sentence:
// 《政府工作报告》名词注释, 本报告有关名词解释, 政府工作报告中的名词解释.
constexpr std::u32string_view qualifier_words[] = {
    U"政府工作报告", U"工作报告", U"报告", U"本", U"有关", U"相关", U"主要", U"部分", U"涉及", U"文中", U"中", U"的",
    U"关于", U"及", U"和", U"附", U"件", U"录", U"一", U"二", U"三", U"四", U"五"};

bool strip_prefix(std::u32string& text, std::u32string_view prefix) {
    if (!text.starts_with(prefix)) return false;
    text.erase(0, prefix.size());
    return true;
}

// Decorations around a heading: 【名词解释】, ★名词解释, "附件2：", a trailing colon, and a
// short parenthetical remark after it (（按报告中出现顺序）).
std::u32string undecorated(std::u32string text) {
    while (!text.empty() && std::u32string_view(U"*★☆■□●○◆◇▲△►•·").find(text[0]) != std::u32string_view::npos) {
        text.erase(0, 1);
    }
    while (!text.empty() && (text.back() == U':' || text.back() == U'：')) text.pop_back();
    if (!text.empty() && (text.back() == U')' || text.back() == U'）')) {
        const std::size_t open = text.find_last_of(U"(（");
        if (open != std::u32string::npos && open > 0 && text.size() - open <= 16) text.erase(open);
    }
    for (auto [open, close] : {std::pair{U'【', U'】'}, {U'[', U']'}, {U'(', U')'}, {U'（', U'）'}, {U'〔', U'〕'}, {U'〖', U'〗'}}) {
        if (text.size() > 2 && text.front() == open && text.back() == close) text = text.substr(1, text.size() - 2);
    }
    if (const auto marker = read_marker(to_utf8(text)); marker && is_han_numeral(marker->style)) {
        text.erase(0, code_points(marker->text).size());  // 三、名词解释
    }
    if (strip_prefix(text, U"附件") || strip_prefix(text, U"附录") || strip_prefix(text, U"附")) {
        std::size_t pos = 0;
        while (pos < text.size() && (digit_value(text[pos]) >= 0 || han_numeral_value(text.substr(pos, 1)) > 0)) ++pos;
        if (pos < text.size() && std::u32string_view(U":：、.．").find(text[pos]) != std::u32string_view::npos) ++pos;
        text.erase(0, pos);
    }
    return text;
}

// True when what stands before the heading word only says which report it belongs to:
// quotes, a year, a place, and words such as 政府工作报告, 本, 有关.
bool is_qualifier(std::u32string_view prefix) {
    if (prefix.empty()) return true;
    if (prefix.size() > max_qualifier_length) return false;
    if (prefix.find_first_of(U"。，,；;！!？?：:") != std::u32string_view::npos) return false;
    if (prefix.find(U"报告") != std::u32string_view::npos) return true;
    std::u32string rest(prefix);
    rest.erase(std::remove_if(rest.begin(), rest.end(), [](char32_t cp) {
                   return std::u32string_view(U"《》〈〉“”\"'‘’「」").find(cp) != std::u32string_view::npos;
               }),
               rest.end());
    while (!rest.empty()) {
        const auto word = std::find_if(std::begin(qualifier_words), std::end(qualifier_words),
                                       [&](std::u32string_view w) { return rest.starts_with(w); });
        if (word == std::end(qualifier_words)) return false;
        rest.erase(0, word->size());
    }
    return true;
}

}  // namespace

std::optional<std::string> glossary_heading(std::string_view line) {
    if (utf8::length(line) > max_heading_length) return std::nullopt;
    const std::u32string text = undecorated(code_points(remove_spaces(fold_width(to_simplified(line)))));
    for (std::u32string_view word : heading_words) {
        if (!text.ends_with(word)) continue;
        if (!is_qualifier(std::u32string_view(text).substr(0, text.size() - word.size()))) return std::nullopt;
        // 有关名词解释 is 名词解释 with a qualifier of its own.
        return to_utf8(word == U"有关名词解释" || word == U"名词的解释" ? U"名词解释" : word);
    }
    return std::nullopt;
}

}  // namespace glossgraph
