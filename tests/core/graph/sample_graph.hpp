#pragma once
// The facts of the sample corpus the graph tests rely on: three county reports (罗江区 2024,
// 曾都区 2024, 陵城区 2021 in Traditional script, damaged) with the glossary entries and
// variant relations the importers and the linker find in them, and a few mentions.
#include "tests/core/compare/sample_definitions.hpp"
#include "tests/core/graph/graph_builder.hpp"

#include <string>

namespace glossgraph::testing {

inline constexpr const char* kLuojiang = "000_luojiang_2024.txt";
inline constexpr const char* kZengdu = "002_zengdu_2024.txt";
inline constexpr const char* kLingcheng = "003_lingcheng_2021.txt";

// The sample corpus as a builder, so that a test can add to it before build().
inline GraphBuilder sample_builder() {
    GraphBuilder b;
    b.region("510000", "四川省", RegionLevel::province)
        .region("510600", "德阳市", RegionLevel::prefecture, "510000")
        .region("510604", "罗江区", RegionLevel::county, "510600")
        .region("420000", "湖北省", RegionLevel::province)
        .region("421300", "随州市", RegionLevel::prefecture, "420000")
        .region("421303", "曾都区", RegionLevel::county, "421300")
        .region("370000", "山东省", RegionLevel::province)
        .region("371400", "德州市", RegionLevel::prefecture, "370000")
        .region("371403", "陵城区", RegionLevel::county, "371400");
    b.report(kLuojiang, "510604", 2024).report(kZengdu, "421303", 2024).report(kLingcheng, "371403", 2021, Script::traditional);
    b.define(kLuojiang, "三线一单", std::string(samples::luojiang_san_xian_yi_dan))
        .define(kLuojiang, "五社联动", std::string(samples::luojiang_wu_she_lian_dong))
        .define(kLuojiang, "两品一标", std::string(samples::luojiang_liang_pin_yi_biao))
        .define(kLuojiang, "“四个最严”要求", std::string(samples::luojiang_si_ge_zui_yan))
        .define(kZengdu, "三线一单", std::string(samples::zengdu_san_xian_yi_dan))
        .define(kZengdu, "五社联动", std::string(samples::zengdu_wu_she_lian_dong))
        .define(kZengdu, "二品一标", std::string(samples::zengdu_er_pin_yi_biao))
        .define(kLingcheng, "四個最嚴", std::string(samples::lingcheng_si_ge_zui_yan));
    for (const char* key : {"三线一单", "五社联动", "两品一标", "四个最严要求", "乡村振兴"}) b.mention(kLuojiang, key, 2);
    for (const char* key : {"三线一单", "五社联动", "二品一标", "乡村振兴"}) b.mention(kZengdu, key, 1);
    for (const char* key : {"四个最严", "乡村振兴"}) b.mention(kLingcheng, key, 1);
    b.relate("两品一标", "二品一标", RelationKind::variant_numeral)
        .relate("四个最严要求", "四个最严", RelationKind::variant_suffix);
    return b;
}

inline GraphData sample_graph() { return sample_builder().build(); }

}  // namespace glossgraph::testing
