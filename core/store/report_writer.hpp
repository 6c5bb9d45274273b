#pragma once
// The writing part of the store (core/store/store.hpp): reports as their importer sends them,
// each replacing the report from its source, the stamps of the files they were read from, and
// what the store already knows of a file about to be imported. Store::writer() hands it out.
#include "core/model.hpp"
#include "core/sink.hpp"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace glossgraph {

class Database;
class Store;
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

// Lives as long as the Store it belongs to, and writes through its connection: each report
// checks the store's pages first (Store::prepare_to_write).
class ReportWriter final : public ReportSink {
public:
    explicit ReportWriter(Store& store);
    ~ReportWriter() override;
    ReportWriter(const ReportWriter&) = delete;
    ReportWriter& operator=(const ReportWriter&) = delete;

    // The source decides first: a known source is unchanged or changed even when its new
    // content is also held by another report. One statement, so one snapshot even while
    // another process imports.
    ReportStatus status_of(const std::string& source, const std::string& content_hash) const;
    ReportState state_of(const std::string& source, const std::string& content_hash) const {
        return status_of(source, content_hash).state;
    }
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
    // meta.region, when present, must be a code of the store's regions (its gazetteer's).
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
    // Whether a report is open (between on_report and end_report or abort_report).
    bool report_open() const { return transaction_ != nullptr; }

private:
    struct Statements;
    void require_report(const char* event) const;
    std::string name_for(const ReportMeta& meta, const std::string& source) const;
    void insert_entry(const GlossaryEntry& entry);
    std::optional<long long> head_id(const GlossaryEntry& entry) const;

    Store& store_;
    Database& db_;
    // Destroyed in reverse: the open report rolls back before its statements are finalised.
    std::unique_ptr<Statements> statements_;
    std::unique_ptr<Transaction> transaction_;  // the report in progress; null between reports
    long long report_id_ = 0;
    std::string report_file_;
    std::map<int, long long> entry_ids_;  // seq -> entry id in this report, for parent links
    std::vector<long long> replaced_terms_;  // terms of the report on_report replaced
};

}  // namespace glossgraph
