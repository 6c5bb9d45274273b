#pragma once
// Builds a GraphData by hand for the graph tests, in any order: build() sorts every list as
// Store::graph_data() does and makes the terms from the keys that the definitions, mentions and
// relations use (label: the first written form; written forms: those of the definitions).
#include "core/graph_data.hpp"

#include <optional>
#include <string>

namespace glossgraph::testing {

class GraphBuilder {
public:
    GraphBuilder& region(std::string code, std::string name, RegionLevel level, std::string parent_code = "");
    GraphBuilder& report(std::string file, std::string region_code, std::optional<int> year,
                         Script script = Script::simplified);
    // A definition of `term` as written, filed under term_key(term).
    GraphBuilder& define(const std::string& file, const std::string& term, std::string text);
    GraphBuilder& mention(std::string file, std::string key, int count = 1);
    GraphBuilder& relate(std::string from_key, std::string to_key, RelationKind kind);
    // A predecessor -> successor link between two region codes.
    GraphBuilder& succeed(std::string from_code, std::string to_code, int year, RegionChange change);
    GraphData build() const;

private:
    GraphData data_;
};

// 四川省 > 德阳市 > 旌阳区 and 罗江区 (neighbours), and 湖北省 > 随州市 > 曾都区: a tree for
// the analyses of how terms spread.
GraphBuilder sichuan_and_hubei();

// The sample corpus's 四川省, 德阳市 and 罗江区 (510604), with 罗江县 (510626), which became 罗江区
// in 2017, and the reports luojiang_2015.txt (罗江县) and luojiang_2019.txt (罗江区).
GraphBuilder luojiang_line();

// Two districts named 朝阳区 (北京市 110105, 吉林省长春市 220104) with their ancestors.
GraphBuilder two_districts_named_chaoyang();

}  // namespace glossgraph::testing
