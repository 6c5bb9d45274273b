#pragma once
// Reads a report's metadata from the lines before its salutation ("各位代表"):
// title, report year, delivery date, speaker and the region it belongs to.
// Works in either script: lines are matched in simplified form (a character-for-character
// conversion, so positions carry over), values are kept as written.
#include "core/diagnostics.hpp"
#include "core/gazetteer.hpp"
#include "core/model.hpp"
#include "importers/header_date.hpp"
#include "importers/header_speaker.hpp"
#include "importers/source_lines.hpp"

#include <optional>
#include <string>
#include <vector>

namespace glossgraph {

struct ReportHeader {
    std::string title;          // canonical, simplified: "2024年德阳市罗江区政府工作报告"
    std::string written_title;  // the title line as written, without site tags and "—全文"
    std::optional<int> year;
    std::optional<std::string> delivered_on;  // YYYY-MM-DD
    std::optional<std::string> speaker;       // as written
    std::optional<RegionPath> region;
};

// Parses the header of `lines` (chrome already removed). The region is resolved through
// the gazetteer from the title, then the speaker's line ("…人民政府区长"), then the
// congress line ("在…第N届人民代表大会"), with the whole header as context for
// ambiguous names. With the gazetteer's history (Gazetteer::history(): the built-in one) it
// is resolved among the divisions of the report's year, the delivery date's year, else the
// report year (2015年罗江县政府工作报告 is 罗江县 510626; without a year, the last of the
// history); a year the history does not cover is a warning. A place that names no division
// of its year but one of another year whose line of history reaches one of this year is
// filed under that one, with a note when only its suffix changed (罗江区 in 2015 is 罗江县)
// and a warning otherwise (崇文区 in 2012 is 东城区); so is a place whose names give only a
// parent in its year when another year's name in it reaches a division under that parent
// (邢台市襄都区 in 2019 is 桥东区, renamed 襄都区 in 2020, not 邢台市). A region that cannot be resolved, or
// is ambiguous, is a warning to diagnostics (with the file and the title's line) and the
// header has no region. Notes and warnings name the file and the title's line.
// The report year is the year in the title; without one, the delivery year (plus one
// when delivered in December, as reports for the next year are).
ReportHeader parse_report_header(const std::vector<SourceLine>& lines, const Gazetteer& gazetteer,
                                 const std::string& file, Diagnostics& diagnostics);


}  // namespace glossgraph
