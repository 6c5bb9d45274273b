#include "importers/chrome.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

std::vector<std::string> texts(const std::vector<SourceLine>& lines) {
    std::vector<std::string> out;
    for (const auto& line : lines) out.push_back(line.text);
    return out;
}

TEST(Chrome, KnownChromeLines) {
    for (const char* line : {"设为首页收藏本站", "查看: 627|回复: 0", "[复制链接]", "• 发布时间:2023-02-01 09:35",
                             "• 信息来源:曾都区人民政府", "【字体:", "打印", "扫一扫在手机上查看当前页面", "010-63691786",
                             "9:00-18:00", "快速回复 返回顶部 返回列表"}) {
        EXPECT_TRUE(is_chrome_line(line)) << line;
    }
    for (const char* line : {"各位代表:", "2023年12月27日在德阳市罗江区第二届人民代表大会第三次会议上", "(1)三变改革:资源变资产。"}) {
        EXPECT_FALSE(is_chrome_line(line)) << line;
    }
}

TEST(Chrome, PortalStampsBetweenTitleAndDateAreRemoved) {
    const auto result = strip_chrome(split_clean_lines(
        "政府工作报告(2023年1月8日)\n  • 发布时间:2023-02-01 09:35\n  • 信息来源:曾都区人民政府\n"
        "  • 审核人:系统管理员\n  • 【字体:\n打印\n——2023年1月8日在曾都区第四届人民代表大会第二次会议上\n各位代表:\n正文。\n"
        "扫一扫在手机上查看当前页面\n"));
    EXPECT_EQ(texts(result.lines), (std::vector<std::string>{"政府工作报告(2023年1月8日)",
                                                             "——2023年1月8日在曾都区第四届人民代表大会第二次会议上",
                                                             "各位代表:", "正文。"}));
    EXPECT_EQ(result.removed, 6);
}

TEST(Chrome, ChromeWordsInsideTheReportAreKept) {
    const auto result = strip_chrome(split_clean_lines("标题\n各位代表:\n打印\n关闭\n正文最后一段。\n"));
    EXPECT_EQ(texts(result.lines), (std::vector<std::string>{"标题", "各位代表:", "打印", "关闭", "正文最后一段。"}));
}

TEST(Chrome, WithoutSalutationTheHeadIsLeftAlone) {
    const auto result = strip_chrome(split_clean_lines("打印\n正文。\n"));
    EXPECT_EQ(result.lines.size(), 2u);
}

}  // namespace
}  // namespace glossgraph
