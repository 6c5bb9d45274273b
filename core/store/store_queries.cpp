// The reading half of the store: what is known about a file, and the queries over reports,
// entries and terms.
#include "core/errors.hpp"
#include "core/store/database.hpp"
#include "core/store/store.hpp"
#include "core/store/label_statements.hpp"
#include "core/store/store_statements.hpp"
#include "core/text/normalize.hpp"
#include "core/text/utf8.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace glossgraph {
namespace {

// The level column holds to_string() of a level (the schema's CHECK says which).
RegionLevel parse_level(std::string_view text) { return parse_region_level(text).value_or(RegionLevel::county); }

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
    entry.confidence = row.column_double(10);
    entry.damage = parse_damage(row.column_text(11));
    if (const auto region = read_region(row, 12)) {
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

// The items of a group_concat() list of codes or years, sorted; none for an empty list.
std::vector<std::string> split_list(const std::string& list) {
    std::vector<std::string> items;
    for (std::size_t at = 0; at < list.size();) {
        const std::size_t comma = std::min(list.find(',', at), list.size());
        items.push_back(list.substr(at, comma - at));
        at = comma + 1;
    }
    std::sort(items.begin(), items.end());
    return items;
}

// key -> its distinct written forms, sorted.
std::map<std::string, std::vector<std::string>> written_forms(Statement& query, const std::optional<std::string>& key,
                                                              const ReportFilter& filter) {
    ScopedReset done(query);
    if (key) query.bind_text(1, *key);
    store_sql::bind_report_filter(query, filter);
    std::map<std::string, std::vector<std::string>> forms;
    while (query.step()) forms[query.column_text(0)].push_back(query.column_text(1));
    return forms;
}

std::vector<TermRow> term_rows(Statement& terms, Statement& forms_query, const std::optional<std::string>& key,
                               const ReportFilter& filter) {
    auto forms = written_forms(forms_query, key, filter);
    ScopedReset done(terms);
    if (key) terms.bind_text(1, *key);
    store_sql::bind_report_filter(terms, filter);
    std::vector<TermRow> rows;
    while (terms.step()) {
        TermRow row;
        row.key = terms.column_text(0);
        row.term = terms.column_text(1);
        row.definitions = terms.column_int(2);
        row.reports = terms.column_int(3);
        row.regions = terms.column_int(4);
        row.region_codes = split_list(terms.column_optional_text(5).value_or(""));
        row.written_forms = std::move(forms[row.key]);
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace

void store_sql::bind_report_filter(Statement& statement, const ReportFilter& filter) {
    if (filter.regions) {
        std::string codes = "[";  // codes are digits: nothing to escape
        for (const std::string& code : *filter.regions) codes += (codes.size() > 1 ? ",\"" : "\"") + code + "\"";
        statement.bind_text(7, codes + "]");
    }
    if (filter.since) statement.bind_int(8, *filter.since);
    if (filter.until) statement.bind_int(9, *filter.until);
}

ReportStatus Store::status_of(const std::string& source, const std::string& content_hash) const {
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

bool Store::has_report(const std::string& name) const { return first_text(statements_->report_named, name).has_value(); }

std::optional<std::string> Store::name_of(const std::string& source) const {
    return first_text(statements_->report_name, source);
}

std::optional<std::string> Store::format_of(const std::string& source) const {
    return first_text(statements_->report_format, source);
}

std::optional<std::string> Store::file_with_hash(const std::string& content_hash) const {
    return first_text(statements_->file_with_hash, content_hash);
}

Store::ReadSnapshot::ReadSnapshot(Database& db)
    : transaction_(std::make_unique<Transaction>(db, Transaction::Mode::deferred)) {}

// Ends the read transaction; it wrote nothing to the database (at most the connection's own
// temporary schema: the search vocabulary, made again when next asked for), so rolling back
// loses nothing.
Store::ReadSnapshot::~ReadSnapshot() = default;

Store::ReadSnapshot Store::read_snapshot() const { return ReadSnapshot(*db_); }

Statement& Store::statement_for(const std::string& sql) const {
    std::unique_ptr<Statement>& statement = shaped_statements_[sql];
    if (!statement) statement = std::make_unique<Statement>(db_->prepare(sql));
    return *statement;
}

std::vector<ReportRow> Store::reports(const ReportFilter& filter) const {
    Statement& query = statement_for(store_sql::reports_sql(store_sql::report_filter_condition(filter)));
    ScopedReset done(query);
    store_sql::bind_report_filter(query, filter);
    std::vector<ReportRow> rows;
    while (query.step()) rows.push_back(read_report(query));
    return rows;
}

std::vector<EntryRow> Store::entries(const EntryFilter& filter) const {
    using store_sql::EntryScope;
    const EntryScope scope = filter.report ? (filter.key ? EntryScope::report_and_term : EntryScope::report)
                                           : (filter.key ? EntryScope::term : EntryScope::all);
    Statement& query = statement_for(store_sql::entries_sql(scope, store_sql::report_filter_condition(filter.reports)));
    ScopedReset done(query);
    if (filter.report) query.bind_text(1, *filter.report);
    if (filter.key) query.bind_text(2, *filter.key);
    store_sql::bind_report_filter(query, filter.reports);
    std::vector<EntryRow> rows;
    while (query.step()) rows.push_back(read_entry(query));
    return rows;
}

std::optional<Store::StoredStamp> Store::stored_stamp(const std::string& source) const {
    Statement& query = statements_->report_stamp;
    ScopedReset done(query);
    query.bind_text(1, source);
    if (!query.step() || query.column_is_null(0) || query.column_is_null(1)) return std::nullopt;
    return StoredStamp{{query.column_int64(0), query.column_int64(1)}, query.column_text(2)};
}

std::vector<TermRow> Store::terms(const ReportFilter& filter) const {
    const std::string condition = store_sql::report_filter_condition(filter);
    return term_rows(statement_for(store_sql::terms_sql(false, condition)),
                     statement_for(store_sql::written_forms_sql(false, condition)), std::nullopt, filter);
}

std::optional<TermRow> Store::term(const std::string& key, const ReportFilter& filter) const {
    const std::string condition = store_sql::report_filter_condition(filter);
    auto rows = term_rows(statement_for(store_sql::terms_sql(true, condition)),
                          statement_for(store_sql::written_forms_sql(true, condition)), key, filter);
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

namespace {

// An FTS5 string: the word in double quotes, a quote in it doubled (trigram: a substring).
std::string fts_string(const std::string& word) {
    std::string quoted(1, '"');
    for (const char c : word) {
        quoted += c;
        if (c == '"') quoted += c;
    }
    quoted += '"';
    return quoted;
}

}  // namespace

namespace {

// A JSON string: the text in quotes, with quotes, backslashes and control characters escaped.
std::string json_string(const std::string& text) {
    std::string quoted(1, '"');
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            quoted += '\\';
            quoted += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned char>(c));
            quoted += escaped;
        } else {
            quoted += c;
        }
    }
    quoted += '"';
    return quoted;
}

// The FROM and WHERE of a search (entries s, e, t, r, g), and what to bind: the match
// expression in ?1, the one-character words from ?10, the filter in ?7 to ?9. nothing: a
// word the index shows nowhere, so that no entry can hold every word.
struct SearchSql {
    std::string from_where;
    std::string match;
    std::vector<std::string> scanned;
    bool nothing = false;
};

// True when the trigram tokenizer keeps every character of the word as it is (Han characters,
// digits, lower-case ASCII: what key forms hold), so that its vocabulary holds the word's
// trigrams spelled as the word is.
bool indexed_as_written(std::string_view word) {
    for (std::size_t pos = 0; pos < word.size();) {
        const char32_t cp = utf8::next(word, pos);
        const bool ascii_kept = cp < 0x80 && !(cp >= 'A' && cp <= 'Z');
        if (!ascii_kept && !utf8::is_han(cp)) return false;
    }
    return true;
}

// A two-character word as the OR of the indexed trigrams that begin with it (every
// occurrence begins one: search_index.hpp), read from a range of the index's vocabulary; ""
// when there are none.
std::string two_character_match(Database& db, const std::string& word) {
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.entry_search_vocabulary USING fts5vocab(main, entry_search, 'row')");
    Statement trigrams = db.prepare("SELECT term FROM temp.entry_search_vocabulary WHERE term >= ?1 AND term < ?2");
    std::string after = word;
    after.push_back('\xFF');  // above every UTF-8 continuation of the word
    trigrams.bind_text(1, word).bind_text(2, after);
    std::string any;
    while (trigrams.step()) {
        any += any.empty() ? "(" : " OR ";
        any += fts_string(trigrams.column_text(0));
    }
    return any.empty() ? any : any + ")";
}

SearchSql search_sql(Database& db, const SearchQuery& query) {
    if (query.words.empty()) throw usage_error("search needs at least one word");
    if (!query.in_terms && !query.in_definitions) throw usage_error("search must look in terms, definitions or both");
    const std::string columns = query.in_terms && query.in_definitions ? "{term definition}"
                                : query.in_terms                       ? "term"
                                                                       : "definition";
    SearchSql sql;
    std::string words;
    for (const std::string& word : query.words) {
        if (word.empty()) throw usage_error("search words must hold a letter, digit or character");
        const std::size_t length = utf8::length(word);
        if (length >= 3) {
            words += (words.empty() ? "" : " AND ") + fts_string(word);
        } else if (length == 2 && indexed_as_written(word)) {
            const std::string any = two_character_match(db, word);
            if (any.empty()) sql.nothing = true;
            words += (words.empty() ? "" : " AND ") + any;
        } else {
            sql.scanned.push_back(word);
        }
    }
    if (!words.empty()) sql.match = columns + " : (" + words + ")";
    sql.from_where =
        " FROM entry_search s JOIN entries e ON e.id = s.rowid JOIN terms t ON t.id = e.term_id"
        " JOIN reports r ON r.id = e.report_id" + store_sql::region_name_joins + " WHERE " +
        store_sql::report_filter_condition(query.reports);
    if (!sql.match.empty()) sql.from_where += " AND entry_search MATCH ?1";
    for (std::size_t i = 0; i < sql.scanned.size(); ++i) {
        std::string p(1, '?');
        p += std::to_string(10 + i);
        std::string in;
        if (query.in_terms) in += "instr(s.term, " + p + ") > 0";
        if (query.in_definitions) in += std::string(in.empty() ? "" : " OR ") + "instr(s.definition, " + p + ") > 0";
        sql.from_where += " AND (" + in + ")";
    }
    return sql;
}

void bind_search(Statement& statement, const SearchQuery& query, const SearchSql& sql) {
    store_sql::bind_report_filter(statement, query.reports);
    if (!sql.match.empty()) statement.bind_text(1, sql.match);
    for (std::size_t i = 0; i < sql.scanned.size(); ++i) statement.bind_text(static_cast<int>(10 + i), sql.scanned[i]);
}

}  // namespace

std::vector<SearchTerm> Store::search_terms(const SearchQuery& query) const {
    const SearchSql sql = search_sql(*db_, query);
    if (sql.nothing) return {};
    Statement statement = db_->prepare("SELECT t.key, " + label_sql::label("t") +
                                       ", count(*), count(DISTINCT r.region_code)" + sql.from_where +
                                       " GROUP BY e.term_id ORDER BY t.key");
    bind_search(statement, query, sql);
    std::vector<SearchTerm> terms;
    while (statement.step()) {
        terms.push_back({statement.column_text(0), statement.column_optional_text(1).value_or(statement.column_text(0)),
                         statement.column_int(2), statement.column_int(3)});
    }
    return terms;
}

std::vector<SearchHit> Store::search(const SearchQuery& query, const std::vector<std::string>& keys) const {
    const SearchSql sql = search_sql(*db_, query);
    if (sql.nothing) return {};
    std::string keys_json = "[";
    for (const std::string& key : keys) {
        if (keys_json.size() > 1) keys_json += ',';
        keys_json += json_string(key);
    }
    keys_json += "]";
    Statement statement = db_->prepare("SELECT t.key, e.term, e.definition, r.file, r.region_code, " + std::string(store_sql::region_name_column) + ", r.year" +
                                       sql.from_where + (keys.empty() ? "" : " AND t.key IN (SELECT value FROM json_each(?6))") +
                                       " ORDER BY t.key, r.year IS NULL, r.year, r.file, e.seq");
    bind_search(statement, query, sql);
    if (!keys.empty()) statement.bind_text(6, keys_json);
    std::vector<SearchHit> hits;
    while (statement.step()) {
        hits.push_back({statement.column_text(0), statement.column_text(1), statement.column_text(2),
                        statement.column_text(3), statement.column_optional_text(4),
                        statement.column_optional_text(5).value_or(""), statement.column_optional_int(6)});
    }
    return hits;
}

void Store::body_of_each(const ReportFilter& filter, const std::function<void(BodyRow&)>& visit) const {
    Statement statement = db_->prepare(
        "SELECT r.file, r.region_code, " + std::string(store_sql::region_name_column) +
        ", r.year, x.body FROM reports r JOIN report_texts x ON x.report_id = r.id" + store_sql::region_name_joins + " WHERE " +
        store_sql::report_filter_condition(filter) +
        " ORDER BY r.file");
    store_sql::bind_report_filter(statement, filter);
    while (statement.step()) {
        BodyRow row{statement.column_text(0), statement.column_optional_text(1),
                    statement.column_optional_text(2).value_or(""), statement.column_optional_int(3),
                    statement.column_text(4)};
        visit(row);
    }
}

namespace {

// A report's region as named and placed in its year, and the report's id and year.
struct FiledReport {
    RegionPath region;
    long long id = 0;
    std::optional<int> year;
};

// The distinct terms the entries of these reports define.
int distinct_terms(Database& db, const std::vector<long long>& report_ids) {
    std::string ids = "[";
    for (const long long id : report_ids) {
        if (ids.size() > 1) ids += ',';
        ids += std::to_string(id);
    }
    Statement statement = db.prepare(
        "SELECT count(DISTINCT term_id) FROM entries WHERE report_id IN (SELECT value FROM json_each(?1))");
    statement.bind_text(1, ids + "]");
    return statement.step() ? statement.column_int(0) : 0;
}

}  // namespace

// Counted by code along the index of reports by region (no sort of every entry), and each
// report's region named as in its year beside it; only a code whose reports knew it by
// several names (420600: 襄樊市 in 2009, 襄阳市 in 2015), a few in a corpus, is counted again
// per name.
std::vector<RegionRow> Store::regions(const ReportFilter& filter) const {
    const std::string condition = " WHERE r.region_code IS NOT NULL AND " + store_sql::report_filter_condition(filter);
    std::map<std::string, std::vector<FiledReport>> filed;  // by code
    {
        Statement statement = db_->prepare(std::string("SELECT r.id, r.year, ") + store_sql::region_columns +
                                           " FROM reports r" + store_sql::region_joins + condition);
        store_sql::bind_report_filter(statement, filter);
        while (statement.step()) {
            FiledReport report{read_region(statement, 2).value(), statement.column_int64(0), statement.column_optional_int(1)};
            filed[report.region.code].push_back(std::move(report));
        }
    }
    Statement statement = db_->prepare("SELECT r.region_code, count(DISTINCT e.term_id)"
                                       " FROM reports r LEFT JOIN entries e ON e.report_id = r.id" + condition +
                                       " GROUP BY r.region_code ORDER BY r.region_code");
    store_sql::bind_report_filter(statement, filter);
    std::vector<RegionRow> rows;
    while (statement.step()) {
        const std::vector<FiledReport>& reports = filed.at(statement.column_text(0));
        // The reports of each name and place of the code (ordered by their first year below).
        std::vector<std::pair<const RegionPath*, std::vector<const FiledReport*>>> names;
        for (const FiledReport& report : reports) {
            const auto same = [&](const auto& name) { return name.first->full_name() == report.region.full_name(); };
            auto at = std::find_if(names.begin(), names.end(), same);
            if (at == names.end()) at = names.insert(names.end(), {&report.region, {}});
            at->second.push_back(&report);
        }
        for (const auto& [region, members] : names) {
            RegionRow row;
            row.region = *region;
            row.reports = static_cast<int>(members.size());
            std::vector<long long> ids;
            for (const FiledReport* report : members) {
                ids.push_back(report->id);
                if (report->year) row.years.push_back(*report->year);
            }
            row.terms = names.size() == 1 ? statement.column_int(1) : distinct_terms(*db_, ids);
            std::sort(row.years.begin(), row.years.end());
            row.years.erase(std::unique(row.years.begin(), row.years.end()), row.years.end());
            rows.push_back(std::move(row));
        }
        const auto first_year = [](const RegionRow& row) { return row.years.empty() ? 0 : row.years.front(); };
        std::stable_sort(rows.end() - static_cast<std::ptrdiff_t>(names.size()), rows.end(),
                         [&](const RegionRow& a, const RegionRow& b) { return first_year(a) < first_year(b); });
    }
    return rows;
}

std::vector<std::string> Store::term_keys() const {
    Statement statement = db_->prepare("SELECT key FROM terms ORDER BY key");
    std::vector<std::string> keys;
    while (statement.step()) keys.push_back(statement.column_text(0));
    return keys;
}

std::vector<std::string> Store::term_keys_starting_with(const std::string& prefix) const {
    // A range of the unique index on key: every key from prefix up to prefix followed by the
    // largest byte UTF-8 never uses.
    Statement statement = db_->prepare("SELECT key FROM terms WHERE key >= ?1 AND key < ?2 ORDER BY key");
    statement.bind_text(1, prefix).bind_text(2, prefix + "\xFF");
    std::vector<std::string> keys;
    while (statement.step()) keys.push_back(statement.column_text(0));
    return keys;
}

}  // namespace glossgraph
