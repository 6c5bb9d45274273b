#include "exporters/site/site_writer.hpp"

#include "core/graph/region_vocabulary.hpp"
#include "core/graph/term_analysis.hpp"
#include "core/parallel.hpp"
#include "exporters/site/html.hpp"
#include "exporters/site/search_index.hpp"
#include "exporters/site/site_pages.hpp"

#include <algorithm>
#include <unordered_map>

namespace glossgraph {
namespace {

constexpr std::size_t kMaxNeighbours = 12;

// Its regions as its page counts them (the spread's).
TermSummary summary_of(const GraphTerm& term, const TermAnalysis& analysis) {
    TermSummary summary{term.key, analysis.spread.regions, analysis.diff.readings.size(), std::nullopt};
    for (const TermReading& reading : analysis.diff.readings) {
        for (const ReadingMember& m : reading.members) {
            if (m.year && (!summary.first_year || *m.year < *summary.first_year)) summary.first_year = m.year;
        }
    }
    return summary;
}

void write_terms(const SiteContext& context, const SiteOptions& options, const SiteFileSink& sink,
                 std::vector<TermSummary>& summaries, std::vector<SearchEntry>& entries) {
    const GraphData& data = context.data();
    summaries.resize(data.terms.size());
    entries.resize(data.terms.size());
    parallel_for(data.terms.size(), [&](std::size_t i) {
        const GraphTerm& term = data.terms[i];
        const TermAnalysis analysis = analyse_term(data, term.key, options.reading_threshold, options.lineage_threshold, options.codes);
        sink("term/" + page_file(term.key), term_page(context, term, analysis));
        summaries[i] = summary_of(term, analysis);
        entries[i] = {term.key, term.label, summaries[i].regions, {}};
        for (const TermReading& reading : analysis.diff.readings) entries[i].texts.push_back(reading.text);
    });
}

// The region's parent, then the regions of the same parent (provinces: every other province),
// those with a vocabulary only, the closest kMaxNeighbours by Jaccard, then code.
std::vector<RegionNeighbour> neighbours_of(const SiteContext& context, std::size_t index, const std::vector<RegionVocabulary>& vocabularies,
                                           const std::unordered_map<std::string, std::size_t>& by_code, const SiteOptions& options) {
    const Region& region = context.data().regions[index];
    std::vector<RegionNeighbour> neighbours;
    std::vector<RegionNeighbour> siblings;
    const auto compare = [&](const std::string& code, bool parent) {
        const auto found = by_code.find(code);
        if (found == by_code.end() || vocabularies[found->second].defined.empty()) return;
        (parent ? neighbours : siblings)
            .push_back({code, parent, compare_vocabularies(vocabularies[index], vocabularies[found->second], options.reading_threshold)});
    };
    if (!region.parent_code.empty()) compare(region.parent_code, true);
    if (region.parent_code.empty()) {
        for (const Region& other : context.data().regions)
            if (other.code != region.code && other.parent_code.empty()) compare(other.code, false);
    } else {
        for (const Region* other : context.children_of(region.parent_code))
            if (other->code != region.code) compare(other->code, false);
    }
    std::sort(siblings.begin(), siblings.end(), [](const RegionNeighbour& a, const RegionNeighbour& b) {
        return a.comparison.jaccard != b.comparison.jaccard ? a.comparison.jaccard > b.comparison.jaccard : a.code < b.code;
    });
    if (siblings.size() > kMaxNeighbours) siblings.resize(kMaxNeighbours);
    neighbours.insert(neighbours.end(), siblings.begin(), siblings.end());
    return neighbours;
}

void write_regions(const SiteContext& context, const SiteOptions& options, const SiteFileSink& sink) {
    const GraphData& data = context.data();
    const std::vector<RegionVocabulary> vocabularies = region_vocabularies(data);
    std::unordered_map<std::string, std::size_t> by_code;
    for (std::size_t i = 0; i < data.regions.size(); ++i) by_code.emplace(data.regions[i].code, i);
    parallel_for(data.regions.size(), [&](std::size_t i) {
        const std::vector<RegionNeighbour> neighbours =
            vocabularies[i].defined.empty() ? std::vector<RegionNeighbour>{} : neighbours_of(context, i, vocabularies, by_code, options);
        sink("region/" + page_file(data.regions[i].code), region_page(context, data.regions[i], vocabularies[i], neighbours));
    });
}

}  // namespace

std::vector<std::string> site_folders() { return {"assets", "term", "region", "report"}; }

void write_site(const GraphData& data, const SiteOptions& options, const SiteFileSink& sink) {
    const SiteContext context(data);
    std::vector<TermSummary> summaries;
    std::vector<SearchEntry> entries;
    write_terms(context, options, sink, summaries, entries);
    write_regions(context, options, sink);
    parallel_for(data.reports.size(), [&](std::size_t i) {
        sink("report/" + page_file(data.reports[i].file), report_page(context, data.reports[i]));
    });
    const std::vector<std::string> shards = search_shards(entries, kSearchShardBytes);
    entries.clear();
    for (std::size_t i = 0; i < shards.size(); ++i) sink("assets/search-" + std::to_string(i) + ".js", shards[i]);
    sink("assets/site.css", site_css());
    sink("assets/search.js", search_js());
    sink("assets/t2s.js", t2s_script());
    sink("index.html", index_page(context, summaries));
    sink("regions.html", regions_page(context));
    sink("search.html", search_page(shards.size()));
}

}  // namespace glossgraph
