#include "importers/chrome.hpp"

#include "core/text/normalize.hpp"
#include "core/text/script.hpp"
#include "core/text/utf8.hpp"
#include "importers/u32.hpp"

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
    "下一篇", "版权所有", "Copyright", "主办单位", "网站标识码", "当前位置", "承办单位", "技术支持", "网站地图",
    "联系我们", "上一页", "下一页", "首页上一页", "【纠错】", "纠错", "责编", "编辑:", "编辑：", "校对:", "审核:",
    "审校:", "终审:", "初审:", "原标题:", "作者:", "记者:", "摄影:", "扫码", "微信扫一扫", "手机扫一扫", "分享:",
    "(来源:", "【来源:", "[来源:", "(责任编辑", "【责任编辑", "[责任编辑", "(编辑:", "【编辑:", "(记者", "相关附件",
    "附件下载", "【打印】", "[打印]", "[关闭]", "【关闭】", "打印本页", "关闭窗口", "收藏本页", "保存本页", "字号:",
    "【字号", "[字号", "访问量", "点击数", "点击量", "浏览量", "阅读量",
    // Document-sharing sites around a report's text (豆丁, 道客巴巴, 原创力, 百度文库).
    "预览已结束", "下载文档", "下载本文档", "文档贡献者", "本文档", "文档信息", "相关搜索", "上传时间", "上传者",
    "还剩", "点击查看", "立即下载", "免费下载", "下载积分", "阅读已结束", "继续阅读", "展开全文", "全文阅读",
    "加入VIP", "开通VIP", "VIP", "举报"};

// Anywhere in a short line, these mark it as the site's footer.
constexpr std::string_view chrome_infixes[] = {"ICP备", "ICP证", "公网安备", "版权所有", "Copyright", "©",
                                               "AllRightsReserved", "政府网站标识码", "如有侵权", "版权归属",
                                               "侵权请联系", "金币)", "积分)", "剩余内容"};

// The headings of a page's list of related articles.
constexpr std::string_view related_headings[] = {
    "相关阅读", "相关新闻", "相关链接", "相关文章", "相关报道", "相关文档", "相关稿件", "相关专题", "相关推荐",
    "延伸阅读", "推荐阅读", "热点推荐", "热门推荐", "精彩推荐", "猜你喜欢", "热门文章", "往期回顾", "图片新闻",
    "更多阅读", "更多新闻", "今日推荐", "新闻推荐", "网友评论", "我要评论", "发表评论"};

// The labels of "label：value" furniture lines.
constexpr std::string_view chrome_labels[] = {
    "来源", "信息来源", "文章来源", "稿件来源", "新闻来源", "作者", "编辑", "责任编辑", "责编", "编审", "校对",
    "审核", "审校", "终审", "初审", "发布时间", "发布日期", "发稿时间", "更新时间", "时间", "日期", "浏览次数",
    "阅读次数", "点击数", "访问量", "字号", "字体", "网址", "地址", "电话", "联系电话", "传真", "邮编",
    "邮箱", "电子邮箱", "email", "记者", "通讯员", "摄影", "摄", "原标题", "附件", "分享到", "分享", "打印",
    "关闭", "标签", "关键词", "关键字", "主办", "承办", "主办单位", "承办单位", "技术支持", "网站标识码",
    "备案号", "当前位置", "您当前的位置", "您的位置", "所属栏目", "栏目", "索引号", "发文字号", "发文机关",
    "成文日期", "主题分类", "公开方式", "公开范围", "有效性"};

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

