#include "cli/graph_command.hpp"

#include "cli/read_command.hpp"
#include "core/compare/readings.hpp"
#include "core/errors.hpp"
#include "core/gazetteer.hpp"
#include "core/graph/graph_lookup.hpp"
#include "core/text/script.hpp"

namespace glossgraph {

GraphData load_graph(const std::string& db_path, Store::WithMentions with_mentions) {
    return open_existing_store(db_path)->graph_data(with_mentions);
}

const GraphRegion& resolve_region(const GraphData& data, const std::string& name_or_code) {
    const std::vector<const GraphRegion*> found = find_regions(data, name_or_code);
    if (found.size() == 1) return *found.front();
    if (found.empty()) {
        const Gazetteer& gazetteer = Gazetteer::builtin();
        const bool known = gazetteer.find(name_or_code) || !gazetteer.find_by_name(to_simplified(name_or_code)).empty();
        throw error("region '" + name_or_code + "': " +
                    (known ? "no imported report comes from it" : "no such region (a GB/T 2260 code or a name)"));
    }
    std::string candidates;
    for (const GraphRegion* region : found) {
        const auto chain = region_chain(data, region->code);
        std::string where;
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) where += (*it)->name;
        candidates += "\n  " + region->code + " " + where;
    }
    throw error("region '" + name_or_code + "' is ambiguous; name one by its code:" + candidates);
}

std::string resolve_term(const Store& store, const std::string& query, const std::string& db_path) {
    const std::optional<std::string> key = store.find_term(query);
    if (!key) throw error("no term '" + query + "' in " + db_path + " (try 'glossgraph terms')");
    return *key;
}

void add_threshold_option(CLI::App& app, double& threshold) {
    threshold = kDefaultReadingThreshold;
    app.add_option("--threshold", threshold,
                   "Similarity (edit or shared items, 0..1) from which two definitions are one reading")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
}

}  // namespace glossgraph
