#include "core/graph/region_vocabulary.hpp"

#include "core/graph/graph_lookup.hpp"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace glossgraph {
namespace {

// Whether the definition of `year` in `report` is later than `wording`'s (undated ones earliest).
bool later(const std::optional<int>& year, const std::string& report, const RegionWording& wording) {
    const int a = year.value_or(-1);
    const int b = wording.year.value_or(-1);
    return std::tie(a, report) >= std::tie(b, wording.report);
}

bool defines(const RegionVocabulary& vocabulary, const std::string& key) {
    const auto found = std::lower_bound(vocabulary.defined.begin(), vocabulary.defined.end(), key,
                                        [](const RegionWording& wording, const std::string& k) { return wording.key < k; });
    return found != vocabulary.defined.end() && found->key == key;
}

void add_definitions(const GraphData& data, const std::unordered_map<std::string, std::size_t>& index,
                     std::vector<RegionVocabulary>& vocabularies) {
    for (const GraphDefinition& d : data.definitions) {
        const GraphReport* report = find_report(data, d.report_file);
        if (!report) continue;
        const auto found = index.find(report->region_code);
        if (found == index.end()) continue;
        std::vector<RegionWording>& defined = vocabularies[found->second].defined;
        // data.definitions is sorted by key, so a region's wordings of one key are adjacent.
        if (!defined.empty() && defined.back().key == d.term_key) {
            if (later(report->year, report->file, defined.back())) defined.back() = {d.term_key, d.term, d.text, report->file, report->year};
        } else {
            defined.push_back({d.term_key, d.term, d.text, report->file, report->year});
        }
    }
}

void add_mentions(const GraphData& data, const std::unordered_map<std::string, std::size_t>& index,
                  std::vector<RegionVocabulary>& vocabularies) {
    for (const GraphMention& m : data.mentions) {
        const std::string& code = region_code_of(data, m.report_file);
        const auto found = index.find(code);
        if (found == index.end()) continue;
        std::vector<std::string>& keys = vocabularies[found->second].mentioned_only;
        if (keys.empty() || keys.back() != m.term_key) keys.push_back(m.term_key);
    }
    for (RegionVocabulary& vocabulary : vocabularies) {
        // Mentions are sorted by key too; drop the keys the region defines.
        std::erase_if(vocabulary.mentioned_only, [&](const std::string& key) { return defines(vocabulary, key); });
    }
}

}  // namespace

std::vector<RegionVocabulary> region_vocabularies(const GraphData& data) {
    std::vector<RegionVocabulary> vocabularies(data.regions.size());
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < data.regions.size(); ++i) {
        vocabularies[i].code = data.regions[i].code;
        index.emplace(data.regions[i].code, i);
    }
    add_definitions(data, index, vocabularies);
    add_mentions(data, index, vocabularies);
    return vocabularies;
}

VocabularyComparison compare_vocabularies(const RegionVocabulary& a, const RegionVocabulary& b, double threshold) {
    VocabularyComparison comparison;
    auto i = a.defined.begin();
    auto j = b.defined.begin();
    while (i != a.defined.end() || j != b.defined.end()) {
        if (j == b.defined.end() || (i != a.defined.end() && i->key < j->key)) {
            ++comparison.only_a;
            ++i;
        } else if (i == a.defined.end() || j->key < i->key) {
            ++comparison.only_b;
            ++j;
        } else {
            ++comparison.shared;
            if (i->text == j->text || same_reading(i->text, j->text, threshold)) ++comparison.same_reading;
            ++i;
            ++j;
        }
    }
    const std::size_t all = comparison.shared + comparison.only_a + comparison.only_b;
    comparison.jaccard = all == 0 ? 0.0 : static_cast<double>(comparison.shared) / static_cast<double>(all);
    return comparison;
}

}  // namespace glossgraph
