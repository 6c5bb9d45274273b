// Queries::search and search_terms: entries found through the trigram index (entry_search).
#include "core/errors.hpp"
#include "core/store/database.hpp"
#include "core/store/label_statements.hpp"
#include "core/store/queries.hpp"
#include "core/store/queries_sql.hpp"
#include "core/text/utf8.hpp"

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {
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

std::vector<SearchTerm> Queries::search_terms(const SearchQuery& query) const {
    const SearchSql sql = search_sql(db_, query);
    if (sql.nothing) return {};
    Statement statement = db_.prepare("SELECT t.key, " + label_sql::label("t") +
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

std::vector<SearchHit> Queries::search(const SearchQuery& query, const std::vector<std::string>& keys) const {
    const SearchSql sql = search_sql(db_, query);
    if (sql.nothing) return {};
    std::string keys_json = "[";
    for (const std::string& key : keys) {
        if (keys_json.size() > 1) keys_json += ',';
        keys_json += json_string(key);
    }
    keys_json += "]";
    Statement statement = db_.prepare("SELECT t.key, e.term, e.definition, r.file, r.region_code, " + std::string(store_sql::region_name_column) + ", r.year" +
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

}  // namespace glossgraph
