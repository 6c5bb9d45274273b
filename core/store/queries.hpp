#pragma once
// The reading part of the store (core/store/store.hpp) that the command line lists and shows:
// reports, entries, terms, regions, damaged runs, mentions, related terms and search, as rows,
// with the filters that choose them. Store::queries() hands it out; every member reads only.
#include "core/model.hpp"
#include "core/report_filter.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

class Database;
class Statement;

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
    // to_string of its RelationKind from the term asked about, or one of the directions seen
    // from the other end: narrower (of broader), referred_by (of refers_to). Text, not a
    // RelationKind: those two are not kinds of relation the store holds, only ways of reading one.
    std::string kind;
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

// Lives as long as the Store it belongs to and reads through its connection (and so through
// its snapshot: Store::read_snapshot).
class Queries final {
public:
    explicit Queries(Database& db);
    ~Queries();
    Queries(const Queries&) = delete;
    Queries& operator=(const Queries&) = delete;

    // Whether a report is shown by this name (ReportRow::file).
    bool has_report(const std::string& name) const;

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

    std::vector<MentionRow> mentions(const MentionFilter& filter) const;  // by report file, then key
    std::vector<RelatedTerm> related_terms(const std::string& key) const;  // by kind, then key

private:
    struct Statements;
    // The statement of this SQL, compiled on its first use and kept: the listings' statements
    // differ by the shape of their filter (report_sql::report_filter_condition).
    Statement& statement_for(const std::string& sql) const;

    Database& db_;
    std::unique_ptr<Statements> statements_;
    mutable std::map<std::string, std::unique_ptr<Statement>> shaped_statements_;  // see statement_for
};

}  // namespace glossgraph
