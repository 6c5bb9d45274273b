#pragma once
// The SQLite store: the only module that holds SQL. One file holds regions, reports,
// their text, terms and glossary entries. Every write runs in a transaction; one report
// is one transaction, so an interrupted import leaves whole reports only.
#include "core/graph_data.hpp"
#include "core/link/link_store.hpp"
#include "core/model.hpp"
#include "core/report_filter.hpp"
#include "core/sink.hpp"
#include "core/text/normalize.hpp"

#include <functional>
#include <map>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

class Database;
class Statement;
class Transaction;

// What the store already knows about a file about to be imported. A report is known by its
// source (core/store/report_source.hpp: the path of its file relative to the database's
// folder); its file name is only the name it is shown by.
enum class ReportState {
    absent,       // no report from this source, and no other report with this content
    unchanged,    // same source, same content hash: importing again would change nothing
    changed,      // same source, other content: importing replaces that report's rows
    duplicate,    // another report (another source) already holds exactly this content
};

// ReportState with what goes with it, read in one snapshot.
struct ReportStatus {
    ReportState state = ReportState::absent;
    std::string format;          // unchanged and changed: what the stored report was read as
    std::string duplicate_of;    // duplicate: the name of the report holding the content
    std::string duplicate_path;  // ... and the path it was imported from, as then given
};

struct ReportRow {
    std::string file;          // the name it is shown by: unique, well-formed UTF-8
    std::string path;          // as given when it was imported
    std::string content_hash;
    std::string encoding;
    std::string format;
    std::string title;
    std::string written_title;
    std::optional<int> year;
    std::optional<std::string> delivered_on;
    std::optional<std::string> speaker;
    Script script = Script::unknown;
    // Rebuilt from the regions table, as Gazetteer::path builds it. A county governed by its
    // province directly (under a placeholder of GB/T 2260 such as 市辖区 or 省直辖县级行政区划,
    // which the gazetteer leaves out) has an empty prefecture: 东城区 is {北京市, "", 东城区},
    // 济源市 is {河南省, "", 济源市}.
    std::optional<RegionPath> region;
    std::string glossary_heading;
    int entries = 0;          // glossary entries stored for this report
};

struct EntryRow {
    std::string report;                  // file name
    std::optional<std::string> region_code;
    std::string region;                  // most specific region name, empty when unresolved
    std::optional<int> year;
    int seq = 0;
    std::optional<std::string> marker;
    std::optional<int> footnote;
    std::string term;
    std::string key;
    std::string definition;
    std::optional<std::string> parent;   // the head entry's term as written
    int line = 0;
    double confidence = 1.0;             // GlossaryEntry::confidence
    Damage damage = Damage::none;        // GlossaryEntry::damage
};

// A damaged run of a stored report (core/text/damaged_runs.hpp), with the report's name.
struct DamagedRunRow {
    std::string report;   // the name it is shown by
    DamagedRun run;
};

struct TermRow {
    std::string key;
    std::string term;         // the written form used most often (ties: first report by file name)
    int definitions = 0;      // entries defining it
    int reports = 0;          // reports defining it
    int regions = 0;          // distinct regions defining it (reports with no region not counted)
    std::vector<std::string> region_codes;   // the codes its defining reports are filed under, sorted
    std::vector<std::string> written_forms;  // every distinct written form, sorted
};

// A region reports are filed under, as named and placed in their years: a code renamed between
// its reports' years (420600: 襄樊市 in 2009, 襄阳市 since 2010) has a row per name.
struct RegionRow {
    RegionPath region;
    int reports = 0;
    int terms = 0;            // distinct terms its reports define
    std::vector<int> years;   // the years of its reports, ascending (reports without one left out)
};

struct StoreStats {
    int reports = 0;
    int reports_with_glossary = 0;   // reports with at least one entry
    int reports_without_region = 0;
    int regions = 0;          // distinct regions with at least one report
    int entries = 0;
    int terms = 0;
    int terms_in_several_regions = 0;  // terms defined in two or more distinct regions
};

struct EntryFilter {
    std::optional<std::string> report;  // file name
    std::optional<std::string> key;     // term key
    ReportFilter reports;               // region and years of the reports
};

