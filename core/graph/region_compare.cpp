#include "core/graph/region_compare.hpp"

#include "core/errors.hpp"
#include "core/graph/graph_lookup.hpp"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace glossgraph {
namespace {

// The definitions of one region's vocabulary, by term key.
using Vocabulary = std::map<std::string, std::vector<std::string>>;

Vocabulary vocabulary(const GraphData& data, const std::string& code) {
    if (!find_region(data, code)) throw usage_error("no region with code '" + code + "' in the store");
    const std::unordered_set<std::string> codes = region_subtree(data, code);
    std::unordered_set<std::string_view> reports;
    for (const GraphReport& report : data.reports)
        if (codes.contains(report.region_code)) reports.insert(report.file);
    Vocabulary words;
    for (const GraphDefinition& d : data.definitions)
        if (reports.contains(d.report_file)) words[d.term_key].push_back(d.text);
    return words;
}

bool one_reading(std::vector<std::string> texts, const std::vector<std::string>& more, double threshold) {
    texts.insert(texts.end(), more.begin(), more.end());
    return group_readings(texts, threshold).size() == 1;
}

}  // namespace

RegionComparison compare_regions(const GraphData& data, const std::string& code_a, const std::string& code_b,
                                 double threshold) {
    (void)group_readings({}, threshold);  // checks the threshold, as group_readings() words it
    const Vocabulary a = vocabulary(data, code_a);
    const Vocabulary b = vocabulary(data, code_b);
    RegionComparison out;
    for (const auto& [key, texts] : a) {
        const auto other = b.find(key);
        if (other == b.end()) out.only_a.push_back(key);
        else if (one_reading(texts, other->second, threshold)) out.both_same.push_back(key);
        else out.both_different.push_back(key);
    }
    for (const auto& [key, texts] : b)
        if (!a.contains(key)) out.only_b.push_back(key);
    const std::size_t both = out.both_same.size() + out.both_different.size();
    const std::size_t all = both + out.only_a.size() + out.only_b.size();
    out.jaccard = all == 0 ? 0.0 : static_cast<double>(both) / static_cast<double>(all);
    return out;
}

}  // namespace glossgraph
