#pragma once
// Definitions copied verbatim from the glossaries of the sample reports: 罗江区
// (samples/000_*, 2024), 曾都区 (samples/002_*, 2024) and 陵城区 (samples/003_*, 2021,
// Traditional, scraped with pinyin annotations and damaged).
#include <string_view>

namespace glossgraph::samples {

// 四个最严 / 四個最嚴
inline constexpr std::string_view luojiang_si_ge_zui_yan = "最严谨的标准、最严格的监管、最严厉的处罚、最严肃的问责。";
// 陵城区 as the report has it (line 90), annotations and all.
inline constexpr std::string_view lingcheng_si_ge_zui_yan_raw =
    "最嚴(yán)謹(jǐn)?shù)臉?biāo)準(zhǔn)、最嚴(yán)格的監(jiān)管、最嚴(yán)厲的處罰、最嚴(yán)肅的問責(zé)。";
// 陵城区 after an importer stripped the annotations: the damage stays.
inline constexpr std::string_view lingcheng_si_ge_zui_yan = "最嚴謹?shù)臉?biāo)準、最嚴格的監管、最嚴厲的處罰、最嚴肅的問責。";

// 三线一单
inline constexpr std::string_view luojiang_san_xian_yi_dan = "生态保护红线、环境质量底线、资源利用上线和环境准入负面清单。";
inline constexpr std::string_view zengdu_san_xian_yi_dan = "生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。";

// 两品一标 (罗江区) and 二品一标 (曾都区): one definition under two names.
inline constexpr std::string_view luojiang_liang_pin_yi_biao = "绿色食品、有机农产品和农产品地理标志。";
inline constexpr std::string_view zengdu_er_pin_yi_biao = "绿色食品、有机农产品和农产品地理标志。";
// 三品一標 (陵城区), raw: a lead-in 是指 and one item more.
inline constexpr std::string_view lingcheng_san_pin_yi_biao_raw =
    "是指无(wú)公害農(nóng)產(chǎn)品、綠色產(chǎn)品、有機(jī)農(nóng)產(chǎn)品和農(nóng)產(chǎn)品地理標(biāo)志。";

// 五社联动
inline constexpr std::string_view luojiang_wu_she_lian_dong =
    "以社区为平台、以社会组织为载体、以社会工作者为支撑、以社区志愿者为辅助、以社会慈善资源为补充的现代基层"
    "治理行动框架。";
inline constexpr std::string_view zengdu_wu_she_lian_dong = "社区、社会组织、社工、社会资源及社区自治组织的联动。";

}  // namespace glossgraph::samples