// Not thread-safe: one thread at a time per Store. Several processes may share a file;
// a writer waits up to five seconds for another's report to commit, then throws
// store_error ("database is locked").
struct MentionRow {
    std::string report;
    std::optional<std::string> region_code;
    std::string region;
    std::optional<int> year;
    std::string term;   // the term's preferred written form
    std::string key;
    int count = 0;
    int quoted = 0;
    int marked = 0;
    bool anchored = false;
    bool defines = false;  // the report also defines the term
    std::string via;
    std::vector<std::size_t> offsets;
};

struct RelatedTerm {
    std::string key;
    std::string term;  // preferred written form
    std::string kind;  // relation kind, or broader / narrower
    std::string rule;
};

// What search looks for: entries whose term (its key) or definition holds every word.
struct SearchQuery {
    std::vector<std::string> words;  // in key form (term_key), none empty
    bool in_terms = true;            // a word may occur in the term's key
    bool in_definitions = true;      // ... or in the definition (in key form)
    ReportFilter reports;
};

// An entry search found.
struct SearchHit {
    std::string key;
    std::string term;        // as written in the glossary
    std::string definition;  // as written
    std::string report;      // file name
    std::optional<std::string> region_code;
    std::string region;      // most specific region name, empty when unresolved
    std::optional<int> year;
};

// A term search found: how many of its definitions hold the words, in how many regions.
struct SearchTerm {
    std::string key;
    std::string term;  // its label
    int definitions = 0;
    int regions = 0;
};

// A report body, as body_of_each gives them.
struct BodyRow {
    std::string report;  // file name
    std::optional<std::string> region_code;
    std::string region;
    std::optional<int> year;
    std::string body;
};

struct MentionFilter {
    std::optional<std::string> report;  // file name
    std::optional<std::string> key;     // term key
    ReportFilter reports;               // region and years of the reports
};

class Store final : public ReportSink, public LinkStore {
public:
    // What a store is opened for. For writing, the file's pages are checked before the first
    // write (PRAGMA quick_check, which reads the whole file once) and a damaged file is refused
    // before anything is written to it; a store that writes nothing (an import of unchanged
    // files) does not read them all. For reading they are not (a command that shows one term
    // should not read the whole file): a read that meets a damaged page throws store_error
    // with SQLITE_CORRUPT, naming the file and how to recover. A reader that has to migrate
    // the schema checks the pages as a writer does. A reader also reads a database in a folder
    // it may not write to (where SQLite cannot create the -shm file a WAL reader needs): then
    // read-only and immutable, as long as no write-ahead log is left beside the file.
    enum class Purpose { write, read };

    // Opens (creating when missing) the database at path; ":memory:" for an in-memory one.
    // Creates or migrates the schema (PRAGMA user_version) and turns on WAL and foreign keys.
    // Throws store_error when the file is not a glossgraph database or cannot be opened,
    // when it was written by a newer glossgraph (its version is higher than ours), and, with
    // SQLITE_CORRUPT, when it is damaged (see Purpose).
    explicit Store(const std::string& path, Purpose purpose = Purpose::write);
    // Checks the pages (once; see Purpose), which every write does first: a caller that wants
    // a damaged file refused before its own work (an import, before its first report) calls
    // it then. Throws store_error with SQLITE_CORRUPT naming the file and how to recover.
    void prepare_to_write();
    ~Store() override;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    static int schema_version();

    // The source decides first: a known source is unchanged or changed even when its new
    // content is also held by another report. One statement, so one snapshot even while
    // another process imports.
    ReportStatus status_of(const std::string& source, const std::string& content_hash) const;
    // The stamp of the file the report of `source` was read from, and the format it was read
    // as; none when no report has that source or it was imported without a stamp (before
    // schema version 11).
    struct StoredStamp {
        FileStamp stamp;
        std::string format;
    };
    std::optional<StoredStamp> stored_stamp(const std::string& source) const;
    // Records the stamp of the file of `source` found unchanged by its content (touched, or
    // imported before stamps were kept), so that the next import knows it by the stamp. One
    // transaction.
    void refresh_stamp(const std::string& source, const FileStamp& stamp);
    ReportState state_of(const std::string& source, const std::string& content_hash) const {
        return status_of(source, content_hash).state;
    }
    // Whether a report is shown by this name (ReportRow::file).
    bool has_report(const std::string& name) const;
    // The name of the report from this source, or nothing.
    std::optional<std::string> name_of(const std::string& source) const;
    // The format ("text", "html", "docx") the report from this source was read as.
    std::optional<std::string> format_of(const std::string& source) const;
    // The name of the report already holding this content (the first by name when several
    // do), or nothing when no report has it.
    std::optional<std::string> file_with_hash(const std::string& content_hash) const;

