#include "exporters/line_chart.hpp"

#include "exporters/escape.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <string_view>

namespace glossgraph {
namespace {

constexpr double width = 800, height = 460;
constexpr double left = 70, right = 190, top = 84, bottom = 60;
constexpr double plot_width = width - left - right, plot_height = height - top - bottom;
constexpr double inset = 16;           // between the y axis and the first point
constexpr double label_spacing = 18;   // between two end labels, at least
constexpr std::string_view font = "Noto Sans CJK SC, sans-serif";

struct Style {
    std::string_view colour;
    std::string_view dash;  // stroke-dasharray, empty for a solid line
    std::string_view marker;
};
// The Okabe–Ito hues, each darkened (its lightness lowered, hue and saturation kept) until it
// reaches 4.5:1 against the white background, as the end labels are text in it: vermillion
// #D55E00 (3.9:1) is #C05500, bluish green #009E73 (3.4:1) #008460, reddish purple #CC79A7
// #BB4D8A, orange #E69F00 #9C6C00, sky blue #56B4E9 #177BB3; blue #0072B2 (5.2:1) as it was.
constexpr std::array<Style, 6> styles = {{{"#C05500", "", "circle"},
                                          {"#0072B2", "9 5", "square"},
                                          {"#008460", "3 4", "diamond"},
                                          {"#BB4D8A", "", "square"},
                                          {"#9C6C00", "9 5", "circle"},
                                          {"#177BB3", "3 4", "diamond"}}};

std::string number(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.1f", value);
    std::string text = buffer;
    if (text.ends_with(".0")) text.resize(text.size() - 2);
    return text == "-0" ? "0" : text;
}

// A round step (1, 2 or 5 times a power of ten) that cuts [0, top] into at most six steps.
double round_step(double top_value) {
    double step = 1;
    for (double magnitude = 1;; magnitude *= 10) {
        for (const double factor : {1.0, 2.0, 5.0}) {
            step = factor * magnitude;
            if (top_value / step <= 6) return step;
        }
    }
}

struct Frame {
    std::size_t points = 0;
    double y_top = 1;

