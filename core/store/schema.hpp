#pragma once
// The layout of a glossgraph database and the steps that bring an older file up to date.
// Private to the store module.
//
// Version 1 holds:
//   regions       every GB/T 2260 division of the gazetteer given to prepare_database (filled
//                 when created), each naming its parent; a county governed by its province
//                 directly names the province
//   reports       one row per imported file, identified by its file name (its source from version 5)
//   report_texts  the cleaned body of each report
//   terms         one row per term key
//   entries       the glossary entries of each report, each naming its term and its head entry
// Version 2 adds what linking finds, and flags for what it has not seen yet:
//   reports.linked            0 until the report's body was scanned for every known term
//   terms.scanned / related   0 until every body was scanned for the term / its relations were computed
//   anchors       footnote markers in each body (report, footnote, byte offset, marker)
//   mentions      report x term: count, quoted and marked occurrences, anchored, first offsets
//   relations     term -> term: variant_suffix, variant_numeral, variant_expansion, family, refers_to
// Version 3 adds link_state (the linking rules' version); version 4 entries.confidence.
// Version 5 knows a report by its source (reports.source, unique: the path of its file
// relative to the database's folder) instead of its file name; reports.file stays, unique,
// as the name the report is shown by.
// Version 6 adds entry_search (FTS5, trigram): each entry's term key and definition in key
// form, kept in step with entries (written with each entry, deleted by a trigger).
// Version 7 adds terms.label, the term's label stored (NULL while an import has changed its
// entries and not linked yet), and the indexes reports_year and entries_report_term.
// Version 8 adds the history of the codes (region_names, region_links: the gazetteer's
// Gazetteer::history, none for a gazetteer without one), version 9 damaged runs.
// Version 10 ends each column of entry_search with an end mark (core/store/search_index.hpp),
// so that two-character words are found through the index.
// Version 11 adds reports.file_size and reports.file_mtime_ns, the stamp of the file as read.
// Version 12 writes the CHECKs of a column's allowed values as comparisons instead of IN lists
// (core/store/schema_text.hpp): the same constraints, without a temporary b-tree per insert.
// Deleting a report deletes its text, entries, anchors and mentions (ON DELETE CASCADE);
// deleting a term deletes its mentions and relations.
#include <functional>
#include <string>
#include <string_view>

namespace glossgraph {

class Database;
class Gazetteer;

// The newest schema version this build knows; PRAGMA user_version of a current file.
int current_schema_version();

// Rewrites the statement each table was created by through `rewrite` (a table it leaves as
// written is not touched), by SQLite's procedure for a change that leaves what the file holds
// as it is (sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema Changes"):
// sqlite_schema written, the schema version raised. Each rewritten table is read again, so a
// statement SQLite cannot parse throws store_error. The caller holds the write transaction and
// rolls it back on a throw. Returns how many tables were rewritten.
int rewrite_table_statements(Database& db, const std::function<std::string(std::string_view)>& rewrite);

// When prepare_database runs PRAGMA quick_check over the file: always (a connection that
// will write), or only when a migration is about to write (a reader).
enum class PageCheck { always, before_migration };

// PRAGMA quick_check over the whole file: throws store_error (SQLITE_CORRUPT) naming the
// faults and how to recover when a page is damaged. prepare_database runs it as PageCheck
// says; a store that opens to write runs it before its first write (Store).
void check_pages(Database& db);

// Configures a fresh connection (busy timeout, foreign keys, WAL for files) and brings
// its database to the current version, creating the schema in an empty file and seeding its
// regions from `gazetteer` (read only while a migration runs; the caller keeps it). A connection
// that cannot write (Database::read_only) reads the file as it is: an older version, or an
// empty file, is then a store_error (SQLITE_READONLY for an older one, saying how to upgrade). Each
// migration step runs in its own transaction, so a failure leaves the previous version.
// Throws store_error naming the file when it is not a SQLite database, belongs to
// another program, lacks glossgraph's tables although it claims a version, or was
// written by a newer glossgraph; and with SQLITE_CORRUPT when the page check finds the
// file damaged, before anything is written to it (the message says how to recover).
// The gazetteer is asked for only when the schema is created or migrated: a current file is
// opened without building one.
using GazetteerSource = std::function<const Gazetteer&()>;
// A source that gives `gazetteer`, which must outlive it.
inline GazetteerSource source_of(const Gazetteer& gazetteer) {
    return [&gazetteer]() -> const Gazetteer& { return gazetteer; };
}
void prepare_database(Database& db, const GazetteerSource& gazetteer, PageCheck check = PageCheck::always);
inline void prepare_database(Database& db, const Gazetteer& gazetteer, PageCheck check = PageCheck::always) {
    prepare_database(db, source_of(gazetteer), check);
}

}  // namespace glossgraph
