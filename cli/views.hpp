#pragma once
// The JSON shapes of the read commands. Keys keep the order they are written in, so
// output is stable byte for byte; absent values are null.
#include "core/store/store.hpp"
#include "core/text/keyword_in_context.hpp"

#include <nlohmann/json.hpp>

#include <iosfwd>

namespace glossgraph {

using Json = nlohmann::ordered_json;

Json to_json(const ReportRow& report);
Json to_json(const EntryRow& entry);
Json to_json(const TermRow& term);
Json to_json(const StoreStats& stats);
Json to_json(const MentionRow& mention);
Json to_json(const RelatedTerm& related);

// Writes rows as a JSON array, one object per row (to_json of each).
template <typename Row>
void write_json_array(std::ostream& out, const std::vector<Row>& rows);

// Writes JSON indented by two spaces, non-ASCII as UTF-8, and a final newline.
void write_json(std::ostream& out, const Json& value);

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
std::string or_dash(const std::optional<std::string>& value);
std::string or_dash(const std::optional<int>& value);

template <typename Row>
void write_json_array(std::ostream& out, const std::vector<Row>& rows) {
    Json array = Json::array();
    for (const Row& row : rows) array.push_back(to_json(row));
    write_json(out, array);
}

}  // namespace glossgraph
