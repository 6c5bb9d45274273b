#pragma once
// GB/T 2260 divisions (provinces, prefectures, counties) and resolution of place names
// found in a report's header to one division. The data is vendored under
// data/gazetteer (china-division 2.7.0) and compiled into the binary.
//
// Pseudo-prefectures of the data (市辖区 and 县 of a municipality, 省直辖县级行政区划,
// 自治区直辖县级行政区划) only group counties: they are not divisions here. A county under
// one has the province as its parent (东城区 110101 -> 110000, 仙桃市 429004 -> 420000), and
// find() does not know their codes (find("1101") is nullptr).
#include "core/model.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace glossgraph {

class RegionHistory;

class Gazetteer {
public:
    // The divisions compiled into the program: today's. Built once on first use; thread-safe.
    static const Gazetteer& builtin();

    // The history of the codes (core/region_history.hpp) for builtin(), which knows the
    // divisions of every year since 1981; nullptr for every other gazetteer.
    const RegionHistory* history() const;

    // Parses the three CSV files of china-division (provinces.csv: code,name;
    // cities.csv: code,name,provinceCode; areas.csv: code,name,cityCode,provinceCode).
    // Fields may be quoted ("" inside quotes is one quote); the first line is the header;
    // blank lines are skipped. Throws parse_error naming the file ("areas.csv") and line for
    // a wrong header, a wrong field count, a broken quote, a code of the wrong width, an
    // empty name, a duplicate code, or a parent code that is unknown or does not prefix it.
    static Gazetteer from_csv(std::string_view provinces_csv, std::string_view cities_csv,
                              std::string_view areas_csv);

    // A gazetteer of these divisions, each code once, every parent_code among them (or the
    // division is a root). former_names are further names of some of them (a code of
    // `regions` with another name: 桥西区 for 信都区 130503 in 2020, the year it was renamed),
    // found by resolve() and find_by_name() as their own names are.
    static Gazetteer from_regions(std::vector<Region> regions, const std::vector<Region>& former_names = {});

    // Every form the index files a division's name under: the name, its stem and its short
    // form (region_names), each as written and in Simplified; none empty. Some count only in
    // some places (a stem after its parent's name): a superset, for telling that a text can
    // name no division at all.
    static std::vector<std::string> name_forms(const Region& region);

    // Every division, provinces, then prefectures, then counties, each sorted by code.
    // Region::parent_code of a county is its prefecture, or its province when the data
    // files it under a pseudo-prefecture; that of a prefecture is its province.
    const std::vector<Region>& regions() const { return regions_; }

    // The division with this 6-digit (or 2/4-digit: "51", "5106") code, or nullptr.
    const Region* find(std::string_view code) const;

    // The division with its ancestors' names filled in; the prefecture stays empty for a
    // county directly under its province. An ancestor whose code is unknown stays empty.
    RegionPath path(const Region& region) const;

    // Divisions whose official name is exactly `name` ("朝阳区" gives two), sorted by code;
    // short forms and stems are not names here. Simplified script.
    std::vector<const Region*> find_by_name(std::string_view name) const;

    // Resolves a place phrase in simplified script, such as "德阳市罗江区", "曾都区",
    // "曲靖市麒麟" (a county stem after its prefecture), "江苏南京鼓楼区", "凉山州西昌市" or
    // "四川", to the most specific
    // division consistent with the names in it. Text between names is ignored, so a
    // damaged tail ("曲靖市麒麟?yún)^") does no harm. Returns the candidates sorted by code:
    // one means resolved, several ambiguous, none unknown. Microseconds per call.
    //
    // Stems and short forms are those of core/region_names.hpp.
    // Names recognised anywhere: every official name; a province's short form (四川, 北京,
    // 内蒙古, 广西, 新疆); the short form of an autonomous prefecture, county or banner
    // (凉山州, 本溪县) unless it is another division's official name.
    // Names recognised only directly after a name of the parent, or directly before a name
    // of one of their children (spaces allowed between): stems of at least two characters of
    // prefectures (德阳 for 德阳市, 凉山 for 凉山彝族自治州, 锡林郭勒 for 锡林郭勒盟; 南京 in
    // "南京鼓楼区") and counties (罗江 for 罗江区, 麒麟 for 麒麟区, 长阳 for 长阳土家族自治县),
    // and the two-character district names that are also words (城区, 郊区).
    // Pseudo-prefectures such as 市辖区 are never matched.
    // The scan goes left to right; at each position it takes the name that follows a name
    // of its parent over one that does not, then the longest, else skips one character.
    // Each name found may stand for several divisions; a division scores one for each name
    // that names it or an ancestor. The highest scorers remain, less those that are an
    // ancestor of another ("德阳市罗江区" gives 罗江区, "北京市朝阳区" 北京's 朝阳区).
    std::vector<const Region*> resolve(std::string_view phrase) const;

    // Like resolve(), but several candidates are narrowed by `context`: text (simplified) in
    // which an ancestor's name or short form may appear ("[北京]", "在景德镇市委..."). The
    // candidates with the most ancestors mentioned remain; all of them when none is
    // mentioned. One candidate or none is returned as it is. Use for the header of a report.
    std::vector<const Region*> resolve(std::string_view phrase, std::string_view context) const;

    // Resolves a name given on its own, such as a command-line argument, that may be
    // qualified by its ancestors: "江苏省南京市鼓楼区", "南京市鼓楼区", "南京鼓楼区",
    // "江苏南京鼓楼区", "凉山州西昌市", "北京市朝阳区", or one name ("曾都区", "凉山州"). Names are
    // recognised as by resolve(), but nothing else may stand in `name` (spaces aside) and
    // every name in it must name the result or one of its ancestors: "罗江区政府",
    // "德阳市朝阳区" and a stem alone ("罗江") give nothing. Sorted by code; several mean the
    // name is ambiguous ("江苏省鼓楼区": 南京's and 徐州's 鼓楼区).
    std::vector<const Region*> resolve_name(std::string_view name) const;

private:
    struct Index;
    Gazetteer();
    std::vector<Region> regions_;
    std::shared_ptr<const Index> index_;
    bool builtin_ = false;
};

}  // namespace glossgraph