    // ReportSink: on_report opens a transaction and removes any report from the same source;
    // end_report removes the terms no entry defines any more and commits. An exception
    // between them rolls the report back entirely: when on_entry or end_report throws, the
    // store has already abandoned the report, and the previous version of it stays.
    // A report still open at on_report (its importer threw before end_report) is abandoned.
    // meta.region, when present, must be a code of the built-in gazetteer.
    // The report is known by `source` (report_source: what import passes); without one, by
    // meta.file. A report replacing one from its source keeps that one's name; a new one is
    // named by the first of report_names(meta.file, source) that no other report has, then
    // "name (2)", "name (3)" …, so names stay unique and a second file of one name never
    // replaces the first.
    void on_report(const ReportMeta& meta) override { on_report(meta, meta.file); }
    // stamp: the file's as it was read (FileStamp), kept so that a later import knows the
    // file unchanged without reading it (stored_stamp); none for a report of no file.
    void on_report(const ReportMeta& meta, const std::string& source, const std::optional<FileStamp>& stamp = {});
    // entry.key empty means term_key(entry.term). entry.parent_seq must be the seq of an
    // earlier entry of this report; seqs must be distinct. Throws store_error with
    // SQLITE_MISUSE when no report is open.
    void on_entry(const GlossaryEntry& entry) override;
    void end_report() override;
    // Abandons the report in progress (nothing of it is stored). Safe to call when none is.
    void abort_report();

    // One snapshot for several reads: until the returned guard is destroyed, every read
    // through this store sees the database as the first of them found it, even while another
    // process imports (WAL). For commands that read with several queries (show, terms).
    // Nothing may be written through this store meanwhile.
    class ReadSnapshot {
    public:
        ~ReadSnapshot();
        ReadSnapshot(const ReadSnapshot&) = delete;
        ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    private:
        friend class Store;
        explicit ReadSnapshot(Database& db);
        std::unique_ptr<Transaction> transaction_;
    };
    [[nodiscard]] ReadSnapshot read_snapshot() const;

    // The listings take a ReportFilter: only the reports it lets through are listed, and
    // a term's counts and written forms are those of their entries; a term none of them
    // defines is not listed.
    std::vector<ReportRow> reports(const ReportFilter& filter = {}) const;  // sorted by file name
    std::vector<EntryRow> entries(const EntryFilter& filter) const;  // by file name, then seq
    // The damaged runs of one report (by name), or of every report: by report name, then in
    // text order. Empty when none was found.
    std::vector<DamagedRunRow> damaged_runs(const std::optional<std::string>& report) const;
    std::vector<TermRow> terms(const ReportFilter& filter = {}) const;  // most regions first, then key
    // The key of the term whose key or written form matches query (either script): first a
    // key equal to term_key(query), else an entry written exactly as the trimmed query.
    // Empty when none does.
    std::optional<std::string> find_term(std::string_view query) const;
    // Every term key, sorted; and those starting with prefix (through the key's index).
    std::vector<std::string> term_keys() const;
    std::vector<std::string> term_keys_starting_with(const std::string& prefix) const;
    // The term with exactly this key, or nothing (also when the filter leaves none of its entries).
    std::optional<TermRow> term(const std::string& key, const ReportFilter& filter = {}) const;
    // The regions and region links of graph_data() and nothing else: the regions reports are
    // filed under, those their lines of history continue into, and all their ancestors; what
    // the command line resolves a REGION argument against.
    GraphData imported_regions() const;
    StoreStats stats() const;
    // The regions the filter's reports are filed under, by code, then the first year of each
    // name (reports without a region left out).
    std::vector<RegionRow> regions(const ReportFilter& filter = {}) const;
    // The cleaned body text of a report (outside its glossary), or nothing for an unknown file.
    std::optional<std::string> body(const std::string& file) const;
    // Calls visit with the body of each report the filter lets through, by file name, one at
    // a time (visit may move from it).
    void body_of_each(const ReportFilter& filter, const std::function<void(BodyRow&)>& visit) const;

