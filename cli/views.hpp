#pragma once
// The JSON shapes of the read commands. Keys keep the order they are written in, so
// output is stable byte for byte; absent values are null.
#include "core/compare/diff.hpp"
#include "core/graph/centrality.hpp"
#include "core/graph/copied.hpp"
#include "core/graph/drift.hpp"
#include "core/graph/families.hpp"
#include "core/graph/lineage.hpp"
#include "core/graph/region_compare.hpp"
#include "core/graph/spread.hpp"
#include "core/graph/term_diff.hpp"
#include "core/graph/timeline.hpp"
#include "core/store/graph_reader.hpp"
#include "core/store/queries.hpp"
#include "core/store/store.hpp"
#include "core/text/keyword_in_context.hpp"

#include <nlohmann/json.hpp>

#include <functional>
#include <iosfwd>

namespace glossgraph {

using Json = nlohmann::ordered_json;

Json to_json(const ReportRow& report);
Json to_json(const EntryRow& entry);
Json to_json(const TermRow& term);
Json to_json(const StoreStats& stats);
Json to_json(const MentionRow& mention);
Json to_json(const RelatedTerm& related);
// A use of a term in a report: region_code, region, year, report.
Json to_json(const TermUse& use);
// Each province's first use: to_json of the use, with province_code and province.
Json to_json(const std::vector<ProvinceFirst>& firsts);
// "first definer in each province" and a table of them, after a blank line; nothing when none.
void print_first_in_province(const std::vector<ProvinceFirst>& firsts, std::ostream& out);

// The analyses of the graph (compare, central, families, differing, drifting).
// A term's label in data, or its key when data lacks it.
std::string term_label(const GraphData& data, const std::string& key);
// The labels of the keys joined by 、, or "-" for none.
std::string term_labels(const GraphData& data, const std::vector<std::string>& keys);
// [{"term", "key"}] for each key.
Json terms_json(const GraphData& data, const std::vector<std::string>& keys);
// value with that many decimals: fixed_decimals(0.12345, 3) is "0.123".
std::string fixed_decimals(double value, int decimals);
// compare: region_a, region_b, the four lists of terms, differences, year, jaccard.
Json to_json(const GraphData& data, const RegionComparison& comparison, const Region& a, const Region& b,
             std::optional<int> year);
Json to_json(const CentralTerm& term);
// {"size", "terms"}: the family's terms by terms_json.
Json to_json(const GraphData& data, const TermFamily& family);
Json to_json(const DifferingTerm& term);
Json to_json(const DriftingTerm& term);
// A damaged run (glossgraph damage): report, line, column, written, repaired, damaged, before, after.
Json to_json(const DamagedRunRow& row);

// The commands about one term or its uses (cli/term_views.cpp).
// show: a definition in defined_by (report, region_code, region, year, term, definition,
// marker, footnote, parent, damage), a mention in mentioned_by (report, region_code, region,
// year, count, quoted, anchored, defines, via), and the related terms grouped the way show
// prints them: variants (every variant_* kind, with its kind), family, broader, narrower,
// refers_to, referred_by.
Json definition_json(const EntryRow& entry);
Json mention_json(const MentionRow& mention);
Json related_json(const std::vector<RelatedTerm>& related);
// diff: a reading, its regions, its similarity to the main reading and its diff against it.
Json reading_json(const TermReading& reading);
// drift: a region's definitions by year, each against its previous one.
Json drift_json(const RegionDrift& drift);
// lineage: a definition with its source (derived_from), relation, direction, similarity, diff.
Json definition_json(const Lineage& lineage, const LineageEntry& entry);
// spread: the regions of each level, and all.
Json counts_json(const LevelCounts& counts);
// The name of the region of that code in regions, or "" when it has none.
std::string region_name(const GraphData& regions, const std::string& code);
// terms: the codes a term's reports were filed under, with their names in regions.
Json filed_under_json(const GraphData& regions, const TermRow& row);
// search: [{"begin", "end"}] byte offsets of the matches; a term found, with its definitions
// that hold the words, each with where the words are (matches: their spans in a text).
Json spans_json(const std::vector<TextSpan>& spans);
Json search_result_json(const SearchTerm& term, bool in_term, const std::vector<const SearchHit*>& hits,
                        const std::function<std::vector<TextSpan>(const std::string&)>& matches);
// copied: a definition and where it came from; the summary (counts, the regions copied from,
// and with listing every definition).
Json derivation_json(const Derivation& d);
Json copied_json(const std::vector<Derivation>& all, const std::vector<CopiedRegion>& sources, double threshold, bool listing);
// timeline: the years of a term, who defined it (first time or again, which reading) and who
// only mentioned it, the first definer in each province and the undated uses.
Json timeline_json(const std::string& label, const std::string& key, const TermDiff& diff, const Timeline& timeline);

// rows as a JSON array, one object per row: to_json(row, with...) of each.
template <typename Row, typename... With>
Json json_array(const std::vector<Row>& rows, const With&... with);
// Writes json_array(rows).
template <typename Row>
void write_json_array(std::ostream& out, const std::vector<Row>& rows);

// Writes JSON indented by two spaces, non-ASCII as UTF-8, and a final newline.
void write_json(std::ostream& out, const Json& value);

// A diff span: {"op": "equal|insert|remove", "text": ...}.
Json to_json(const DiffSpan& span);
// The diff as text: removals as [-…-] and insertions as {+…+}, or in red and green on a
// terminal (colour). The texts are escaped first: the only escape sequences written are ours.
std::string render_diff(const std::vector<DiffSpan>& spans, bool colour);
// "0.85"
std::string two_decimals(double value);
// Whether an entry's text held a damaged run (core/text/damaged_runs.hpp): "damage" none,
// repaired or damaged, and "damaged" true when a run was left as written.
void add_damage(Json& json, Damage damage);
// The mark of a table's note or term cell: "" for none, " [repaired]", " [damaged]".
std::string damage_mark(Damage damage);

// "罗江区 (510604)" or "-" when the region is unknown.
std::string region_label(const std::optional<RegionPath>& region);
// "罗江区 510604", the form of the tables' region columns, or "-" when the name is empty.
std::string region_and_code(const std::string& region, const std::string& code);

// Terminal escapes around a highlighted match (search, mentions --context).
inline constexpr const char* highlight_on = "\x1b[1;31m";
inline constexpr const char* highlight_off = "\x1b[0m";
// A keyword in context on one line, escaped for the terminal, "…" where the text was cut; the
// match highlighted when colour is on, else between plain_open and plain_close.
std::string shown_in_context(const Context& context, bool colour, std::string_view plain_open = "",
                             std::string_view plain_close = "");
// "3× quoted anchored defines via 放管服": a mention in a few words, for tables.
std::string mention_note(const MentionRow& row);
// "罗江区 510604" for a use of a term, "(report)" when its report has no region.
std::string region_text(const TermUse& use);
std::string or_dash(const std::optional<std::string>& value);
std::string or_dash(const std::optional<int>& value);

// The region each code's line of history continues into today, when that is another region
// (罗江区 510604 for a report filed under 罗江县 510626) or the same code under another name
// (襄阳市 420600 for a report of 2009, when it was 襄樊市), read once from the store's imported
// regions and their links.
class RegionsToday {
public:
    explicit RegionsToday(const Store& store) : imported_(store.graph_reader().imported_regions()) {}
    // The region of today, or nullptr when the region is today's own, code and name.
    const Region* of(const RegionPath& region) const;
    // Whether any of the regions has another region today.
    bool any(const std::vector<std::optional<RegionPath>>& regions) const;
    // "罗江区 (510604)", or "" when of() is nullptr.
    std::string label(const std::optional<RegionPath>& region) const;
    // {"code", "name"} of today's region, or null.
    Json json(const std::optional<RegionPath>& region) const;

private:
    GraphData imported_;
};

// A report with "region_today" (RegionsToday::json) after to_json's keys.
Json to_json(const ReportRow& report, const RegionsToday& today);
// A region with reports: code, name, full_name, level, reports, years, terms, today.
Json to_json(const RegionRow& region, const RegionsToday& today);

template <typename Row, typename... With>
Json json_array(const std::vector<Row>& rows, const With&... with) {
    Json array = Json::array();
    for (const Row& row : rows) array.push_back(to_json(row, with...));
    return array;
}

template <typename Row>
void write_json_array(std::ostream& out, const std::vector<Row>& rows) {
    write_json(out, json_array(rows));
}

}  // namespace glossgraph
