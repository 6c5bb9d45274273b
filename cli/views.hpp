#pragma once
// The JSON shapes of the read commands. Keys keep the order they are written in, so
// output is stable byte for byte; absent values are null.
#include "core/store/store.hpp"

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

// "罗江区 (510604)" or "-" when the region is unknown.
std::string region_label(const std::optional<RegionPath>& region);
// "3× quoted anchored defines via 放管服": a mention in a few words, for tables.
std::string mention_note(const MentionRow& row);
std::string or_dash(const std::optional<std::string>& value);
std::string or_dash(const std::optional<int>& value);

// The region each code's line of history continues into today, when that is another region
// (罗江区 510604 for a report filed under 罗江县 510626), read once from the store's imported
// regions and their links.
class RegionsToday {
public:
    explicit RegionsToday(const Store& store) : imported_(store.imported_regions()) {}
    // The region of today, or nullptr when the code is today's own (or empty).
    const GraphRegion* of(const std::string& code) const;
    // Whether any of the regions has another region today.
    bool any(const std::vector<std::optional<RegionPath>>& regions) const;
    // "罗江区 (510604)", or "" when of() is nullptr.
    std::string label(const std::optional<RegionPath>& region) const;
    // {"code", "name"} of today's region, or null.
    Json json(const std::optional<RegionPath>& region) const;

private:
    GraphData imported_;
};

template <typename Row>
void write_json_array(std::ostream& out, const std::vector<Row>& rows) {
    Json array = Json::array();
    for (const Row& row : rows) array.push_back(to_json(row));
    write_json(out, array);
}

}  // namespace glossgraph
