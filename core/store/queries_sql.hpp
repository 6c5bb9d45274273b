#pragma once
// The SQL of the queries (queries.cpp, queries_search.cpp): the regions of reports as named in
// their years, the conditions of a ReportFilter, and the listings' statements. Private to the
// store module.
#include "core/report_filter.hpp"
#include "core/store/database.hpp"
#include "core/store/label_statements.hpp"

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
enum class Scope { all, report, term, report_and_term };

// The scope of a listing of the report named `report`, the term keyed `key`, both or neither.
inline Scope scope_of(bool report, bool key) {
    return report ? (key ? Scope::report_and_term : Scope::report) : (key ? Scope::term : Scope::all);
}

inline std::string entries_sql(Scope scope, const std::string& report_filter_condition) {
    const char* where = "";
    switch (scope) {
        case Scope::all: where = " WHERE "; break;
        case Scope::report: where = " WHERE r.file = ?1 AND "; break;
        case Scope::term: where = " WHERE e.term_id = (SELECT id FROM terms WHERE key = ?2) AND "; break;
        case Scope::report_and_term:
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

using label_sql::label_of;

// Mentions of every report and term, or of the report named ?1, or of the term keyed ?2, or
// both: one statement per filter (see Scope). All of them rank
// every entry once (label_sql::preferred_forms); the others rank only the entries of the
// terms they show (label_sql::label_of).
inline std::string mentions_sql(Scope scope, const std::string& report_filter_condition) {
    const std::string columns =
        std::string("SELECT r.file, r.region_code, ") + region_name_column + ", r.year, %LABEL%, t.key, m.count, m.quoted, m.marked, m.anchored,"
        // Through the report's entries (entries(report_id, seq)), a few dozen, never through the
        // term's (the unary + keeps SQLite off entries_term): a term mentioned by thousands of
        // reports may have a thousand entries.
        " EXISTS (SELECT 1 FROM entries e WHERE e.report_id = r.id AND +e.term_id = t.id), m.via, m.offsets";
    const auto with_label = [&](const std::string& label) {
        std::string sql = columns;
        sql.replace(sql.find("%LABEL%"), 7, label);
        return sql;
    };
    const std::string rest = " JOIN reports r ON r.id = m.report_id" + region_name_joins;
    const std::string& filter = report_filter_condition;
    switch (scope) {
        case Scope::all:
            return with_label(label_sql::label("t")) + " FROM mentions m JOIN terms t ON t.id = m.term_id" + rest +
                   " WHERE " + filter + " ORDER BY r.file, t.key";
        case Scope::report:
            return with_label(label_sql::label("t")) + " FROM mentions m JOIN terms t ON t.id = m.term_id" + rest +
                   " WHERE r.file = ?1 AND " + filter + " ORDER BY r.file, t.key";
        case Scope::term:
        case Scope::report_and_term:
            // One term: its label is ranked once. A term without entries has no label and, as
            // with the view, no rows.
            return "WITH t AS (SELECT id, key FROM terms WHERE key = ?2), l AS MATERIALIZED (SELECT " +
                   label_of("(SELECT id FROM t)") + " AS term) " + with_label("l.term") +
                   " FROM t JOIN l ON l.term IS NOT NULL JOIN mentions m ON m.term_id = t.id" + rest +
                   (scope == Scope::report_and_term ? " WHERE r.file = ?1 AND " : " WHERE ") + filter +
                   " ORDER BY r.file, t.key";
    }
    return {};
}

// Relations both ways (refers_to seen from its target is referred_by), and broader and
// narrower terms from the footnote structure of the glossaries; each related term by its stored
// label (ranking the entries of a related term defined thousands of times cost show most of
// its time on a national corpus).
inline std::string related_sql() {
    return "SELECT t2.key, " + label_sql::label("t2") + R"sql(, x.kind, x.rule FROM relations x
JOIN terms t1 ON t1.id = x.from_term JOIN terms t2 ON t2.id = x.to_term
WHERE t1.key = ?1
UNION
SELECT t1.key, )sql" + label_sql::label("t1") + R"sql(, CASE x.kind WHEN 'refers_to' THEN 'referred_by' ELSE x.kind END, x.rule
FROM relations x JOIN terms t1 ON t1.id = x.from_term JOIN terms t2 ON t2.id = x.to_term
WHERE t2.key = ?1
UNION
SELECT th.key, )sql" + label_sql::label("th") + R"sql(, 'broader', 'footnote ' || e.footnote || ' of ' || r.file FROM entries e
JOIN terms t ON t.id = e.term_id JOIN entries h ON h.id = e.parent_id JOIN terms th ON th.id = h.term_id
JOIN reports r ON r.id = e.report_id
WHERE t.key = ?1
UNION
SELECT tn.key, )sql" + label_sql::label("tn") + R"sql(, 'narrower', 'footnote ' || n.footnote || ' of ' || r.file FROM entries h
JOIN terms t ON t.id = h.term_id JOIN entries n ON n.parent_id = h.id JOIN terms tn ON tn.id = n.term_id
JOIN reports r ON r.id = n.report_id
WHERE t.key = ?1
ORDER BY 3, 1, 4
)sql";
}

}  // namespace glossgraph::store_sql
