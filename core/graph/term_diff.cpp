#include "core/graph/term_diff.hpp"

#include "core/compare/bounded_diff.hpp"
#include "core/compare/comparison_text.hpp"
#include "core/compare/items.hpp"
#include "core/graph/graph_lookup.hpp"
#include "core/text/script.hpp"

#include <algorithm>
#include <deque>
#include <set>
#include <unordered_map>

namespace glossgraph {
namespace {

// The known terms reachable from key over variant relations, both ways; sorted.
std::vector<std::string> variant_closure(const GraphData& data, const std::string& key) {
    std::unordered_map<std::string_view, std::vector<std::string_view>> next;
    for (const GraphRelation& r : data.relations) {
        if (!is_variant(r.kind)) continue;
        next[r.from_key].push_back(r.to_key);
        next[r.to_key].push_back(r.from_key);
    }
    std::set<std::string_view> seen{key};
    std::deque<std::string_view> queue{key};
    for (; !queue.empty(); queue.pop_front())
        for (const std::string_view to : next[queue.front()])
            if (seen.insert(to).second) queue.push_back(to);
    std::vector<std::string> keys;
    for (const std::string_view k : seen)
        if (find_term(data, k)) keys.emplace_back(k);
    return keys;
}

ReadingMember make_member(const GraphData& data, const GraphDefinition& d) {
    ReadingMember member{d.entry_id, d.term_key, d.term, d.text, d.report_file, std::nullopt, "", ""};
    if (const GraphReport* report = find_report(data, d.report_file)) {
        member.year = report->year;
        member.region_code = report->region_code;
        if (const Region* region = region_of(data, *report)) member.region = region->name;
    }
    return member;
}

TermReading make_reading(const std::vector<ReadingMember>& definitions, const Reading& reading, const std::string& main_text,
                         ReadingDetail detail) {
    TermReading out;
    out.text = definitions[reading.representative].text;
    for (const std::size_t i : reading.members) out.members.push_back(definitions[i]);
    if (detail == ReadingDetail::members) return out;
    const SimilarityEstimate edit = bounded_edit_similarity(main_text, out.text);
    out.similarity_to_main.edit = edit.similarity;
    out.similarity_to_main.items = item_overlap(enumerated_items(main_text), enumerated_items(out.text)).jaccard;
    BoundedDiff diff = bounded_diff(to_simplified(main_text), to_simplified(out.text));
    out.diff = std::move(diff.spans);
    out.exact = edit.exact && diff.exact;
    return out;
}

int distinct_regions(const GraphData& data, std::span<const GraphDefinition> definitions) {
    std::vector<std::string_view> codes;
    for (const GraphDefinition& d : definitions) {
        const std::string& code = region_code_of(data, d.report_file);
        if (!code.empty()) codes.push_back(code);
    }
    std::sort(codes.begin(), codes.end());
    return static_cast<int>(std::unique(codes.begin(), codes.end()) - codes.begin());
}

std::size_t count_readings(std::span<const GraphDefinition> definitions, double threshold) {
    std::vector<std::string> texts;
    texts.reserve(definitions.size());
    for (const GraphDefinition& d : definitions) texts.push_back(d.text);
    return group_readings(texts, threshold).size();
}

}  // namespace

TermDefinitions term_definitions(const GraphData& data, const std::string& key, bool include_variants) {
    TermDefinitions out;
    if (include_variants) out.keys = variant_closure(data, key);
    else if (find_term(data, key)) out.keys = {key};
    for (const std::string& k : out.keys)  // keys are sorted, so this is data order
        for (const GraphDefinition& d : definitions_of(data, k)) out.definitions.push_back(make_member(data, d));
    return out;
}

TermDiff diff_term(const GraphData& data, const std::string& key, bool include_variants, double threshold,
                   ReadingDetail detail) {
    check_reading_threshold(threshold);
    TermDiff out;
    out.key = key;
    if (const GraphTerm* term = find_term(data, key)) out.label = term->label;
    TermDefinitions definitions = term_definitions(data, key, include_variants);
    out.keys = std::move(definitions.keys);
    std::vector<std::string> texts;
    texts.reserve(definitions.definitions.size());
    for (const ReadingMember& d : definitions.definitions) texts.push_back(d.text);

    const std::vector<Reading> readings = group_readings(texts, threshold);
    if (readings.empty()) return out;
    const std::string& main_text = texts[readings.front().representative];
    for (const Reading& reading : readings) out.readings.push_back(make_reading(definitions.definitions, reading, main_text, detail));
    return out;
}

std::vector<GraphReading> term_readings(const GraphData& data, const std::string& key, double threshold) {
    check_reading_threshold(threshold);
    const std::span<const GraphDefinition> definitions = definitions_of(data, key);
    std::vector<std::string> texts;
    texts.reserve(definitions.size());
    for (const GraphDefinition& d : definitions) texts.push_back(d.text);
    std::vector<GraphReading> out;
    for (const Reading& reading : group_readings(texts, threshold)) {
        GraphReading& drawn = out.emplace_back();
        drawn.term_key = key;
        drawn.text = texts[reading.representative];
        for (const std::size_t member : reading.members) drawn.entry_ids.push_back(definitions[member].entry_id);
        std::sort(drawn.entry_ids.begin(), drawn.entry_ids.end());
    }
    return out;
}

std::vector<DifferingTerm> differing_terms(const GraphData& data, int min_regions, double threshold) {
    check_reading_threshold(threshold);
    min_regions = std::max(min_regions, 2);
    std::vector<DifferingTerm> found;
    for (auto at = data.definitions.begin(); at != data.definitions.end();) {
        const std::string& key = at->term_key;
        const auto end = std::find_if(at, data.definitions.end(), [&](const GraphDefinition& d) { return d.term_key != key; });
        const std::span<const GraphDefinition> definitions(at, end);
        at = end;
        const int regions = distinct_regions(data, definitions);
        if (regions < min_regions) continue;
        const std::size_t readings = count_readings(definitions, threshold);
        if (readings < 2) continue;
        const GraphTerm* term = find_term(data, key);
        found.push_back({key, term ? term->label : key, regions, static_cast<int>(readings)});
    }
    std::sort(found.begin(), found.end(), [](const DifferingTerm& x, const DifferingTerm& y) {
        return x.regions != y.regions ? x.regions > y.regions : x.key < y.key;
    });
    return found;
}

}  // namespace glossgraph
