#pragma once
// The SQLite store: the only module that holds SQL. One file holds regions, reports,
// their text, terms and glossary entries. Every write runs in a transaction; one report
// is one transaction, so an interrupted import leaves whole reports only.
#include "core/model.hpp"
#include "core/sink.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

class Database;
class Transaction;

// What the store already knows about a file about to be imported.
enum class ReportState {
    absent,       // no report with this file name
    unchanged,    // same file name, same content hash: importing again would change nothing
    changed,      // same file name, other content: importing replaces that report's rows
    duplicate,    // another file name already holds exactly this content
};

struct ReportRow {
    std::string file;
    std::string path;
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
};

struct TermRow {
    std::string key;
    std::string term;         // the written form used most often (ties: first report by file name)
    int definitions = 0;      // entries defining it
    int reports = 0;          // reports defining it
    int regions = 0;          // distinct regions defining it (reports with no region not counted)
    std::vector<std::string> written_forms;  // every distinct written form, sorted
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
};

// Not thread-safe: one thread at a time per Store. Several processes may share a file;
// a writer waits up to five seconds for another's report to commit, then throws
// store_error ("database is locked").
class Store final : public ReportSink {
public:
    // Opens (creating when missing) the database at path; ":memory:" for an in-memory one.
    // Creates or migrates the schema (PRAGMA user_version) and turns on WAL and foreign keys.
    // Throws store_error when the file is not a glossgraph database or cannot be opened,
    // and when it was written by a newer glossgraph (its version is higher than ours).
    explicit Store(const std::string& path);
    ~Store() override;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    static int schema_version();

    // The file name decides first: a known file is unchanged or changed even when its new
    // content is also held by another file.
    ReportState state_of(const std::string& file, const std::string& content_hash) const;
    // The file name already holding this content (the first by name when several do), or
    // nothing when no report has it.
    std::optional<std::string> file_with_hash(const std::string& content_hash) const;

    // ReportSink: on_report opens a transaction and removes any report of the same file name;
    // end_report removes the terms no entry defines any more and commits. An exception
    // between them rolls the report back entirely: when on_entry or end_report throws, the
    // store has already abandoned the report, and the previous version of it stays.
    // A report still open at on_report (its importer threw before end_report) is abandoned.
    // meta.region, when present, must be a code of the built-in gazetteer.
    void on_report(const ReportMeta& meta) override;
    // entry.key empty means term_key(entry.term). entry.parent_seq must be the seq of an
    // earlier entry of this report; seqs must be distinct. Throws store_error with
    // SQLITE_MISUSE when no report is open.
    void on_entry(const GlossaryEntry& entry) override;
    void end_report() override;
    // Abandons the report in progress (nothing of it is stored). Safe to call when none is.
    void abort_report();

    std::vector<ReportRow> reports() const;                   // sorted by file name
    std::vector<EntryRow> entries(const EntryFilter& filter) const;  // by file name, then seq
    std::vector<TermRow> terms() const;                       // most regions first, then key
    // The key of the term whose key or written form matches query (either script): first a
    // key equal to term_key(query), else an entry written exactly as the trimmed query.
    // Empty when none does.
    std::optional<std::string> find_term(std::string_view query) const;
    // The term with exactly this key, or nothing.
    std::optional<TermRow> term(const std::string& key) const;
    StoreStats stats() const;
    // The cleaned body text of a report (outside its glossary), or nothing for an unknown file.
    std::optional<std::string> body(const std::string& file) const;

private:
    struct Statements;
    void require_report(const char* event) const;
    void insert_entry(const GlossaryEntry& entry);
    std::optional<long long> head_id(const GlossaryEntry& entry) const;

    // Destroyed in reverse: the open report rolls back before statements and connection close.
    std::unique_ptr<Database> db_;
    std::unique_ptr<Statements> statements_;
    std::unique_ptr<Transaction> transaction_;  // the report in progress; null between reports
    long long report_id_ = 0;
    std::string report_file_;
    std::map<int, long long> entry_ids_;  // seq -> entry id in this report, for parent links
};

}  // namespace glossgraph
