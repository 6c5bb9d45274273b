#pragma once
// The repair of damaged runs (core/text/damaged_runs.hpp) as every importer applies it to the
// text it hands to the text pipeline: the text is repaired before it is parsed, each run is a
// warning at its line, and the report and each entry whose lines hold a run are flagged.
#include "importers/importer.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

// The text with its damaged runs repaired; the runs (lines of `text`) go to meta.damaged_runs
// and meta.damage says none, repaired (every run) or damaged (one at least kept as written).
// Text without a run comes back byte for byte and leaves meta as it was.
std::string repair_damaged_text(std::string text, ReportMeta& meta);

// One warning per run at its line: "damaged text '?cè)谑形?' repaired as '在市委'", or
// "damaged text '…' not repaired (kept as written)".
void warn_damaged_runs(const std::vector<DamagedRun>& runs, const ImportContext& context);

// Flags each entry whose lines (its own to the next entry's; the last one's to the end) hold
// a run of report.meta.damaged_runs, whose lines are those of the text the entries were read from.
void flag_damaged_entries(ParsedReport& report);

}  // namespace glossgraph
