#include "core/store/store.hpp"

#include "core/errors.hpp"
#include "core/store/database.hpp"
#include "core/store/link_statements.hpp"
#include "core/store/schema.hpp"
#include "core/text/normalize.hpp"

#include <sqlite3.h>

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace glossgraph {
namespace {

// A report's region and its ancestors, up to three levels (a county may sit directly under
// its province), and the joins that reach them from reports r. read_region reads them.
constexpr const char* region_columns = "rc.code, rc.level, rc.name, rp.level, rp.name, rg.level, rg.name";
constexpr const char* region_joins =
    " LEFT JOIN regions rc ON rc.code = r.region_code"
    " LEFT JOIN regions rp ON rp.code = rc.parent_code"
    " LEFT JOIN regions rg ON rg.code = rp.parent_code";

std::string reports_sql() {
    return std::string(
               "SELECT r.file, r.path, r.content_hash, r.encoding, r.format, r.title, r.written_title,"
               " r.year, r.delivered_on, r.speaker, r.script, r.glossary_heading,"
               " (SELECT count(*) FROM entries e WHERE e.report_id = r.id), ") +
           region_columns + " FROM reports r" + region_joins + " ORDER BY r.file";
}

std::string entries_sql() {
    return std::string(
               "SELECT r.file, e.seq, e.marker, e.footnote, e.term, t.key, e.definition, head.term,"
               " e.line, r.year, ") +
           region_columns +
           " FROM entries e"
           " JOIN reports r ON r.id = e.report_id"
           " JOIN terms t ON t.id = e.term_id"
           " LEFT JOIN entries head ON head.id = e.parent_id" +
           region_joins +
           " WHERE (?1 IS NULL OR r.file = ?1) AND (?2 IS NULL OR t.key = ?2)"
           " ORDER BY r.file, e.seq";
}

// One row per term (all terms, or the one keyed ?1). The preferred written form is the
// one used most often; ranking every entry by (uses of its form, file, seq) puts first
// the earliest entry, by file name then seq, among the most used forms.
constexpr const char* terms_sql = R"sql(
WITH defining AS (
    SELECT e.term_id, e.term, e.report_id, e.seq, r.file, r.region_code
    FROM entries e JOIN reports r ON r.id = e.report_id
    WHERE ?1 IS NULL OR e.term_id = (SELECT id FROM terms WHERE key = ?1)),
counted AS (
    SELECT term_id, term, file, seq, count(*) OVER (PARTITION BY term_id, term) AS uses
    FROM defining),
preferred AS (
    SELECT term_id, term FROM (
        SELECT term_id, term,
               row_number() OVER (PARTITION BY term_id ORDER BY uses DESC, file, seq) AS rank
        FROM counted)
    WHERE rank = 1)
SELECT t.key, p.term, count(*), count(DISTINCT d.report_id), count(DISTINCT d.region_code)
FROM defining d
JOIN terms t ON t.id = d.term_id
JOIN preferred p ON p.term_id = d.term_id
GROUP BY d.term_id
ORDER BY 5 DESC, t.key
)sql";

constexpr const char* written_forms_sql =
    "SELECT DISTINCT t.key, e.term FROM entries e JOIN terms t ON t.id = e.term_id"
    " WHERE ?1 IS NULL OR t.key = ?1 ORDER BY t.key, e.term";

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

RegionLevel parse_level(std::string_view text) {
    if (text == "province") return RegionLevel::province;
    if (text == "prefecture") return RegionLevel::prefecture;
    return RegionLevel::county;
}

std::string& name_at(RegionPath& path, RegionLevel level) {
    switch (level) {
        case RegionLevel::province: return path.province;
        case RegionLevel::prefecture: return path.prefecture;
        case RegionLevel::county: return path.county;
    }
    return path.county;
}

// Reads the region_columns starting at `first`, filling each name by its level as
// Gazetteer::path does; nothing when the report has no region.
std::optional<RegionPath> read_region(const Statement& row, int first) {
    if (row.column_is_null(first)) return std::nullopt;
    RegionPath path;
    path.code = row.column_text(first);
    path.level = parse_level(row.column_text(first + 1));
    for (int level = first + 1; level < first + 7 && !row.column_is_null(level); level += 2) {
        name_at(path, parse_level(row.column_text(level))) = row.column_text(level + 1);
    }
    return path;
}

ReportRow read_report(const Statement& row) {
    ReportRow report;
    report.file = row.column_text(0);
    report.path = row.column_text(1);
    report.content_hash = row.column_text(2);
    report.encoding = row.column_text(3);
    report.format = row.column_text(4);
    report.title = row.column_text(5);
    report.written_title = row.column_text(6);
    report.year = row.column_optional_int(7);
    report.delivered_on = row.column_optional_text(8);
    report.speaker = row.column_optional_text(9);
    report.script = parse_script(row.column_text(10));
    report.glossary_heading = row.column_text(11);
    report.entries = row.column_int(12);
    report.region = read_region(row, 13);
    return report;
}

EntryRow read_entry(const Statement& row) {
    EntryRow entry;
    entry.report = row.column_text(0);
    entry.seq = row.column_int(1);
    entry.marker = row.column_optional_text(2);
    entry.footnote = row.column_optional_int(3);
    entry.term = row.column_text(4);
    entry.key = row.column_text(5);
    entry.definition = row.column_text(6);
    entry.parent = row.column_optional_text(7);
    entry.line = row.column_int(8);
    entry.year = row.column_optional_int(9);
    if (const auto region = read_region(row, 10)) {
        entry.region_code = region->code;
        entry.region = region->name();
    }
    return entry;
}

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

void insert_report(Statement& insert, const ReportMeta& meta) {
    ScopedReset done(insert);
    insert.bind_text(1, meta.file).bind_text(2, meta.path).bind_text(3, meta.content_hash);
    insert.bind_text(4, meta.encoding).bind_text(5, meta.format).bind_text(6, meta.title);
    insert.bind_text(7, meta.written_title).bind_optional(8, meta.year);
    insert.bind_optional(9, meta.delivered_on).bind_optional(10, meta.speaker);
    insert.bind_text(11, to_string(meta.script));
    if (meta.region) {
        insert.bind_text(12, meta.region->code);
    } else {
        insert.bind_null(12);
    }
    insert.bind_text(13, meta.glossary_heading).run();
}

// key -> its distinct written forms, sorted.
std::map<std::string, std::vector<std::string>> written_forms(Statement& query,
                                                              const std::optional<std::string>& key) {
    ScopedReset done(query);
    query.bind_optional(1, key);
    std::map<std::string, std::vector<std::string>> forms;
    while (query.step()) forms[query.column_text(0)].push_back(query.column_text(1));
    return forms;
}

std::vector<TermRow> term_rows(Statement& terms, Statement& forms_query, const std::optional<std::string>& key) {
    auto forms = written_forms(forms_query, key);
    ScopedReset done(terms);
    terms.bind_optional(1, key);
    std::vector<TermRow> rows;
    while (terms.step()) {
        TermRow row;
        row.key = terms.column_text(0);
        row.term = terms.column_text(1);
        row.definitions = terms.column_int(2);
        row.reports = terms.column_int(3);
        row.regions = terms.column_int(4);
        row.written_forms = std::move(forms[row.key]);
        rows.push_back(std::move(row));
    }
    return rows;
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

}  // namespace

// Every statement the store runs, compiled once when the store opens.
struct Store::Statements {
    explicit Statements(Database& db)
        : report_hash(db.prepare("SELECT content_hash FROM reports WHERE file = ?1")),
          file_with_hash(db.prepare("SELECT file FROM reports WHERE content_hash = ?1 ORDER BY file LIMIT 1")),
          delete_report(db.prepare("DELETE FROM reports WHERE file = ?1")),
          insert_report(db.prepare(
              "INSERT INTO reports (file, path, content_hash, encoding, format, title, written_title, year,"
              " delivered_on, speaker, script, region_code, glossary_heading)"
              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")),
          insert_text(db.prepare("INSERT INTO report_texts (report_id, body) VALUES (?1, ?2)")),
          insert_term(db.prepare("INSERT INTO terms (key) VALUES (?1) ON CONFLICT (key) DO NOTHING")),
          term_id(db.prepare("SELECT id FROM terms WHERE key = ?1")),
          insert_entry(db.prepare(
              "INSERT INTO entries (report_id, seq, marker, footnote, term_id, term, definition, parent_id, line)"
              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")),
          delete_orphan_terms(db.prepare(
              "DELETE FROM terms WHERE id = ?1 AND NOT EXISTS (SELECT 1 FROM entries e WHERE e.term_id = ?1)")),
          report_terms(db.prepare(
              "SELECT DISTINCT e.term_id FROM entries e JOIN reports r ON r.id = e.report_id WHERE r.file = ?1")),
          reports(db.prepare(reports_sql())),
          entries(db.prepare(entries_sql())),
          terms(db.prepare(terms_sql)),
          written_forms(db.prepare(written_forms_sql)),
          find_key(db.prepare("SELECT key FROM terms WHERE key = ?1")),
          find_written(db.prepare(
              "SELECT t.key FROM entries e JOIN terms t ON t.id = e.term_id WHERE e.term = ?1 ORDER BY t.key LIMIT 1")),
          body(db.prepare(
              "SELECT x.body FROM report_texts x JOIN reports r ON r.id = x.report_id WHERE r.file = ?1")),
          stats(db.prepare(stats_sql)),
          unrelate_report_terms(db.prepare(
              "UPDATE terms SET related = 0 WHERE id IN"
              " (SELECT e.term_id FROM entries e JOIN reports r ON r.id = e.report_id WHERE r.file = ?1)")),
          unrelate_term(db.prepare("UPDATE terms SET related = 0 WHERE id = ?1")),
          insert_anchor(db.prepare("INSERT OR IGNORE INTO anchors (report_id, footnote, offset, marker) VALUES (?1, ?2, ?3, ?4)")) {}

    Statement report_hash;
    Statement file_with_hash;
    Statement delete_report;
    Statement insert_report;
    Statement insert_text;
    Statement insert_term;
    Statement term_id;
    Statement insert_entry;
    Statement delete_orphan_terms;
    Statement report_terms;
    Statement reports;
    Statement entries;
    Statement terms;
    Statement written_forms;
    Statement find_key;
    Statement find_written;
    Statement body;
    Statement stats;
    Statement unrelate_report_terms;  // their definitions change: relations are recomputed
    Statement unrelate_term;
    Statement insert_anchor;
};

Store::Store(const std::string& path) : db_(std::make_unique<Database>(path, Access::read_write_create)) {
    prepare_database(*db_);
    statements_ = std::make_unique<Statements>(*db_);
}

Store::~Store() = default;

int Store::schema_version() { return current_schema_version(); }

ReportState Store::state_of(const std::string& file, const std::string& content_hash) const {
    if (const auto stored = first_text(statements_->report_hash, file)) {
        return *stored == content_hash ? ReportState::unchanged : ReportState::changed;
    }
    return file_with_hash(content_hash) ? ReportState::duplicate : ReportState::absent;
}

std::optional<std::string> Store::file_with_hash(const std::string& content_hash) const {
    return first_text(statements_->file_with_hash, content_hash);
}

void Store::on_report(const ReportMeta& meta) {
    abort_report();
    auto transaction = std::make_unique<Transaction>(*db_);
    Statements& s = *statements_;
    // Only the terms of the report being replaced can lose their last entry.
    replaced_terms_.clear();
    {
        ScopedReset done(s.report_terms);
        s.report_terms.bind_text(1, meta.file);
        while (s.report_terms.step()) replaced_terms_.push_back(s.report_terms.column_int64(0));
    }
    run_with_text(s.unrelate_report_terms, meta.file);
    run_with_text(s.delete_report, meta.file);
    insert_report(s.insert_report, meta);
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
    transaction_ = std::move(transaction);
    report_id_ = report_id;
    report_file_ = meta.file;
    entry_ids_.clear();
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
    s.insert_entry.bind_int(9, entry.line).run();
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

Store::ReadSnapshot::ReadSnapshot(Database& db)
    : transaction_(std::make_unique<Transaction>(db, Transaction::Mode::deferred)) {}

// Ends the read transaction; it wrote nothing, so rolling back loses nothing.
Store::ReadSnapshot::~ReadSnapshot() = default;

Store::ReadSnapshot Store::read_snapshot() const { return ReadSnapshot(*db_); }

std::vector<ReportRow> Store::reports() const {
    Statement& query = statements_->reports;
    ScopedReset done(query);
    std::vector<ReportRow> rows;
    while (query.step()) rows.push_back(read_report(query));
    return rows;
}

std::vector<EntryRow> Store::entries(const EntryFilter& filter) const {
    Statement& query = statements_->entries;
    ScopedReset done(query);
    query.bind_optional(1, filter.report).bind_optional(2, filter.key);
    std::vector<EntryRow> rows;
    while (query.step()) rows.push_back(read_entry(query));
    return rows;
}

std::vector<TermRow> Store::terms() const {
    return term_rows(statements_->terms, statements_->written_forms, std::nullopt);
}

std::optional<TermRow> Store::term(const std::string& key) const {
    auto rows = term_rows(statements_->terms, statements_->written_forms, key);
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
}

std::optional<std::string> Store::find_term(std::string_view query) const {
    const std::string key = term_key(query);
    if (!key.empty()) {
        if (auto found = first_text(statements_->find_key, key)) return found;
    }
    const std::string_view written = trim(query);
    if (written.empty()) return std::nullopt;
    return first_text(statements_->find_written, written);
}

StoreStats Store::stats() const {
    Statement& query = statements_->stats;
    ScopedReset done(query);
    query.step();
    StoreStats stats;
    stats.reports = query.column_int(0);
    stats.reports_with_glossary = query.column_int(1);
    stats.reports_without_region = query.column_int(2);
    stats.regions = query.column_int(3);
    stats.entries = query.column_int(4);
    stats.terms = query.column_int(5);
    stats.terms_in_several_regions = query.column_int(6);
    return stats;
}

std::optional<std::string> Store::body(const std::string& file) const {
    return first_text(statements_->body, file);
}

}  // namespace glossgraph
