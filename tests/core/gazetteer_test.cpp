#include "core/gazetteer.hpp"
#include "core/text/script.hpp"

#include "core/errors.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace glossgraph {
namespace {

std::vector<std::string> codes(const std::vector<const Region*>& regions) {
    std::vector<std::string> result;
    for (const Region* region : regions) result.push_back(region->code);
    return result;
}

std::vector<std::string> resolve(std::string_view phrase, std::string_view context = {}) {
    return codes(Gazetteer::builtin().resolve(phrase, context));
}

using Codes = std::vector<std::string>;

long count_level(const Gazetteer& gazetteer, RegionLevel level) {
    const auto& regions = gazetteer.regions();
    return std::count_if(regions.begin(), regions.end(), [&](const Region& r) { return r.level == level; });
}

// ---- the built-in data ----

// Header phrases are converted by to_simplified, which turns 乾 into 干 (乾坤 aside).
TEST(Gazetteer, NamesChangedByTraditionalToSimplifiedStillResolve) {
    const Gazetteer& gazetteer = Gazetteer::builtin();
    for (const auto& [phrase, code] : {std::pair{"咸阳市乾县", "610424"}, std::pair{"松原市乾安县", "220723"}}) {
        const auto found = gazetteer.resolve(to_simplified(phrase));
        ASSERT_EQ(found.size(), 1u) << phrase;
        EXPECT_EQ(found[0]->code, code) << phrase;
    }
}

TEST(Gazetteer, PrefectureLevelCitiesWithoutCountiesAreOnePrefecture) {
    const Gazetteer& gazetteer = Gazetteer::builtin();
    for (const char* code : {"441900", "442000", "460400"}) {
        const Region* region = gazetteer.find(code);
        ASSERT_NE(region, nullptr) << code;
        EXPECT_EQ(region->level, RegionLevel::prefecture) << code;
    }
    const auto found = gazetteer.resolve("东莞市");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0]->code, "441900");
    EXPECT_EQ(found[0]->level, RegionLevel::prefecture);
}

TEST(GazetteerBuiltin, CountsEveryLevelWithoutPseudoPrefectures) {
    const Gazetteer& gazetteer = Gazetteer::builtin();
    EXPECT_EQ(count_level(gazetteer, RegionLevel::province), 31);
    EXPECT_EQ(count_level(gazetteer, RegionLevel::prefecture), 333);  // 342 rows less 9 pseudo-prefectures
    // 2978 rows less 东莞市, 中山市 and 儋州市, listed again as their own counties.
    EXPECT_EQ(count_level(gazetteer, RegionLevel::county), 2975);
    EXPECT_EQ(gazetteer.regions().size(), 31u + 333u + 2975u);
}

TEST(GazetteerBuiltin, OrdersRegionsByLevelThenCode) {
    const auto& regions = Gazetteer::builtin().regions();
    EXPECT_EQ(regions.front().code, "110000");
    EXPECT_EQ(regions.back().code, "659012");
    EXPECT_TRUE(std::is_sorted(regions.begin(), regions.end(), [](const Region& a, const Region& b) {
        return std::make_pair(a.level, a.code) < std::make_pair(b.level, b.code);
    }));
}

TEST(GazetteerBuiltin, IsTheSameObjectOnEveryCall) {
    EXPECT_EQ(&Gazetteer::builtin(), &Gazetteer::builtin());
}

TEST(GazetteerFind, AcceptsTwoFourAndSixDigitCodes) {
    const Gazetteer& gazetteer = Gazetteer::builtin();
    ASSERT_NE(gazetteer.find("51"), nullptr);
    EXPECT_EQ(gazetteer.find("51")->name, "四川省");
    ASSERT_NE(gazetteer.find("5106"), nullptr);
    EXPECT_EQ(gazetteer.find("5106")->name, "德阳市");
    ASSERT_NE(gazetteer.find("510604"), nullptr);
    EXPECT_EQ(gazetteer.find("510604")->name, "罗江区");
    EXPECT_EQ(gazetteer.find("510604")->level, RegionLevel::county);
}

