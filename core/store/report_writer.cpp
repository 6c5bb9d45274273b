// The writing part of the store: reports as their importer sends them, stamps, import state.
#include "core/store/report_writer.hpp"

#include "core/errors.hpp"
#include "core/store/database.hpp"
#include "core/store/report_source.hpp"
#include "core/store/store.hpp"
#include "core/text/normalize.hpp"

#include <sqlite3.h>

#include <optional>
#include <string>
#include <utility>

namespace glossgraph {
namespace {

// The single text column of the first row for parameter ?1, or nothing.
std::optional<std::string> first_text(Statement& query, std::string_view parameter) {
    ScopedReset done(query);
    if (!query.bind_text(1, parameter).step()) return std::nullopt;
    return query.column_text(0);
}

// The single integer column of the first row for parameter ?1, or nothing.
std::optional<long long> first_int(Statement& query, std::string_view parameter) {
    ScopedReset done(query);
    if (!query.bind_text(1, parameter).step()) return std::nullopt;
    return query.column_int64(0);
}

void run_with_text(Statement& statement, std::string_view parameter) {
    ScopedReset done(statement);
    statement.bind_text(1, parameter).run();
}

void insert_report(Statement& insert, const ReportMeta& meta, const std::string& name, const std::string& source,
                   const std::optional<FileStamp>& stamp) {
    ScopedReset done(insert);
    insert.bind_text(1, name).bind_text(2, meta.path).bind_text(3, meta.content_hash);
    insert.bind_text(4, meta.encoding).bind_text(5, meta.format).bind_text(6, meta.title);
    insert.bind_text(7, meta.written_title).bind_optional(8, meta.year);
    insert.bind_optional(9, meta.delivered_on).bind_optional(10, meta.speaker);
    insert.bind_text(11, to_string(meta.script));
    if (meta.region) {
        insert.bind_text(12, meta.region->code);
    } else {
        insert.bind_null(12);
    }
    insert.bind_text(13, meta.glossary_heading).bind_text(14, source).bind_text(15, to_string(meta.damage));
    if (stamp) {
        insert.bind_int(16, stamp->size).bind_int(17, stamp->mtime_ns);
    } else {
        insert.bind_null(16).bind_null(17);
    }
    insert.run();
}

void insert_damaged_runs(Statement& insert, long long report_id, const std::vector<DamagedRun>& runs) {
    for (std::size_t seq = 0; seq < runs.size(); ++seq) {
        const DamagedRun& run = runs[seq];
        ScopedReset done(insert);
        insert.bind_int(1, report_id).bind_int(2, static_cast<long long>(seq)).bind_int(3, run.line);
        insert.bind_int(4, static_cast<long long>(run.column)).bind_text(5, run.written).bind_optional(6, run.repaired);
        insert.bind_text(7, run.before).bind_text(8, run.after).run();
    }
}

// Runs work; if it throws, runs undo before letting the exception go on.
template <typename Work, typename Undo>
void or_undo(Work&& work, Undo&& undo) {
    try {
        work();
    } catch (...) {
        undo();
        throw;
    }
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

}  // namespace

// Every statement the writer runs, compiled once when the store opens.
struct ReportWriter::Statements {
    explicit Statements(Database& db)
        : status(db.prepare(status_sql)),
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
    Statement unrelate_report_terms;  // their definitions change: relations are recomputed
    Statement unrelate_term;
    Statement insert_anchor;
    Statement insert_damaged_run;
};

ReportWriter::ReportWriter(Store& store)
    : store_(store), db_(store.database()), statements_(std::make_unique<Statements>(db_)) {}

ReportWriter::~ReportWriter() = default;

ReportStatus ReportWriter::status_of(const std::string& source, const std::string& content_hash) const {
    Statement& query = statements_->status;
    ScopedReset done(query);
    query.bind_text(1, source).bind_text(2, content_hash).step();
    ReportStatus status;
    if (!query.column_is_null(0)) {
        status.state = query.column_text(0) == content_hash ? ReportState::unchanged : ReportState::changed;
        status.format = query.column_text(1);
    } else if (!query.column_is_null(2)) {
        status.state = ReportState::duplicate;
        status.duplicate_of = query.column_text(2);
        status.duplicate_path = query.column_text(3);
    }
    return status;
}

std::optional<ReportWriter::StoredStamp> ReportWriter::stored_stamp(const std::string& source) const {
    Statement& query = statements_->report_stamp;
    ScopedReset done(query);
    query.bind_text(1, source);
    if (!query.step() || query.column_is_null(0) || query.column_is_null(1)) return std::nullopt;
    return StoredStamp{{query.column_int64(0), query.column_int64(1)}, query.column_text(2)};
}

std::optional<std::string> ReportWriter::name_of(const std::string& source) const {
    return first_text(statements_->report_name, source);
}

std::optional<std::string> ReportWriter::format_of(const std::string& source) const {
    return first_text(statements_->report_format, source);
}

std::optional<std::string> ReportWriter::file_with_hash(const std::string& content_hash) const {
    return first_text(statements_->file_with_hash, content_hash);
}

void ReportWriter::refresh_stamp(const std::string& source, const FileStamp& stamp) {
    abort_report();
    store_.prepare_to_write();
    Transaction transaction(db_);
    Statement& update = statements_->refresh_stamp;
    ScopedReset done(update);
    update.bind_text(1, source).bind_int(2, stamp.size).bind_int(3, stamp.mtime_ns).run();
    transaction.commit();
}

void ReportWriter::on_report(const ReportMeta& meta, const std::string& source, const std::optional<FileStamp>& stamp) {
    abort_report();
    store_.prepare_to_write();
    auto transaction = std::make_unique<Transaction>(db_);
    Statements& s = *statements_;
    // Only the terms of the report being replaced can lose their last entry.
    replaced_terms_.clear();
    {
        ScopedReset done(s.report_terms);
        s.report_terms.bind_text(1, source);
        while (s.report_terms.step()) replaced_terms_.push_back(s.report_terms.column_int64(0));
    }
    const std::string name = name_for(meta, source);
    run_with_text(s.unrelate_report_terms, source);
    run_with_text(s.delete_report, source);
    insert_report(s.insert_report, meta, name, source, stamp);
    const long long report_id = db_.last_insert_rowid();
    {
        ScopedReset done(s.insert_text);
        s.insert_text.bind_int(1, report_id).bind_text(2, meta.body).run();
    }
    for (const FootnoteAnchor& anchor : meta.anchors) {
        ScopedReset done(s.insert_anchor);
        s.insert_anchor.bind_int(1, report_id).bind_int(2, anchor.footnote);
        s.insert_anchor.bind_int(3, static_cast<long long>(anchor.offset)).bind_text(4, anchor.marker).run();
    }
    insert_damaged_runs(s.insert_damaged_run, report_id, meta.damaged_runs);
    transaction_ = std::move(transaction);
    report_id_ = report_id;
    report_file_ = name;
    entry_ids_.clear();
}

// Inside the report's transaction, so that the name chosen is still free when it is taken.
std::string ReportWriter::name_for(const ReportMeta& meta, const std::string& source) const {
    Statements& s = *statements_;
    if (std::optional<std::string> kept = first_text(s.report_name, source)) return *kept;
    const auto taken = [&](const std::string& name) { return first_text(s.report_named, name).has_value(); };
    const std::vector<std::string> names = report_names(meta.file, source);
    for (const std::string& name : names) {
        if (!taken(name)) return name;
    }
    // Every name the path offers is taken: "name (2)", "name (3)" … until one is free (there
    // are fewer reports than numbers).
    for (long long number = 2;; ++number) {
        const std::string numbered = names.front() + " (" + std::to_string(number) + ")";
        if (!taken(numbered)) return numbered;
    }
}

void ReportWriter::on_entry(const GlossaryEntry& entry) {
    require_report("on_entry");
    or_undo([&] { insert_entry(entry); }, [&] { abort_report(); });
}

void ReportWriter::end_report() {
    require_report("end_report");
    or_undo(
        [&] {
            Statement& orphan = statements_->delete_orphan_terms;
            for (long long term : replaced_terms_) {
                ScopedReset done(orphan);
                orphan.bind_int(1, term).run();
            }
            transaction_->commit();
        },
        [&] { abort_report(); });
    abort_report();  // nothing left to roll back: this only clears the report's state
}

void ReportWriter::abort_report() {
    transaction_.reset();
    report_id_ = 0;
    report_file_.clear();
    entry_ids_.clear();
    replaced_terms_.clear();
}

void ReportWriter::require_report(const char* event) const {
    if (!transaction_) {
        throw store_error(db_.path() + ": " + event + " without on_report: no report is open", SQLITE_MISUSE);
    }
}

void ReportWriter::insert_entry(const GlossaryEntry& entry) {
    Statements& s = *statements_;
    const std::string key = entry.key.empty() ? term_key(entry.term) : entry.key;
    run_with_text(s.insert_term, key);
    // The row exists: it was just inserted, or the conflict proved it there.
    const long long term_id = first_int(s.term_id, key).value();
    {
        ScopedReset done(s.unrelate_term);
        s.unrelate_term.bind_int(1, term_id).run();
    }
    const std::optional<long long> parent_id = head_id(entry);
    ScopedReset done(s.insert_entry);
    s.insert_entry.bind_int(1, report_id_).bind_int(2, entry.seq).bind_optional(3, entry.marker);
    s.insert_entry.bind_optional(4, entry.footnote).bind_int(5, term_id).bind_text(6, entry.term);
    s.insert_entry.bind_text(7, entry.definition);
    if (parent_id) {
        s.insert_entry.bind_int(8, *parent_id);
    } else {
        s.insert_entry.bind_null(8);
    }
    s.insert_entry.bind_int(9, entry.line).bind_double(10, entry.confidence).bind_text(11, to_string(entry.damage)).run();
    entry_ids_[entry.seq] = db_.last_insert_rowid();
}

std::optional<long long> ReportWriter::head_id(const GlossaryEntry& entry) const {
    if (!entry.parent_seq) return std::nullopt;
    const auto head = entry_ids_.find(*entry.parent_seq);
    if (head == entry_ids_.end()) {
        throw store_error(db_.path() + ": " + report_file_ + ": entry " + std::to_string(entry.seq) +
                              " names entry " + std::to_string(*entry.parent_seq) +
                              " as its head, which is not an earlier entry of the report",
                          SQLITE_CONSTRAINT_FOREIGNKEY);
    }
    return head->second;
}

}  // namespace glossgraph
