// The JSON shapes of the commands about one term or its uses (show, search, diff, drift,
// lineage, spread, timeline, copied, terms), declared in cli/views.hpp.
#include "cli/views.hpp"

#include "core/graph/graph_lookup.hpp"

namespace glossgraph {

std::string region_name(const GraphData& regions, const std::string& code) {
    const Region* region = find_region(regions, code);
    return region ? region->name : std::string();
}

namespace {

// report, region_code, region, year: where a definition or mention of show is.
template <typename Row>
Json placed_json(const Row& row) {
    Json json;
    json["report"] = row.report;
    json["region_code"] = row.region_code ? Json(*row.region_code) : Json(nullptr);
    json["region"] = row.region.empty() ? Json(nullptr) : Json(row.region);
    json["year"] = row.year ? Json(*row.year) : Json(nullptr);
    return json;
}

// derived_from of lineage and copied: the source definition's region_code, year and report;
// null when there is none.
Json source_json(const ReadingMember* source) {
    if (source == nullptr) return nullptr;
    return {{"region_code", source->region_code.empty() ? Json(nullptr) : Json(source->region_code)},
            {"year", source->year ? Json(*source->year) : Json(nullptr)},
            {"report", source->report}};
}

}  // namespace

Json definition_json(const EntryRow& entry) {
    Json json = placed_json(entry);
    json["term"] = entry.term;
    json["definition"] = entry.definition;
    json["marker"] = entry.marker ? Json(*entry.marker) : Json(nullptr);
    json["footnote"] = entry.footnote ? Json(*entry.footnote) : Json(nullptr);
    json["parent"] = entry.parent ? Json(*entry.parent) : Json(nullptr);
    add_damage(json, entry.damage);
    return json;
}

Json mention_json(const MentionRow& mention) {
    Json json = placed_json(mention);
    json["count"] = mention.count;
    json["quoted"] = mention.quoted > 0;
    json["anchored"] = mention.anchored;
    json["defines"] = mention.defines;
    json["via"] = mention.via;
    return json;
}

Json related_json(const std::vector<RelatedTerm>& related) {
    Json json;
    for (const char* group : {"variants", "family", "broader", "narrower", "refers_to", "referred_by"}) json[group] = Json::array();
    for (const RelatedTerm& term : related) {
        const std::string group = term.kind.starts_with("variant_") ? "variants" : term.kind;
        Json item = to_json(term);
        if (group != "variants") item.erase("kind");
        json[group].push_back(std::move(item));
    }
    return json;
}

Json reading_json(const TermReading& reading) {
    Json json;
    json["text"] = reading.text;
    json["regions"] = Json::array();
    for (const ReadingMember& m : reading.members) {
        json["regions"].push_back({{"region_code", m.region_code.empty() ? Json(nullptr) : Json(m.region_code)},
                                   {"region", m.region.empty() ? Json(nullptr) : Json(m.region)},
                                   {"year", m.year ? Json(*m.year) : Json(nullptr)},
                                   {"report", m.report},
                                   {"term", m.term}});
    }
    json["similarity_to_main"] = {{"edit", reading.similarity_to_main.edit}, {"items", reading.similarity_to_main.items}};
    json["diff"] = Json::array();
    for (const DiffSpan& span : reading.diff) json["diff"].push_back(to_json(span));
    json["exact"] = reading.exact;
    return json;
}

Json drift_json(const RegionDrift& drift) {
    Json json{{"region_code", drift.region_code}, {"region", drift.region}, {"changes", drift.changes}};
    json["definitions"] = Json::array();
    for (const DriftStep& step : drift.steps) {
        const ReadingMember& d = step.definition;
        Json row{{"year", *d.year}, {"report", d.report}, {"term", d.term}, {"text", d.text}, {"changed", step.changed},
                 {"similarity", step.similarity ? Json(*step.similarity) : Json(nullptr)}};
        row["diff"] = Json::array();
        for (const DiffSpan& span : step.diff) row["diff"].push_back(to_json(span));
        row["exact"] = step.exact;
        json["definitions"].push_back(std::move(row));
    }
    return json;
}

Json definition_json(const Lineage& lineage, const LineageEntry& entry) {
    const ReadingMember& d = entry.definition;
    Json json = to_json(TermUse{d.report, d.year, d.region_code, d.region});
    json["term"] = d.term;
    json["relation"] = std::string(to_string(entry.relation));
    json["derived_from"] = source_json(entry.source ? &lineage.entries[*entry.source].definition : nullptr);
    json["direction"] = entry.direction ? Json(std::string(to_string(*entry.direction))) : Json(nullptr);
    json["similarity"] = entry.similarity ? Json(*entry.similarity) : Json(nullptr);
    json["diff"] = Json::array();
    for (const DiffSpan& span : entry.diff) json["diff"].push_back(to_json(span));
    json["exact"] = entry.exact;
    json["text"] = d.text;
    return json;
}

Json counts_json(const LevelCounts& counts) {
    Json json;
    for (const RegionLevel level : kRegionLevels) json[std::string(to_string(level))] = counts[level];
    json["all"] = counts.total();
    return json;
}

Json filed_under_json(const GraphData& regions, const TermRow& row) {
    Json array = Json::array();
    for (const std::string& code : row.region_codes) array.push_back({{"code", code}, {"name", region_name(regions, code)}});
    return array;
}

Json spans_json(const std::vector<TextSpan>& spans) {
    Json array = Json::array();
    for (const TextSpan& span : spans) array.push_back({{"begin", span.begin}, {"end", span.end}});
    return array;
}

Json search_result_json(const SearchTerm& term, bool in_term, const std::vector<const SearchHit*>& hits,
                        const std::function<std::vector<TextSpan>(const std::string&)>& matches) {
    Json json{{"term", term.term}, {"key", term.key},
              {"found_in", in_term ? "term" : "definition"}, {"regions", term.regions}};
    json["definitions"] = Json::array();
    for (const SearchHit* hit : hits) {
        json["definitions"].push_back({{"report", hit->report},
                                       {"region_code", hit->region_code ? Json(*hit->region_code) : Json(nullptr)},
                                       {"region", hit->region.empty() ? Json(nullptr) : Json(hit->region)},
                                       {"year", hit->year ? Json(*hit->year) : Json(nullptr)},
                                       {"term", hit->term},
                                       {"term_matches", spans_json(matches(hit->term))},
                                       {"definition", hit->definition},
                                       {"definition_matches", spans_json(matches(hit->definition))}});
    }
    return json;
}

Json derivation_json(const Derivation& d) {
    Json json = to_json(TermUse{d.definition.report, d.definition.year, d.definition.region_code, d.definition.region});
    json["term"] = d.definition.term;
    json["key"] = d.definition.term_key;
    json["relation"] = std::string(to_string(d.relation));
    json["copied"] = d.copied();
    json["derived_from"] = source_json(d.source ? &*d.source : nullptr);
    json["direction"] = d.direction ? Json(std::string(to_string(*d.direction))) : Json(nullptr);
    json["similarity"] = d.similarity ? Json(*d.similarity) : Json(nullptr);
    return json;
}

Json copied_json(const std::vector<Derivation>& all, const std::vector<CopiedRegion>& sources, double threshold, bool listing) {
    const CopyCounts c = count_copies(all);
    Json json{{"threshold", threshold}, {"definitions", c.definitions}, {"copied", c.copied}, {"verbatim", c.verbatim},
              {"adapted", c.adapted}, {"original", c.original}, {"self", c.self}};
    json["copied_from"] = Json::array();
    for (const CopiedRegion& r : sources) {
        json["copied_from"].push_back({{"region_code", r.region_code}, {"region", r.region}, {"copies", r.copies},
                                       {"verbatim", r.verbatim}, {"adapted", r.adapted}, {"copiers", r.copiers}, {"terms", r.terms}});
    }
    if (listing) {
        json["listed"] = Json::array();
        for (const Derivation& d : all) json["listed"].push_back(derivation_json(d));
    }
    return json;
}

Json timeline_json(const std::string& label, const std::string& key, const TermDiff& diff, const Timeline& timeline) {
    Json json{{"term", label}, {"key", key}, {"keys", diff.keys.empty() ? std::vector<std::string>{key} : diff.keys},
              {"readings", diff.readings.size()}};
    json["years"] = Json::array();
    for (const TimelineYear& year : timeline.years) {
        Json row{{"year", year.year}};
        row["defined_by"] = Json::array();
        for (const TimelineDefiner& d : year.defined_by) {
            Json use = to_json(d.use);
            use["first"] = d.first;
            use["reading"] = d.reading + 1;
            row["defined_by"].push_back(std::move(use));
        }
        row["mentioned_only_by"] = Json::array();
        for (const TermUse& use : year.mentioned_only_by) row["mentioned_only_by"].push_back(to_json(use));
        row["readings"] = year.readings;
        row["regions_so_far"] = year.regions_so_far;
        json["years"].push_back(std::move(row));
    }
    json["first_in_province"] = to_json(timeline.first_in_province);
    json["undated"] = {{"definitions", timeline.undated_definitions}, {"mentions", timeline.undated_mentions}};
    return json;
}

}  // namespace glossgraph
