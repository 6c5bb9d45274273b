#pragma once
// How GB/T 2260 divisions are named, in one place: the administrative suffixes of each level,
// the ethnic names of autonomous divisions, and the shorter forms people write instead of an
// official name. The gazetteer's index (core/gazetteer.cpp, which reads report headers) and
// the command line's REGION arguments (RegionQuery in core/graph/graph_lookup.hpp) read names
// by these rules and by no others.
//
// Every function takes and returns simplified script and converts nothing: callers run
// to_simplified() first. Lengths are counted in characters (code points). A stem keeps at
// least two characters: a suffix or an ethnic name that would leave fewer is part of the name
// (城区 keeps its 区, 鄂温克族 its 鄂温克). Pure functions of their arguments; thread-safe.
#include "core/model.hpp"

#include <span>
#include <string>
#include <string_view>

namespace glossgraph::region_names {

// The administrative suffixes an official name of this level may end with, longest first:
//   province    特别行政区 自治区 省 市 (市: the four municipalities)
//   prefecture  自治州 地区 盟 市
//   county      自治县 自治旗 特区 区 县 市 旗
// 林区 is not among them: 万柏林区 and 碑林区 are districts (区) whose names end in 林.
std::span<const std::string_view> suffixes(RegionLevel level);

// `base` (a name before its 自治区/州/县/旗) without the ethnic names at its end, each with or
// without 族, while at least two characters remain: 凉山彝族 -> 凉山, 双江拉祜族佤族布朗族傣族
// -> 双江, 新疆维吾尔 -> 新疆; 鄂温克族 -> 鄂温克. A one-character ethnic name goes only with its
// 族: 三江侗族 -> 三江, but 融水 keeps its 水. Returns a view into `base`.
std::string_view strip_ethnic(std::string_view base);

// The official name `name` of a division of `level` without its suffix and, for an autonomous
// division or an ethnic district (…族区), without its ethnic names: 四川省 -> 四川, 北京市 ->
// 北京, 广西壮族自治区 -> 广西, 德阳市 -> 德阳, 凉山彝族自治州 -> 凉山, 锡林郭勒盟 -> 锡林郭勒,
// 罗江区 -> 罗江, 长阳土家族自治县 -> 长阳, 管城回族区 -> 管城, 六枝特区 -> 六枝. Empty when the
// name ends with no suffix of its level, or when fewer than two characters would remain (城区).
std::string stem(std::string_view name, RegionLevel level);

// The form that names the division on its own, without its parent: a province's stem (四川,
// 北京, 内蒙古, 广西); an autonomous prefecture's, county's or banner's stem followed by 州, 县 or
// 旗 (凉山州, 本溪县 for 本溪满族自治县, 鄂温克旗). Empty for every other division: 罗江 names
// 罗江区 only after 德阳. A short form may be another division's official name (本溪县 is not,
// but could be); whether it then still names this one is the caller's rule.
std::string short_form(std::string_view name, RegionLevel level);

// True for the two-character district names that are words as well (城区, 郊区, 矿区, 东区):
// text uses them of any city, so they name a division only right after its parent.
bool is_word_like(std::string_view name);

// A name as someone wrote it, its level unknown, without the longest suffix of any level or
// short form (州) it ends with that leaves two characters, and without ethnic names as stem()
// strips them: 罗江县 -> 罗江, 凉山州 -> 凉山, 广西壮族自治区 -> 广西, 随州市 -> 随州.
// The text itself when nothing is stripped (随州, 城区).
std::string bare(std::string_view written);

// How closely a written name (simplified, without spaces) names the division whose official
// name is `name` and level `level`, the closest first:
//   official    it is the official name (罗江区, 凉山彝族自治州)
//   short_form  it is the short form (四川 for 四川省, 凉山州)
//   stem        it, or its bare() form, is the stem (罗江 and 罗江县 for 罗江区, 朝阳 for both
//               朝阳区 and 朝阳市, 凉山 for 凉山彝族自治州)
//   none        none of these (an empty name names nothing)
// Callers that match a name against many divisions keep only the closest matches, so 四川
// names 四川省 and never a 四川 stem elsewhere, and 吉林 names 吉林省 rather than 吉林市.
enum class NameMatch { none, stem, short_form, official };
NameMatch match(std::string_view written, std::string_view name, RegionLevel level);

}  // namespace glossgraph::region_names
