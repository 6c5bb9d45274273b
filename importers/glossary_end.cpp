#include "importers/glossary_end.hpp"

#include "core/text/normalize.hpp"
#include "core/text/script.hpp"
#include "importers/chrome.hpp"
#include "importers/glossary_parser.hpp"
#include "importers/glossary_term.hpp"
#include "importers/u32.hpp"

#include <algorithm>

namespace glossgraph {
namespace {

constexpr std::size_t min_prose_length = 8;       // code points
constexpr std::size_t max_repeated_title = 50;    // a line naming the report and no longer is its title
constexpr std::size_t min_headline_length = 10;   // before a colon, a phrase this long is a headline

std::u32string comparable(std::string_view line) { return code_points(remove_spaces(fold_width(to_simplified(line)))); }

bool has_han(std::u32string_view text) {
    return std::any_of(text.begin(), text.end(), [](char32_t cp) { return utf8::is_han(cp); });
}

// "…(2024-02-05)", "… 02-05", "…2024年2月5日": the date of a listed article.
bool ends_with_date(std::u32string_view text) {
    while (!text.empty() && std::u32string_view(U")]）】").find(text.back()) != std::u32string_view::npos) {
        text.remove_suffix(1);
    }
    std::size_t digits = 0;
    std::size_t pos = text.size();
    while (pos > 0 && (digit_value(text[pos - 1]) >= 0 || text[pos - 1] == U'-' || text[pos - 1] == U'/')) {
        if (digit_value(text[pos - 1]) >= 0) ++digits;
        --pos;
    }
    const std::u32string_view tail = text.substr(pos);
    return digits >= 4 && (tail.find(U'-') != std::u32string_view::npos || tail.find(U'/') != std::u32string_view::npos);
}

// "某市召开2024年经济工作会议：会议指出…": a long phrase without punctuation, a colon, a teaser.
bool is_headline_with_teaser(std::u32string_view text) {
    const std::size_t colon = text.find_first_of(U":：");
    if (colon == std::u32string_view::npos || colon < min_headline_length) return false;
    const std::u32string_view headline = text.substr(0, colon);
    return headline.find_first_of(U"，,。；;、") == std::u32string_view::npos;
}

}  // namespace

bool is_furniture(std::string_view line) { return is_chrome_line(line); }

bool ends_with_listing_date(std::string_view line) { return ends_with_date(comparable(line)); }

bool opens_related_list(std::string_view line) { return opens_related_articles(line); }

bool reads_as_prose(std::string_view line) {
    const std::u32string text = comparable(line);
    if (text.size() < min_prose_length || !has_han(text)) return false;
    if (ends_with_date(text) || is_headline_with_teaser(text)) return false;
    return text.find_first_of(U"，,。；;、") != std::u32string::npos || ends_sentence(line);
}

bool continues_definition(std::string_view definition, std::string_view line) {
    if (is_furniture(line) || glossary_heading(line)) return false;
    const std::u32string text = comparable(line);
    if (text.starts_with(U"各位代表")) return false;
    if (text.find(U"政府工作报告") != std::u32string::npos && text.size() <= max_repeated_title) return false;
    if (!definition.empty() && !ends_sentence(definition)) return true;
    return reads_as_prose(line);
}

}  // namespace glossgraph
