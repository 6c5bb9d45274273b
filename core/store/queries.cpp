// The queries of the command line over reports, entries, terms, regions, mentions and
// relations (search: queries_search.cpp; damaged runs: queries_damage.cpp).
#include "core/store/queries.hpp"

#include "core/errors.hpp"
#include "core/store/database.hpp"
#include "core/store/queries_sql.hpp"
#include "core/text/normalize.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
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

// The offsets join_offsets wrote. Anything else in the column is damage (a hand-edited or
// damaged file), said as such with how to recover, never "unexpected error: stoull".
std::vector<std::size_t> split_offsets(const std::string& text, const Database& db) {
    std::vector<std::size_t> offsets;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t comma = text.find(',', pos);
        if (comma == std::string::npos) comma = text.size();
        std::size_t offset = 0;
        const auto [end, fault] = std::from_chars(text.data() + pos, text.data() + comma, offset);
        if (fault != std::errc() || end != text.data() + comma) {
            throw store_error(db.path() + ": the database is damaged (a mention's offsets are '" + text.substr(0, 40) +
                                  "', not byte offsets). " + recovery_advice(db.path()),
                              SQLITE_CORRUPT);
        }
        offsets.push_back(offset);
        pos = comma + 1;
    }
    return offsets;
}

// Binds a listing's report name (?1), term key (?2) and report filter, each when given.
void bind_scope(Statement& query, const std::optional<std::string>& report, const std::optional<std::string>& key,
                const ReportFilter& filter) {
    if (report) query.bind_text(1, *report);
    if (key) query.bind_text(2, *key);
    store_sql::bind_report_filter(query, filter);
}

}  // namespace

// The statements of the queries that do not depend on a filter's shape, compiled once when the
// store opens.
struct Queries::Statements {
    explicit Statements(Database& db)
        : report_named(db.prepare("SELECT 1 FROM reports WHERE file = ?1")),
          find_key(db.prepare("SELECT key FROM terms WHERE key = ?1")),
          find_written(db.prepare(
              "SELECT t.key FROM entries e JOIN terms t ON t.id = e.term_id WHERE e.term = ?1 ORDER BY t.key LIMIT 1")),
          body(db.prepare("SELECT x.body FROM report_texts x JOIN reports r ON r.id = x.report_id WHERE r.file = ?1")),
          stats(db.prepare(store_sql::stats_sql)),
          related(db.prepare(store_sql::related_sql())) {}

    Statement report_named;  // is a name taken
    Statement find_key;
    Statement find_written;
    Statement body;
    Statement stats;
    Statement related;
};

Queries::Queries(Database& db) : db_(db), statements_(std::make_unique<Statements>(db)) {}

Queries::~Queries() = default;

void store_sql::bind_report_filter(Statement& statement, const ReportFilter& filter) {
    if (filter.regions) {
        std::string codes = "[";  // codes are digits: nothing to escape
        for (const std::string& code : *filter.regions) codes += (codes.size() > 1 ? ",\"" : "\"") + code + "\"";
        statement.bind_text(7, codes + "]");
    }
    if (filter.since) statement.bind_int(8, *filter.since);
    if (filter.until) statement.bind_int(9, *filter.until);
}

bool Queries::has_report(const std::string& name) const { return first_text(statements_->report_named, name).has_value(); }

Statement& Queries::statement_for(const std::string& sql) const {
    std::unique_ptr<Statement>& statement = shaped_statements_[sql];
    if (!statement) statement = std::make_unique<Statement>(db_.prepare(sql));
    return *statement;
}

std::vector<ReportRow> Queries::reports(const ReportFilter& filter) const {
    Statement& query = statement_for(store_sql::reports_sql(store_sql::report_filter_condition(filter)));
    ScopedReset done(query);
    store_sql::bind_report_filter(query, filter);
    std::vector<ReportRow> rows;
    while (query.step()) rows.push_back(read_report(query));
    return rows;
}

std::vector<EntryRow> Queries::entries(const EntryFilter& filter) const {
    const store_sql::Scope scope = store_sql::scope_of(filter.report.has_value(), filter.key.has_value());
    Statement& query = statement_for(store_sql::entries_sql(scope, store_sql::report_filter_condition(filter.reports)));
    ScopedReset done(query);
    bind_scope(query, filter.report, filter.key, filter.reports);
    std::vector<EntryRow> rows;
    while (query.step()) rows.push_back(read_entry(query));
    return rows;
}

