#include "fixture_graph.hpp"

#include <algorithm>
#include <tuple>

namespace glossgraph::fixtures {
namespace {

const std::string r000 = "000_5b54c714a6bec26a.txt";
const std::string r002 = "002_56897e3e26716c43.txt";
const std::string r003 = "003_69fdf8d6d7fd43b7.txt";
const std::string r004 = "004_377fd206c21df32a.txt";

std::vector<Region> regions() {
    return {
        {"370000", "山东省", RegionLevel::province, ""},   {"371400", "德州市", RegionLevel::prefecture, "370000"},
        {"371403", "陵城区", RegionLevel::county, "371400"}, {"420000", "湖北省", RegionLevel::province, ""},
        {"421300", "随州市", RegionLevel::prefecture, "420000"}, {"421303", "曾都区", RegionLevel::county, "421300"},
        {"510000", "四川省", RegionLevel::province, ""},   {"510600", "德阳市", RegionLevel::prefecture, "510000"},
        {"510604", "罗江区", RegionLevel::county, "510600"},
    };
}

std::vector<GraphReport> reports() {
    return {
        {r000, "2024年德阳市罗江区政府工作报告", 2024, "2023-12-27", "张天则", Script::simplified, "510604"},
        {r002, "2023年曾都区政府工作报告", 2023, "2023-01-08", "何胜", Script::simplified, "421303"},
        {r003, "2021年德州市陵城区政府工作报告", 2021, "2021-01-27", "李希巖", Script::traditional, "371403"},
        {r004, "2023年曲靖市麒麟区政府工作报告", 2023, "2023-01-04", "張忠文", Script::traditional, ""},
    };
}

GraphTerm term(const std::string& key, const std::string& label) { return {key, label, {label}}; }

std::vector<GraphTerm> terms() {
    return {
        term(hostile_key, hostile_label),
        term("三线一单", "三线一单"),
        term("两品一标", "两品一标"),
        term("二品一标", "二品一标"),
        term("四个最严", "四個最嚴"),
        term("四个最严要求", "“四个最严”要求"),
        term("四五五六发展总思路", "“四五五六”发展总思路"),
        term("四大目标", "四大目标"),
        term("放管服改革", "“放管服”改革"),
    };
}

std::vector<GraphDefinition> definitions() {
    return {
        {199, hostile_key, r000, hostile_label, hostile_definition, std::nullopt},
        {124, "三线一单", r000, "三线一单", "生态保护红线、环境质量底线、资源利用上线和环境准入负面清单。", 24},
        {208, "三线一单", r002, "三线一单", "生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。", 8},
        {104, "两品一标", r000, "两品一标", "绿色食品、有机农产品和农产品地理标志。", 4},
        {202, "二品一标", r002, "二品一标", "绿色食品、有机农产品和农产品地理标志。", 2},
        {305, "四个最严", r003, "四個最嚴", "最嚴謹的標準、最嚴格的監管、最嚴厲的處罰、最嚴肅的問責。", 3},
        {111, "四个最严要求", r000, "“四个最严”要求", "最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责。", 11},
        {101, "四五五六发展总思路", r000, "“四五五六”发展总思路",
         "市委九届五次全会提出锚定“四大目标”，实施“五大战略”，强化“五大专班”，突出“六大抓手”。", 1},
        {102, "四大目标", r000, "四大目标", "经济总量“重返前三”。", std::nullopt},
        {107, "放管服改革", r000, "“放管服”改革", "“放”即简政放权；“管”即创新监管；“服”即高效服务。", 7},
    };
}

std::vector<GraphMention> mentions() {
    return {
        {"三线一单", r000, 1, true, true, true},       {"三线一单", r002, 1, true, false, true},
        {"两品一标", r000, 1, true, true, true},       {"二品一标", r002, 2, true, false, true},
        {"四个最严要求", r000, 1, true, true, true},   {"四个最严要求", r002, 1, true, false, false},
        {"四大目标", r000, 1, true, false, true},      {"放管服改革", r000, 1, true, true, true},
        {"放管服改革", r004, 1, true, false, false},
    };
}

std::vector<GraphRelation> relations() {
    return {
        {hostile_key, "三线一单", RelationKind::refers_to, "names 三线一单 in \"<b>\" & 'c'"},
        {"两品一标", "二品一标", RelationKind::variant_numeral, "numeral 两=二"},
        {"四个最严要求", "四个最严", RelationKind::variant_suffix, "suffix 要求"},
        {"四大目标", "四五五六发展总思路", RelationKind::broader, "footnote 1 of " + r000},
    };
}

// 罗江区's 三线一单 (2024) adapted from 曾都区's (2023), as lineage finds it in the samples.
std::vector<GraphDerivation> derivations() { return {{124, 208, "adapted", "distant", 0.8518518518518519}}; }

}  // namespace

GraphData fixture_graph() {
    GraphData data{regions(), reports(), terms(), definitions(), mentions(), relations(), derivations(), {}, {}, {}};
    std::sort(data.terms.begin(), data.terms.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    std::sort(data.definitions.begin(), data.definitions.end(), [](const auto& a, const auto& b) {
        return std::tie(a.term_key, a.report_file, a.entry_id) < std::tie(b.term_key, b.report_file, b.entry_id);
    });
    std::sort(data.mentions.begin(), data.mentions.end(), [](const auto& a, const auto& b) {
        return std::tie(a.term_key, a.report_file) < std::tie(b.term_key, b.report_file);
    });
    std::sort(data.relations.begin(), data.relations.end(), [](const auto& a, const auto& b) {
        return std::tuple(a.from_key, a.to_key, to_string(a.kind)) < std::tuple(b.from_key, b.to_key, to_string(b.kind));
    });
    return data;
}

}  // namespace glossgraph::fixtures
