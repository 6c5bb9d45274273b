#include "importers/report_header.hpp"

#include "core/text/normalize.hpp"
#include "core/text/script.hpp"
#include "importers/u32.hpp"

#include <chrono>
#include <cstdio>

namespace glossgraph {
namespace {

constexpr std::u32string_view report_word = U"政府工作报告";
constexpr std::size_t fallback_header_lines = 12;

// Simplified, width-folded, without spaces: the form header lines are matched in.
std::u32string comparable(std::string_view line) {
    return to_u32(remove_spaces(fold_width(to_simplified(line))));
}

std::size_t header_end(const std::vector<SourceLine>& lines) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (comparable(lines[i].text).starts_with(U"各位代表")) return i;
    }
    return std::min(lines.size(), fallback_header_lines);
}

// "2024年德阳市罗江区政府工作报告" -> year 2024 and the place phrase "德阳市罗江区".
struct TitleParts {
    std::optional<int> year;
    std::u32string place;
};

TitleParts split_title(std::u32string_view title) {
    TitleParts parts;
    const std::size_t word = title.find(report_word);
    if (word == std::u32string_view::npos) return parts;
    for (std::size_t i = 0; i + 4 < word; ++i) {
        std::size_t pos = i;
        const int year = read_number(title, pos, 4);
        if (year >= 1949 && pos == i + 4 && title[pos] == U'年') {
            parts.year = year;
            parts.place = std::u32string(title.substr(pos + 1, word - pos - 1));
            return parts;
        }
        if (year >= 0) i = pos - 1;
    }
    return parts;
}

// The title line as written, without a forum tag "[四川] " and a "—全文" suffix.
std::string clean_written_title(std::string_view line) {
    std::u32string text = to_u32(line);
    if (!text.empty() && (text[0] == U'[' || text[0] == U'【')) {
        const std::size_t close = text.find_first_of(U"]】");
        if (close != std::u32string::npos && close < 8) text.erase(0, close + 1);
    }
    for (std::u32string_view suffix : {U"—全文", U"--全文", U"-全文", U"（全文）", U"(全文)", U"全文"}) {
        if (text.ends_with(suffix)) {
            text.erase(text.size() - suffix.size());
            break;
        }
    }
    return std::string(trim(to_utf8(text)));
}

// Index of the title line: the first header line naming the report with a year, else the
// first naming it at all.
std::optional<std::size_t> find_title_line(const std::vector<SourceLine>& lines, std::size_t end) {
    std::optional<std::size_t> first;
    for (std::size_t i = 0; i < end; ++i) {
        const std::u32string text = comparable(lines[i].text);
        if (text.find(report_word) == std::u32string::npos) continue;
        if (split_title(text).year) return i;
        if (!first) first = i;
    }
    return first;
}

// The place before "人民政府" in the speaker's line: "曾都区人民政府区长何胜" -> "曾都区".
std::u32string speaker_place(std::u32string_view line) {
    const std::size_t at = line.find(U"人民政府");
    return at == std::u32string_view::npos ? std::u32string() : std::u32string(line.substr(0, at));
}

// The place in "在德阳市罗江区第二届人民代表大会第三次会议上".
std::u32string congress_place(std::u32string_view text) {
    const std::size_t congress = text.find(U"届人民代表大会");
    if (congress == std::u32string_view::npos) return {};
    const std::size_t ordinal = text.rfind(U'第', congress);
    const std::size_t at = text.rfind(U'在', ordinal);
    if (ordinal == std::u32string_view::npos || at == std::u32string_view::npos) return {};
    return std::u32string(text.substr(at + 1, ordinal - at - 1));
}

bool names_in(std::u32string_view phrase, const std::string& name) {
    if (name.empty()) return false;
    const std::u32string full = to_u32(name);
    if (phrase.find(full) != std::u32string_view::npos) return true;
    // Stems: 德阳 for 德阳市, 四川 for 四川省.
    return full.size() >= 3 && phrase.find(full.substr(0, 2)) != std::u32string_view::npos;
}

