#pragma once
// A hand-built GraphData mirroring the sample corpus, for the exporter tests and the
// export_fixture tool: three region chains (四川省 > 德阳市 > 罗江区, 湖北省 > 随州市 > 曾都区,
// 山东省 > 德州市 > 陵城区), four reports (004 with no known region), terms defined in both
// scripts, one relation of each main kind, one derivation (罗江区's 三线一单 adapted from
// 曾都区's), and a hostile term for the escaping tests.
#include "core/graph_data.hpp"

#include <string>

namespace glossgraph::fixtures {

// The hostile term as written: quotes, a backslash, < > &, a newline, an SQL injection.
inline const std::string hostile_label = "a\"b\\c<d>&e\n'x'); DROP TABLE terms;--";
// Its key, as term_key makes it (quotes, brackets and white space removed, lower case).
inline const std::string hostile_key = "ab\\c<d>&ex;droptableterms;--";
// Its node id in GraphML, JSON and DOT: "term:" and the key with its backslash doubled
// (escape_id_text, which keeps ids of distinct keys distinct).
inline const std::string hostile_id = "term:ab\\\\c<d>&ex;droptableterms;--";
// Its definition: both scripts and the same troublemakers.
inline const std::string hostile_definition = "定义含 \"引号\"、\\反斜杠、<标签>、&符号\n第二行：與繁體 'x'";

// Every list sorted as GraphData promises.
GraphData fixture_graph();

}  // namespace glossgraph::fixtures