TEST(GazetteerFind, RejectsUnknownAndMalformedCodes) {
    const Gazetteer& gazetteer = Gazetteer::builtin();
    EXPECT_EQ(gazetteer.find("99"), nullptr);
    EXPECT_EQ(gazetteer.find("5"), nullptr);
    EXPECT_EQ(gazetteer.find("51060"), nullptr);
    EXPECT_EQ(gazetteer.find("5106040"), nullptr);
    EXPECT_EQ(gazetteer.find(""), nullptr);
}

TEST(GazetteerFind, KnowsNoPseudoPrefecture) {
    const Gazetteer& gazetteer = Gazetteer::builtin();
    EXPECT_EQ(gazetteer.find("1101"), nullptr);  // 北京 市辖区
    EXPECT_EQ(gazetteer.find("4290"), nullptr);  // 湖北 省直辖县级行政区划
    EXPECT_EQ(gazetteer.find("5002"), nullptr);  // 重庆 县
    EXPECT_TRUE(gazetteer.find_by_name("市辖区").empty());
    EXPECT_TRUE(gazetteer.find_by_name("省直辖县级行政区划").empty());
}

TEST(GazetteerParents, CountyPrefectureProvinceChain) {
    const Gazetteer& gazetteer = Gazetteer::builtin();
    EXPECT_EQ(gazetteer.find("510604")->parent_code, "510600");
    EXPECT_EQ(gazetteer.find("510600")->parent_code, "510000");
    EXPECT_EQ(gazetteer.find("510000")->parent_code, "");
}

TEST(GazetteerParents, CountyUnderProvinceDirectAdministrationHasTheProvince) {
    const Region* xiantao = Gazetteer::builtin().find("429004");
    ASSERT_NE(xiantao, nullptr);
    EXPECT_EQ(xiantao->name, "仙桃市");
    EXPECT_EQ(xiantao->parent_code, "420000");
}

TEST(GazetteerParents, MunicipalityDistrictHasTheMunicipality) {
    const Region* dongcheng = Gazetteer::builtin().find("110101");
    ASSERT_NE(dongcheng, nullptr);
    EXPECT_EQ(dongcheng->name, "东城区");
    EXPECT_EQ(dongcheng->parent_code, "110000");
    EXPECT_EQ(Gazetteer::builtin().find("500229")->parent_code, "500000");  // 城口县 under 重庆 县
}

TEST(GazetteerPath, NamesEveryLevelOfACounty) {
    const Gazetteer& gazetteer = Gazetteer::builtin();
    const RegionPath path = gazetteer.path(*gazetteer.find("510604"));
    EXPECT_EQ(path.code, "510604");
    EXPECT_EQ(path.province, "四川省");
    EXPECT_EQ(path.prefecture, "德阳市");
    EXPECT_EQ(path.county, "罗江区");
    EXPECT_EQ(path.level, RegionLevel::county);
    EXPECT_EQ(path.name(), "罗江区");
}

TEST(GazetteerPath, LeavesLowerLevelsOfAPrefectureEmpty) {
    const Gazetteer& gazetteer = Gazetteer::builtin();
    const RegionPath path = gazetteer.path(*gazetteer.find("510600"));
    EXPECT_EQ(path.province, "四川省");
    EXPECT_EQ(path.prefecture, "德阳市");
    EXPECT_EQ(path.county, "");
    EXPECT_EQ(path.level, RegionLevel::prefecture);
    EXPECT_EQ(path.name(), "德阳市");
}

TEST(GazetteerPath, LeavesThePrefectureOfADirectlyGovernedCountyEmpty) {
    const Gazetteer& gazetteer = Gazetteer::builtin();
    const RegionPath path = gazetteer.path(*gazetteer.find("429004"));
    EXPECT_EQ(path.province, "湖北省");
    EXPECT_EQ(path.prefecture, "");
    EXPECT_EQ(path.county, "仙桃市");
}

TEST(GazetteerFindByName, GivesEveryHomonymSortedByCode) {
    EXPECT_EQ(codes(Gazetteer::builtin().find_by_name("朝阳区")), (Codes{"110105", "220104"}));
    EXPECT_EQ(codes(Gazetteer::builtin().find_by_name("城区")), (Codes{"140302", "140502", "441502"}));
}

TEST(GazetteerFindByName, KnowsOnlyOfficialNames) {
    EXPECT_EQ(codes(Gazetteer::builtin().find_by_name("乐平市")), (Codes{"360281"}));
    EXPECT_TRUE(Gazetteer::builtin().find_by_name("罗江").empty());
    EXPECT_TRUE(Gazetteer::builtin().find_by_name("四川").empty());
    EXPECT_TRUE(Gazetteer::builtin().find_by_name("").empty());
}

