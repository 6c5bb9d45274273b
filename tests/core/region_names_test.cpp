#include "core/region_names.hpp"

#include "core/gazetteer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <span>
#include <string>
#include <vector>

namespace glossgraph {
namespace {

using region_names::NameMatch;
using Level = RegionLevel;

std::vector<std::string> listed(std::span<const std::string_view> suffixes) {
    return {suffixes.begin(), suffixes.end()};
}

TEST(RegionNamesSuffixes, PerLevelLongestFirst) {
    using List = std::vector<std::string>;
    EXPECT_EQ(listed(region_names::suffixes(Level::province)), (List{"特别行政区", "自治区", "省", "市"}));
    EXPECT_EQ(listed(region_names::suffixes(Level::prefecture)), (List{"自治州", "地区", "盟", "市"}));
    EXPECT_EQ(listed(region_names::suffixes(Level::county)), (List{"自治县", "自治旗", "特区", "区", "县", "市", "旗"}));
}

// Every official name of the gazetteer ends with one of its level's suffixes, except the few
// divisions the data names by what they are (保定白沟新城, 西沙群岛).
TEST(RegionNamesSuffixes, EndEveryOfficialNameButAFew) {
    std::vector<std::string> without;
    for (const Region& region : Gazetteer::builtin().regions()) {
        const auto suffixes = region_names::suffixes(region.level);
        if (std::none_of(suffixes.begin(), suffixes.end(), [&](std::string_view s) { return region.name.ends_with(s); }))
            without.push_back(region.name);
    }
    EXPECT_EQ(without, (std::vector<std::string>{"保定白沟新城", "乌拉盖管理区管委会", "西沙群岛", "南沙群岛",
                                                 "中沙群岛的岛礁及其海域", "大柴旦行政委员会"}));
}

TEST(RegionNamesStripEthnic, WhileTwoCharactersRemain) {
    EXPECT_EQ(region_names::strip_ethnic("凉山彝族"), "凉山");
    EXPECT_EQ(region_names::strip_ethnic("双江拉祜族佤族布朗族傣族"), "双江");
    EXPECT_EQ(region_names::strip_ethnic("新疆维吾尔"), "新疆");
    EXPECT_EQ(region_names::strip_ethnic("鄂温克族"), "鄂温克");
    EXPECT_EQ(region_names::strip_ethnic("内蒙古"), "内蒙古");
}

TEST(RegionNamesStripEthnic, OneCharacterNamesOnlyBeforeZu) {
    EXPECT_EQ(region_names::strip_ethnic("三江侗族"), "三江");
    EXPECT_EQ(region_names::strip_ethnic("融水苗族"), "融水");
    EXPECT_EQ(region_names::strip_ethnic("融水"), "融水");
}

TEST(RegionNamesStem, OfEachLevel) {
    EXPECT_EQ(region_names::stem("四川省", Level::province), "四川");
    EXPECT_EQ(region_names::stem("北京市", Level::province), "北京");
    EXPECT_EQ(region_names::stem("广西壮族自治区", Level::province), "广西");
    EXPECT_EQ(region_names::stem("内蒙古自治区", Level::province), "内蒙古");
    EXPECT_EQ(region_names::stem("德阳市", Level::prefecture), "德阳");
    EXPECT_EQ(region_names::stem("凉山彝族自治州", Level::prefecture), "凉山");
    EXPECT_EQ(region_names::stem("锡林郭勒盟", Level::prefecture), "锡林郭勒");
    EXPECT_EQ(region_names::stem("大兴安岭地区", Level::prefecture), "大兴安岭");
    EXPECT_EQ(region_names::stem("罗江区", Level::county), "罗江");
    EXPECT_EQ(region_names::stem("长阳土家族自治县", Level::county), "长阳");
    EXPECT_EQ(region_names::stem("鄂温克族自治旗", Level::county), "鄂温克");
    EXPECT_EQ(region_names::stem("六枝特区", Level::county), "六枝");
    EXPECT_EQ(region_names::stem("管城回族区", Level::county), "管城");
    EXPECT_EQ(region_names::stem("梅里斯达斡尔族区", Level::county), "梅里斯");
    EXPECT_EQ(region_names::stem("万柏林区", Level::county), "万柏林");
}

TEST(RegionNamesStem, EmptyWithoutASuffixOfItsLevelOrTwoCharactersLeft) {
    EXPECT_EQ(region_names::stem("城区", Level::county), "");
    EXPECT_EQ(region_names::stem("西沙群岛", Level::county), "");
    EXPECT_EQ(region_names::stem("德阳市", Level::county), "德阳");  // 市 is a county suffix too
    EXPECT_EQ(region_names::stem("罗江区", Level::prefecture), "");
    EXPECT_EQ(region_names::stem("", Level::county), "");
}

TEST(RegionNamesShortForm, ProvincesAndAutonomousDivisions) {
    EXPECT_EQ(region_names::short_form("四川省", Level::province), "四川");
    EXPECT_EQ(region_names::short_form("广西壮族自治区", Level::province), "广西");
    EXPECT_EQ(region_names::short_form("凉山彝族自治州", Level::prefecture), "凉山州");
    EXPECT_EQ(region_names::short_form("本溪满族自治县", Level::county), "本溪县");
    EXPECT_EQ(region_names::short_form("鄂温克族自治旗", Level::county), "鄂温克旗");
}

TEST(RegionNamesShortForm, NoneForOtherPrefecturesAndCounties) {
    EXPECT_EQ(region_names::short_form("德阳市", Level::prefecture), "");
    EXPECT_EQ(region_names::short_form("锡林郭勒盟", Level::prefecture), "");
    EXPECT_EQ(region_names::short_form("罗江区", Level::county), "");
}

TEST(RegionNamesWordLike, TwoCharacterDistricts) {
    EXPECT_TRUE(region_names::is_word_like("城区"));
    EXPECT_TRUE(region_names::is_word_like("东区"));
    EXPECT_FALSE(region_names::is_word_like("罗江区"));
    EXPECT_FALSE(region_names::is_word_like("城县"));
}

TEST(RegionNamesBare, StripsASuffixOfAnyLevel) {
    EXPECT_EQ(region_names::bare("罗江县"), "罗江");
    EXPECT_EQ(region_names::bare("凉山州"), "凉山");
    EXPECT_EQ(region_names::bare("凉山彝族自治州"), "凉山");
    EXPECT_EQ(region_names::bare("广西壮族自治区"), "广西");
    EXPECT_EQ(region_names::bare("随州市"), "随州");
    EXPECT_EQ(region_names::bare("随州"), "随州");
    EXPECT_EQ(region_names::bare("城区"), "城区");
    EXPECT_EQ(region_names::bare(""), "");
}

TEST(RegionNamesMatch, ClosestFirst) {
    EXPECT_EQ(region_names::match("罗江区", "罗江区", Level::county), NameMatch::official);
    EXPECT_EQ(region_names::match("四川", "四川省", Level::province), NameMatch::short_form);
    EXPECT_EQ(region_names::match("广西", "广西壮族自治区", Level::province), NameMatch::short_form);
    EXPECT_EQ(region_names::match("凉山州", "凉山彝族自治州", Level::prefecture), NameMatch::short_form);
    EXPECT_EQ(region_names::match("本溪县", "本溪满族自治县", Level::county), NameMatch::short_form);
    EXPECT_EQ(region_names::match("凉山", "凉山彝族自治州", Level::prefecture), NameMatch::stem);
    EXPECT_EQ(region_names::match("罗江", "罗江区", Level::county), NameMatch::stem);
    EXPECT_EQ(region_names::match("罗江县", "罗江区", Level::county), NameMatch::stem);  // its name before 2017
    EXPECT_EQ(region_names::match("本溪县", "本溪市", Level::prefecture), NameMatch::stem);
    EXPECT_EQ(region_names::match("吉林", "吉林市", Level::prefecture), NameMatch::stem);
}

TEST(RegionNamesMatch, NoneForOtherNames) {
    EXPECT_EQ(region_names::match("罗江区", "德阳市", Level::prefecture), NameMatch::none);
    EXPECT_EQ(region_names::match("", "罗江区", Level::county), NameMatch::none);
    EXPECT_EQ(region_names::match("城", "城区", Level::county), NameMatch::none);
    EXPECT_EQ(region_names::match("德阳市罗江区", "罗江区", Level::county), NameMatch::none);
}

}  // namespace
}  // namespace glossgraph
