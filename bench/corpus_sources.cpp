// make_corpus: reading the regions from the gazetteer and parsing the sample reports.
#include "bench/corpus_sources.hpp"

#include "core/gazetteer.hpp"
#include "core/region_history.hpp"
#include "core/region_names.hpp"

#include <algorithm>
#include <map>
#include <sstream>
#include <string_view>
#include <utility>

namespace glossgraph::corpus {
namespace {

std::vector<std::vector<std::string>> read_csv(const fs::path& path) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(read_file(path));
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;
        auto cells = split(line, ",");
        for (auto& c : cells) replace_all(c, "\"", "");
        rows.push_back(cells);
    }
    return rows;
}

std::string leader_of(const std::string& name) {
    if (name.ends_with("区")) return "区长";
    if (name.ends_with("县")) return "县长";
    if (name.ends_with("旗")) return "旗长";
    if (name.ends_with("州")) return "州长";
    if (name.ends_with("盟")) return "盟长";
    return "市长";
}

bool pseudo_prefecture(const std::string& name) {
    return name == "市辖区" || name == "县" || name.ends_with("直辖县级行政区划");
}

// True when `code` took over in `year` from a division of its own name under another code
// (长寿县 510221 -> 500221 in 1997): a report of that year by that name is the predecessor's.
bool recoded_in(const std::string& code, int year) {
    const RegionHistory& history = RegionHistory::builtin();
    const glossgraph::Region* region = history.in_year(year).find(code);
    return region && std::any_of(history.links().begin(), history.links().end(), [&](const RegionLink& link) {
               const glossgraph::Region* from = history.in_year(year).find(link.from_code);
               return link.to_code == code && link.year == year && continues_line(link.change) && from &&
                      from->name == region->name;
           });
}

// The years from the one before the first of `years` to the last in which `code` was in use
// under `name` (桥东区 130502 is 襄都区 since 2020), without the year a division of its name
// gave way to it.
std::vector<int> years_in_use(const std::string& code, const std::string& name, const std::vector<int>& years) {
    std::vector<int> used;
    for (int year = years.front() - 1; year <= years.back(); ++year) {
        const glossgraph::Region* then = RegionHistory::builtin().in_year(year).find(code);
        if (then && then->name == name && !recoded_in(code, year)) used.push_back(year);
    }
    return used;
}

// A seeded shuffle: which regions when fewer are asked for.
void shuffle(std::vector<Region>& regions, std::uint64_t seed) {
    Rng rng(mix(seed, regions.size()));
    for (std::size_t i = regions.size(); i > 1; --i) std::swap(regions[i - 1], regions[rng.below(i)]);
}

// The forms a region is written in, by the rules the gazetteer reads them by.
void name_forms(Region& g) {
    g.stem = region_names::bare(g.name);
    g.pref_stem = region_names::bare(g.pref_name);
    g.leader = leader_of(g.name);
    g.province_tag = region_names::short_form(g.province, RegionLevel::province);
}

}  // namespace

Divisions load_divisions(const fs::path& gazetteer) {
    std::map<std::string, std::string> provinces, cities;
    for (auto& r : read_csv(gazetteer / "provinces.csv")) provinces[r[0]] = r[1];
    for (auto& r : read_csv(gazetteer / "cities.csv")) cities[r[0]] = r[1];
    Divisions d;
    std::map<std::string, std::string> same_name;  // city code -> the code of its namesake county: 嘉峪关市
    for (auto& r : read_csv(gazetteer / "areas.csv")) {
        const std::string& city = cities[r[2]];
        const std::string& name = r[1];
        const bool county_like = name.ends_with("区") || name.ends_with("县") || name.ends_with("市") || name.ends_with("旗");
        if (name == city) same_name[r[2]] = r[0];  // written as the prefecture, resolved to this code
        if (!county_like || name == city || name == "市辖区") continue;
        Region g{r[0], name, pseudo_prefecture(city) ? "" : city, provinces[r[3]], {}, {}, {}, {}, {}, {}, {}};
        const bool municipality = city == "市辖区" || city == "县";
        g.title_place = (pseudo_prefecture(city) ? (municipality ? g.province : "") : city) + name;
        g.pref_name = g.prefecture.empty() ? (municipality ? g.province : name) : g.prefecture;
        d.counties.push_back(g);
    }
    for (auto& [code, name] : cities) {
        if (pseudo_prefecture(name) || name.ends_with("地区")) continue;
        Region g{same_name.count(code) ? same_name[code] : code + "00", name, "", provinces[code.substr(0, 2)], name, {}, {}, name, {}, {}, {}};
        d.prefectures.push_back(g);
    }
    for (auto& [code, name] : provinces) d.provinces.push_back({code + "0000", name, "", name, name, {}, {}, name, {}, {}, {}});
    for (auto* list : {&d.counties, &d.prefectures, &d.provinces})
        for (auto& g : *list) name_forms(g);
    for (auto& g : d.provinces)
        g.leader = g.name.ends_with("自治区") ? "主席" : g.name.ends_with("省") ? "省长" : "市长";
    return d;
}