// ---- resolution ----

TEST(GazetteerResolve, CountyWithinItsPrefecture) {
    EXPECT_EQ(resolve("德阳市罗江区"), (Codes{"510604"}));
    EXPECT_EQ(resolve("德州市陵城区"), (Codes{"371403"}));
}

TEST(GazetteerResolve, CountyAlone) {
    EXPECT_EQ(resolve("曾都区"), (Codes{"421303"}));
    EXPECT_EQ(resolve("乐平市"), (Codes{"360281"}));
}

TEST(GazetteerResolve, CountyLevelCityIsNotAPrefectureStem) {
    // 乐平 is the stem of the county 乐平市 only; alone it names nothing.
    EXPECT_TRUE(resolve("乐平").empty());
    EXPECT_EQ(resolve("景德镇市乐平"), (Codes{"360281"}));
}

TEST(GazetteerResolve, CountyStemDirectlyAfterItsPrefectureDespiteDamage) {
    EXPECT_EQ(resolve("曲靖市麒麟?yún)^"), (Codes{"530302"}));
    EXPECT_EQ(resolve("曲靖市 麒麟"), (Codes{"530302"}));
}

TEST(GazetteerResolve, CountyStemElsewhereIsNoName) {
    EXPECT_TRUE(resolve("麒麟").empty());
    EXPECT_EQ(resolve("曲靖市的麒麟"), (Codes{"530300"}));
    EXPECT_EQ(resolve("德阳市麒麟"), (Codes{"510600"}));
}

TEST(GazetteerResolve, PrefectureAndProvince) {
    EXPECT_EQ(resolve("德阳市"), (Codes{"510600"}));
    EXPECT_EQ(resolve("四川省"), (Codes{"510000"}));
    EXPECT_EQ(resolve("四川"), (Codes{"510000"}));
}

TEST(GazetteerResolve, ProvinceShortForms) {
    EXPECT_EQ(resolve("内蒙古"), (Codes{"150000"}));
    EXPECT_EQ(resolve("广西"), (Codes{"450000"}));
    EXPECT_EQ(resolve("新疆"), (Codes{"650000"}));
    EXPECT_EQ(resolve("宁夏"), (Codes{"640000"}));
    EXPECT_EQ(resolve("西藏"), (Codes{"540000"}));
    EXPECT_EQ(resolve("北京"), (Codes{"110000"}));
}

TEST(GazetteerResolve, PrefectureStemAfterItsProvince) {
    EXPECT_EQ(resolve("四川德阳"), (Codes{"510600"}));
    EXPECT_EQ(resolve("四川德阳罗江"), (Codes{"510604"}));
    EXPECT_TRUE(resolve("德阳").empty());
}

TEST(GazetteerResolve, AutonomousPrefectureLeagueAndRegion) {
    EXPECT_EQ(resolve("凉山彝族自治州"), (Codes{"513400"}));
    EXPECT_EQ(resolve("四川凉山"), (Codes{"513400"}));
    EXPECT_EQ(resolve("凉山州"), (Codes{"513400"}));
    EXPECT_EQ(resolve("锡林郭勒盟"), (Codes{"152500"}));
    EXPECT_EQ(resolve("内蒙古锡林郭勒"), (Codes{"152500"}));
    EXPECT_EQ(resolve("黑龙江大兴安岭"), (Codes{"232700"}));
}

TEST(GazetteerResolve, AutonomousCountyByStemAndShortForm) {
    EXPECT_EQ(resolve("长阳土家族自治县"), (Codes{"420528"}));
    EXPECT_EQ(resolve("宜昌市长阳"), (Codes{"420528"}));
    EXPECT_EQ(resolve("长阳县"), (Codes{"420528"}));
    EXPECT_EQ(resolve("呼伦贝尔市鄂温克"), (Codes{"150724"}));
    EXPECT_EQ(resolve("鄂温克旗"), (Codes{"150724"}));
}

TEST(GazetteerResolve, SpecialDistrictByItsStem) {
    EXPECT_EQ(resolve("六盘水市六枝"), (Codes{"520203"}));  // 六枝特区
}

