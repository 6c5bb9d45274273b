#include "exporters/term_counts.hpp"

namespace glossgraph {

std::map<std::string, TermCounts> count_terms(const GraphData& data) {
    std::map<std::string, std::string> region_of;
    for (const GraphReport& report : data.reports) region_of[report.file] = report.region_code;
    std::map<std::string, TermCounts> counts;
    for (const GraphDefinition& definition : data.definitions) {
        TermCounts& count = counts[definition.term_key];
        ++count.definitions;
        const auto region = region_of.find(definition.report_file);
        if (region != region_of.end() && !region->second.empty()) count.regions.insert(region->second);
    }
    // Mentions come by key (GraphData): a term's entry is looked up once for all of them.
    TermCounts* count = nullptr;
    const std::string* key = nullptr;
    for (const GraphMention& mention : data.mentions) {
        if (!key || *key != mention.term_key) {
            key = &mention.term_key;
            count = &counts[mention.term_key];
        }
        ++count->mentions;
        count->occurrences += mention.count;
    }
    return counts;
}

}  // namespace glossgraph