std::vector<Region> load_regions(const Divisions& divisions, std::size_t wanted, std::uint64_t seed,
                                 const std::vector<int>& years) {
    std::vector<Region> counties = divisions.counties, prefectures = divisions.prefectures;
    for (auto* list : {&counties, &prefectures}) shuffle(*list, seed);
    std::vector<Region> chosen;
    for (auto* list : {&counties, &prefectures})
        for (auto& g : *list)
            if (chosen.size() < wanted) chosen.push_back(g);
    std::sort(chosen.begin(), chosen.end(), [](auto& a, auto& b) { return a.code < b.code; });
    set_years_in_use(chosen, years);
    return chosen;
}

void set_years_in_use(std::vector<Region>& regions, const std::vector<int>& years) {
    for (Region& g : regions) g.years = years_in_use(g.code, g.name, years);
}

namespace {

// A county of the history under a name it had, with the years it had it (years_in_use),
// placed as in the last of them; empty years when it had that name in none of them.
Region as_named_then(const std::string& code, const std::string& name, const std::vector<int>& years) {
    const RegionHistory& history = RegionHistory::builtin();
    Region g;
    g.code = code;
    g.name = name;
    g.years = years_in_use(code, name, years);
    if (g.years.empty() || g.years.back() < years.front()) {
        g.years.clear();
        return g;
    }
    const Gazetteer& then = history.in_year(g.years.back());
    const RegionPath path = then.path(*then.find(g.code));
    g.province = path.province;
    g.prefecture = path.prefecture;
    const bool municipality = g.prefecture.empty() && g.province.ends_with("市");
    g.title_place = (g.prefecture.empty() ? (municipality ? g.province : "") : g.prefecture) + g.name;
    g.pref_name = g.prefecture.empty() ? (municipality ? g.province : g.name) : g.prefecture;
    return g;
}

// `wanted` of the counties, by a seeded shuffle, sorted by code and finished.
std::vector<Region> choose(std::vector<Region> counties, std::size_t wanted, std::uint64_t seed) {
    shuffle(counties, seed);
    if (counties.size() > wanted) counties.resize(wanted);
    std::sort(counties.begin(), counties.end(), [](auto& a, auto& b) { return a.code < b.code; });
    for (auto& g : counties) name_forms(g);
    return counties;
}

}  // namespace

std::vector<Region> load_retired(std::size_t wanted, std::uint64_t seed, const std::vector<int>& years) {
    const RegionHistory& history = RegionHistory::builtin();
    std::vector<Region> retired;
    for (const HistoricDivision& d : history.divisions()) {
        if (d.region.level != RegionLevel::county || Gazetteer::builtin().find(d.region.code)) continue;
        if (!retired.empty() && retired.back().code == d.region.code) retired.pop_back();  // the code's last record
        Region g = as_named_then(d.region.code, d.region.name, years);
        if (!g.years.empty()) retired.push_back(std::move(g));
    }
    return choose(std::move(retired), wanted, seed);
}

std::vector<Region> load_renamed(std::size_t wanted, std::uint64_t seed, const std::vector<int>& years) {
    const RegionHistory& history = RegionHistory::builtin();
    std::vector<Region> renamed;
    for (const HistoricDivision& d : history.divisions()) {
        const glossgraph::Region* today = Gazetteer::builtin().find(d.region.code);
        if (d.region.level != RegionLevel::county || !today || !d.until || today->name == d.region.name) continue;
        const auto same = [&](const Region& r) { return r.code == d.region.code && r.name == d.region.name; };
        if (std::any_of(renamed.begin(), renamed.end(), same)) continue;  // a name it had twice: its years are one list
        Region g = as_named_then(d.region.code, d.region.name, years);
        if (!g.years.empty()) renamed.push_back(std::move(g));
    }
    return choose(std::move(renamed), wanted, seed + 1);
}

namespace {

using Places = std::vector<std::pair<std::string, Slot>>;

// Each place name made a slot for the corpus region's name, except one right before a '?':
// the '?' of a damaged run swallowed the lead byte of the name's last character's successor,
// and the run's annotation names the character that byte formed with the name's last byte,
// so another name there would make a run no reading of its bytes can repair.
std::string with_slots(std::string text, const Places& places) {
    for (auto& [name, slot] : places) {
        std::string out;
        std::size_t done = 0;
        for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + name.size())) {
            if (at + name.size() < text.size() && text[at + name.size()] == '?') continue;
            out.append(text, done, at - done).append(1, slot);
            done = at + name.size();
        }
        text = out.append(text, done);
    }
    return text;
}