TEST(GazetteerResolve, EthnicDistrictByItsStem) {
    EXPECT_EQ(resolve("郑州市管城"), (Codes{"410104"}));  // 管城回族区
}

TEST(GazetteerResolve, StemThatIsAlsoAProvinceShortFormFollowsItsParent) {
    // 河南蒙古族自治县 (stem 河南) lies in 黄南藏族自治州.
    EXPECT_EQ(resolve("河南"), (Codes{"410000"}));
    EXPECT_EQ(resolve("黄南藏族自治州河南"), (Codes{"632324"}));
}

TEST(GazetteerResolve, LongestNameWins) {
    EXPECT_EQ(resolve("吉林市"), (Codes{"220200"}));
    EXPECT_EQ(resolve("吉林"), (Codes{"220000"}));
    EXPECT_EQ(resolve("吉林省吉林市"), (Codes{"220200"}));
}

TEST(GazetteerResolve, MunicipalityDistricts) {
    EXPECT_EQ(resolve("北京市东城区"), (Codes{"110101"}));
    EXPECT_EQ(resolve("重庆市万州区"), (Codes{"500101"}));
    EXPECT_EQ(resolve("重庆万州"), (Codes{"500101"}));
}

TEST(GazetteerResolve, DirectlyGovernedCountyAfterItsProvince) {
    EXPECT_EQ(resolve("仙桃市"), (Codes{"429004"}));
    EXPECT_EQ(resolve("湖北仙桃"), (Codes{"429004"}));
}

TEST(GazetteerResolve, GenericDistrictNamesNeedTheirParent) {
    EXPECT_TRUE(resolve("城区").empty());
    EXPECT_EQ(resolve("阳泉市城区"), (Codes{"140302"}));
    EXPECT_EQ(resolve("德阳市主城区"), (Codes{"510600"}));
}

TEST(GazetteerResolve, HomonymsAreAmbiguous) {
    EXPECT_EQ(resolve("朝阳区"), (Codes{"110105", "220104"}));
    EXPECT_EQ(resolve("北京市朝阳区"), (Codes{"110105"}));
}

TEST(GazetteerResolve, ContextNarrowsHomonyms) {
    EXPECT_EQ(resolve("朝阳区", "[北京]"), (Codes{"110105"}));
    EXPECT_EQ(resolve("朝阳区", "北京市"), (Codes{"110105"}));
    EXPECT_EQ(resolve("朝阳区", "在长春市委的坚强领导下"), (Codes{"220104"}));
    EXPECT_EQ(resolve("朝阳区", "在区委的坚强领导下"), (Codes{"110105", "220104"}));
}

TEST(GazetteerResolve, ContextLeavesASingleCandidateAlone) {
    EXPECT_EQ(resolve("德阳市罗江区", "[北京]"), (Codes{"510604"}));
}

TEST(GazetteerResolve, InconsistentNamesStayAmbiguous) {
    EXPECT_EQ(resolve("德阳市朝阳区"), (Codes{"110105", "220104", "510600"}));
}

TEST(GazetteerResolve, QualifiedByAncestors) {
    EXPECT_EQ(resolve("江苏省南京市鼓楼区"), (Codes{"320106"}));
    EXPECT_EQ(resolve("南京市鼓楼区"), (Codes{"320106"}));
    EXPECT_EQ(resolve("福州市鼓楼区"), (Codes{"350102"}));
    EXPECT_EQ(resolve("吉林省长春市朝阳区"), (Codes{"220104"}));
}

TEST(GazetteerResolve, QualifiedByShortForms) {
    EXPECT_EQ(resolve("江苏南京鼓楼区"), (Codes{"320106"}));
    EXPECT_EQ(resolve("凉山州西昌市"), (Codes{"513401"}));
    EXPECT_EQ(resolve("广西南宁"), (Codes{"450100"}));
    EXPECT_EQ(resolve("江苏南京鼓楼"), (Codes{"320106"}));
}

// A stem right before a name of one of its children names its division: 南京 in 南京鼓楼区.
TEST(GazetteerResolve, StemRightBeforeAChild) {
    EXPECT_EQ(resolve("南京鼓楼区"), (Codes{"320106"}));
    EXPECT_EQ(resolve("南京 鼓楼区"), (Codes{"320106"}));
    EXPECT_EQ(resolve("德阳罗江"), (Codes{"510604"}));
    EXPECT_EQ(resolve("鼓楼区"), (Codes{"320106", "320302", "350102", "410204"}));
    EXPECT_EQ(resolve("南京的鼓楼区"), (Codes{"320106", "320302", "350102", "410204"}));
    EXPECT_TRUE(resolve("南京").empty());
}