std::vector<TermRow> Queries::terms(const ReportFilter& filter) const {
    const std::string condition = store_sql::report_filter_condition(filter);
    return term_rows(statement_for(store_sql::terms_sql(false, condition)),
                     statement_for(store_sql::written_forms_sql(false, condition)), std::nullopt, filter);
}

std::optional<TermRow> Queries::term(const std::string& key, const ReportFilter& filter) const {
    const std::string condition = store_sql::report_filter_condition(filter);
    auto rows = term_rows(statement_for(store_sql::terms_sql(true, condition)),
                          statement_for(store_sql::written_forms_sql(true, condition)), key, filter);
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
}

std::optional<std::string> Queries::find_term(std::string_view query) const {
    const std::string key = term_key(query);
    if (!key.empty()) {
        if (auto found = first_text(statements_->find_key, key)) return found;
    }
    const std::string_view written = trim(query);
    if (written.empty()) return std::nullopt;
    return first_text(statements_->find_written, written);
}

StoreStats Queries::stats() const {
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

std::optional<std::string> Queries::body(const std::string& file) const {
    return first_text(statements_->body, file);
}

void Queries::body_of_each(const ReportFilter& filter, const std::function<void(BodyRow&)>& visit) const {
    Statement statement = db_.prepare(
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
std::vector<RegionRow> Queries::regions(const ReportFilter& filter) const {
    const std::string condition = " WHERE r.region_code IS NOT NULL AND " + store_sql::report_filter_condition(filter);
    std::map<std::string, std::vector<FiledReport>> filed;  // by code
    {
        Statement statement = db_.prepare(std::string("SELECT r.id, r.year, ") + store_sql::region_columns +
                                           " FROM reports r" + store_sql::region_joins + condition);
        store_sql::bind_report_filter(statement, filter);
        while (statement.step()) {
            FiledReport report{read_region(statement, 2).value(), statement.column_int64(0), statement.column_optional_int(1)};
            filed[report.region.code].push_back(std::move(report));
        }
    }
    Statement statement = db_.prepare("SELECT r.region_code, count(DISTINCT e.term_id)"
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
            row.terms = names.size() == 1 ? statement.column_int(1) : distinct_terms(db_, ids);
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

std::vector<std::string> Queries::term_keys() const {
    Statement statement = db_.prepare("SELECT key FROM terms ORDER BY key");
    std::vector<std::string> keys;
    while (statement.step()) keys.push_back(statement.column_text(0));
    return keys;
}

std::vector<std::string> Queries::term_keys_starting_with(const std::string& prefix) const {
    // A range of the unique index on key: every key from prefix up to prefix followed by the
    // largest byte UTF-8 never uses.
    Statement statement = db_.prepare("SELECT key FROM terms WHERE key >= ?1 AND key < ?2 ORDER BY key");
    statement.bind_text(1, prefix).bind_text(2, prefix + "\xFF");
    std::vector<std::string> keys;
    while (statement.step()) keys.push_back(statement.column_text(0));
    return keys;
}

std::vector<MentionRow> Queries::mentions(const MentionFilter& filter) const {
    const store_sql::Scope scope = store_sql::scope_of(filter.report.has_value(), filter.key.has_value());
    Statement& query = statement_for(store_sql::mentions_sql(scope, store_sql::report_filter_condition(filter.reports)));
    ScopedReset done(query);
    bind_scope(query, filter.report, filter.key, filter.reports);
    std::vector<MentionRow> rows;
    while (query.step()) {
        if (query.column_is_null(4)) continue;  // a term without entries has no label: as the view, no row
        rows.push_back({query.column_text(0), query.column_optional_text(1), query.column_optional_text(2).value_or(""),
                        query.column_optional_int(3), query.column_text(4), query.column_text(5), query.column_int(6),
                        query.column_int(7), query.column_int(8), query.column_int(9) != 0, query.column_int(10) != 0,
                        query.column_text(11), split_offsets(query.column_text(12), db_)});
    }
    return rows;
}

std::vector<RelatedTerm> Queries::related_terms(const std::string& key) const {
    Statement& query = statements_->related;
    ScopedReset done(query);
    query.bind_text(1, key);
    std::vector<RelatedTerm> rows;
    while (query.step()) {
        if (query.column_is_null(1)) continue;  // a term without entries has no label: as the view, no row
        rows.push_back({query.column_text(0), query.column_text(1), query.column_text(2), query.column_text(3)});
    }
    return rows;
}

}  // namespace glossgraph
