#pragma once
// Page chrome of forums and portals around a report: login prompts, user rank panels,
// "扫一扫在手机上查看当前页面", publication stamps. Removing it must lose no report text,
// so only whole lines are removed, and only in the head of the page (before the report's
// salutation "各位代表") or in its tail (from a footer marker on, when nothing after it
// reads like report text).
#include "importers/source_lines.hpp"

#include <vector>

namespace glossgraph {

struct ChromeResult {
    std::vector<SourceLine> lines;  // the report's lines, in order
    int removed = 0;                // how many lines were chrome
};

ChromeResult strip_chrome(std::vector<SourceLine> lines);

// True when a whole line (trimmed) is a known chrome line: "[复制链接]", "查看: 627|回复: 0",
// "• 发布时间:2023-02-01 09:35", "扫一扫在手机上查看当前页面" ...
bool is_chrome_line(std::string_view line);

}  // namespace glossgraph
