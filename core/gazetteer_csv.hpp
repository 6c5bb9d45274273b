#pragma once
// The three CSV files of china-division (provinces.csv: code,name; cities.csv:
// code,name,provinceCode; areas.csv: code,name,cityCode,provinceCode) as GB/T 2260 regions.
// Private to Gazetteer; see gazetteer.hpp for what becomes of pseudo-prefectures.
#include "core/model.hpp"

#include <string_view>
#include <vector>

namespace glossgraph {

// Every region with 6-digit codes: provinces, then prefectures, then counties, each by code.
// Throws parse_error naming the file, line (and column for quoting errors) of a malformed row.
std::vector<Region> read_gazetteer_csv(std::string_view provinces_csv, std::string_view cities_csv,
                                       std::string_view areas_csv);

}  // namespace glossgraph
