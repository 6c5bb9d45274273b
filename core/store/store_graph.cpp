// Store::graph_data: the knowledge graph read in one consistent snapshot.
#include "core/errors.hpp"
#include "core/store/database.hpp"
#include "core/store/label_statements.hpp"
#include "core/store/store.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace glossgraph {
namespace {

constexpr const char* regions_sql = R"sql(
WITH RECURSIVE used(code) AS (
    SELECT DISTINCT region_code FROM reports WHERE region_code IS NOT NULL
    UNION
    SELECT g.parent_code FROM regions g JOIN used u ON g.code = u.code WHERE g.parent_code IS NOT NULL)
SELECT g.code, g.name, g.level, g.parent_code FROM regions g JOIN used u ON u.code = g.code ORDER BY g.code
)sql";

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

constexpr const char* mentions_sql =
    "SELECT t.key, r.file, m.count, m.quoted, m.anchored,"
    " EXISTS (SELECT 1 FROM entries e WHERE e.report_id = r.id AND e.term_id = t.id)"
    " FROM mentions m JOIN terms t ON t.id = m.term_id JOIN reports r ON r.id = m.report_id ORDER BY t.key, r.file";

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

constexpr const char* closure_regions_sql = R"sql(,
used(code) AS (
    SELECT DISTINCT r.region_code FROM closure c JOIN entries e ON e.term_id = c.id JOIN reports r ON r.id = e.report_id
    WHERE r.region_code IS NOT NULL
    UNION
    SELECT g.parent_code FROM regions g JOIN used u ON g.code = u.code WHERE g.parent_code IS NOT NULL)
SELECT g.code, g.name, g.level, g.parent_code FROM regions g JOIN used u ON u.code = g.code ORDER BY g.code
)sql";

constexpr const char* closure_relations_sql =
    "SELECT f.key, t.key, x.kind, x.rule FROM relations x JOIN closure a ON a.id = x.from_term"
    " JOIN closure b ON b.id = x.to_term JOIN terms f ON f.id = x.from_term JOIN terms t ON t.id = x.to_term"
    " WHERE x.kind IN ('variant_suffix', 'variant_numeral', 'variant_expansion') ORDER BY 1, 2, 3, 4";

RegionLevel level_of(const std::string& text) {
    if (text == "province") return RegionLevel::province;
    if (text == "prefecture") return RegionLevel::prefecture;
    return RegionLevel::county;
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

GraphRegion read_region(const Statement& row) {
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
void check_region_tree(const std::vector<GraphRegion>& regions, const std::string& path) {
    std::unordered_map<std::string_view, std::string_view> parent;
    for (const GraphRegion& region : regions) parent.emplace(region.code, region.parent_code);
    std::unordered_set<std::string_view> sound;  // regions whose chain is known to end well
    for (const GraphRegion& region : regions) {
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

}  // namespace

GraphData Store::graph_data(WithMentions with_mentions) const {
    GraphData data;
    Transaction snapshot(*db_, Transaction::Mode::deferred);
    each_row(*db_, regions_sql, [&](const Statement& row) { data.regions.push_back(read_region(row)); });
    check_region_tree(data.regions, db_->path());
    each_row(*db_, reports_sql, [&](const Statement& row) { data.reports.push_back(read_report(row)); });
    read_terms(*db_, data);
    each_row(*db_, definitions_sql, [&](const Statement& row) { data.definitions.push_back(read_definition(row)); });
    if (with_mentions == WithMentions::yes) each_row(*db_, mentions_sql, [&](const Statement& row) {
        data.mentions.push_back({row.column_text(0), row.column_text(1), row.column_int(2), row.column_int(3) > 0,
                                 row.column_int(4) != 0, row.column_int(5) != 0});
    });
    each_row(*db_, relations_sql, [&](const Statement& row) {
        data.relations.push_back({row.column_text(0), row.column_text(1), row.column_text(2), row.column_text(3)});
    });
    return data;
}

std::vector<GraphRegion> Store::imported_regions() const {
    std::vector<GraphRegion> regions;
    each_row(*db_, regions_sql, [&](const Statement& row) { regions.push_back(read_region(row)); });
    check_region_tree(regions, db_->path());
    return regions;
}

GraphData Store::term_graph_data(const std::string& key, bool include_variants) const {
    GraphData data;
    Transaction snapshot(*db_, Transaction::Mode::deferred);
    Database& db = *db_;
    const bool v = include_variants;
    each_closure_row(db, closure_regions_sql, key, v, [&](const Statement& row) { data.regions.push_back(read_region(row)); });
    check_region_tree(data.regions, db_->path());
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
    each_closure_row(db, closure_relations_sql, key, v, [&](const Statement& row) {
        data.relations.push_back({row.column_text(0), row.column_text(1), row.column_text(2), row.column_text(3)});
    });
    return data;
}

}  // namespace glossgraph
