// GraphReader: the knowledge graph read in one consistent snapshot.
#include "core/store/graph_reader.hpp"

#include "core/errors.hpp"
#include "core/store/database.hpp"
#include "core/store/label_statements.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>

namespace glossgraph {
namespace {

// The regions of the reports `filed` selects (one column of codes), the regions their lines
// of history continue into (successors by every link but split_from, to today), and the
// ancestors of all of them: the common table expressions line and used.
std::string used_regions(const std::string& filed) {
    return "line(code) AS (" + filed +
           " UNION SELECT l.to_code FROM region_links l JOIN line ON l.from_code = line.code WHERE l.change <> 'split_from'),"
           " used(code) AS (SELECT code FROM line UNION"
           " SELECT g.parent_code FROM regions g JOIN used u ON g.code = u.code WHERE g.parent_code IS NOT NULL)";
}

constexpr const char* used_regions_select =
    " SELECT g.code, g.name, g.level, g.parent_code FROM regions g JOIN used u ON u.code = g.code ORDER BY g.code";

// The links between two of those regions. Joined, so that `used` is computed once (an IN
// over it ran the recursion again and again: 1.5 s on 15,000 reports, against 15 ms).
constexpr const char* used_links_select =
    " SELECT l.from_code, l.to_code, l.year, l.change FROM used a"
    " JOIN region_links l ON l.from_code = a.code JOIN used b ON b.code = l.to_code"
    " ORDER BY l.from_code, l.to_code, l.year";

// The names regions had before their names of today, under the same code: a few hundred in
// all of GB/T 2260's history, so read whole rather than through `used` once more.
constexpr const char* former_names_select =
    "SELECT n.code, n.name, n.until FROM region_names n JOIN regions g ON g.code = n.code"
    " WHERE n.name <> g.name AND n.until IS NOT NULL ORDER BY n.code, n.since";

const std::string used_by_reports =
    "WITH RECURSIVE " + used_regions("SELECT DISTINCT region_code FROM reports WHERE region_code IS NOT NULL");

constexpr const char* reports_sql =
    "SELECT file, title, year, delivered_on, speaker, script, region_code, damage FROM reports ORDER BY file";

// A term without entries has no label, and no row.
const std::string terms_sql = "SELECT key, label FROM (SELECT t.key AS key, " + label_sql::label("t") +
                              " AS label FROM terms t) WHERE label IS NOT NULL ORDER BY key";

constexpr const char* forms_sql =
    "SELECT DISTINCT t.key, e.term FROM entries e JOIN terms t ON t.id = e.term_id ORDER BY t.key, e.term";

constexpr const char* definitions_sql =
    "SELECT e.id, t.key, r.file, e.term, e.definition, e.footnote, e.damage FROM entries e"
    " JOIN terms t ON t.id = e.term_id JOIN reports r ON r.id = e.report_id ORDER BY t.key, r.file, e.id";

// The mentions as the table holds them, by ids, sorted in read_mentions: SQLite sorting two
// million joined rows by key and file spilled to disk and took 12 s on 15,000 reports, where
// this read and a sort in memory take about 2.
constexpr const char* mentions_sql = "SELECT term_id, report_id, count, quoted, anchored FROM mentions";
constexpr const char* term_ids_sql = "SELECT id, key FROM terms";
constexpr const char* report_ids_sql = "SELECT id, file FROM reports";
constexpr const char* defining_sql = "SELECT DISTINCT report_id, term_id FROM entries";

// Relations of the definitions, and broader from the footnote structure (narrower -> head).
constexpr const char* relations_sql = R"sql(
SELECT f.key, t.key, x.kind, x.rule FROM relations x
JOIN terms f ON f.id = x.from_term JOIN terms t ON t.id = x.to_term
UNION
SELECT n.key, h.key, 'broader', 'footnote ' || e.footnote || ' of ' || r.file FROM entries e
JOIN entries he ON he.id = e.parent_id JOIN terms n ON n.id = e.term_id JOIN terms h ON h.id = he.term_id
JOIN reports r ON r.id = e.report_id
WHERE n.id <> h.id
ORDER BY 1, 2, 3, 4
)sql";

// The terms that one term's comparison reads (term_graph_data): the term keyed ?1 and, when ?2
// is 1, every term reached from it over variant relations either way. UNION keeps the walk
// finite on cycles.
constexpr const char* closure_cte = R"sql(
WITH RECURSIVE closure(id) AS (
    SELECT id FROM terms WHERE key = ?1
    UNION
    SELECT x.to_term FROM relations x JOIN closure c ON x.from_term = c.id
    WHERE ?2 AND x.kind IN ('variant_suffix', 'variant_numeral', 'variant_expansion')
    UNION
    SELECT x.from_term FROM relations x JOIN closure c ON x.to_term = c.id
    WHERE ?2 AND x.kind IN ('variant_suffix', 'variant_numeral', 'variant_expansion'))
)sql";

