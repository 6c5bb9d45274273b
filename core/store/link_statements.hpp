#pragma once
// The statements of the linking half of the store (store_links.cpp). Private to the store
// module; a header only so that Store's constructor and destructor see a complete type.
#include "core/store/database.hpp"
#include "core/store/label_statements.hpp"
#include "core/store/store.hpp"
#include "core/store/store_statements.hpp"

#include <string>

namespace glossgraph::link_sql {

constexpr const char* link_terms_sql =
    "SELECT t.id, t.key, t.scanned, t.related, e.id, e.definition FROM terms t"
    " LEFT JOIN entries e ON e.term_id = t.id LEFT JOIN reports r ON r.id = e.report_id"
    " ORDER BY t.id, r.file, e.seq";

using label_sql::label_of;

// Mentions of every report and term, or of the report named ?1, or of the term keyed ?2, or
// both: one statement per filter (see store_statements.hpp's EntryScope). All of them rank
// every entry once (label_sql::preferred_forms); the others rank only the entries of the
// terms they show (label_sql::label_of).
enum class MentionScope { all, report, term, report_and_term };

inline std::string mentions_sql(MentionScope scope, const std::string& report_filter_condition) {
    const std::string columns =
        std::string("SELECT r.file, r.region_code, ") + store_sql::region_name_column + ", r.year, %LABEL%, t.key, m.count, m.quoted, m.marked, m.anchored,"
        // Through the report's entries (entries(report_id, seq)), a few dozen, never through the
        // term's (the unary + keeps SQLite off entries_term): a term mentioned by thousands of
        // reports may have a thousand entries.
        " EXISTS (SELECT 1 FROM entries e WHERE e.report_id = r.id AND +e.term_id = t.id), m.via, m.offsets";
    const auto with_label = [&](const std::string& label) {
        std::string sql = columns;
        sql.replace(sql.find("%LABEL%"), 7, label);
        return sql;
    };
    const std::string rest = " JOIN reports r ON r.id = m.report_id" + store_sql::region_name_joins;
    const std::string& filter = report_filter_condition;
    switch (scope) {
        case MentionScope::all:
            return with_label(label_sql::label("t")) + " FROM mentions m JOIN terms t ON t.id = m.term_id" + rest +
                   " WHERE " + filter + " ORDER BY r.file, t.key";
        case MentionScope::report:
            return with_label(label_sql::label("t")) + " FROM mentions m JOIN terms t ON t.id = m.term_id" + rest +
                   " WHERE r.file = ?1 AND " + filter + " ORDER BY r.file, t.key";
        case MentionScope::term:
        case MentionScope::report_and_term:
            // One term: its label is ranked once. A term without entries has no label and, as
            // with the view, no rows.
            return "WITH t AS (SELECT id, key FROM terms WHERE key = ?2), l AS MATERIALIZED (SELECT " +
                   label_of("(SELECT id FROM t)") + " AS term) " + with_label("l.term") +
                   " FROM t JOIN l ON l.term IS NOT NULL JOIN mentions m ON m.term_id = t.id" + rest +
                   (scope == MentionScope::report_and_term ? " WHERE r.file = ?1 AND " : " WHERE ") + filter +
                   " ORDER BY r.file, t.key";
    }
    return {};
}

// Relations both ways (refers_to seen from its target is referred_by), and broader and
// narrower terms from the footnote structure of the glossaries.
inline std::string related_sql() {
    return "SELECT t2.key, " + label_of("t2.id") + R"sql(, x.kind, x.rule FROM relations x
JOIN terms t1 ON t1.id = x.from_term JOIN terms t2 ON t2.id = x.to_term
WHERE t1.key = ?1
UNION
SELECT t1.key, )sql" + label_of("t1.id") + R"sql(, CASE x.kind WHEN 'refers_to' THEN 'referred_by' ELSE x.kind END, x.rule
FROM relations x JOIN terms t1 ON t1.id = x.from_term JOIN terms t2 ON t2.id = x.to_term
WHERE t2.key = ?1
UNION
SELECT th.key, )sql" + label_of("th.id") + R"sql(, 'broader', 'footnote ' || e.footnote || ' of ' || r.file FROM entries e
JOIN terms t ON t.id = e.term_id JOIN entries h ON h.id = e.parent_id JOIN terms th ON th.id = h.term_id
JOIN reports r ON r.id = e.report_id
WHERE t.key = ?1
UNION
SELECT tn.key, )sql" + label_of("tn.id") + R"sql(, 'narrower', 'footnote ' || n.footnote || ' of ' || r.file FROM entries h
JOIN terms t ON t.id = h.term_id JOIN entries n ON n.parent_id = h.id JOIN terms tn ON tn.id = n.term_id
JOIN reports r ON r.id = n.report_id
WHERE t.key = ?1
ORDER BY 3, 1, 4
)sql";
}

}  // namespace glossgraph::link_sql

