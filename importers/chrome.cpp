#include "importers/chrome.hpp"

#include "core/text/normalize.hpp"
#include "core/text/script.hpp"
#include "core/text/utf8.hpp"

#include <array>
#include <string>
#include <string_view>

namespace glossgraph {
namespace {

// Lines that start with one of these are portal or forum furniture (compared on the
// simplified, space-free form of a short line).
constexpr std::string_view chrome_prefixes[] = {
    "设为首页", "收藏本站", "查看:", "[复制链接]", "复制链接", "TA的每日心情",
    "签到天数", "[LV.", "Rank:", "发表于", "您需要登录后才可以回帖", "本版积分规则", "客服中心",
    "在线时间", "周一~周五", "联系电话", "在线咨询", "Poweredby", "快速回复", "返回顶部", "返回列表",
    "扫一扫在手机上查看", "发布时间:", "信息来源:", "来源:", "审核人:", "【字体", "字体:", "打印",
    "关闭", "分享到", "责任编辑", "浏览次数", "阅读次数", "【打印本页】", "【关闭窗口】", "上一篇",
    "下一篇", "版权所有", "Copyright", "主办单位", "网站标识码", "当前位置"};

// A chrome line is short; a report paragraph that merely starts like one is not chrome.
constexpr std::size_t max_chrome_length = 80;

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

// "2万", "172463", "9:00-18:00", "010-63691786", "昨天 22:21": counters, times, phones.
bool is_counter_line(std::string_view line) {
    bool digit = false;
    for (char c : line) {
        if (c >= '0' && c <= '9') digit = true;
        else if (c != ':' && c != '-' && c != '~' && c != '.' && c != '/') return false;
    }
    return digit;
}

std::string comparable(std::string_view line) {
    std::string text = remove_spaces(fold_width(to_simplified(line)));
    // List bullets of portal pages ("• 发布时间:...").
    static constexpr std::string_view bullet = "\xE2\x80\xA2";
    while (starts_with(text, bullet)) text.erase(0, bullet.size());
    return text;
}

bool is_salutation(std::string_view line) { return starts_with(comparable(line), "各位代表"); }

// The forum's user panel between "TA的每日心情" and "发表于 … 阅读模式": moods, ranks, counts.
std::size_t user_panel_end(const std::vector<SourceLine>& lines, std::size_t begin) {
    constexpr std::size_t max_panel_lines = 40;
    for (std::size_t i = begin; i < lines.size() && i < begin + max_panel_lines; ++i) {
        if (starts_with(comparable(lines[i].text), "发表于")) return i + 1;
    }
    return begin;
}

}  // namespace

bool is_chrome_line(std::string_view line) {
    const std::string text = comparable(line);
    if (text.empty()) return false;
    if (utf8::length(text) > max_chrome_length) return false;
    if (is_counter_line(text)) return true;
    for (std::string_view prefix : chrome_prefixes) {
        if (starts_with(text, prefix)) return true;
    }
    return false;
}

ChromeResult strip_chrome(std::vector<SourceLine> lines) {
    std::size_t head_end = 0;
    while (head_end < lines.size() && !is_salutation(lines[head_end].text)) ++head_end;
    if (head_end == lines.size()) head_end = 0;  // no salutation: leave the head alone

    std::size_t tail_begin = lines.size();
    while (tail_begin > head_end && is_chrome_line(lines[tail_begin - 1].text)) --tail_begin;

    ChromeResult result;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool in_head = i < head_end;
        if (in_head && starts_with(comparable(lines[i].text), "TA的每日心情")) {
            const std::size_t end = user_panel_end(lines, i);
            if (end > i) {
                result.removed += static_cast<int>(end - i);
                i = end - 1;
                continue;
            }
        }
        if (i >= tail_begin || (in_head && is_chrome_line(lines[i].text))) {
            ++result.removed;
            continue;
        }
        result.lines.push_back(std::move(lines[i]));
    }
    return result;
}

}  // namespace glossgraph
