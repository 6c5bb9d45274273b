#pragma once
// The one rule by which a term is shown, in every table and every export: its label, the
// preferred written form, is the written form its glossary entries use most often; of forms
// used equally often, the one of the report with the earliest name, then the earliest entry
// of that report. The exporters take it as it is (GraphTerm::label): RDF, TBX and the rest
// never pick a form of their own, nor convert it to the other script.
//
// Private to the store module. Every statement that shows a term ranks its forms through
// these functions and nowhere else; since schema version 7 the label is also stored with the
// term (terms.label), emptied whenever an entry of the term is added or removed and stored
// again at the end of the import. (The term_labels view of schema version 2 holds the
// same rule for those who read a database with sqlite3; the program does not use it.)
#include <string>

namespace glossgraph::label_sql {

// "SELECT term_id, term FROM ...": one row per term of the entries that `where` keeps (a
// WHERE clause over entries e JOIN reports r, or empty for all), the term's preferred form.
// A term without entries has no row.
inline std::string preferred_forms(const std::string& where) {
    return "SELECT term_id, term FROM ("
           " SELECT term_id, term, row_number() OVER (PARTITION BY term_id ORDER BY uses DESC, file, seq) AS rank"
           " FROM (SELECT e.term_id AS term_id, e.term AS term, r.file AS file, e.seq AS seq,"
           " count(*) OVER (PARTITION BY e.term_id, e.term) AS uses"
           " FROM entries e JOIN reports r ON r.id = e.report_id " +
           where + ")) WHERE rank = 1";
}

// A scalar subquery: the preferred form of the term whose id is the SQL expression `id`
// (which may not name the aliases e and r), ranked from that term's entries only (through
// entries_term), so that a query about a few terms does not rank the entries of all of them.
// NULL for a term without entries.
inline std::string label_of(const std::string& id) {
    return "(SELECT term FROM (" + preferred_forms("WHERE e.term_id = " + id) + "))";
}

// The label of the term row aliased `term` (terms t): the one stored in terms.label, which
// the store keeps after every import (Store::commit_linking), else, while it is not stored (a
// term an import touched, not linked yet), ranked by label_of from the term's entries.
// coalesce stops at the stored label, so a listing of many terms ranks no entries.
inline std::string label(const std::string& term) {
    return "coalesce(" + term + ".label, " + label_of(term + ".id") + ")";
}

// Stores the label of every term whose label is not stored (schema version 7).
inline std::string refresh_labels() {
    return "UPDATE terms SET label = " + label_of("terms.id") + " WHERE label IS NULL";
}

}  // namespace glossgraph::label_sql
