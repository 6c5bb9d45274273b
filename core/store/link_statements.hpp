#pragma once
// The statements of the linking half of the store (store_links.cpp). Private to the store
// module; a header only so that Store's constructor and destructor see a complete type.
#include "core/store/database.hpp"
#include "core/store/store.hpp"

namespace glossgraph::link_sql {

constexpr const char* link_terms_sql =
    "SELECT t.id, t.key, t.scanned, t.related, e.id, e.definition FROM terms t"
    " LEFT JOIN entries e ON e.term_id = t.id LEFT JOIN reports r ON r.id = e.report_id"
    " ORDER BY t.id, r.file, e.seq";

constexpr const char* mentions_sql = R"sql(
SELECT r.file, r.region_code, g.name, r.year, l.term, t.key, m.count, m.quoted, m.marked, m.anchored,
       EXISTS (SELECT 1 FROM entries e WHERE e.report_id = r.id AND e.term_id = t.id), m.via, m.offsets
FROM mentions m
JOIN reports r ON r.id = m.report_id
JOIN terms t ON t.id = m.term_id
JOIN term_labels l ON l.term_id = t.id
LEFT JOIN regions g ON g.code = r.region_code
WHERE (?1 IS NULL OR r.file = ?1) AND (?2 IS NULL OR t.key = ?2)
ORDER BY r.file, t.key
)sql";

// Relations both ways (refers_to seen from its target is referred_by), and broader and
// narrower terms from the footnote structure of the glossaries.
constexpr const char* related_sql = R"sql(
SELECT t2.key, l2.term, x.kind, x.rule FROM relations x
JOIN terms t1 ON t1.id = x.from_term JOIN terms t2 ON t2.id = x.to_term JOIN term_labels l2 ON l2.term_id = t2.id
WHERE t1.key = ?1
UNION
SELECT t1.key, l1.term, CASE x.kind WHEN 'refers_to' THEN 'referred_by' ELSE x.kind END, x.rule FROM relations x
JOIN terms t1 ON t1.id = x.from_term JOIN terms t2 ON t2.id = x.to_term JOIN term_labels l1 ON l1.term_id = t1.id
WHERE t2.key = ?1
UNION
SELECT th.key, lh.term, 'broader', 'footnote ' || e.footnote || ' of ' || r.file FROM entries e
JOIN terms t ON t.id = e.term_id JOIN entries h ON h.id = e.parent_id JOIN terms th ON th.id = h.term_id
JOIN term_labels lh ON lh.term_id = th.id JOIN reports r ON r.id = e.report_id
WHERE t.key = ?1
UNION
SELECT tn.key, ln.term, 'narrower', 'footnote ' || n.footnote || ' of ' || r.file FROM entries h
JOIN terms t ON t.id = h.term_id JOIN entries n ON n.parent_id = h.id JOIN terms tn ON tn.id = n.term_id
JOIN term_labels ln ON ln.term_id = tn.id JOIN reports r ON r.id = n.report_id
WHERE t.key = ?1
ORDER BY 3, 1, 4
)sql";

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
          rules_version(db.prepare("SELECT rules_version FROM link_state WHERE id = 1")),
          set_rules_version(db.prepare("UPDATE link_state SET rules_version = ?1 WHERE id = 1")),
          any_linked(db.prepare("SELECT EXISTS (SELECT 1 FROM reports WHERE linked = 1)")),
          mentions(db.prepare(link_sql::mentions_sql)),
          related(db.prepare(link_sql::related_sql)) {}

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
    Statement rules_version;
    Statement set_rules_version;
    Statement any_linked;
    Statement mentions;
    Statement related;
};

}  // namespace glossgraph
