#include "importers/damaged_text.hpp"

#include "core/text/damaged_runs.hpp"

#include <algorithm>
#include <limits>

namespace glossgraph {
namespace {

std::string damage_message(const DamagedRun& run) {
    std::string message = "damaged text '";
    message.append(run.written).append("'");
    if (run.repaired) message.append(" repaired as '").append(*run.repaired).append("'");
    else message.append(" not repaired (kept as written)");
    return message;
}

Damage damage_of(const std::vector<DamagedRun>& runs, int first_line, int end_line) {
    Damage damage = Damage::none;
    for (const DamagedRun& run : runs) {
        if (run.line < first_line || run.line >= end_line) continue;
        if (!run.repaired) return Damage::damaged;
        damage = Damage::repaired;
    }
    return damage;
}

}  // namespace

std::string repair_damaged_text(std::string text, ReportMeta& meta) {
    RepairedText repaired = repair_damaged_runs(std::move(text));
    if (repaired.runs.empty()) return std::move(repaired.text);
    meta.damaged_runs = std::move(repaired.runs);
    meta.damage = damage_of(meta.damaged_runs, 0, std::numeric_limits<int>::max());
    return std::move(repaired.text);
}

void warn_damaged_runs(const std::vector<DamagedRun>& runs, const ImportContext& context) {
    for (const DamagedRun& run : runs) context.diagnostics->warning({context.path, run.line}, damage_message(run));
}

void flag_damaged_entries(ParsedReport& report) {
    const std::vector<DamagedRun>& runs = report.meta.damaged_runs;
    if (runs.empty()) return;
    for (std::size_t i = 0; i < report.entries.size(); ++i) {
        const int line = report.entries[i].line;
        const int end = i + 1 < report.entries.size() ? std::max(report.entries[i + 1].line, line + 1)
                                                      : std::numeric_limits<int>::max();
        report.entries[i].damage = damage_of(runs, line, end);
    }
}

}  // namespace glossgraph