TEST(GazetteerResolve, PlaceInsideATitle) {
    EXPECT_EQ(resolve("2024年德阳市罗江区政府工作报告"), (Codes{"510604"}));
}

TEST(GazetteerResolve, NoPlaceGivesNothing) {
    EXPECT_TRUE(resolve("").empty());
    EXPECT_TRUE(resolve("政府工作报告").empty());
    EXPECT_TRUE(resolve("\xff\xfe?").empty());
}

// ---- names given on their own ----

std::vector<std::string> resolve_name(std::string_view name) { return codes(Gazetteer::builtin().resolve_name(name)); }

TEST(GazetteerResolveName, OneNameOrQualifiedByAncestors) {
    EXPECT_EQ(resolve_name("曾都区"), (Codes{"421303"}));
    EXPECT_EQ(resolve_name("凉山州"), (Codes{"513400"}));
    EXPECT_EQ(resolve_name("江苏省南京市鼓楼区"), (Codes{"320106"}));
    EXPECT_EQ(resolve_name("南京市鼓楼区"), (Codes{"320106"}));
    EXPECT_EQ(resolve_name("南京鼓楼区"), (Codes{"320106"}));
    EXPECT_EQ(resolve_name("江苏南京鼓楼区"), (Codes{"320106"}));
    EXPECT_EQ(resolve_name("凉山州西昌市"), (Codes{"513401"}));
    EXPECT_EQ(resolve_name("北京市 朝阳区"), (Codes{"110105"}));
    EXPECT_EQ(resolve_name("吉林省长春市朝阳区"), (Codes{"220104"}));
}

TEST(GazetteerResolveName, SeveralWhenTheAncestorsLeaveSeveral) {
    EXPECT_EQ(resolve_name("朝阳区"), (Codes{"110105", "220104"}));
    EXPECT_EQ(resolve_name("江苏省鼓楼区"), (Codes{"320106", "320302"}));
}

TEST(GazetteerResolveName, NothingButNamesAndEveryNameAnAncestor) {
    EXPECT_TRUE(resolve_name("罗江区政府").empty());
    EXPECT_TRUE(resolve_name("德阳市的罗江区").empty());
    EXPECT_TRUE(resolve_name("德阳市朝阳区").empty());
    EXPECT_TRUE(resolve_name("福建省南京市").empty());
    EXPECT_TRUE(resolve_name("罗江").empty());
    EXPECT_TRUE(resolve_name("").empty());
}

// The form in which errors list a division (province, prefecture and county names) names it,
// but for the prefecture 嘉峪关市: the data lists its one district as a county of the same name
// (620201), the most specific division that 甘肃省嘉峪关市 names.
TEST(GazetteerResolveName, EveryDivisionByItsFullName) {
    const Gazetteer& gazetteer = Gazetteer::builtin();
    for (const Region& region : gazetteer.regions()) {
        const RegionPath path = gazetteer.path(region);
        const Codes expected{region.code == "620200" ? "620201" : region.code};
        EXPECT_EQ(resolve_name(path.province + path.prefecture + path.county), expected)
            << path.province << path.prefecture << path.county;
    }
    EXPECT_EQ(resolve_name("甘肃省嘉峪关市嘉峪关市"), Codes{"620201"});
}

// ---- from_csv ----

constexpr std::string_view tiny_provinces = "code,name\n51,\"四川省\"\n";
constexpr std::string_view tiny_cities =
    "code,name,provinceCode\n5106,\"德阳市\",51\n5190,\"省直辖县级行政区划\",51\n";
constexpr std::string_view tiny_areas =
    "code,name,cityCode,provinceCode\n510604,\"罗江区\",5106,51\n519001,\"甲,\"\"乙\"\"市\",5190,51\n";

