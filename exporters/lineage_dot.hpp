#pragma once
// A term's lineage (core/graph/lineage.hpp) as a Graphviz digraph, read left to right by year:
//  - a node per definition ("d<index into Lineage::entries>"), labelled with its region, code
//    and year, filled with its province's colour (white without a region), shaped by level (a
//    double box for a province, a box for a prefecture, an ellipse for a county), drawn bold
//    when it is an original; its tooltip is the definition and its report;
//  - an edge from each source to each definition taken from it: solid for verbatim, dashed for
//    adapted, coloured by direction, labelled with the direction and, when adapted, the
//    similarity;
//  - a year axis ("year:2021" nodes in a chain, each ranked with that year's definitions;
//    "year:undated" last), a title, and a legend ("cluster_legend") of the provinces drawn, the
//    relations and the directions.
// Every text goes through escape_dot_id and is cut as the DOT export cuts it; the font is
// dot_font. Lay it out with dot (render_graphviz). The same lineage gives the same bytes.
#include "core/graph_data.hpp"
#include "core/graph/lineage.hpp"

#include <iosfwd>
#include <string_view>

namespace glossgraph {

void write_lineage_dot(const Lineage& lineage, const GraphData& data, std::string_view title, std::ostream& out);

}  // namespace glossgraph
