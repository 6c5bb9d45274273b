#pragma once
// The statements of the report half of the store (store.cpp, store_queries.cpp). Private to
// the store module; a header only so that both files see the complete type.
#include "core/store/database.hpp"
#include "core/store/label_statements.hpp"
#include "core/store/store.hpp"

#include <string>

namespace glossgraph::store_sql {

// The record of region_names (its name and parent) that `code` had in the year of reports r,
// as a join under `alias`: of two records of that year (renamed during it) the earlier, as
// reports are delivered in their year's first months. No record for a report without a year:
// callers fall back to the regions row (the code's last name).
inline std::string name_in_year_join(const std::string& alias, const std::string& code) {
    const std::string& a = alias;
    return " LEFT JOIN region_names " + a + " ON " + a + ".code = " + code + " AND " + a + ".since <= r.year AND (" + a +
           ".until IS NULL OR " + a + ".until >= r.year) AND (" + a +
           ".since < r.year OR NOT EXISTS (SELECT 1 FROM region_names p WHERE p.code = " + a +
           ".code AND p.until = r.year AND p.since < r.year))";
}

// A report's region and its ancestors as they were named and placed in the report's year
// (region_names; the regions row when the year is unknown or the code has no record): 襄樊市
// for a report of 2009 filed under 420600, which has been 襄阳市 since 2010. Up to three
// levels (a county may sit directly under its province), and the joins that reach them from
// reports r. read_region reads them.
constexpr const char* region_columns =
    "rc.code, rc.level, coalesce(nc.name, rc.name), rp.level, coalesce(np.name, rp.name), rg.level, coalesce(ng.name, rg.name)";
inline const std::string region_joins = " LEFT JOIN regions rc ON rc.code = r.region_code" + name_in_year_join("nc", "rc.code") +
                                        " LEFT JOIN regions rp ON rp.code = coalesce(nc.parent_code, rc.parent_code)" +
                                        name_in_year_join("np", "rp.code") +
                                        " LEFT JOIN regions rg ON rg.code = coalesce(np.parent_code, rp.parent_code)" +
                                        name_in_year_join("ng", "rg.code");

// The name of a report's region in the report's year, from the joins of region_name_joins.
constexpr const char* region_name_column = "coalesce(gn.name, g.name)";
inline const std::string region_name_joins = " LEFT JOIN regions g ON g.code = r.region_code" + name_in_year_join("gn", "g.code");

// The reports a ReportFilter lets through, as a condition on reports r: its region codes as a
// JSON array in ?7, its years in ?8 and ?9 (bind_report_filter binds them), each only when
// the filter has it, so that SQLite plans each shape of filter for itself (the regions through
// reports_region) and a whole listing carries no condition at all ("1").
inline std::string report_filter_condition(const ReportFilter& filter) {
    std::string condition;
    const auto add = [&](const char* part) { condition += (condition.empty() ? "" : " AND ") + std::string(part); };
    if (filter.regions) add("r.region_code IN (SELECT value FROM json_each(?7))");
    if (filter.since) add("r.year >= ?8");
    if (filter.until) add("r.year <= ?9");
    return condition.empty() ? "1" : condition;
}

inline std::string reports_sql(const std::string& report_filter_condition) {
    return std::string(
               "SELECT r.file, r.path, r.content_hash, r.encoding, r.format, r.title, r.written_title,"
               " r.year, r.delivered_on, r.speaker, r.script, r.glossary_heading,"
               " (SELECT count(*) FROM entries e WHERE e.report_id = r.id), ") +
           region_columns + " FROM reports r" + region_joins + " WHERE " + report_filter_condition + " ORDER BY r.file";
}

// Entries of every report and term, or of the report named ?1, or of the term keyed ?2, or
// both: one statement per filter, so that each finds its rows through an index instead of
// testing every entry against "?1 IS NULL OR ...".
enum class EntryScope { all, report, term, report_and_term };

inline std::string entries_sql(EntryScope scope, const std::string& report_filter_condition) {
    const char* where = "";
    switch (scope) {
        case EntryScope::all: where = " WHERE "; break;
        case EntryScope::report: where = " WHERE r.file = ?1 AND "; break;
        case EntryScope::term: where = " WHERE e.term_id = (SELECT id FROM terms WHERE key = ?2) AND "; break;
        case EntryScope::report_and_term:
            where = " WHERE r.file = ?1 AND e.term_id = (SELECT id FROM terms WHERE key = ?2) AND ";
            break;
    }
    return std::string(
               "SELECT r.file, e.seq, e.marker, e.footnote, e.term, t.key, e.definition, head.term,"
               " e.line, r.year, e.confidence, e.damage, ") +
           region_columns +
           " FROM entries e"
           " JOIN reports r ON r.id = e.report_id"
           " JOIN terms t ON t.id = e.term_id"
           " LEFT JOIN entries head ON head.id = e.parent_id" +
           region_joins + where + report_filter_condition + " ORDER BY r.file, e.seq";
}

// One row per term (all terms, or the one keyed ?1), counted over the reports the filter lets
// through (report_filter_condition): a term none of them defines has no row. Its preferred
// written form is ranked over all of the term's entries, whatever the filter, so that a term
// has one label everywhere (label_statements.hpp).
inline std::string terms_sql(bool one_term, const std::string& report_filter_condition) {
    const std::string term = "e.term_id = (SELECT id FROM terms WHERE key = ?1)";
    return R"sql(
WITH defining AS (
    SELECT e.term_id, e.report_id, r.region_code
    FROM entries e JOIN reports r ON r.id = e.report_id
    WHERE )sql" + (one_term ? term + " AND " : std::string()) + report_filter_condition + R"sql()
SELECT t.key, )sql" + label_sql::label("t") + R"sql(, count(*), count(DISTINCT d.report_id), count(DISTINCT d.region_code),
       group_concat(DISTINCT d.region_code)
FROM defining d
JOIN terms t ON t.id = d.term_id
GROUP BY d.term_id
ORDER BY 5 DESC, t.key
)sql";
}

