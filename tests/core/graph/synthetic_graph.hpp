#pragma once
// A store-sized GraphData generated in memory: 30 provinces, 300 prefectures, 3,000 counties,
// 15,000 reports (five per county), 100,000 terms, the first 50,000 defined by three reports
// each, about a million mentions spread as in real reports (term i, ranked by use, is
// mentioned by about 95,000 / (i + 1) reports, at most all of them), and 10,000 variant pairs.
// The choice of reports is arithmetic from a fixed seed, so the counts below are exact.
#include "core/graph_data.hpp"

#include <cstddef>

namespace glossgraph::testing {

struct SyntheticSize {
    std::size_t provinces = 30;
    std::size_t prefectures_per_province = 10;
    std::size_t counties_per_prefecture = 10;
    std::size_t reports_per_county = 5;
    std::size_t terms = 100'000;
    std::size_t defined_terms = 50'000;
    std::size_t definitions_per_term = 3;
    std::size_t mention_scale = 95'000;
    std::size_t variant_pairs = 10'000;
};

GraphData synthetic_graph(const SyntheticSize& size);

// synthetic_graph() of the default size, generated once per test run and shared by the tests.
const GraphData& store_sized_graph();

// The number of mentions synthetic_graph(size) generates.
std::size_t synthetic_mentions(const SyntheticSize& size);

}  // namespace glossgraph::testing
