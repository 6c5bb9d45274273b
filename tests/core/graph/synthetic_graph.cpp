#include "tests/core/graph/synthetic_graph.hpp"

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace glossgraph::testing {
namespace {

// Zero-padded, so that the sort order of the names is the order of the numbers.
std::string numbered(const char* prefix, std::size_t n, const char* suffix = "") {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s%07zu%s", prefix, n, suffix);
    return buffer;
}

std::string code(std::size_t province, std::size_t prefecture, std::size_t county) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02zu%02zu%02zu", province + 11, prefecture, county);
    return buffer;
}

void add_regions(const SyntheticSize& size, GraphData& data) {
    for (std::size_t p = 0; p < size.provinces; ++p) {
        data.regions.push_back({code(p, 0, 0), numbered("省", p), RegionLevel::province, ""});
        for (std::size_t f = 1; f <= size.prefectures_per_province; ++f) {
            data.regions.push_back({code(p, f, 0), numbered("市", p * 100 + f), RegionLevel::prefecture, code(p, 0, 0)});
            for (std::size_t c = 1; c <= size.counties_per_prefecture; ++c)
                data.regions.push_back({code(p, f, c), numbered("县", (p * 100 + f) * 100 + c), RegionLevel::county, code(p, f, 0)});
        }
    }
    std::sort(data.regions.begin(), data.regions.end(), [](auto& x, auto& y) { return x.code < y.code; });
}

void add_reports(const SyntheticSize& size, GraphData& data) {
    std::vector<std::string> counties;
    for (const Region& region : data.regions)
        if (region.level == RegionLevel::county) counties.push_back(region.code);
    const std::size_t count = counties.size() * size.reports_per_county;
    for (std::size_t r = 0; r < count; ++r) {
        GraphReport report;
        report.file = numbered("r", r, ".txt");
        report.year = 2020 + static_cast<int>(r % size.reports_per_county);
        report.region_code = counties[r % counties.size()];
        data.reports.push_back(std::move(report));
    }
}

std::size_t mentions_of_term(const SyntheticSize& size, std::size_t reports, std::size_t term) {
    return std::min(reports, size.mention_scale / (term + 1));
}

// Distinct reports: the stride is prime to the number of reports (15,000 = 2^3 * 3 * 5^4).
std::vector<std::size_t> pick_reports(std::size_t reports, std::size_t count, std::size_t start) {
    std::vector<std::size_t> picked(count);
    for (std::size_t j = 0; j < count; ++j) picked[j] = (start + j * 7) % reports;
    std::sort(picked.begin(), picked.end());
    return picked;
}

void add_term(const SyntheticSize& size, std::size_t t, std::mt19937& rng, GraphData& data) {
    const std::size_t reports = data.reports.size();
    const std::string key = numbered("t", t);
    data.terms.push_back({key, key, {key}});
    if (t < size.defined_terms)
        for (const std::size_t r : pick_reports(reports, size.definitions_per_term, rng() % reports))
            data.definitions.push_back({static_cast<long long>(data.definitions.size() + 1), key, data.reports[r].file, key,
                                        "definition " + std::to_string(t % 97), std::nullopt});
    for (const std::size_t r : pick_reports(reports, mentions_of_term(size, reports, t), rng() % reports))
        data.mentions.push_back({key, data.reports[r].file, 1, false, false, false});
}

}  // namespace

GraphData synthetic_graph(const SyntheticSize& size) {
    GraphData data;
    add_regions(size, data);
    add_reports(size, data);
    std::mt19937 rng(20240521);
    data.mentions.reserve(synthetic_mentions(size));
    for (std::size_t t = 0; t < size.terms; ++t) add_term(size, t, rng, data);
    for (std::size_t i = 0; i < size.variant_pairs; ++i)
        data.relations.push_back({numbered("t", 2 * i), numbered("t", 2 * i + 1), RelationKind::variant_numeral, "synthetic"});
    return data;
}

const GraphData& store_sized_graph() {
    static const GraphData data = synthetic_graph(SyntheticSize{});
    return data;
}

std::size_t synthetic_mentions(const SyntheticSize& size) {
    const std::size_t reports = size.provinces * size.prefectures_per_province * size.counties_per_prefecture *
                                size.reports_per_county;
    std::size_t total = 0;
    for (std::size_t t = 0; t < size.terms; ++t) total += mentions_of_term(size, reports, t);
    return total;
}

}  // namespace glossgraph::testing