std::string canonical_title(const ReportHeader& header, std::u32string_view title_place,
                            std::string_view fallback) {
    if (!header.region) return std::string(fallback);
    const RegionPath& region = *header.region;
    std::string display;
    if (region.level != RegionLevel::province && names_in(title_place, region.province)) display += region.province;
    if (region.level == RegionLevel::county && names_in(title_place, region.prefecture)) display += region.prefecture;
    display += region.name();
    std::string title = header.year ? std::to_string(*header.year) + "年" : std::string();
    return title + display + "政府工作报告";
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

std::optional<std::string> find_date(std::string_view text_utf8) {
    const std::u32string text = to_u32(text_utf8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::size_t pos = i;
        const int year = read_number(text, pos, 4);
        if (year < 0) continue;
        if (pos - i != 4 || pos >= text.size() || text[pos] != U'年') {
            i = pos - 1;
            continue;
        }
        const int month = read_number(text, ++pos, 2);
        if (month < 0 || pos >= text.size() || text[pos] != U'月') continue;
        const int day = read_number(text, ++pos, 2);
        if (day < 0 || pos >= text.size() || text[pos] != U'日') continue;
        if (auto date = iso_date(year, month, day)) return date;
    }
    return std::nullopt;
}

std::optional<std::string> find_speaker(std::string_view line) {
    const std::u32string original = to_u32(line);
    const std::u32string simplified = to_u32(to_simplified(line));
    std::size_t name_begin = std::u32string::npos;
    for (std::u32string_view office : {U"省长", U"市长", U"区长", U"县长", U"州长", U"旗长", U"盟长", U"主席"}) {
        const std::size_t at = simplified.rfind(office);
        if (at != std::u32string::npos && (name_begin == std::u32string::npos || at + office.size() > name_begin)) {
            name_begin = at + office.size();
        }
    }
    if (name_begin == std::u32string::npos) return std::nullopt;
    const std::u32string name = to_u32(remove_spaces(to_utf8(original.substr(name_begin))));
    for (char32_t cp : name) {
        if (!utf8::is_han(cp) && cp != U'·' && cp != U'•') return std::nullopt;
    }
    if (name.size() < 2 || name.size() > 8) return std::nullopt;
    return to_utf8(name);
}

namespace {

// What the title gives: header.written_title and header.year are set from it; the place it
// names and the title to fall back on are returned.
struct TitleFacts {
    std::u32string place;
    std::string fallback;
};

TitleFacts read_title(const std::vector<SourceLine>& lines, std::optional<std::size_t> title_line, ReportHeader& header) {
    TitleFacts facts;
    if (!title_line) return facts;
    header.written_title = clean_written_title(lines[*title_line].text);
    const TitleParts parts = split_title(comparable(header.written_title));
    header.year = parts.year;
    facts.place = parts.place;
    facts.fallback = to_simplified(remove_spaces(header.written_title));
    return facts;
}

// The first delivery date and the first speaker among the header lines (the year follows
// the date when the title gave none: a December date delivers next year's report). Returns
// the place the speaker's office names.
std::u32string read_date_and_speaker(const std::vector<SourceLine>& lines, std::size_t end, ReportHeader& header) {
    std::u32string from_speaker;
    for (std::size_t i = 0; i < end; ++i) {
        if (!header.delivered_on) header.delivered_on = find_date(lines[i].text);
        if (!header.speaker) {
            header.speaker = find_speaker(lines[i].text);
            if (header.speaker) from_speaker = speaker_place(comparable(lines[i].text));
        }
    }
    if (!header.year && header.delivered_on) {
        const int year = std::stoi(header.delivered_on->substr(0, 4));
        header.year = header.delivered_on->substr(5, 2) == "12" ? year + 1 : year;
    }
    return from_speaker;
}

// The first of places that names exactly one division becomes header.region; when none
// does, a warning says why (ambiguous, or what the title named).
void resolve_region(const std::vector<std::u32string>& places, const std::string& context, const Gazetteer& gazetteer,
                    const std::u32string& title_place, const Location& where, Diagnostics& diagnostics,
                    ReportHeader& header) {
    std::vector<const Region*> ambiguous;
    for (const std::u32string& place : places) {
        if (place.empty()) continue;
        const std::vector<const Region*> found = gazetteer.resolve(to_utf8(place), context);
        if (found.size() == 1) {
            header.region = gazetteer.path(*found.front());
            return;
        }
        if (found.size() > 1 && ambiguous.empty()) ambiguous = found;
    }
    std::string message = "region not resolved";
    if (!ambiguous.empty()) {
        message = "region is ambiguous:";
        for (const Region* region : ambiguous) message += " " + region->name + " (" + region->code + ")";
    } else if (!title_place.empty()) {
        message += ": no GB/T 2260 division matches '" + to_utf8(title_place) + "'";
    }
    diagnostics.warning(where, message + "; the report is kept without a region");
}

}  // namespace

ReportHeader parse_report_header(const std::vector<SourceLine>& lines, const Gazetteer& gazetteer,
                                 const std::string& file, Diagnostics& diagnostics) {
    ReportHeader header;
    const std::size_t end = header_end(lines);
    std::u32string context;
    for (std::size_t i = 0; i < end; ++i) context += comparable(lines[i].text);

    const std::optional<std::size_t> title_line = find_title_line(lines, end);
    const TitleFacts title = read_title(lines, title_line, header);
    const std::u32string from_speaker = read_date_and_speaker(lines, end, header);
    const Location where{file, title_line ? lines[*title_line].number : 0};
    resolve_region({title.place, from_speaker, congress_place(context)}, to_utf8(context), gazetteer, title.place, where,
                   diagnostics, header);
    header.title = canonical_title(header, title.place, title.fallback);
    return header;
}

}  // namespace glossgraph
