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
// ambiguous names. A region that cannot be resolved, or is ambiguous, is a warning to
// diagnostics (with the file and the title's line) and the header has no region.
// The report year is the year in the title; without one, the delivery year (plus one
// when delivered in December, as reports for the next year are).
ReportHeader parse_report_header(const std::vector<SourceLine>& lines, const Gazetteer& gazetteer,
                                 const std::string& file, Diagnostics& diagnostics);


}  // namespace glossgraph
