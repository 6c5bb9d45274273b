// Queries::damaged_runs: the damaged runs found in the stored reports' text.
#include "core/store/database.hpp"
#include "core/store/queries.hpp"

namespace glossgraph {
namespace {

constexpr const char* runs_sql =
    "SELECT r.file, d.line, d.col, d.written, d.repaired, d.before, d.after FROM damaged_runs d"
    " JOIN reports r ON r.id = d.report_id WHERE ?1 IS NULL OR r.file = ?1 ORDER BY r.file, d.seq";

}  // namespace

std::vector<DamagedRunRow> Queries::damaged_runs(const std::optional<std::string>& report) const {
    Statement query = db_.prepare(runs_sql);
    query.bind_optional(1, report);
    std::vector<DamagedRunRow> rows;
    while (query.step()) {
        DamagedRunRow row;
        row.report = query.column_text(0);
        row.run.line = static_cast<int>(query.column_int64(1));
        row.run.column = static_cast<std::size_t>(query.column_int64(2));
        row.run.written = query.column_text(3);
        if (!query.column_is_null(4)) row.run.repaired = query.column_text(4);
        row.run.before = query.column_text(5);
        row.run.after = query.column_text(6);
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace glossgraph