// What the store holds of source ?1 with content hash ?2, in one statement and so one
// snapshot: the report's hash and format, and the first other report (by name) holding that
// content, with the path it was imported from. Read in two statements, another process's
// import between them made a file a duplicate of itself.
constexpr const char* status_sql = R"sql(
SELECT r.content_hash, r.format, d.file, d.path
FROM (SELECT 1) AS one
LEFT JOIN reports r ON r.source = ?1
LEFT JOIN (SELECT file, path FROM reports WHERE content_hash = ?2 AND source <> ?1 ORDER BY file LIMIT 1) AS d ON 1
)sql";

inline std::string written_forms_sql(bool one_term, const std::string& report_filter_condition) {
    return std::string("SELECT DISTINCT t.key, e.term FROM entries e JOIN terms t ON t.id = e.term_id"
                       " JOIN reports r ON r.id = e.report_id WHERE ") +
           (one_term ? "e.term_id = (SELECT id FROM terms WHERE key = ?1) AND " : "") + report_filter_condition +
           " ORDER BY t.key, e.term";
}

// Binds a filter to the parameters of report_filter_condition(filter).
void bind_report_filter(Statement& statement, const ReportFilter& filter);

constexpr const char* stats_sql = R"sql(
SELECT (SELECT count(*) FROM reports),
       (SELECT count(*) FROM reports r WHERE EXISTS (SELECT 1 FROM entries e WHERE e.report_id = r.id)),
       (SELECT count(*) FROM reports WHERE region_code IS NULL),
       (SELECT count(DISTINCT region_code) FROM reports),
       (SELECT count(*) FROM entries),
       (SELECT count(*) FROM terms),
       (SELECT count(*) FROM (SELECT e.term_id FROM entries e JOIN reports r ON r.id = e.report_id
                              GROUP BY e.term_id HAVING count(DISTINCT r.region_code) > 1))
)sql";

}  // namespace glossgraph::store_sql

