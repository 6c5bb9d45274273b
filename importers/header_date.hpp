#pragma once
// Dates in a report's header, and which of them is the delivery date.
//
// A header can hold several dates: the session line's ("——2024年1月5日在…人民代表大会…
// 会议上", the delivery date), a page's publication stamp ("发布时间：2025年03月05日 09时12分",
// "2024-02-05 09:12"), dates inside a news intro or a photo caption. Only the session line's
// date, or a date standing alone (a line of its own, or in parentheses after the title), is
// the delivery date; a stamp or a date in prose never is.
#include <optional>
#include <string>
#include <string_view>

namespace glossgraph {

// YYYY-MM-DD of a valid calendar date, or nothing when year, month and day make none.
std::optional<std::string> iso_date(int year, int month, int day);

// The first "YYYY年M月D日" in text as YYYY-MM-DD, when it is a real calendar date; digits may
// be half- or full-width, or Chinese numerals (二〇二四年二月三日, 二○二四年十二月二十七日).
std::optional<std::string> find_date(std::string_view text);

enum class DateRole {
    none,      // no date in the line
    session,   // the date of the session the line names: the delivery date
    alone,     // a date on a line of its own or in parentheses after a title: likely the delivery date
    stamp,     // a publication stamp (a time of day, 发布时间, 来源 …): never the delivery date
    prose,     // a date inside other text: never the delivery date
};

struct HeaderDate {
    std::optional<std::string> date;  // YYYY-MM-DD
    DateRole role = DateRole::none;
};

// The date of one header line and what it is.
HeaderDate read_header_date(std::string_view line);

}  // namespace glossgraph