// What graph_data's statements read, for the terms of the closure only.
const std::string closure_terms_sql =
    "SELECT t.key, " + label_sql::label("t") + " FROM closure c JOIN terms t ON t.id = c.id ORDER BY t.key";

constexpr const char* closure_forms_sql =
    "SELECT DISTINCT t.key, e.term FROM closure c JOIN terms t ON t.id = c.id JOIN entries e ON e.term_id = t.id"
    " ORDER BY t.key, e.term";

constexpr const char* closure_definitions_sql =
    "SELECT e.id, t.key, r.file, e.term, e.definition, e.footnote, e.damage FROM closure c JOIN terms t ON t.id = c.id"
    " JOIN entries e ON e.term_id = t.id JOIN reports r ON r.id = e.report_id ORDER BY t.key, r.file, e.id";

constexpr const char* closure_reports_sql =
    "SELECT DISTINCT r.file, r.title, r.year, r.delivered_on, r.speaker, r.script, r.region_code, r.damage"
    " FROM closure c JOIN entries e ON e.term_id = c.id JOIN reports r ON r.id = e.report_id ORDER BY r.file";

const std::string closure_used =
    ", " + used_regions("SELECT DISTINCT r.region_code FROM closure c JOIN entries e ON e.term_id = c.id"
                        " JOIN reports r ON r.id = e.report_id WHERE r.region_code IS NOT NULL");

constexpr const char* closure_relations_sql =
    "SELECT f.key, t.key, x.kind, x.rule FROM relations x JOIN closure a ON a.id = x.from_term"
    " JOIN closure b ON b.id = x.to_term JOIN terms f ON f.id = x.from_term JOIN terms t ON t.id = x.to_term"
    " WHERE x.kind IN ('variant_suffix', 'variant_numeral', 'variant_expansion') ORDER BY 1, 2, 3, 4";

// The level column holds to_string() of a level (the schema's CHECK says which).
RegionLevel level_of(const std::string& text) { return parse_region_level(text).value_or(RegionLevel::county); }

// A row of relations_sql or closure_relations_sql, unless its kind is one glossgraph does not
// know: the schema's CHECK refuses such a row, but a hand edit made with PRAGMA
// ignore_check_constraints can store one, and it is left out.
void read_relation(const Statement& row, std::vector<GraphRelation>& relations) {
    RelationKind kind{};
    try {
        kind = parse_relation_kind(row.column_text(2));
    } catch (const std::invalid_argument&) {
        return;
    }
    relations.push_back({row.column_text(0), row.column_text(1), kind, row.column_text(3)});
}

template <typename Read>
void each_row(Database& db, const std::string& sql, Read&& read) {
    Statement query = db.prepare(sql);
    while (query.step()) read(query);
}

