#pragma once
// A term's adoption curve (core/graph/spread.hpp) as a line chart: the regions that have defined
// it so far, year by year, one line per level. Drawn by `spread --svg` and on the site's term
// pages (exporters/site).
#include "core/graph/spread.hpp"
#include "exporters/line_chart.hpp"

#include <string>

namespace glossgraph {

// The chart of spread for the term labelled label: its title names the term, its subtitle the
// regions in all and the first definer (region, code, year and report), or says there is no
// dated definition; a point per year of spread.years, a series per level.
LineChart spread_chart(const std::string& label, const Spread& spread);

}  // namespace glossgraph