namespace glossgraph {

// Every statement the store runs, compiled once when the store opens.
struct Store::Statements {
    explicit Statements(Database& db)
        : status(db.prepare(store_sql::status_sql)),
          file_with_hash(db.prepare("SELECT file FROM reports WHERE content_hash = ?1 ORDER BY file LIMIT 1")),
          report_format(db.prepare("SELECT format FROM reports WHERE source = ?1")),
          report_stamp(db.prepare("SELECT file_size, file_mtime_ns, format FROM reports WHERE source = ?1")),
          refresh_stamp(db.prepare("UPDATE reports SET file_size = ?2, file_mtime_ns = ?3 WHERE source = ?1")),
          report_name(db.prepare("SELECT file FROM reports WHERE source = ?1")),
          report_named(db.prepare("SELECT 1 FROM reports WHERE file = ?1")),
          delete_report(db.prepare("DELETE FROM reports WHERE source = ?1")),
          insert_report(db.prepare(
              "INSERT INTO reports (file, path, content_hash, encoding, format, title, written_title, year,"
              " delivered_on, speaker, script, region_code, glossary_heading, source, damage, file_size, file_mtime_ns)"
              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)")),
          insert_text(db.prepare("INSERT INTO report_texts (report_id, body) VALUES (?1, ?2)")),
          insert_term(db.prepare("INSERT INTO terms (key) VALUES (?1) ON CONFLICT (key) DO NOTHING")),
          term_id(db.prepare("SELECT id FROM terms WHERE key = ?1")),
          insert_entry(db.prepare(
              "INSERT INTO entries (report_id, seq, marker, footnote, term_id, term, definition, parent_id, line,"
              " confidence, damage) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")),
          delete_orphan_terms(db.prepare(
              "DELETE FROM terms WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM entries e WHERE e.term_id = ?1)")),
          report_terms(db.prepare(
              "SELECT DISTINCT e.term_id FROM entries e JOIN reports r ON r.id = e.report_id WHERE r.source = ?1")),
          find_key(db.prepare("SELECT key FROM terms WHERE key = ?1")),
          find_written(db.prepare(
              "SELECT t.key FROM entries e JOIN terms t ON t.id = e.term_id WHERE e.term = ?1 ORDER BY t.key LIMIT 1")),
          body(db.prepare(
              "SELECT x.body FROM report_texts x JOIN reports r ON r.id = x.report_id WHERE r.file = ?1")),
          stats(db.prepare(store_sql::stats_sql)),
          unrelate_report_terms(db.prepare(
              "UPDATE terms SET related = 0, label = NULL WHERE id IN"
              " (SELECT e.term_id FROM entries e JOIN reports r ON r.id = e.report_id WHERE r.source = ?1)")),
          unrelate_term(db.prepare("UPDATE terms SET related = 0, label = NULL WHERE id = ?1")),
          insert_anchor(db.prepare("INSERT OR IGNORE INTO anchors (report_id, footnote, offset, marker) VALUES (?1, ?2, ?3, ?4)")),
          insert_damaged_run(db.prepare("INSERT INTO damaged_runs (report_id, seq, line, col, written, repaired, before, after)"
                                        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")) {}

    Statement status;
    Statement file_with_hash;
    Statement report_format;
    Statement report_stamp;  // source -> the stamp of the file as it was read, and its format
    Statement refresh_stamp;
    Statement report_name;   // source -> name
    Statement report_named;  // is a name taken
    Statement delete_report;
    Statement insert_report;
    Statement insert_text;
    Statement insert_term;
    Statement term_id;
    Statement insert_entry;
    Statement delete_orphan_terms;
    Statement report_terms;
    Statement find_key;
    Statement find_written;
    Statement body;
    Statement stats;
    Statement unrelate_report_terms;  // their definitions change: relations are recomputed
    Statement unrelate_term;
    Statement insert_anchor;
    Statement insert_damaged_run;
};

}  // namespace glossgraph
