#pragma once
// What the data says of each term in numbers, counted in one pass over its definitions and
// mentions: for the term nodes of the property graph, the term table of CSV and the
// frequencies of the jieba dictionary.
#include "core/graph_data.hpp"

#include <map>
#include <set>
#include <string>

namespace glossgraph {

struct TermCounts {
    int definitions = 0;            // glossary entries defining it
    std::set<std::string> regions;  // the distinct regions of the reports defining it
    int mentions = 0;               // reports mentioning it
    long long occurrences = 0;      // times it is mentioned, in all those reports together
};

// Term key -> its counts. A term neither defined nor mentioned has no entry.
std::map<std::string, TermCounts> count_terms(const GraphData& data);

}  // namespace glossgraph
