#include "core/compare/items.hpp"

#include "core/compare/comparison_text.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>

namespace glossgraph {
namespace {

bool is_clause_separator(char32_t cp) {
    return cp == U'，' || cp == U',' || cp == U'；' || cp == U';' || cp == U'。';
}

// Splits text at every code point for which is_separator holds; the pieces view text.
template <typename Predicate>
std::vector<std::string_view> split(std::string_view text, Predicate is_separator) {
    std::vector<std::string_view> pieces;
    std::size_t start = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t at = pos;
        if (is_separator(utf8::next(text, pos))) {
            pieces.push_back(text.substr(start, at - start));
            start = pos;
        }
    }
    pieces.push_back(text.substr(start));
    return pieces;
}

bool is_conjunction(char32_t cp) { return cp == U'和' || cp == U'及' || cp == U'与' || cp == U'或'; }

// Two-character words in which a conjunction character is no conjunction.
constexpr std::array<std::u32string_view, 14> words_starting_with_conjunction = {
    U"和谐", U"和平", U"和睦", U"和美", U"和解", U"和气", U"和煦",
    U"及时", U"及早", U"及格", U"与会", U"与否", U"与其", U"或许"};
constexpr std::array<std::u32string_view, 23> words_ending_with_conjunction = {
    U"参与", U"给与", U"赋与", U"授与", U"温和", U"平和", U"缓和", U"总和",
    U"饱和", U"柔和", U"调和", U"附和", U"人和", U"普及", U"涉及", U"危及",
    U"波及", U"顾及", U"企及", U"惠及", U"提及", U"触及", U"遍及"};

bool is_word(std::u32string_view pair, const auto& words) {
    return std::find(words.begin(), words.end(), pair) != words.end();
}

// Where the conjunction at text[at] cuts text: [first, last) is the conjunction itself,
// widened over 以及 and 或者. Empty (first == last) when the character is not a conjunction
// there: it starts or ends a word, or nothing would be left on one side.
std::pair<std::size_t, std::size_t> conjunction_at(std::u32string_view text, std::size_t at) {
    if (!is_conjunction(text[at]) || at == 0 || at + 1 >= text.size()) return {at, at};
    if (is_word(text.substr(at, 2), words_starting_with_conjunction) ||
        is_word(text.substr(at - 1, 2), words_ending_with_conjunction))
        return {at, at};
    std::size_t first = at;
    std::size_t last = at + 1;
    if (text[at] == U'及' && text[at - 1] == U'以') --first;
    if (text[at] == U'或' && text[at + 1] == U'者') ++last;
    if (first == 0 || last >= text.size()) return {at, at};
    return {first, last};
}

// Cuts the last segment of a '、' list at its last conjunction: "C和D" -> "C", "D".
std::vector<std::string> split_last_item(const std::string& item) {
    const std::u32string text = code_points(item);
    for (std::size_t at = text.size(); at-- > 0;) {
        const auto [first, last] = conjunction_at(text, at);
        if (first != last)
            return {to_utf8(std::u32string_view(text).substr(0, first)), to_utf8(std::u32string_view(text).substr(last))};
    }
    return {item};
}

void append_clause_items(std::string_view clause, std::vector<std::string>& items) {
    const std::vector<std::string_view> segments = split(clause, [](char32_t cp) { return cp == U'、'; });
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const std::string item = comparison_text(segments[i]);
        const bool last_of_list = segments.size() > 1 && i + 1 == segments.size();
        for (std::string& piece : last_of_list ? split_last_item(item) : std::vector<std::string>{item})
            if (!piece.empty()) items.push_back(std::move(piece));
    }
}

// "是指A、B" enumerates A and B; the lead-in is no part of the first item.
void drop_lead_in(std::vector<std::string>& items) {
    if (items.empty()) return;
    for (const std::string_view lead_in : {std::string_view("是指"), std::string_view("指的是")}) {
        if (items.front().size() > lead_in.size() && items.front().starts_with(lead_in)) {
            items.front().erase(0, lead_in.size());
            return;
        }
    }
}

}  // namespace

std::vector<std::string> enumerated_items(std::string_view definition) {
    std::vector<std::string> items;
    for (const std::string_view clause : split(definition, is_clause_separator)) append_clause_items(clause, items);
    drop_lead_in(items);
    return items;
}

ItemOverlap item_overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    const std::unordered_set<std::string> in_b(b.begin(), b.end());
    ItemOverlap overlap;
    std::unordered_set<std::string> seen;
    for (const std::string& item : a)
        if (seen.insert(item).second) (in_b.contains(item) ? overlap.shared : overlap.only_a).push_back(item);
    for (const std::string& item : b)
        if (seen.insert(item).second) overlap.only_b.push_back(item);
    const std::size_t all = overlap.shared.size() + overlap.only_a.size() + overlap.only_b.size();
    overlap.jaccard = all == 0 ? 1.0 : static_cast<double>(overlap.shared.size()) / static_cast<double>(all);
    return overlap;
}

}  // namespace glossgraph
