#include "importers/header_date.hpp"

#include "core/text/normalize.hpp"
#include "core/text/script.hpp"
#include "importers/glossary_marker.hpp"
#include "importers/u32.hpp"

#include <chrono>
#include <cstdio>

namespace glossgraph {
namespace {

// A digit of a year written in Chinese numerals: 二〇二四, 二○二四, 二零二四.
int han_year_digit(char32_t cp) {
    if (cp == U'〇' || cp == U'○' || cp == U'零' || cp == U'Ｏ') return 0;
    constexpr std::u32string_view digits = U"一二三四五六七八九";
    const std::size_t at = digits.find(cp);
    return at == std::u32string_view::npos ? -1 : static_cast<int>(at) + 1;
}

int read_year(std::u32string_view text, std::size_t& pos) {
    std::size_t end = pos;
    const int arabic = read_number(text, end, 4);
    if (arabic >= 0) {
        if (end - pos != 4) return -1;
        pos = end;
        return arabic;
    }
    int year = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        if (pos + i >= text.size() || han_year_digit(text[pos + i]) < 0) return -1;
        year = year * 10 + han_year_digit(text[pos + i]);
    }
    pos += 4;
    return year;
}

// A month or day: one or two digits, or a Chinese numeral (十二, 二十七, 三十一).
int read_small_number(std::u32string_view text, std::size_t& pos) {
    const int arabic = read_number(text, pos, 2);
    if (arabic >= 0) return arabic;
    for (std::size_t length = 3; length >= 1; --length) {
        if (pos + length > text.size()) continue;
        const int value = han_numeral_value(text.substr(pos, length));
        if (value > 0) {
            pos += length;
            return value;
        }
    }
    return -1;
}

struct DateAt {
    std::optional<std::string> date;
    std::size_t begin = 0;  // code points
    std::size_t end = 0;
};

DateAt find_date_at(std::u32string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::size_t pos = i;
        const int year = read_year(text, pos);
        if (year < 0 || pos >= text.size() || text[pos] != U'年') continue;
        const int month = read_small_number(text, ++pos);
        if (month < 0 || pos >= text.size() || text[pos] != U'月') continue;
        const int day = read_small_number(text, ++pos);
        if (day < 0 || pos >= text.size() || (text[pos] != U'日' && text[pos] != U'号')) continue;
        if (auto date = iso_date(year, month, day)) return {std::move(date), i, pos + 1};
    }
    return {};
}

bool contains_any(std::u32string_view text, std::initializer_list<std::u32string_view> words) {
    for (std::u32string_view word : words) {
        if (text.find(word) != std::u32string_view::npos) return true;
    }
    return false;
}

// "09:12", "09时12分", "发布时间", "来源": what a publication stamp holds.
bool is_stamp(std::u32string_view text) {
    for (std::size_t i = 1; i + 1 < text.size(); ++i) {
        if ((text[i] == U':' || text[i] == U'时') && digit_value(text[i - 1]) >= 0 && digit_value(text[i + 1]) >= 0) return true;
    }
    return contains_any(text, {U"发布时间", U"发表时间", U"发布日期", U"更新时间", U"来源", U"时间:", U"日期:", U"浏览",
                               U"点击", U"阅读", U"发表于", U"编辑"});
}

// Brackets, dashes and the report's name around a date that stands alone.
bool is_date_alone(std::u32string_view before, std::u32string_view after) {
    std::u32string rest = std::u32string(before) + std::u32string(after);
    std::u32string kept;
    for (char32_t cp : rest) {
        if (std::u32string_view(U"()（）[]【】—-－―~ ").find(cp) == std::u32string_view::npos) kept.push_back(cp);
    }
    return kept.empty() || kept == U"政府工作报告" || kept == U"政府工作报告全文";
}

}  // namespace

std::optional<std::string> iso_date(int year, int month, int day) {
    if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                           std::chrono::day{static_cast<unsigned>(day)}};
    if (!date.ok()) return std::nullopt;
    // Large enough for any int, so no compiler can see a possible truncation.
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return std::string(buffer);
}

std::optional<std::string> find_date(std::string_view text) { return find_date_at(code_points(text)).date; }

HeaderDate read_header_date(std::string_view line) {
    const std::u32string text = code_points(remove_spaces(fold_width(to_simplified(line))));
    DateAt found = find_date_at(text);
    if (!found.date) return {};
    HeaderDate result{std::move(found.date), DateRole::prose};
    const std::u32string_view view(text);
    const std::u32string_view after = view.substr(found.end);
    if (is_stamp(text)) {
        result.role = DateRole::stamp;
    } else if (after.starts_with(U"在") || contains_any(text, {U"人民代表大会", U"人代会", U"人大", U"会议", U"大会"})) {
        result.role = DateRole::session;
    } else if (is_date_alone(view.substr(0, found.begin), after)) {
        result.role = DateRole::alone;
    }
    return result;
}

}  // namespace glossgraph
