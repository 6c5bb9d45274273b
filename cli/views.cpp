#include "cli/views.hpp"

#include "cli/table.hpp"
#include "core/graph/graph_lookup.hpp"
#include "core/terminal_text.hpp"

#include <algorithm>
#include <cstdio>
#include <ostream>

namespace glossgraph {
namespace {

template <typename T>
Json optional_json(const std::optional<T>& value) {
    return value ? Json(*value) : Json(nullptr);
}

Json empty_as_null(const std::string& value) { return value.empty() ? Json(nullptr) : Json(value); }

}  // namespace

Json to_json(const DiffSpan& span) { return {{"op", std::string(to_string(span.op))}, {"text", span.text}}; }

std::string render_diff(const std::vector<DiffSpan>& spans, bool colour) {
    std::string out;
    for (const DiffSpan& span : spans) {
        const std::string text = escape_for_terminal(span.text);
        switch (span.op) {
            case DiffSpan::Op::equal: out += text; break;
            case DiffSpan::Op::remove: out += colour ? "\033[31;9m" + text + "\033[0m" : "[-" + text + "-]"; break;
            case DiffSpan::Op::insert: out += colour ? "\033[32;4m" + text + "\033[0m" : "{+" + text + "+}"; break;
        }
    }
    return out;
}

std::string two_decimals(double value) {
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

std::string term_label(const GraphData& data, const std::string& key) {
    const GraphTerm* term = find_term(data, key);
    return term ? term->label : key;
}

std::string term_labels(const GraphData& data, const std::vector<std::string>& keys) {
    std::string text;
    for (const std::string& key : keys) text += (text.empty() ? "" : "、") + term_label(data, key);
    return text.empty() ? "-" : text;
}

Json terms_json(const GraphData& data, const std::vector<std::string>& keys) {
    Json array = Json::array();
    for (const std::string& key : keys) array.push_back({{"term", term_label(data, key)}, {"key", key}});
    return array;
}

std::string fixed_decimals(double value, int decimals) {
    char buffer[400];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

Json to_json(const GraphData& data, const RegionComparison& c, const Region& a, const Region& b,
             std::optional<int> year) {
    Json json{{"region_a", {{"code", a.code}, {"name", a.name}}}, {"region_b", {{"code", b.code}, {"name", b.name}}}};
    json["both_same"] = terms_json(data, c.both_same);
    json["both_different"] = terms_json(data, c.both_different);
    json["only_a"] = terms_json(data, c.only_a);
    json["only_b"] = terms_json(data, c.only_b);
    json["differences"] = Json::array();
    const auto side = [](const RegionDefinition& said) {
        return Json{{"definition", said.text}, {"report", said.report}, {"year", optional_json(said.year)}};
    };
    for (const DefinitionDifference& d : c.differences) {
        json["differences"].push_back({{"term", term_label(data, d.key)}, {"key", d.key}, {"a", side(d.a)}, {"b", side(d.b)}});
    }
    json["year"] = optional_json(year);
    json["jaccard"] = c.jaccard;
    return json;
}

Json to_json(const CentralTerm& t) {
    return {{"term", t.label}, {"key", t.key}, {"regions", t.regions}, {"betweenness", optional_json(t.betweenness)}};
}

Json to_json(const GraphData& data, const TermFamily& family) {
    return {{"size", family.keys.size()}, {"terms", terms_json(data, family.keys)}};
}

Json to_json(const DifferingTerm& t) {
    return {{"term", t.label}, {"key", t.key}, {"regions", t.regions}, {"readings", t.readings}};
}

Json to_json(const DriftingTerm& t) {
    return {{"term", t.label}, {"key", t.key}, {"regions_with_history", t.regions_with_history},
            {"regions_changed", t.regions_changed}, {"changes", t.changes}, {"lowest_similarity", t.lowest_similarity}};
}

Json to_json(const DamagedRunRow& row) {
    return {{"report", row.report},
            {"line", row.run.line},
            {"column", row.run.column},
            {"written", row.run.written},
            {"repaired", optional_json(row.run.repaired)},
            {"damaged", !row.run.repaired.has_value()},
            {"before", row.run.before},
            {"after", row.run.after}};
}

Json to_json(const ReportRow& report, const RegionsToday& today) {
    Json json = to_json(report);
    json["region_today"] = today.json(report.region);
    return json;
}

Json to_json(const RegionRow& row, const RegionsToday& today) {
    return {{"code", row.region.code},
            {"name", row.region.name()},
            {"full_name", row.region.full_name()},
            {"level", std::string(to_string(row.region.level))},
            {"reports", row.reports},
            {"years", row.years},
            {"terms", row.terms},
            {"today", today.json(row.region)}};
}

Json to_json(const TermUse& use) {
    return {{"region_code", empty_as_null(use.region_code)},
            {"region", empty_as_null(use.region)},
            {"year", optional_json(use.year)},
            {"report", use.report}};
}

std::string region_text(const TermUse& use) {
    return use.region.empty() ? "(" + use.report + ")" : use.region + " " + use.region_code;
}

Json to_json(const std::vector<ProvinceFirst>& firsts) {
    Json array = Json::array();
    for (const ProvinceFirst& p : firsts) {
        Json first = to_json(p.first);
        first["province_code"] = p.province_code;
        first["province"] = p.province;
        array.push_back(std::move(first));
    }
    return array;
}

void print_first_in_province(const std::vector<ProvinceFirst>& firsts, std::ostream& out) {
    if (firsts.empty()) return;
    out << "\nfirst definer in each province\n";
    Table table({"province", "year", "region", "report"}, {0, 0, 0, 40});
    for (const ProvinceFirst& p : firsts) {
        table.add({p.province + " " + p.province_code, or_dash(p.first.year), region_text(p.first), p.first.report});
    }
    table.print(out);
}

Json to_json(const ReportRow& report) {
    Json json;
    json["file"] = report.file;
    json["title"] = empty_as_null(report.title);
    json["written_title"] = empty_as_null(report.written_title);
    json["year"] = optional_json(report.year);
    json["delivered_on"] = optional_json(report.delivered_on);
    json["speaker"] = optional_json(report.speaker);
    json["script"] = std::string(to_string(report.script));
    json["region_code"] = report.region ? Json(report.region->code) : Json(nullptr);
    json["province"] = report.region ? empty_as_null(report.region->province) : Json(nullptr);
    json["prefecture"] = report.region ? empty_as_null(report.region->prefecture) : Json(nullptr);
    json["county"] = report.region ? empty_as_null(report.region->county) : Json(nullptr);
    json["glossary_heading"] = empty_as_null(report.glossary_heading);
    json["entries"] = report.entries;
    json["encoding"] = report.encoding;
    json["format"] = report.format;
    json["content_hash"] = report.content_hash;
    return json;
}

Json to_json(const EntryRow& entry) {
    Json json;
    json["report"] = entry.report;
    json["region_code"] = optional_json(entry.region_code);
    json["region"] = empty_as_null(entry.region);
    json["year"] = optional_json(entry.year);
    json["seq"] = entry.seq;
    json["marker"] = optional_json(entry.marker);
    json["footnote"] = optional_json(entry.footnote);
    json["term"] = entry.term;
    json["key"] = entry.key;
    json["definition"] = entry.definition;
    json["parent"] = optional_json(entry.parent);
    json["line"] = entry.line;
    json["confidence"] = entry.confidence;
    add_damage(json, entry.damage);
    return json;
}

void add_damage(Json& json, Damage damage) {
    json["damage"] = std::string(to_string(damage));
    json["damaged"] = damage == Damage::damaged;
}

std::string damage_mark(Damage damage) {
    if (damage == Damage::none) return "";
    std::string mark = " [";
    mark.append(to_string(damage)).append("]");
    return mark;
}

Json to_json(const TermRow& term) {
    Json json;
    json["key"] = term.key;
    json["term"] = term.term;
    json["written_forms"] = term.written_forms;
    json["definitions"] = term.definitions;
    json["reports"] = term.reports;
    json["regions"] = term.regions;
    return json;
}

Json to_json(const StoreStats& stats) {
    Json json;
    json["reports"] = stats.reports;
    json["reports_with_glossary"] = stats.reports_with_glossary;
    json["reports_without_region"] = stats.reports_without_region;
    json["regions"] = stats.regions;
    json["entries"] = stats.entries;
    json["terms"] = stats.terms;
    json["terms_in_several_regions"] = stats.terms_in_several_regions;
    return json;
}

Json to_json(const MentionRow& mention) {
    Json json;
    json["report"] = mention.report;
    json["region_code"] = optional_json(mention.region_code);
    json["region"] = empty_as_null(mention.region);
    json["year"] = optional_json(mention.year);
    json["term"] = mention.term;
    json["key"] = mention.key;
    json["count"] = mention.count;
    json["quoted"] = mention.quoted > 0;
    json["quoted_count"] = mention.quoted;
    json["marked_count"] = mention.marked;
    json["anchored"] = mention.anchored;
    json["defines"] = mention.defines;
    json["via"] = mention.via;
    json["offsets"] = mention.offsets;
    return json;
}

Json to_json(const RelatedTerm& related) {
    Json json;
    json["term"] = related.term;
    json["key"] = related.key;
    json["kind"] = related.kind;
    json["rule"] = related.rule;
    return json;
}

void write_json(std::ostream& out, const Json& value) {
    out << value.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

std::string region_label(const std::optional<RegionPath>& region) {
    return region ? region->name() + " (" + region->code + ")" : "-";
}

std::string mention_note(const MentionRow& row) {
    std::string note = std::to_string(row.count) + "×";
    if (row.quoted > 0) note += " quoted";
    if (row.anchored) note += " anchored";
    if (row.defines) note += " defines";
    if (row.via != row.key) note += " via " + row.via;
    return note;
}

std::string or_dash(const std::optional<std::string>& value) { return value ? *value : "-"; }
std::string or_dash(const std::optional<int>& value) { return value ? std::to_string(*value) : "-"; }

std::string region_and_code(const std::string& region, const std::string& code) {
    return region.empty() ? "-" : region + " " + code;
}

std::string shown_in_context(const Context& context, bool colour, std::string_view plain_open,
                             std::string_view plain_close) {
    std::string line = context.cut_before ? "…" : "";
    line += escape_for_terminal(context.before);
    const std::string match = escape_for_terminal(context.match);
    if (colour) {
        line.append(highlight_on).append(match).append(highlight_off);
    } else {
        line.append(plain_open).append(match).append(plain_close);
    }
    line += escape_for_terminal(context.after);
    if (context.cut_after) line += "…";
    return line;
}

const Region* RegionsToday::of(const RegionPath& region) const {
    if (region.code.empty()) return nullptr;
    const Region* today = find_region(imported_, line_head(imported_, region.code));
    return today && (today->code != region.code || today->name != region.name()) ? today : nullptr;
}

bool RegionsToday::any(const std::vector<std::optional<RegionPath>>& regions) const {
    return std::any_of(regions.begin(), regions.end(), [&](const auto& region) { return region && of(*region); });
}

std::string RegionsToday::label(const std::optional<RegionPath>& region) const {
    const Region* today = region ? of(*region) : nullptr;
    return today ? today->name + " (" + today->code + ")" : std::string();
}

Json RegionsToday::json(const std::optional<RegionPath>& region) const {
    const Region* today = region ? of(*region) : nullptr;
    return today ? Json{{"code", today->code}, {"name", today->name}} : Json(nullptr);
}

}  // namespace glossgraph