    double x(std::size_t i) const {
        if (points <= 1) return left + plot_width / 2;
        return left + inset + static_cast<double>(i) * (plot_width - 2 * inset) / static_cast<double>(points - 1);
    }
    double y(double value) const { return top + plot_height - value / y_top * plot_height; }
};

void write_text(std::ostream& out, double x, double y, std::string_view text, std::string_view attributes) {
    out << "  <text x=\"" << number(x) << "\" y=\"" << number(y) << "\" " << attributes << '>' << escape_xml_text(text)
        << "</text>\n";
}

void write_axes(const LineChart& chart, const Frame& frame, double step, std::ostream& out) {
    for (double value = 0; value <= frame.y_top + step / 2; value += step) {
        const double y = frame.y(value);
        out << "  <line x1=\"" << number(left) << "\" y1=\"" << number(y) << "\" x2=\"" << number(left + plot_width)
            << "\" y2=\"" << number(y) << "\" stroke=\"" << (value == 0 ? "#444444" : "#e3e3e3") << "\" stroke-width=\"1\"/>\n";
        write_text(out, left - 8, y + 4, number(value), "font-size=\"12\" fill=\"#444444\" text-anchor=\"end\"");
    }
    out << "  <line x1=\"" << number(left) << "\" y1=\"" << number(top) << "\" x2=\"" << number(left) << "\" y2=\""
        << number(top + plot_height) << "\" stroke=\"#444444\" stroke-width=\"1\"/>\n";
    // At most about twelve labels along the x axis.
    const std::size_t every = std::max<std::size_t>(1, (chart.points.size() + 11) / 12);
    for (std::size_t i = 0; i < chart.points.size(); ++i) {
        const double x = frame.x(i);
        out << "  <line x1=\"" << number(x) << "\" y1=\"" << number(top + plot_height) << "\" x2=\"" << number(x)
            << "\" y2=\"" << number(top + plot_height + 5) << "\" stroke=\"#444444\" stroke-width=\"1\"/>\n";
        if (i % every == 0 || i + 1 == chart.points.size()) {
            write_text(out, x, top + plot_height + 20, chart.points[i], "font-size=\"12\" fill=\"#444444\" text-anchor=\"middle\"");
        }
    }
    write_text(out, left + plot_width / 2, height - 14, chart.x_label, "font-size=\"13\" fill=\"#444444\" text-anchor=\"middle\"");
    out << "  <text transform=\"translate(18 " << number(top + plot_height / 2)
        << ") rotate(-90)\" font-size=\"13\" fill=\"#444444\" text-anchor=\"middle\">" << escape_xml_text(chart.y_label)
        << "</text>\n";
}

void write_marker(std::ostream& out, const Style& style, double x, double y) {
    if (style.marker == "circle") {
        out << "    <circle cx=\"" << number(x) << "\" cy=\"" << number(y) << "\" r=\"4\"/>\n";
    } else if (style.marker == "square") {
        out << "    <rect x=\"" << number(x - 3.5) << "\" y=\"" << number(y - 3.5) << "\" width=\"7\" height=\"7\"/>\n";
    } else {
        out << "    <path d=\"M" << number(x) << ' ' << number(y - 5) << " L" << number(x + 5) << ' ' << number(y) << " L"
            << number(x) << ' ' << number(y + 5) << " L" << number(x - 5) << ' ' << number(y) << " Z\"/>\n";
    }
}

void write_series(const ChartSeries& series, const Style& style, const Frame& frame, std::ostream& out) {
    out << "  <g fill=\"" << style.colour << "\" stroke=\"" << style.colour << "\">\n";
    out << "    <title>" << escape_xml_text(series.label) << "</title>\n";
    out << "    <polyline fill=\"none\" stroke-width=\"2.5\" stroke-linejoin=\"round\"";
    if (!style.dash.empty()) out << " stroke-dasharray=\"" << style.dash << '"';
    out << " points=\"";
    for (std::size_t i = 0; i < series.values.size() && i < frame.points; ++i) {
        out << (i == 0 ? "" : " ") << number(frame.x(i)) << ',' << number(frame.y(series.values[i]));
    }
    out << "\"/>\n";
    for (std::size_t i = 0; i < series.values.size() && i < frame.points; ++i) {
        write_marker(out, style, frame.x(i), frame.y(series.values[i]));
    }
    out << "  </g>\n";
}

// The end labels' heights: at their lines' last points, moved apart where they would overlap,
// and kept inside the plot.
std::vector<double> label_heights(const LineChart& chart, const Frame& frame) {
    std::vector<std::pair<double, std::size_t>> wanted;
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        const auto& values = chart.series[s].values;
        wanted.push_back({frame.y(values.empty() ? 0 : values[std::min(values.size(), frame.points) - 1]), s});
    }
    std::sort(wanted.begin(), wanted.end());
    for (std::size_t i = 1; i < wanted.size(); ++i) wanted[i].first = std::max(wanted[i].first, wanted[i - 1].first + label_spacing);
    const double lowest = top + plot_height;
    for (std::size_t i = wanted.size(); i-- > 0;) {
        const double limit = i + 1 == wanted.size() ? lowest : wanted[i + 1].first - label_spacing;
        wanted[i].first = std::min(wanted[i].first, limit);
    }
    std::vector<double> heights(chart.series.size());
    for (const auto& [y, s] : wanted) heights[s] = y;
    return heights;
}

}  // namespace

void write_line_chart_svg(const LineChart& chart, std::ostream& out) {
    Frame frame{chart.points.size(), 1};
    for (const ChartSeries& series : chart.series)
        for (const double value : series.values) frame.y_top = std::max(frame.y_top, value);
    const double step = round_step(frame.y_top);
    frame.y_top = std::ceil(frame.y_top / step) * step;

    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << number(width) << "\" height=\"" << number(height)
        << "\" viewBox=\"0 0 " << number(width) << ' ' << number(height) << "\" font-family=\"" << font << "\">\n";
    out << "  <title>" << escape_xml_text(chart.title) << "</title>\n";
    out << "  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    write_text(out, left, 32, chart.title, "font-size=\"19\" font-weight=\"bold\" fill=\"#222222\"");
    if (!chart.subtitle.empty()) write_text(out, left, 56, chart.subtitle, "font-size=\"13\" fill=\"#555555\"");
    write_axes(chart, frame, step, out);
    for (std::size_t s = 0; s < chart.series.size(); ++s) write_series(chart.series[s], styles[s % styles.size()], frame, out);
    const std::vector<double> heights = label_heights(chart, frame);
    const double label_x = frame.x(frame.points == 0 ? 0 : frame.points - 1) + 12;
    for (std::size_t s = 0; s < chart.series.size(); ++s) {
        const auto& values = chart.series[s].values;
        const double last = values.empty() || frame.points == 0 ? 0 : values[std::min(values.size(), frame.points) - 1];
        write_text(out, label_x, heights[s] + 5, chart.series[s].label + " " + number(last),
                   "font-size=\"14\" font-weight=\"bold\" fill=\"" + std::string(styles[s % styles.size()].colour) + "\"");
    }
    out << "</svg>\n";
}

}  // namespace glossgraph
