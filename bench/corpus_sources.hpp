#pragma once
// make_corpus: its inputs, the GB/T 2260 regions of data/gazetteer and the five sample reports.
#include "bench/corpus_text.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace glossgraph::corpus {

// Body text refers to places through these bytes, replaced when a report is written.
enum Slot : char { county_full = '\x01', county_stem = '\x02', pref_full = '\x03', pref_stem = '\x04' };

struct Region {
    std::string code, name, prefecture, province;  // prefecture empty when the county hangs under the province
    std::string title_place;                       // as in the title: 德阳市罗江区
    std::string stem, pref_name, pref_stem;        // what the body slots become
    std::string leader;                            // 区长, 县长, 市长, 旗长, 州长, 盟长
    std::string province_tag;                      // 四川, 内蒙古
    // The years in which its code was in use, from the year before the first asked for: its
    // reports are those of the years asked for among them, and one is delivered in the
    // December before its year only when the region was in use then.
    std::vector<int> years;
};

struct SampleEntry {
    std::string term, definition;
    bool child = false;  // an unnumbered line under a numbered footnote
};

struct Sample {
    std::vector<std::string> body;  // paragraphs between the salutation and the closing, with place slots
    std::string closing;            // the last paragraph opening with 各位代表, with place slots
    std::vector<SampleEntry> glossary;
    std::vector<std::string> head, tail;  // page chrome before the title and after the glossary
};

// Every division the corpus can write reports for, in the gazetteer's order, each finished
// (stems, leader, province tag): counties (not 市辖区), prefectures (not pseudo-prefectures or
// 地区) and provinces (code XX0000; 省长, 主席 of an autonomous region, 市长 of a municipality).
struct Divisions {
    std::vector<Region> counties, prefectures, provinces;
};
Divisions load_divisions(const fs::path& gazetteer);

// Counties first (all of them, or a seeded choice), then prefectures; sorted by code.
// Each with the years of `years` in which its code was in use (core/region_history.hpp), so
// that no report names a region before it existed.
std::vector<Region> load_regions(const Divisions& divisions, std::size_t wanted, std::uint64_t seed,
                                 const std::vector<int>& years);
// Sets each region's years in use among `years`, as load_regions does.
void set_years_in_use(std::vector<Region>& regions, const std::vector<int>& years);
// A seeded choice of `wanted` counties whose codes GB/T 2260 retired (罗江县 510626, which became
// 罗江区), among those in use in some of `years`, named and placed as in the last of those
// years, with their years in use as load_regions gives them; sorted by code.
std::vector<Region> load_retired(std::size_t wanted, std::uint64_t seed, const std::vector<int>& years);
// The same for counties renamed under their own code and in use today (桥东区 130502, 襄都区
// since 2020), each under a former name in the years it had it (a county renamed twice may
// come twice, under each name).
std::vector<Region> load_renamed(std::size_t wanted, std::uint64_t seed, const std::vector<int>& years);
std::vector<Sample> load_samples(const fs::path& dir);

}  // namespace glossgraph::corpus
