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
// "• 发布时间:2023-02-01 09:35", "扫一扫在手机上查看当前页面", "责任编辑：王敏", "【相关阅读】",
// "京ICP备05070218号", "（来源：四川日报）", "上一页 1 2 3 下一页", "2024-02-05 09:12" ...
// A line longer than a chrome line can be (80 characters) never is one.
bool is_chrome_line(std::string_view line);

// True when a line opens the list of related articles a page shows after the text
// ("相关阅读", "【相关新闻】", "推荐阅读：", "延伸阅读"): everything after it is furniture.
bool opens_related_articles(std::string_view line);

// True when a short line credits its authors: "记者 王小明", "本报记者 李华 通讯员 张三",
// "文/王敏", "编辑 刘洋".
bool is_byline(std::string_view line);

// True when text, before a colon, is the label of a page's furniture rather than a term:
// 来源, 责任编辑, 发布时间, 联系电话, 关键词 … (compared in simplified, width-folded form).
bool is_chrome_label(std::string_view text);

}  // namespace glossgraph