bool heading_line(std::string t) {
    replace_all(t, " ", "");
    replace_all(t, "\xE3\x80\x80", "");
    return t == "名词解释" || t == "注释" || t == "名詞解釋" || t == "註釋";
}

// "(12)" "（12）" "12." "12．" "12、" at the start of t: the marker's length, or 0.
std::size_t marker_length(const std::string& t) {
    std::size_t i = 0;
    std::string_view open = t.starts_with("(") ? "(" : t.starts_with("（") ? "（" : "";
    i = open.size();
    const std::size_t digits = i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    if (i == digits) return 0;
    const std::string_view rest = std::string_view(t).substr(i);
    for (std::string_view close : open.empty() ? std::vector<std::string_view>{".", "．", "、"}
                                               : std::vector<std::string_view>{")", "）"})
        if (rest.starts_with(close)) return i + close.size();
    return 0;
}

std::vector<SampleEntry> parse_glossary(const std::vector<std::string>& lines, std::size_t from, std::size_t to) {
    std::vector<SampleEntry> entries;
    bool numbered = false;
    for (std::size_t i = from; i < to; ++i) {
        std::string t = trim(lines[i]);
        if (t.empty()) continue;
        const std::size_t marker = marker_length(t);
        numbered = numbered || marker > 0;
        t = t.substr(marker);
        std::size_t colon = std::min(t.find(':'), t.find("："));
        if (colon == std::string::npos || colon > 64 * 3) continue;
        const std::size_t colon_size = t.compare(colon, 1, ":") == 0 ? 1 : 3;
        entries.push_back({t.substr(0, colon), t.substr(colon + colon_size), numbered && marker == 0});
    }
    return entries;
}

Sample parse_sample(const std::string& text, const Places& places) {
    const auto lines = split(text, "\n");
    std::vector<std::string> trimmed;
    for (auto& l : lines) trimmed.push_back(trim(l));
    std::size_t salutation = 0, heading = lines.size(), closing = 0, end = lines.size();
    while (salutation < lines.size() && !(trimmed[salutation].starts_with("各位代表") && trimmed[salutation].size() <= 15))
        ++salutation;
    for (std::size_t i = salutation + 1; i < lines.size() && heading == lines.size(); ++i)
        if (heading_line(trimmed[i])) heading = i;
    for (std::size_t i = salutation + 1; i < heading; ++i)
        if (trimmed[i].starts_with("各位代表")) closing = i;
    std::size_t glossary = heading;
    for (std::size_t i = closing + 1; i < lines.size() && glossary == lines.size(); ++i)
        if (trimmed[i].starts_with("1.")) glossary = i - 1;  // 002: a numbered list with no heading
    for (std::size_t i = glossary + 1; i < lines.size() && end == lines.size(); ++i)
        if (trimmed[i].starts_with("您需要登录") || trimmed[i].starts_with("扫一扫")) end = i;

    Sample s;
    for (std::size_t i = salutation + 1; i < closing; ++i)
        if (!trimmed[i].empty()) s.body.push_back(with_slots(trimmed[i], places));
    s.closing = with_slots(trimmed[closing], places);
    if (glossary < lines.size()) s.glossary = parse_glossary(lines, glossary + 1, end);
    for (std::size_t i = 0; i < lines.size() && trimmed[i] != trim(lines[salutation]); ++i) {
        if (trimmed[i].find("政府工作报告") != std::string::npos && !trimmed[i].starts_with("[")) break;
        s.head.push_back(lines[i]);
    }
    for (std::size_t i = end; i < lines.size(); ++i) s.tail.push_back(lines[i]);
    return s;
}

}  // namespace

std::vector<Sample> load_samples(const fs::path& dir) {
    std::vector<fs::path> files;
    for (auto& e : fs::directory_iterator(dir))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    if (files.size() < 5) throw std::runtime_error("expected the five sample reports in " + dir.string());
    const std::vector<Places> places = {
        {{"德阳市", pref_full}, {"罗江区", county_full}, {"德阳", pref_stem}, {"罗江", county_stem}},
        {{"景德镇市", pref_full}, {"乐平市", county_full}, {"景德镇", pref_stem}, {"乐平", county_stem}},
        {{"随州市", pref_full}, {"曾都区", county_full}, {"随州", pref_stem}, {"曾都", county_stem}},
        {{"德州市", pref_full}, {"陵城區", county_full}, {"陵城区", county_full}, {"德州", pref_stem}, {"陵城", county_stem}},
        {{"曲靖市", pref_full}, {"麒麟區", county_full}, {"麒麟区", county_full}, {"曲靖", pref_stem}, {"麒麟", county_stem}},
    };
    std::vector<Sample> samples;
    for (std::size_t i = 0; i < 5; ++i) samples.push_back(parse_sample(read_file(files[i]), places[i]));
    return samples;
}

}  // namespace glossgraph::corpus
