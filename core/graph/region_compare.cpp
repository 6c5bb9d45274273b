#include "core/graph/region_compare.hpp"

#include "core/errors.hpp"
#include "core/graph/graph_lookup.hpp"

#include <algorithm>
#include <map>
#include <unordered_set>

namespace glossgraph {
namespace {

// The latest definition of each term of one region's vocabulary, by term key.
using Vocabulary = std::map<std::string, RegionDefinition>;

bool later(const RegionDefinition& a, const RegionDefinition& b) {
    if (a.year != b.year) return a.year.value_or(-1) > b.year.value_or(-1);
    return a.report > b.report;
}

Vocabulary vocabulary(const GraphData& data, const std::string& code, RegionCodes history) {
    if (!find_region(data, code)) throw usage_error("no region with code '" + code + "' in the store");
    const std::unordered_set<std::string> codes = region_subtree(data, code, history);
    std::map<std::string_view, std::optional<int>> reports;  // file -> year
    for (const GraphReport& report : data.reports)
        if (codes.contains(report.region_code)) reports.emplace(report.file, report.year);
    Vocabulary words;
    for (const GraphDefinition& d : data.definitions) {
        const auto report = reports.find(d.report_file);
        if (report == reports.end()) continue;
        RegionDefinition said{d.text, d.report_file, report->second};
        const auto known = words.find(d.term_key);
        if (known == words.end()) {
            words.emplace(d.term_key, std::move(said));
        } else if (later(said, known->second)) {
            known->second = std::move(said);
        }
    }
    return words;
}

}  // namespace

RegionComparison compare_regions(const GraphData& data, const std::string& code_a, const std::string& code_b,
                                 double threshold, RegionCodes codes) {
    (void)group_readings({}, threshold);  // checks the threshold, as group_readings() words it
    const Vocabulary a = vocabulary(data, code_a, codes);
    const Vocabulary b = vocabulary(data, code_b, codes);
    RegionComparison out;
    for (const auto& [key, said] : a) {
        const auto other = b.find(key);
        if (other == b.end()) {
            out.only_a.push_back(key);
        } else if (same_reading(said.text, other->second.text, threshold)) {
            out.both_same.push_back(key);
        } else {
            out.both_different.push_back(key);
            out.differences.push_back({key, said, other->second});
        }
    }
    for (const auto& [key, said] : b)
        if (!a.contains(key)) out.only_b.push_back(key);
    const std::size_t both = out.both_same.size() + out.both_different.size();
    const std::size_t all = both + out.only_a.size() + out.only_b.size();
    out.jaccard = all == 0 ? 0.0 : static_cast<double>(both) / static_cast<double>(all);
    return out;
}

}  // namespace glossgraph