// "2025年03月05日09时12分", "2024年2月5日09:12": a publication stamp (spaces already removed).
// A date without a time is not: a header may give the delivery date on a line of its own.
bool is_date_stamp(std::string_view line) {
    const std::u32string text = code_points(line);
    bool digit = false;
    for (char32_t cp : text) {
        if (cp >= U'0' && cp <= U'9') digit = true;
        else if (std::u32string_view(U"年月日时分秒:-/.").find(cp) == std::u32string_view::npos) return false;
    }
    const bool time = text.find_first_of(U"时:") != std::u32string::npos;
    return digit && time && text.find(U'年') != std::u32string::npos && text.find(U'月') != std::u32string::npos;
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

// "— 12 —", "-12-", "第3页", "第 3 页 共 10 页", "·5·", "3/10": a page number of a PDF or Word
// text. A number in brackets is not one: "(1)" alone on its line numbers an item.
bool is_page_number(std::string_view line) {
    const std::u32string text = code_points(line);
    bool digit = false;
    for (char32_t cp : text) {
        if (cp >= U'0' && cp <= U'9') digit = true;
        else if (std::u32string_view(U"—–-―－·•第页共/").find(cp) == std::u32string_view::npos) return false;
    }
    return digit;
}

// "准格尔旗人民政府办公室 2020年1月10日印发", "抄送：…": a document's colophon.
bool is_colophon(std::string_view line) {
    constexpr std::size_t max_colophon = 40;
    if (utf8::length(line) > max_colophon) return false;
    if (starts_with(line, "抄送") || starts_with(line, "印发:") || starts_with(line, "印发：")) return true;
    return line.ends_with("印发") && line.find("年") != std::string_view::npos && line.find("月") != std::string_view::npos;
}

// "温州市2019年政府工作报告 第 11 页 共 12 页": a running footer that ends in its page number.
bool ends_with_page_number(std::string_view line) {
    std::u32string text = code_points(line);
    const auto strip_number_before = [&](char32_t word) {
        if (text.empty() || text.back() != word) return false;
        text.pop_back();
        std::size_t digits = 0;
        while (!text.empty() && text.back() >= U'0' && text.back() <= U'9') {
            text.pop_back();
            ++digits;
        }
        return digits > 0;
    };
    const auto strip = [&](char32_t word) {
        if (text.empty() || text.back() != word) return false;
        text.pop_back();
        return true;
    };
    if (strip_number_before(U'页') && strip(U'共')) {
        if (!strip_number_before(U'页')) return false;
    }
    return strip(U'第');
}

bool is_chrome_line(std::string_view line) {
    const std::string text = comparable(line);
    if (text.empty()) return false;
    if (utf8::length(text) > max_chrome_length) return false;
    if (is_counter_line(text) || is_date_stamp(text) || is_page_number(text) || is_colophon(text) ||
        ends_with_page_number(text)) {
        return true;
    }
    // "[打印本页] [关闭窗口]": the same words in brackets.
    std::string_view bare = text;
    for (std::string_view open : {"[", "【", "(", "〔"}) {
        if (starts_with(bare, open)) bare.remove_prefix(open.size());
    }
    for (std::string_view prefix : chrome_prefixes) {
        if (starts_with(text, prefix) || starts_with(bare, prefix)) return true;
    }
    for (std::string_view infix : chrome_infixes) {
        if (text.find(infix) != std::string::npos) return true;
    }
    return opens_related_articles(line);
}

bool opens_related_articles(std::string_view line) {
    std::string text = comparable(line);
    constexpr std::size_t max_heading_length = 12;
    if (utf8::length(text) > max_heading_length) return false;
    for (std::string_view open : {"【", "[", "(", "《"}) {
        if (starts_with(text, open)) text.erase(0, open.size());
    }
    for (std::string_view heading : related_headings) {
        if (starts_with(text, heading)) return true;
    }
    return false;
}

bool is_byline(std::string_view line) {
    constexpr std::size_t max_byline = 30;
    const std::string text = comparable(line);
    if (utf8::length(text) > max_byline) return false;
    for (std::string_view credit : {"记者", "本报记者", "通讯员", "实习生", "编辑", "责编", "摄影", "作者", "文/", "图/",
                                    "文|", "撰文", "报道"}) {
        if (starts_with(text, credit)) return true;
    }
    return false;
}

bool is_chrome_label(std::string_view label) {
    std::string text = comparable(label);
    for (std::string_view open : {"【", "[", "(", "•", "·"}) {
        if (starts_with(text, open)) text.erase(0, open.size());
    }
    for (std::string_view close : {"】", "]", ")"}) {
        if (text.ends_with(close)) text.erase(text.size() - close.size());
    }
    for (char& c : text) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    for (std::string_view word : chrome_labels) {
        if (text == word) return true;
    }
    if (opens_related_articles(label)) return true;  // "相关文档：…" lists articles
    // "本版编辑", "美编", "图片来源": credits, whatever page or picture they name.
    for (std::string_view credit : {"编辑", "美编", "校对", "审核", "来源", "作者", "记者", "摄影", "供图", "制图"}) {
        if (text.ends_with(credit) && utf8::length(text) <= 6) return true;
    }
    // "本页访问量", "总浏览次数": counters, whatever stands before them.
    for (std::string_view counter : {"访问量", "浏览量", "点击量", "阅读量", "浏览次数", "访问次数", "阅读次数", "点击数"}) {
        if (text.ends_with(counter)) return true;
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