    // The terms with entries holding every word of the query, by key: through the trigram
    // index for words of three characters or more, by a scan of the (key-form) index table for
    // shorter ones. Throws usage_error for a query without words.
    std::vector<SearchTerm> search_terms(const SearchQuery& query) const;
    // The entries holding every word of the query, of the terms keyed `keys` only (all terms
    // when keys is empty), by key, then year, report and order.
    std::vector<SearchHit> search(const SearchQuery& query, const std::vector<std::string>& keys = {}) const;

    // Linking (LinkStore; core/link/linker.hpp drives it). commit_linking also indexes the new
    // reports' entries for search and stores the labels their terms need. (One index write per
    // import, not per report: FTS5 writes a segment per transaction.)
    std::vector<LinkTerm> link_terms() const override;  // by id
    void for_each_report(bool linked, const std::function<void(LinkReport&)>& visit) const override;
    bool has_links_to_make(int rules_version) const override;
    bool begin_linking(int rules_version) override;
    void replace_relations(const std::vector<long long>& changed_terms, const std::vector<RelationRecord>& relations) override;
    void save_mentions(const std::vector<MentionRecord>& mentions) override;  // replaces (report, term) rows
    void commit_linking() override;
    void abort_linking() override;

    std::vector<MentionRow> mentions(const MentionFilter& filter) const;  // by report file, then key
    // The whole knowledge graph as plain data (see core/graph_data.hpp); one read
    // transaction, so it is consistent even while another process imports. Mentions are
    // most of a large store: callers that compare definitions only leave them out.
    enum class WithMentions { yes, no };
    // Reads from here on go through SQLite's page cache (64 MiB) instead of a memory map of the
    // file (256 MiB): for a command that reads the whole store once and then works on what it
    // read (site, export), so that mapped pages of the file do not add to its peak memory.
    void read_unmapped();
    GraphData graph_data(WithMentions with_mentions = WithMentions::yes) const;
    // The part of the graph that comparing one term needs, read through indexes: the term
    // keyed `key` and, with include_variants, every term reached from it over variant relations
    // (either way); their definitions, the reports of those, their regions as graph_data() has
    // them (lines of history, ancestors, the links between them), and the variant relations
    // among those terms; no mentions. Sorted as graph_data sorts;
    // empty when no term has the key. diff_term gives the same result on it as on graph_data().
    GraphData term_graph_data(const std::string& key, bool include_variants) const;
    // What the analyses of definitions alone read (drifting, copied): the regions reports are
    // filed under with their ancestors, the reports, the definitions, and a term for each key
    // that has definitions, its label left empty (ranking the preferred written form of every
    // term costs more than the rest together: labels() ranks those a command shows). No
    // mentions, written forms or relations. Sorted as graph_data sorts; one snapshot.
    GraphData definitions_data() const;
    // The label (preferred written form, as graph_data has it) of each key; the key itself for
    // one without entries. Ranks only the entries of those terms.
    std::vector<std::string> labels(const std::vector<std::string>& keys) const;
    std::vector<RelatedTerm> related_terms(const std::string& key) const;  // by kind, then key

private:
    struct Statements;
    struct LinkStatements;
    // The statement of this SQL, compiled on its first use and kept: the listings' statements
    // differ by the shape of their filter (store_sql::report_filter_condition).
    Statement& statement_for(const std::string& sql) const;
    LinkStatements& link_statements() const;
    mutable std::unique_ptr<LinkStatements> link_statements_;
    std::unique_ptr<Transaction> link_transaction_;
    std::vector<long long> replaced_terms_;  // terms of the report on_report replaced
    void require_report(const char* event) const;
    std::string name_for(const ReportMeta& meta, const std::string& source) const;
    void insert_entry(const GlossaryEntry& entry);
    std::optional<long long> head_id(const GlossaryEntry& entry) const;

    // Destroyed in reverse: the open report rolls back before statements and connection close.
    std::unique_ptr<Database> db_;
    bool pages_checked_ = false;
    std::unique_ptr<Statements> statements_;
    mutable std::map<std::string, std::unique_ptr<Statement>> shaped_statements_;  // see statement_for
    std::unique_ptr<Transaction> transaction_;  // the report in progress; null between reports
    long long report_id_ = 0;
    std::string report_file_;
    std::map<int, long long> entry_ids_;  // seq -> entry id in this report, for parent links
};

}  // namespace glossgraph
