#pragma once
// A line chart as a standalone SVG document: a few series over the same labelled points (years),
// drawn for reading at a glance: a title, a subtitle, a y axis of round numbers with light grid
// lines, each series in its own colour (Okabe–Ito's hues, told apart by people with a colour
// vision deficiency too, darkened where needed so that every text of the chart reaches 4.5:1
// against its white background), dash pattern and marker, and its name and last value written
// at the end of its line instead of a legend. Text is in "Noto Sans CJK SC" (Debian:
// fonts-noto-cjk), so Chinese titles render. The same chart gives the same bytes.
#include <iosfwd>
#include <string>
#include <vector>

namespace glossgraph {

struct ChartSeries {
    std::string label;          // written at the end of the line, with the last value
    std::vector<double> values;  // one per point of LineChart::points; none negative
};

struct LineChart {
    std::string title;
    std::string subtitle;              // a line under the title (what is counted), may be empty
    std::string x_label;               // under the x axis (year)
    std::string y_label;               // along the y axis
    std::vector<std::string> points;   // the x axis, left to right; at least one
    std::vector<ChartSeries> series;   // drawn in this order; the styles repeat after six
};

// Writes the chart. Every text goes through escape_xml_text. Values are drawn as numbers with
// at most one decimal; an empty chart (no points) is drawn with its title and empty axes.
void write_line_chart_svg(const LineChart& chart, std::ostream& out);

}  // namespace glossgraph