// each_row for a statement of the closure of key (closure_cte before sql).
template <typename Read>
void each_closure_row(Database& db, const std::string& sql, const std::string& key, bool variants, Read&& read) {
    Statement query = db.prepare(std::string(closure_cte) + sql);
    query.bind_text(1, key).bind_int(2, variants ? 1 : 0);
    while (query.step()) read(query);
}

Region read_region(const Statement& row) {
    return {row.column_text(0), row.column_text(1), level_of(row.column_text(2)), row.column_optional_text(3).value_or("")};
}

GraphReport read_report(const Statement& row) {
    return {row.column_text(0), row.column_text(1), row.column_optional_int(2), row.column_optional_text(3),
            row.column_optional_text(4), parse_script(row.column_text(5)), row.column_optional_text(6).value_or(""),
            parse_damage(row.column_text(7))};
}

GraphDefinition read_definition(const Statement& row) {
    return {row.column_int64(0), row.column_text(1), row.column_text(2), row.column_text(3), row.column_text(4),
            row.column_optional_int(5), parse_damage(row.column_text(6))};
}

void read_terms(Database& db, GraphData& data) {
    each_row(db, terms_sql, [&](const Statement& row) { data.terms.push_back({row.column_text(0), row.column_text(1), {}}); });
    std::size_t at = 0;
    each_row(db, forms_sql, [&](const Statement& row) {
        const std::string key = row.column_text(0);
        while (at < data.terms.size() && data.terms[at].key < key) ++at;
        if (at < data.terms.size() && data.terms[at].key == key) data.terms[at].written_forms.push_back(row.column_text(1));
    });
}

// A region's chain of parents is at most three long (county, prefecture, province); a longer
// one, or a loop, is a damaged or hand-edited regions table, and every walk up or down the
// tree would go round it for ever.
constexpr std::size_t kMaxRegionDepth = 8;

// Throws store_error (SQLITE_CORRUPT, so the message says the database is damaged and how to
// recover) naming the regions whose parent codes loop or nest too deep. Linear in the regions.
void check_region_tree(const std::vector<Region>& regions, const std::string& path) {
    std::unordered_map<std::string_view, std::string_view> parent;
    for (const Region& region : regions) parent.emplace(region.code, region.parent_code);
    std::unordered_set<std::string_view> sound;  // regions whose chain is known to end well
    for (const Region& region : regions) {
        std::vector<std::string_view> chain;
        std::string_view code = region.code;
        while (!code.empty() && parent.contains(code) && !sound.contains(code)) {
            const bool loops = std::find(chain.begin(), chain.end(), code) != chain.end();
            chain.push_back(code);
            if (loops || chain.size() > kMaxRegionDepth) {
                std::string shown;
                for (const std::string_view c : chain) shown.append(shown.empty() ? "" : " -> ").append(c);
                throw store_error(path + ": the database is damaged (regions: the parent codes " +
                                      (loops ? "form a cycle: " : "nest deeper than " + std::to_string(kMaxRegionDepth) + " levels: ") +
                                      shown + "). " + recovery_advice(path),
                                  SQLITE_CORRUPT);
            }
            code = parent.at(code);
        }
        for (const std::string_view c : chain) sound.insert(c);
    }
}

RegionLink read_region_link(const Statement& row) {
    const std::optional<RegionChange> change = parse_region_change(row.column_text(3));
    return {row.column_text(0), row.column_text(1), row.column_int(2), change.value_or(RegionChange::split_from)};
}

// The regions of graph_data and imported_regions, with the links between them.
void read_regions(Database& db, GraphData& data) {
    each_row(db, used_by_reports + used_regions_select, [&](const Statement& row) { data.regions.push_back(read_region(row)); });
    check_region_tree(data.regions, db.path());
    each_row(db, used_by_reports + used_links_select,
             [&](const Statement& row) { data.region_links.push_back(read_region_link(row)); });
    each_row(db, former_names_select, [&](const Statement& row) {
        const std::string code = row.column_text(0);
        const auto at = std::lower_bound(data.regions.begin(), data.regions.end(), code,
                                         [](const Region& region, const std::string& c) { return region.code < c; });
        if (at != data.regions.end() && at->code == code)
            data.former_region_names.push_back({code, row.column_text(1), row.column_int(2)});
    });
}

