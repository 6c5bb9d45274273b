#include "core/graph/term_analysis.hpp"

#include "core/graph/graph_lookup.hpp"

namespace glossgraph {

TermAnalysis analyse_term(const GraphData& data, const std::string& key, double reading_threshold,
                          double lineage_threshold, RegionCodes codes) {
    TermAnalysis analysis;
    analysis.diff = diff_term(data, key, false, reading_threshold);
    for (const GraphMention& mention : mentions_of(data, key)) {
        if (mention.defines) continue;
        const GraphReport* report = find_report(data, mention.report_file);
        const Region* region = report ? region_of(data, *report) : nullptr;
        analysis.mentioned_only.push_back({mention.report_file, report ? report->year : std::nullopt,
                                           report ? report->region_code : "", region ? region->name : ""});
    }
    analysis.timeline = term_timeline(data, analysis.diff, analysis.mentioned_only, codes);
    const TermDefinitions definitions = term_definitions(data, key, false);
    analysis.spread = term_spread(data, definitions.definitions, codes);
    analysis.lineage = term_lineage(data, definitions.definitions, lineage_threshold, codes);
    return analysis;
}

}  // namespace glossgraph
