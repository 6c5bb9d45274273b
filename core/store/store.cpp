// The report half of the store: opening it, and writing reports as their importer sends them.
#include "core/store/store.hpp"

#include "core/errors.hpp"
#include "core/store/database.hpp"
#include "core/store/link_statements.hpp"
#include "core/store/report_source.hpp"
#include "core/store/schema.hpp"
#include "core/store/store_statements.hpp"
#include "core/text/normalize.hpp"

#include <sqlite3.h>

#include <filesystem>
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

// A reader of a database in WAL mode needs the -shm file beside it, which SQLite creates
// (and so writes the folder) even to read. In a folder it may not write to, that fails with
// SQLITE_READONLY or SQLITE_CANTOPEN.
bool needs_writable_folder(int code) {
    return (code & 0xff) == SQLITE_READONLY || (code & 0xff) == SQLITE_CANTOPEN;
}

bool exists_beside(const std::string& path, const char* suffix) {
    std::error_code ignored;
    return std::filesystem::exists(path + suffix, ignored);
}

// Opens path for reading: as usual when it can (so an older file is upgraded), else, when
// only the folder's permissions stand in the way, read-only: with the writer's -wal and -shm
// when they are there, else immutable (no -shm needed; nobody can write the file meanwhile,
// since a writer needs to create files in that folder too).
std::unique_ptr<Database> open_for_reading(const std::string& path) {
    try {
        auto db = std::make_unique<Database>(path, Access::read_write);
        prepare_database(*db, PageCheck::before_migration);
        return db;
    } catch (const store_error& e) {
        if (!needs_writable_folder(e.code()) || path == ":memory:") throw;
    }
    const bool log = exists_beside(path, "-wal") || exists_beside(path, "-shm");
    auto db = std::make_unique<Database>(path, log ? Access::read_only : Access::read_only_immutable);
    prepare_database(*db, PageCheck::before_migration);
    return db;
}

// A store opened to write checks its pages before its first write (Store::prepare_to_write),
// not here: an import that finds every file unchanged writes nothing and reads no page it
// does not need.
std::unique_ptr<Database> open_database(const std::string& path, Store::Purpose purpose) {
    if (purpose == Store::Purpose::read) return open_for_reading(path);
    auto db = std::make_unique<Database>(path, Access::read_write_create);
    prepare_database(*db, PageCheck::before_migration);
    return db;
}

}  // namespace

Store::Store(const std::string& path, Purpose purpose)
    : db_(open_database(path, purpose)), pages_checked_(purpose == Purpose::read || db_->in_memory()) {
    statements_ = std::make_unique<Statements>(*db_);
}

void Store::prepare_to_write() {
    if (pages_checked_) return;
    check_pages(*db_);
    pages_checked_ = true;
}

Store::~Store() = default;

int Store::schema_version() { return current_schema_version(); }

void Store::refresh_stamp(const std::string& source, const FileStamp& stamp) {
    abort_report();
    prepare_to_write();
    Transaction transaction(*db_);
    Statement& update = statements_->refresh_stamp;
    ScopedReset done(update);
    update.bind_text(1, source).bind_int(2, stamp.size).bind_int(3, stamp.mtime_ns).run();
    transaction.commit();
}

void Store::on_report(const ReportMeta& meta, const std::string& source, const std::optional<FileStamp>& stamp) {
    abort_report();
    prepare_to_write();
    auto transaction = std::make_unique<Transaction>(*db_);
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
    const long long report_id = db_->last_insert_rowid();
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
std::string Store::name_for(const ReportMeta& meta, const std::string& source) const {
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

void Store::on_entry(const GlossaryEntry& entry) {
    require_report("on_entry");
    or_undo([&] { insert_entry(entry); }, [&] { abort_report(); });
}

void Store::end_report() {
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

void Store::abort_report() {
    transaction_.reset();
    report_id_ = 0;
    report_file_.clear();
    entry_ids_.clear();
    replaced_terms_.clear();
}

void Store::require_report(const char* event) const {
    if (!transaction_) {
        throw store_error(db_->path() + ": " + event + " without on_report: no report is open", SQLITE_MISUSE);
    }
}

void Store::insert_entry(const GlossaryEntry& entry) {
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
    entry_ids_[entry.seq] = db_->last_insert_rowid();
}

std::optional<long long> Store::head_id(const GlossaryEntry& entry) const {
    if (!entry.parent_seq) return std::nullopt;
    const auto head = entry_ids_.find(*entry.parent_seq);
    if (head == entry_ids_.end()) {
        throw store_error(db_->path() + ": " + report_file_ + ": entry " + std::to_string(entry.seq) +
                              " names entry " + std::to_string(*entry.parent_seq) +
                              " as its head, which is not an earlier entry of the report",
                          SQLITE_CONSTRAINT_FOREIGNKEY);
    }
    return head->second;
}

}  // namespace glossgraph