// Each id of a table of names (terms by key, reports by file) with its name's rank in byte
// order, so that mentions sort by two integers instead of two strings. Row ids are dense in
// practice, and then looked up in a vector; a table with far-apart ids falls back to a map.
class RankedNames {
public:
    RankedNames(Database& db, const char* sql) {
        std::vector<std::pair<std::string, long long>> rows;
        each_row(db, sql, [&](const Statement& row) { rows.emplace_back(row.column_text(1), row.column_int64(0)); });
        std::sort(rows.begin(), rows.end());
        long long largest = 0;
        for (const auto& row : rows) largest = std::max(largest, row.second);
        dense_ = largest >= 0 && static_cast<std::size_t>(largest) <= 4 * rows.size() + 1024;
        if (dense_) by_id_.assign(static_cast<std::size_t>(largest) + 1, kNone);
        names_.reserve(rows.size());
        for (auto& [name, id] : rows) {
            const auto rank = static_cast<std::uint32_t>(names_.size());
            if (dense_ && id >= 0) by_id_[static_cast<std::size_t>(id)] = rank;
            else sparse_.emplace(id, rank);
            names_.push_back(std::move(name));
        }
    }

    std::optional<std::uint32_t> rank(long long id) const {
        if (dense_ && id >= 0) {
            if (static_cast<std::size_t>(id) >= by_id_.size() || by_id_[static_cast<std::size_t>(id)] == kNone) return std::nullopt;
            return by_id_[static_cast<std::size_t>(id)];
        }
        const auto found = sparse_.find(id);
        return found == sparse_.end() ? std::nullopt : std::optional<std::uint32_t>(found->second);
    }

    const std::string& name(std::uint32_t rank) const { return names_[rank]; }

private:
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
    std::vector<std::string> names_;  // sorted
    bool dense_ = false;
    std::vector<std::uint32_t> by_id_;
    std::unordered_map<long long, std::uint32_t> sparse_;
};

// A row by the ranks of its term's key and its report's file.
struct RankedPair {
    std::uint32_t key;
    std::uint32_t file;
    auto operator<=>(const RankedPair&) const = default;
};

struct RankedMention {
    RankedPair at;
    int count;
    bool quoted;
    bool anchored;
};

// Every mention with its term's key and report's file, and whether that report defines the
// term too; by key, then file, as GraphData documents.
void read_mentions(Database& db, GraphData& data) {
    const RankedNames keys(db, term_ids_sql), files(db, report_ids_sql);
    std::vector<RankedMention> mentions;
    each_row(db, "SELECT count(*) FROM mentions",
             [&](const Statement& row) { mentions.reserve(static_cast<std::size_t>(row.column_int64(0))); });
    each_row(db, mentions_sql, [&](const Statement& row) {
        const auto key = keys.rank(row.column_int64(0));
        const auto file = files.rank(row.column_int64(1));
        if (!key || !file) return;  // an orphan row: the joins left it out too
        mentions.push_back({{*key, *file}, row.column_int(2), row.column_int(3) > 0, row.column_int(4) != 0});
    });
    std::sort(mentions.begin(), mentions.end(), [](const RankedMention& a, const RankedMention& b) { return a.at < b.at; });
    std::vector<RankedPair> defining;
    each_row(db, defining_sql, [&](const Statement& row) {
        const auto file = files.rank(row.column_int64(0));
        const auto key = keys.rank(row.column_int64(1));
        if (key && file) defining.push_back({*key, *file});
    });
    std::sort(defining.begin(), defining.end());
    // Reserved whole: a large store has millions, and growing by doubling would hold up to twice
    // their memory at once.
    data.mentions.reserve(mentions.size());
    auto defined = defining.begin();
    for (const RankedMention& m : mentions) {
        while (defined != defining.end() && *defined < m.at) ++defined;
        const bool defines = defined != defining.end() && *defined == m.at;
        data.mentions.push_back({keys.name(m.at.key), files.name(m.at.file), m.count, m.quoted, m.anchored, defines});
    }
}

}  // namespace