namespace glossgraph {

struct Store::LinkStatements {
    explicit LinkStatements(Database& db)
        : terms(db.prepare(link_sql::link_terms_sql)),
          reports(db.prepare("SELECT r.id, r.file, x.body FROM reports r JOIN report_texts x ON x.report_id = r.id"
                             " WHERE r.linked = ?1 ORDER BY r.id")),
          anchors(db.prepare("SELECT footnote, offset, marker FROM anchors WHERE report_id = ?1 ORDER BY offset")),
          footnotes(db.prepare("SELECT term_id, footnote FROM entries WHERE report_id = ?1 AND footnote IS NOT NULL"
                               " ORDER BY term_id, footnote")),
          delete_from(db.prepare("DELETE FROM relations WHERE from_term = ?1")),
          delete_to(db.prepare("DELETE FROM relations WHERE to_term = ?1")),
          insert_relation(db.prepare("INSERT OR IGNORE INTO relations (from_term, to_term, kind, rule, evidence_entry)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5)")),
          save_mention(db.prepare("INSERT OR REPLACE INTO mentions"
                                  " (report_id, term_id, count, quoted, marked, anchored, via, offsets)"
                                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")),
          mark_reports(db.prepare("UPDATE reports SET linked = 1 WHERE linked = 0")),
          mark_terms(db.prepare("UPDATE terms SET scanned = 1, related = 1 WHERE scanned = 0 OR related = 0")),
          refresh_labels(db.prepare(label_sql::refresh_labels())),
          unsearched_entries(db.prepare(
              "SELECT e.id, t.key, e.definition FROM reports r JOIN entries e ON e.report_id = r.id"
              " JOIN terms t ON t.id = e.term_id"
              " WHERE r.linked = 0 AND NOT EXISTS (SELECT 1 FROM entry_search s WHERE s.rowid = e.id)")),
          insert_search(db.prepare("INSERT INTO entry_search (rowid, term, definition) VALUES (?1, ?2, ?3)")),
          rules_version(db.prepare("SELECT rules_version FROM link_state WHERE id = 1")),
          set_rules_version(db.prepare("UPDATE link_state SET rules_version = ?1 WHERE id = 1")),
          any_linked(db.prepare("SELECT EXISTS (SELECT 1 FROM reports WHERE linked = 1)")),
          related(db.prepare(link_sql::related_sql())) {}

    Statement terms;
    Statement reports;
    Statement anchors;
    Statement footnotes;
    Statement delete_from;
    Statement delete_to;
    Statement insert_relation;
    Statement save_mention;
    Statement mark_reports;
    Statement mark_terms;
    Statement refresh_labels;  // stores the labels an import emptied
    Statement unsearched_entries;  // the entries of reports not linked yet, not in entry_search
    Statement insert_search;
    Statement rules_version;
    Statement set_rules_version;
    Statement any_linked;
    Statement related;
};

}  // namespace glossgraph