TEST(GazetteerFromCsv, ReadsQuotedNamesAndDropsPseudoPrefectures) {
    const Gazetteer gazetteer = Gazetteer::from_csv(tiny_provinces, tiny_cities, tiny_areas);
    ASSERT_EQ(gazetteer.regions().size(), 4u);
    EXPECT_EQ(gazetteer.regions()[1].code, "510600");
    EXPECT_EQ(gazetteer.regions()[3].name, "甲,\"乙\"市");
    EXPECT_EQ(gazetteer.regions()[3].parent_code, "510000");
    EXPECT_EQ(gazetteer.find("5190"), nullptr);
    EXPECT_EQ(codes(gazetteer.resolve("德阳市罗江区")), (Codes{"510604"}));
}

TEST(GazetteerFromCsv, AcceptsCrLfBlankLinesUnquotedNamesAndAByteOrderMark) {
    const Gazetteer gazetteer =
        Gazetteer::from_csv("\xEF\xBB\xBF" "code,name\r\n51,四川省\r\n\r\n", "code,name,provinceCode\n5106,德阳市,51",
                            "code,name,cityCode,provinceCode\n\n510604,罗江区,5106,51\n");
    ASSERT_EQ(gazetteer.regions().size(), 3u);
    EXPECT_EQ(gazetteer.regions()[0].name, "四川省");
    EXPECT_EQ(gazetteer.regions()[2].name, "罗江区");
}

// Runs from_csv, which must throw a parse_error with exactly `message`.
void expect_parse_error(std::string_view provinces, std::string_view cities, std::string_view areas,
                        const std::string& message) {
    ASSERT_THROW(
        {
            try {
                (void)Gazetteer::from_csv(provinces, cities, areas);
            } catch (const parse_error& e) {
                EXPECT_EQ(std::string(e.what()), message);
                throw;
            }
        },
        parse_error);
}

TEST(GazetteerFromCsv, RowWithTooFewFieldsNamesFileAndLine) {
    expect_parse_error(tiny_provinces, tiny_cities,
                       "code,name,cityCode,provinceCode\n510604,\"罗江区\",5106,51\n510605,\"虚构区\",5106\n",
                       "areas.csv:3: expected 4 fields, found 3");
}

TEST(GazetteerFromCsv, UnterminatedQuoteNamesTheColumn) {
    expect_parse_error(tiny_provinces, "code,name,provinceCode\n5106,\"德阳市,51\n", tiny_areas,
                       "cities.csv:2:6: unterminated quoted field");
}

TEST(GazetteerFromCsv, TextAfterAClosingQuote) {
    expect_parse_error("code,name\n51,\"四川\"省\n", tiny_cities, tiny_areas,
                       "provinces.csv:2:12: text after a closing quote");
}

TEST(GazetteerFromCsv, WrongHeader) {
    expect_parse_error("id,name\n51,\"四川省\"\n", tiny_cities, tiny_areas,
                       "provinces.csv:1: expected the header \"code,name\"");
}

TEST(GazetteerFromCsv, EmptyFile) {
    expect_parse_error(tiny_provinces, tiny_cities, "\n",
                       "areas.csv: empty file; expected the header \"code,name,cityCode,provinceCode\"");
}

TEST(GazetteerFromCsv, CodeOfTheWrongWidth) {
    expect_parse_error(tiny_provinces, "code,name,provinceCode\n510,\"德阳市\",51\n", tiny_areas,
                       "cities.csv:2: code \"510\" is not a 4-digit code");
}

TEST(GazetteerFromCsv, UnknownCity) {
    expect_parse_error(tiny_provinces, tiny_cities,
                       "code,name,cityCode,provinceCode\n510704,\"虚构区\",5107,51\n",
                       "areas.csv:2: unknown city 5107");
}

TEST(GazetteerFromCsv, CodeOutsideItsParent) {
    expect_parse_error(tiny_provinces, tiny_cities,
                       "code,name,cityCode,provinceCode\n520604,\"虚构区\",5106,51\n",
                       "areas.csv:2: 520604 does not lie in city 5106 of province 51");
}

TEST(GazetteerFromCsv, DuplicateCode) {
    expect_parse_error("code,name\n51,\"四川省\"\n51,\"四川\"\n", tiny_cities, tiny_areas,
                       "provinces.csv:3: duplicate code 51");
}

TEST(GazetteerFromCsv, EmptyName) {
    expect_parse_error(tiny_provinces, "code,name,provinceCode\n5106,\"\",51\n", tiny_areas,
                       "cities.csv:2: empty name");
}

}  // namespace
}  // namespace glossgraph