GraphData GraphReader::graph_data(WithMentions with_mentions) const {
    GraphData data;
    Transaction snapshot(db_, Transaction::Mode::deferred);
    read_regions(db_, data);
    each_row(db_, reports_sql, [&](const Statement& row) { data.reports.push_back(read_report(row)); });
    read_terms(db_, data);
    each_row(db_, definitions_sql, [&](const Statement& row) { data.definitions.push_back(read_definition(row)); });
    if (with_mentions == WithMentions::yes) read_mentions(db_, data);
    each_row(db_, relations_sql, [&](const Statement& row) { read_relation(row, data.relations); });
    return data;
}

GraphData GraphReader::imported_regions() const {
    GraphData data;
    // One snapshot for both statements, unless the caller holds one already (read_snapshot).
    std::optional<Transaction> snapshot;
    if (db_.autocommit()) snapshot.emplace(db_, Transaction::Mode::deferred);
    read_regions(db_, data);
    return data;
}

GraphData GraphReader::definitions_data() const {
    GraphData data;
    Transaction snapshot(db_, Transaction::Mode::deferred);
    read_regions(db_, data);
    each_row(db_, reports_sql, [&](const Statement& row) { data.reports.push_back(read_report(row)); });
    each_row(db_, definitions_sql, [&](const Statement& row) {
        data.definitions.push_back(read_definition(row));
        if (data.terms.empty() || data.terms.back().key != data.definitions.back().term_key)
            data.terms.push_back({data.definitions.back().term_key, "", {}});
    });
    return data;
}

std::vector<std::string> GraphReader::labels(const std::vector<std::string>& keys) const {
    Statement query = db_.prepare("SELECT " + label_sql::label_of("t.id") + " FROM terms t WHERE t.key = ?1");
    std::vector<std::string> labels;
    for (const std::string& key : keys) {
        ScopedReset reset(query);
        query.bind_text(1, key);
        labels.push_back(query.step() && !query.column_is_null(0) ? query.column_text(0) : key);
    }
    return labels;
}

GraphData GraphReader::term_graph_data(const std::string& key, bool include_variants) const {
    GraphData data;
    Transaction snapshot(db_, Transaction::Mode::deferred);
    Database& db = db_;
    const bool v = include_variants;
    each_closure_row(db, closure_used + used_regions_select, key, v,
                     [&](const Statement& row) { data.regions.push_back(read_region(row)); });
    check_region_tree(data.regions, db_.path());
    each_closure_row(db, closure_used + used_links_select, key, v,
                     [&](const Statement& row) { data.region_links.push_back(read_region_link(row)); });
    each_closure_row(db, closure_reports_sql, key, v, [&](const Statement& row) { data.reports.push_back(read_report(row)); });
    each_closure_row(db, closure_terms_sql, key, v, [&](const Statement& row) {
        if (!row.column_is_null(1)) data.terms.push_back({row.column_text(0), row.column_text(1), {}});  // as term_labels
    });
    std::size_t at = 0;
    each_closure_row(db, closure_forms_sql, key, v, [&](const Statement& row) {
        const std::string term_key = row.column_text(0);
        while (at < data.terms.size() && data.terms[at].key < term_key) ++at;
        if (at < data.terms.size() && data.terms[at].key == term_key) data.terms[at].written_forms.push_back(row.column_text(1));
    });
    each_closure_row(db, closure_definitions_sql, key, v, [&](const Statement& row) { data.definitions.push_back(read_definition(row)); });
    each_closure_row(db, closure_relations_sql, key, v, [&](const Statement& row) { read_relation(row, data.relations); });
    return data;
}

}  // namespace glossgraph
