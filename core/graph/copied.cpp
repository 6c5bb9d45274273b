#include "core/graph/copied.hpp"

#include "core/graph/graph_lookup.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace glossgraph {
namespace {

bool chosen_report(const GraphData& data, const ReportFilter& chosen, const std::string& file) {
    const GraphReport* report = find_report(data, file);
    return report && chosen.matches(report->region_code, report->year);
}

// The keys of the terms that a chosen report defines, in data order.
std::vector<std::string> traced_keys(const GraphData& data, const ReportFilter& chosen) {
    std::vector<std::string> keys;
    for (const GraphDefinition& d : data.definitions) {
        if (!keys.empty() && keys.back() == d.term_key) continue;
        if (!chosen.any() || chosen_report(data, chosen, d.report_file)) keys.push_back(d.term_key);
    }
    return keys;
}

}  // namespace

std::vector<Derivation> derivations(const GraphData& data, const ReportFilter& chosen, double threshold) {
    const std::vector<std::string> keys = traced_keys(data, chosen);
    std::vector<std::vector<Derivation>> per_term(keys.size());
    trace_terms(data, keys, threshold, [&](std::size_t i, Lineage& lineage) {
        for (LineageEntry& e : lineage.entries) std::string().swap(e.definition.text);  // a corpus of texts twice over is too much
        for (const LineageEntry& e : lineage.entries) {
            if (chosen.any() && !chosen.matches(e.definition.region_code, e.definition.year)) continue;
            Derivation d{e.definition, e.relation, e.direction, e.similarity, std::nullopt};
            if (e.source) d.source = lineage.entries[*e.source].definition;
            per_term[i].push_back(std::move(d));
        }
    });
    std::vector<Derivation> all;
    for (auto& list : per_term)
        for (Derivation& d : list) all.push_back(std::move(d));
    return all;
}

std::vector<CopiedRegion> most_copied_from(const std::vector<Derivation>& all) {
    struct Tally {
        CopiedRegion region;
        std::set<std::string> copiers, terms;
    };
    std::map<std::string, Tally> tallies;
    for (const Derivation& d : all) {
        if (!d.copied() || d.source->region_code.empty()) continue;
        Tally& t = tallies[d.source->region_code];
        t.region.region_code = d.source->region_code;
        t.region.region = d.source->region;
        ++t.region.copies;
        ++(d.relation == LineageRelation::verbatim ? t.region.verbatim : t.region.adapted);
        if (!d.definition.region_code.empty()) t.copiers.insert(d.definition.region_code);
        t.terms.insert(d.definition.term_key);
    }
    std::vector<CopiedRegion> regions;
    for (auto& [code, t] : tallies) {
        t.region.copiers = t.copiers.size();
        t.region.terms = t.terms.size();
        regions.push_back(std::move(t.region));
    }
    std::sort(regions.begin(), regions.end(), [](const CopiedRegion& a, const CopiedRegion& b) {
        return std::make_tuple(-static_cast<long long>(a.copies), -static_cast<long long>(a.copiers), std::cref(a.region_code)) <
               std::make_tuple(-static_cast<long long>(b.copies), -static_cast<long long>(b.copiers), std::cref(b.region_code));
    });
    return regions;
}

CopyCounts count_copies(const std::vector<Derivation>& all) {
    CopyCounts c;
    for (const Derivation& d : all) {
        ++c.definitions;
        if (d.copied()) {
            ++c.copied;
            ++(d.relation == LineageRelation::verbatim ? c.verbatim : c.adapted);
            c.sources.insert(d.source->region_code);
        } else {
            ++(d.relation == LineageRelation::original ? c.original : c.self);
        }
    }
    return c;
}

}  // namespace glossgraph
