// The linking part of the store: what core/link/linker.cpp reads and writes.
#include "core/store/link_tables.hpp"

#include "core/errors.hpp"
#include "core/store/database.hpp"
#include "core/store/label_statements.hpp"
#include "core/store/report_writer.hpp"
#include "core/store/search_index.hpp"
#include "core/store/store.hpp"
#include "core/text/normalize.hpp"

#include <sqlite3.h>

#include <memory>
#include <string>
#include <tuple>
#include <vector>

namespace glossgraph {
namespace {

constexpr const char* link_terms_sql =
    "SELECT t.id, t.key, t.scanned, t.related, e.id, e.definition FROM terms t"
    " LEFT JOIN entries e ON e.term_id = t.id LEFT JOIN reports r ON r.id = e.report_id"
    " ORDER BY t.id, r.file, e.seq";

std::string join_offsets(const std::vector<std::size_t>& offsets) {
    std::string text;
    for (std::size_t offset : offsets) text.append(text.empty() ? "" : ",").append(std::to_string(offset));
    return text;
}

void add_definition(LinkTerm& term, const Statement& row) {
    if (row.column_is_null(4)) return;
    term.definition_entries.push_back(row.column_int64(4));
    term.definitions.push_back(row.column_text(5));
}

}  // namespace

// The statements of linking, compiled on first use (LinkTables::statements).
struct LinkTables::Statements {
    explicit Statements(Database& db)
        : terms(db.prepare(link_terms_sql)),
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
          any_linked(db.prepare("SELECT EXISTS (SELECT 1 FROM reports WHERE linked = 1)")) {}

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
};

LinkTables::LinkTables(Store& store) : store_(store), db_(store.database()) {}

LinkTables::~LinkTables() = default;

LinkTables::Statements& LinkTables::statements() const {
    if (!statements_) statements_ = std::make_unique<Statements>(db_);
    return *statements_;
}

std::vector<LinkTerm> LinkTables::link_terms() const {
    Statement& query = statements().terms;
    ScopedReset done(query);
    std::vector<LinkTerm> terms;
    while (query.step()) {
        const long long id = query.column_int64(0);
        if (terms.empty() || terms.back().id != id) {
            terms.push_back({id, query.column_text(1), query.column_int(2) != 0, query.column_int(3) != 0, {}, {}});
        }
        add_definition(terms.back(), query);
    }
    return terms;
}

void LinkTables::for_each_report(bool linked, const std::function<void(LinkReport&)>& visit) const {
    Statements& s = statements();
    ScopedReset done(s.reports);
    s.reports.bind_int(1, linked ? 1 : 0);
    while (s.reports.step()) {
        LinkReport report{s.reports.column_int64(0), s.reports.column_text(1), s.reports.column_text(2), {}, {}};
        {
            ScopedReset anchors_done(s.anchors);
            s.anchors.bind_int(1, report.id);
            while (s.anchors.step()) {
                report.anchors.push_back({s.anchors.column_int(0), static_cast<std::size_t>(s.anchors.column_int64(1)),
                                          s.anchors.column_text(2)});
            }
        }
        ScopedReset footnotes_done(s.footnotes);
        s.footnotes.bind_int(1, report.id);
        while (s.footnotes.step()) report.footnotes_of_term[s.footnotes.column_int64(0)].push_back(s.footnotes.column_int(1));
        visit(report);
    }
}

bool LinkTables::has_links_to_make(int rules_version) const {
    Statement query = db_.prepare(
        "SELECT (SELECT rules_version FROM link_state WHERE id = 1) IS NOT ?1"
        " OR EXISTS (SELECT 1 FROM reports WHERE linked = 0)"
        " OR EXISTS (SELECT 1 FROM terms WHERE scanned = 0 OR related = 0)");
    query.bind_int(1, rules_version);
    return query.step() && query.column_int(0) != 0;
}

bool LinkTables::begin_linking(int rules_version) {
    store_.prepare_to_write();
    if (store_.writer().report_open()) throw store_error(db_.path() + ": cannot link while a report is being written", SQLITE_MISUSE);
    transaction_ = std::make_unique<Transaction>(db_);
    Statements& s = statements();
    int stored = 0;
    {
        ScopedReset done(s.rules_version);
        if (s.rules_version.step()) stored = s.rules_version.column_int(0);
    }
    if (stored == rules_version) return false;
    bool linked_before = false;
    {
        ScopedReset done(s.any_linked);
        linked_before = s.any_linked.step() && s.any_linked.column_int(0) != 0;
    }
    // Made by other rules: nothing linked stands, everything is linked again.
    db_.exec("DELETE FROM mentions; DELETE FROM relations; UPDATE reports SET linked = 0;"
              " UPDATE terms SET scanned = 0, related = 0");
    ScopedReset done(s.set_rules_version);
    s.set_rules_version.bind_int(1, rules_version).run();
    return linked_before;
}

void LinkTables::replace_relations(const std::vector<long long>& changed_terms, const std::vector<RelationRecord>& relations) {
    Statements& s = statements();
    for (long long term : changed_terms) {
        for (Statement* remove : {&s.delete_from, &s.delete_to}) {
            ScopedReset done(*remove);
            remove->bind_int(1, term).run();
        }
    }
    for (const RelationRecord& relation : relations) {
        ScopedReset done(s.insert_relation);
        s.insert_relation.bind_int(1, relation.from_term).bind_int(2, relation.to_term);
        s.insert_relation.bind_text(3, to_string(relation.kind)).bind_text(4, relation.rule);
        if (relation.evidence_entry) {
            s.insert_relation.bind_int(5, *relation.evidence_entry).run();
        } else {
            s.insert_relation.bind_null(5).run();
        }
    }
}

void LinkTables::save_mentions(const std::vector<MentionRecord>& mentions) {
    Statement& save = statements().save_mention;
    for (const MentionRecord& m : mentions) {
        ScopedReset done(save);
        save.bind_int(1, m.report_id).bind_int(2, m.term_id).bind_int(3, m.count).bind_int(4, m.quoted);
        save.bind_int(5, m.marked).bind_int(6, m.anchored ? 1 : 0).bind_text(7, m.via);
        save.bind_text(8, join_offsets(m.offsets)).run();
    }
}

void LinkTables::commit_linking() {
    if (!transaction_) throw store_error(db_.path() + ": commit_linking without begin_linking", SQLITE_MISUSE);
    Statements& s = statements();
    {
        // Read first, then written: the new entries' key forms for search.
        std::vector<std::tuple<long long, std::string, std::string>> unsearched;
        ScopedReset done(s.unsearched_entries);
        KeyedText keyed;
        while (s.unsearched_entries.step()) {
            to_key_text(s.unsearched_entries.column_text(2), keyed);
            unsearched.emplace_back(s.unsearched_entries.column_int64(0), s.unsearched_entries.column_text(1), keyed.text);
        }
        s.unsearched_entries.reset();
        for (const auto& [id, key, definition] : unsearched) {
            ScopedReset inserted(s.insert_search);
            s.insert_search.bind_int(1, id).bind_text(2, search_index::column(key)).bind_text(3, search_index::column(definition)).run();
        }
    }
    for (Statement* mark : {&s.mark_reports, &s.mark_terms, &s.refresh_labels}) {
        ScopedReset done(*mark);
        mark->run();
    }
    transaction_->commit();
    transaction_.reset();
}

void LinkTables::abort_linking() { transaction_.reset(); }

}  // namespace glossgraph
