#include "importers/report_header.hpp"

#include "core/region_history.hpp"
#include "core/text/normalize.hpp"
#include "core/text/script.hpp"
#include "core/text/utf8.hpp"
#include "importers/u32.hpp"

#include <algorithm>

namespace glossgraph {
namespace {

constexpr std::u32string_view report_word = U"政府工作报告";
constexpr std::size_t fallback_header_lines = 12;

// Simplified, width-folded, without spaces: the form header lines are matched in.
std::u32string comparable(std::string_view line) {
    return code_points(remove_spaces(fold_width(to_simplified(line))));
}

// The first `bytes` bytes of text or fewer, cut where a character begins.
std::string_view text_start(std::string_view text, std::size_t bytes) {
    return text.size() <= bytes ? text : text.substr(0, utf8::character_start(text, bytes));
}

// Where the salutation begins, read from each line's start only (各位代表 with spaces between
// its characters fits in 64 bytes): the body is not converted line by line to find it.
std::size_t header_end(const std::vector<SourceLine>& lines) {
    constexpr std::size_t salutation_bytes = 64;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (comparable(text_start(lines[i].text, salutation_bytes)).starts_with(U"各位代表")) return i;
    }
    return std::min(lines.size(), fallback_header_lines);
}

// The header's lines, each cut to header_line_bytes: a title, a session line or a speaker's
// line is short, and a report written on one line of 50 MB is read by its start.
constexpr std::size_t header_line_bytes = 4096;

std::vector<SourceLine> header_lines(const std::vector<SourceLine>& lines, std::size_t end) {
    std::vector<SourceLine> head;
    head.reserve(end);
    for (std::size_t i = 0; i < end; ++i) head.push_back({std::string(text_start(lines[i].text, header_line_bytes)), lines[i].number});
    return head;
}

// "2024年德阳市罗江区政府工作报告" -> year 2024 and the place phrase "德阳市罗江区".
struct TitleParts {
    std::optional<int> year;
    std::u32string place;
};

// Quotes, brackets and dashes around a title's place: "《", "“", "——".
std::u32string without_marks(std::u32string_view text) {
    std::u32string out;
    for (char32_t cp : text) {
        if (std::u32string_view(U"《》〈〉“”\"'‘’「」【】[]()（）—-－―·•").find(cp) == std::u32string_view::npos) out.push_back(cp);
    }
    return out;
}

// The place is what stands before 政府工作报告 besides the year, wherever the year is:
// "2024年德阳市罗江区政府工作报告", "南昌市2019年政府工作报告", "淄博市《政府工作报告》".
TitleParts split_title(std::u32string_view title) {
    TitleParts parts;
    const std::size_t word = title.find(report_word);
    if (word == std::u32string_view::npos) return parts;
    const std::u32string_view head = title.substr(0, word);
    for (std::size_t i = 0; i + 4 < head.size() + 1 && i + 4 <= head.size(); ++i) {
        std::size_t pos = i;
        const int year = read_number(head, pos, 4);
        if (year >= 1949 && pos == i + 4 && pos < head.size() && head[pos] == U'年') {
            parts.year = year;
            parts.place = without_marks(std::u32string(head.substr(0, i)) + std::u32string(head.substr(pos + 1)));
            return parts;
        }
        if (year >= 0) i = pos - 1;
    }
    parts.place = without_marks(head);
    return parts;
}

// The title line as written, without a forum tag "[四川] " and a "—全文" suffix.
std::string clean_written_title(std::string_view line) {
    std::u32string text = code_points(line);
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

// "首页 > 政务公开 > 2019年… > 政府工作报告": a page's breadcrumb trail, never its title.
bool is_breadcrumb(std::u32string_view text) {
    if (text.find(U"首页") != std::u32string_view::npos || text.find(U"当前位置") != std::u32string_view::npos) return true;
    const auto separators = std::count_if(text.begin(), text.end(), [](char32_t cp) {
        return cp == U'>' || cp == U'»' || cp == U'›' || cp == U'→' || cp == U'/';
    });
    return separators >= 2;
}

// A line that can be the title: it names the report, and is not a breadcrumb, a stamp, or
// a sentence of a news intro.
bool can_be_title(std::u32string_view text) {
    constexpr std::size_t max_title_length = 60;
    if (text.find(report_word) == std::u32string_view::npos || text.size() > max_title_length) return false;
    if (is_breadcrumb(text) || text.find_first_of(U"。，,；") != std::u32string_view::npos) return false;
    return read_header_date(to_utf8(text)).role != DateRole::stamp;
}

// Index of the title line: the first header line naming the report with a year, else the
// first naming it at all.
std::optional<std::size_t> find_title_line(const std::vector<SourceLine>& lines, std::size_t end) {
    std::optional<std::size_t> first;
    for (std::size_t i = 0; i < end; ++i) {
        const std::u32string text = comparable(lines[i].text);
        if (!can_be_title(text)) continue;
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

bool is_ordinal_char(char32_t cp) {
    return digit_value(cp) >= 0 || std::u32string_view(U"第一二三四五六七八九十百").find(cp) != std::u32string_view::npos;
}

// The places that name a people's congress in the header lines (joined by '\n'): the one in
// "在德阳市罗江区第二届人民代表大会第三次会议上" (a session line, possibly broken after 届),
// and that of a document stamp "北京市第十六届人民代表大会第四次会议文件" or
// "菏泽市十九届人大五次会议", which starts its line. Session lines first.
std::vector<std::u32string> congress_places(std::u32string_view text) {
    std::vector<std::u32string> sessions, stamps;
    for (std::size_t at = text.find(U'届'); at != std::u32string_view::npos; at = text.find(U'届', at + 1)) {
        std::size_t next = at + 1;
        if (next < text.size() && text[next] == U'\n') ++next;
        const std::u32string_view rest = text.substr(next);
        if (!rest.starts_with(U"人民代表大会") && !rest.starts_with(U"人大")) continue;
        std::size_t ordinal = at;
        while (ordinal > 0 && is_ordinal_char(text[ordinal - 1])) --ordinal;
        const std::size_t line_start = text.rfind(U'\n', ordinal) == std::u32string_view::npos ? 0 : text.rfind(U'\n', ordinal) + 1;
        const std::size_t in = text.rfind(U'在', ordinal);
        if (in != std::u32string_view::npos && in >= line_start) {
            sessions.push_back(std::u32string(text.substr(in + 1, ordinal - in - 1)));
        } else {
            stamps.push_back(without_marks(text.substr(line_start, ordinal - line_start)));
        }
    }
    sessions.insert(sessions.end(), stamps.begin(), stamps.end());
    return sessions;
}

bool names_in(std::u32string_view phrase, const std::string& name) {
    if (name.empty()) return false;
    const std::u32string full = code_points(name);
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

// The delivery date: the first session line's date, else the first date standing alone;
// never a stamp's or one inside prose. The year follows the date when the title gave none
// (a December date delivers next year's report). Returns the index of the session line.
std::optional<std::size_t> read_delivery_date(const std::vector<SourceLine>& lines, std::size_t end, ReportHeader& header) {
    std::optional<std::string> alone;
    std::optional<std::size_t> session_line;
    for (std::size_t i = 0; i < end && !session_line; ++i) {
        const HeaderDate date = read_header_date(lines[i].text);
        if (date.role == DateRole::session) {
            header.delivered_on = date.date;
            session_line = i;
        } else if (date.role == DateRole::alone && !alone) {
            alone = date.date;
        }
    }
    if (!header.delivered_on) header.delivered_on = alone;
    if (!header.year && header.delivered_on) {
        const int year = std::stoi(header.delivered_on->substr(0, 4));
        header.year = header.delivered_on->substr(5, 2) == "12" ? year + 1 : year;
    }
    return session_line;
}

// The speaker: a name after an office title ("市长 吴艳"), else a line holding only a name
// among the few lines after the session line or the title, stamps and sources skipped.
// Returns the place the speaker's office names.
std::u32string read_speaker(const std::vector<SourceLine>& lines, std::size_t end, std::optional<std::size_t> after,
                            ReportHeader& header) {
    constexpr std::size_t max_lines_after = 4;
    for (std::size_t i = 0; i < end; ++i) {
        header.speaker = find_speaker(lines[i].text);
        if (header.speaker) return speaker_place(comparable(lines[i].text));
    }
    if (!after) return {};
    for (std::size_t i = *after + 1; i < end && i <= *after + max_lines_after; ++i) {
        header.speaker = bare_name(lines[i].text);
        if (header.speaker) break;
    }
    return {};
}

// The divisions of the report's year, through the gazetteer's history when it has one (else
// the gazetteer's own divisions, whatever the year).
struct YearDivisions {
    const Gazetteer& gazetteer;
    const RegionHistory* history;
    int year;

    const Gazetteer& divisions() const { return history ? history->in_year(year) : gazetteer; }
    std::vector<const Region*> resolve(const std::string& place, const std::string& context) const {
        return history ? history->resolve(place, context, year) : gazetteer.resolve(place, context);
    }
};

// The year a report's region is resolved in: the delivery date's, else the report year; the
// last of the history without either. A year the history does not cover is a warning.
YearDivisions divisions_of_year(const ReportHeader& header, const Gazetteer& gazetteer, const Location& where,
                                Diagnostics& diagnostics) {
    const RegionHistory* history = gazetteer.history();
    if (!history) return {gazetteer, nullptr, 0};
    std::optional<int> year = header.year;
    if (header.delivered_on) year = std::stoi(header.delivered_on->substr(0, 4));
    if (year && !history->covers(*year)) {
        const int nearest = std::clamp(*year, history->first_year(), history->last_year());
        diagnostics.warning(where, "the year " + std::to_string(*year) + " is outside the history of GB/T 2260 codes (" +
                                       std::to_string(history->first_year()) + "–" + std::to_string(history->last_year()) +
                                       "): the region is resolved among the divisions of " + std::to_string(nearest));
    }
    return {gazetteer, history, year.value_or(history->last_year())};
}

std::string listed(const std::vector<const Region*>& regions) {
    std::string list;
    for (const Region* region : regions) list += " " + region->name + " (" + region->code + ")";
    return list;
}

// True when `inner` lies under `outer` in the divisions of the year.
bool lies_under(const Gazetteer& divisions, const Region& inner, const Region& outer) {
    for (const Region* at = divisions.find(inner.parent_code); at; at = divisions.find(at->parent_code))
        if (at == &outer) return true;
    return false;
}

// Files the report under the one division `match` followed a place to, saying how.
void file_under(const YearMatch& match, const std::string& place, const YearDivisions& year, const Location& where,
                Diagnostics& diagnostics, ReportHeader& header) {
    const Region& region = *match.regions.front();
    diagnostics.report(match.severity, where,
                       "region '" + place + "' names no division of " + std::to_string(year.year) + ": " + match.words +
                           "; filed under " + region.name + " (" + region.code + ")");
    header.region = year.divisions().path(region);
}

// The first of places that names exactly one division of the year becomes header.region,
// unless the place is no whole name of the year and another year's name in it reaches a
// division under that one along its line of history (邢台市襄都区 in 2019: not 邢台市, but
// 桥东区, named 襄都区 since 2020). Else the first place that names a division of another year
// whose line reaches exactly one of this year. When none does, a warning says why (ambiguous,
// or what the title named).
void resolve_region(const std::vector<std::u32string>& places, const std::string& context, const YearDivisions& year,
                    const std::u32string& title_place, const Location& where, Diagnostics& diagnostics,
                    ReportHeader& header) {
    std::vector<const Region*> ambiguous;
    for (const std::u32string& place : places) {
        if (place.empty()) continue;
        const std::string name = to_utf8(place);
        const std::vector<const Region*> found = year.resolve(name, context);
        if (found.size() == 1) {
            if (year.history && year.divisions().resolve_name(name).empty()) {
                const YearMatch deeper = year.history->follow(name, year.year);
                // The same division by a later or earlier form of its name (罗江区 in 2015 with
                // 德阳市 beside it: 罗江县), or one under it (邢台市襄都区 in 2019: 桥东区).
                const Region* reached = deeper.regions.size() == 1 ? deeper.regions.front() : nullptr;
                if (reached && (reached == found.front() || lies_under(year.divisions(), *reached, *found.front()))) {
                    file_under(deeper, name, year, where, diagnostics, header);
                    return;
                }
            }
            header.region = year.divisions().path(*found.front());
            return;
        }
        if (found.size() > 1 && ambiguous.empty()) ambiguous = found;
    }
    for (const std::u32string& place : places) {
        if (place.empty() || !year.history || !ambiguous.empty()) break;
        const YearMatch match = year.history->follow(to_utf8(place), year.year);
        if (match.regions.size() == 1) {
            file_under(match, to_utf8(place), year, where, diagnostics, header);
            return;
        }
        if (match.regions.size() > 1 && ambiguous.empty()) ambiguous = match.regions;
    }
    std::string message = "region not resolved";
    if (!ambiguous.empty()) {
        message = "region is ambiguous:" + listed(ambiguous);
    } else if (!title_place.empty()) {
        message += ": no GB/T 2260 division matches '" + to_utf8(title_place) + "'";
    }
    diagnostics.warning(where, message + "; the report is kept without a region");
}

}  // namespace

ReportHeader parse_report_header(const std::vector<SourceLine>& source, const Gazetteer& gazetteer,
                                 const std::string& file, Diagnostics& diagnostics) {
    ReportHeader header;
    const std::size_t end = header_end(source);
    const std::vector<SourceLine> lines = header_lines(source, end);
    std::u32string context;
    for (std::size_t i = 0; i < end; ++i) context += comparable(lines[i].text) + U"\n";

    const std::optional<std::size_t> title_line = find_title_line(lines, end);
    const TitleFacts title = read_title(lines, title_line, header);
    const std::optional<std::size_t> session_line = read_delivery_date(lines, end, header);
    const std::u32string from_speaker = read_speaker(lines, end, session_line ? session_line : title_line, header);
    std::vector<std::u32string> places{title.place, from_speaker};
    for (std::u32string& place : congress_places(context)) places.push_back(std::move(place));
    const Location where{file, title_line ? lines[*title_line].number : 0};
    const YearDivisions year = divisions_of_year(header, gazetteer, where, diagnostics);
    resolve_region(places, to_utf8(context), year, title.place, where, diagnostics, header);
    header.title = canonical_title(header, title.place, title.fallback);
    return header;
}

}  // namespace glossgraph
