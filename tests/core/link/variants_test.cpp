#include "core/link/variants.hpp"

#include "core/text/annotations.hpp"
#include "core/text/normalize.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>
#include <tuple>
#include <vector>

namespace glossgraph {
namespace {

// A term as the store would give it: keyed by term_key, definitions as written.
TermFacts term(std::string_view name, std::vector<std::string> definitions = {}) {
    return TermFacts{term_key(name), std::move(definitions)};
}

std::vector<std::size_t> all_of(const std::vector<TermFacts>& terms) {
    std::vector<std::size_t> indices(terms.size());
    std::iota(indices.begin(), indices.end(), std::size_t{0});
    return indices;
}

std::vector<TermRelation> relations_of(const std::vector<TermFacts>& terms) {
    return find_relations(terms, all_of(terms));
}

using Summary = std::tuple<std::size_t, std::size_t, RelationKind, std::string>;

std::vector<Summary> summarise(const std::vector<TermRelation>& relations) {
    std::vector<Summary> summary;
    for (const TermRelation& r : relations) summary.emplace_back(r.from, r.to, r.kind, r.rule);
    return summary;
}

// samples/003: the term and its definition as scraped, pinyin annotations included.
constexpr std::string_view kLittleGiantTerm = "專精特新“小巨人”企業(yè)";
constexpr std::string_view kLittleGiantDefinition =
    "是指“專精特新”中小企業(yè)中的佼佼者,是專注于細(xì)分市場(chǎng)、創(chuàng)新能力強(qiáng)、"
    "市場(chǎng)占有率高、掌握關(guān)鍵核心技術(shù)、質(zhì)量效益優(yōu)的排頭兵企業(yè)。";
// samples/000, entry (19).
constexpr std::string_view kQianWanDefinition =
    "即“千村示范、万村整治”工程。时任浙江省委书记习近平同志在浙江亲自部署,花5年时间,从浙江4万个村庄中"
    "选择1万个左右的行政村进行全面整治,把其中1000个左右的中心村建成全面小康示范村,是“绿水青山就是金山银山”"
    "理念在农村基层的成功实践。";

TEST(VariantsKind, NamesRoundTrip) {
    for (const RelationKind kind : {RelationKind::variant_suffix, RelationKind::variant_numeral,
                                    RelationKind::variant_expansion, RelationKind::family, RelationKind::refers_to,
                                    RelationKind::broader}) {
        EXPECT_EQ(parse_relation_kind(to_string(kind)), kind);
    }
    EXPECT_EQ(to_string(RelationKind::variant_numeral), "variant_numeral");
}

TEST(VariantsKind, ParseRejectsUnknownNames) {
    EXPECT_THROW(
        {
            try {
                parse_relation_kind("synonym");
            } catch (const std::invalid_argument& error) {
                EXPECT_STREQ(error.what(), "unknown relation kind 'synonym'");
                throw;
            }
        },
        std::invalid_argument);
}

TEST(VariantsKind, OnlyTheThreeVariantKindsAreVariants) {
    EXPECT_TRUE(is_variant(RelationKind::variant_suffix));
    EXPECT_TRUE(is_variant(RelationKind::variant_numeral));
    EXPECT_TRUE(is_variant(RelationKind::variant_expansion));
    EXPECT_FALSE(is_variant(RelationKind::family));
    EXPECT_FALSE(is_variant(RelationKind::refers_to));
}

TEST(VariantsSuffix, HeadTermPlusReformIsAVariant) {
    const std::vector<TermFacts> terms{term("“放管服”改革"), term("放管服")};
    EXPECT_EQ(summarise(relations_of(terms)),
              (std::vector<Summary>{{0, 1, RelationKind::variant_suffix, "suffix 改革"}}));
}

TEST(VariantsSuffix, MatchesAcrossScripts) {
    const std::vector<TermFacts> terms{term("“四个最严”要求"), term("四個最嚴")};
    EXPECT_EQ(summarise(relations_of(terms)),
              (std::vector<Summary>{{0, 1, RelationKind::variant_suffix, "suffix 要求"}}));
}

TEST(VariantsSuffix, NeedsBothTermsAndAStemOfTwoCharacters) {
    EXPECT_TRUE(relations_of({term("“放管服”改革"), term("放管")}).empty());
    EXPECT_TRUE(relations_of({term("党建设"), term("党")}).empty());
    EXPECT_EQ(relations_of({term("党建建设"), term("党建")}).size(), 1U);
}

TEST(VariantsSuffix, TriesEveryMatchingSuffix) {
    const std::vector<TermFacts> terms{term("科技专项行动"), term("科技"), term("科技专项")};
    EXPECT_EQ(summarise(relations_of(terms)), (std::vector<Summary>{
                                                  {0, 1, RelationKind::variant_suffix, "suffix 专项行动"},
                                                  {0, 2, RelationKind::variant_suffix, "suffix 行动"},
                                              }));
}

TEST(VariantsNumeral, SameCountWrittenDifferentlyIsAVariant) {
    const std::vector<TermFacts> terms{term("两品一标"), term("二品一标")};
    EXPECT_EQ(summarise(relations_of(terms)),
              (std::vector<Summary>{{0, 1, RelationKind::variant_numeral, "numeral 两=二"}}));
}

TEST(VariantsNumeral, TenAsDigitsAndAsCharacter) {
    const std::vector<TermFacts> terms{term("十大行动"), term("１０大行动"), term("拾大行动")};
    EXPECT_EQ(summarise(relations_of(terms)), (std::vector<Summary>{
                                                  {0, 1, RelationKind::variant_numeral, "numeral 十=10"},
                                                  {0, 2, RelationKind::variant_numeral, "numeral 十=拾"},
                                                  {1, 2, RelationKind::variant_numeral, "numeral 10=拾"},
                                              }));
}

TEST(VariantsFamily, SameShapeOtherCountIsFamilyNotVariant) {
    const std::vector<TermFacts> terms{term("三品一標"), term("两品一标")};
    const std::vector<TermRelation> relations = relations_of(terms);
    EXPECT_EQ(summarise(relations), (std::vector<Summary>{{0, 1, RelationKind::family, "count 三≠两"}}));
    EXPECT_FALSE(is_variant(relations.at(0).kind));
}

TEST(VariantsFamily, FiveAndThreeSocialLinkages) {
    const std::vector<TermFacts> terms{term("五社联动"), term("三社联动")};
    EXPECT_EQ(summarise(relations_of(terms)),
              (std::vector<Summary>{{0, 1, RelationKind::family, "count 五≠三"}}));
}

TEST(VariantsFamily, PlanNumbersAreCounts) {
    EXPECT_EQ(summarise(relations_of({term("十三五规划"), term("十四五规划")})),
              (std::vector<Summary>{{0, 1, RelationKind::family, "count 十三五≠十四五"}}));
    EXPECT_EQ(summarise(relations_of({term("3个专项行动"), term("12个专项行动")})),
              (std::vector<Summary>{{0, 1, RelationKind::family, "count 3≠12"}}));
}

TEST(VariantsFamily, CodesAndYearsAreNotCounts) {
    EXPECT_TRUE(relations_of({term("03专项行动"), term("491专项行动")}).empty());
    EXPECT_TRUE(relations_of({term("03专项行动"), term("3专项行动")}).empty());
    EXPECT_TRUE(relations_of({term("2035远景目标"), term("2050远景目标")}).empty());
}

TEST(VariantsFamily, CodesAndYearsInChineseNumeralsAreNotCounts) {
    EXPECT_TRUE(relations_of({term("二〇三五年远景目标"), term("二〇五〇年远景目标")}).empty());
    EXPECT_TRUE(relations_of({term("〇三专项行动"), term("四九一专项行动")}).empty());
    EXPECT_EQ(summarise(relations_of({term("2035年远景目标"), term("二〇三五年远景目标")})),
              (std::vector<Summary>{{0, 1, RelationKind::variant_numeral, "numeral 2035=二〇三五"}}));
}

TEST(VariantsFamily, NeedsTwoOtherCharacters) {
    EXPECT_TRUE(relations_of({term("三农"), term("四农")}).empty());
}

TEST(VariantsUnrelated, ThreeLinesOneListAndThreeZonesThreeLines) {
    const std::vector<TermFacts> terms{
        term("三线一单", {"生态保护红线、环境质量底线、资源利用上线和生态环境准入清单。"}),
        term("三区三线", {"城镇、农业、生态空间以及生态保护红线、永久基本农田、城镇开发边界。"}),
    };
    EXPECT_TRUE(relations_of(terms).empty());
}

TEST(VariantsExpansion, QianWanProjectExpandsToItsFullName) {
    const std::vector<TermFacts> terms{term("千村示范、万村整治工程"),
                                       term("千万工程", {"另一个定义。", std::string(kQianWanDefinition)})};
    const std::vector<TermRelation> relations = relations_of(terms);
    EXPECT_EQ(summarise(relations),
              (std::vector<Summary>{{1, 0, RelationKind::variant_expansion, "即“千村示范、万村整治”工程"}}));
    EXPECT_EQ(relations.at(0).evidence_definition, 1U);
}

TEST(VariantsExpansion, ExpansionOfTakesQuoteAndShortTail) {
    EXPECT_EQ(expansion_of(kQianWanDefinition), "千村示范、万村整治工程");
    EXPECT_EQ(expansion_of(" 是指 即「雙隨機、一公開」監管,…"), "双随机、一公开监管");
    EXPECT_EQ(expansion_of("即“两品一标”。"), "两品一标");
    EXPECT_EQ(expansion_of("即“放管服”的简称"), "放管服");
    EXPECT_EQ(expansion_of("即“放管服”改革措施落实到位"), "放管服");
}

TEST(VariantsExpansion, ExpansionOfNeedsJiAndAClosingQuote) {
    EXPECT_EQ(expansion_of("是指“专精特新”中小企业中的佼佼者"), std::nullopt);
    EXPECT_EQ(expansion_of("即“千村示范、万村整治工程"), std::nullopt);
    EXPECT_EQ(expansion_of("即千村示范"), std::nullopt);
    EXPECT_EQ(expansion_of("即“”"), std::nullopt);
    EXPECT_EQ(expansion_of(""), std::nullopt);
}

TEST(VariantsRefersTo, LittleGiantDefinitionNamesTheStemOfSpecialisedEnterprises) {
    const std::vector<TermFacts> terms{
        term(strip_pinyin_annotations(kLittleGiantTerm), {strip_pinyin_annotations(kLittleGiantDefinition)}),
        term("“专精特新”企业", {"具有“专业化、精细化、特色化、新颖化”特征的工业中小企业。"}),
    };
    const std::vector<TermRelation> relations = relations_of(terms);
    EXPECT_EQ(summarise(relations), (std::vector<Summary>{
                                        {0, 1, RelationKind::refers_to, "names 专精特新, stem of 专精特新企业"},
                                    }));
    EXPECT_EQ(relations.at(0).evidence_definition, 0U);
}

TEST(VariantsRefersTo, LongestNameAtAPositionWins) {
    const std::vector<TermFacts> terms{term("耕地保护", {"推进“高标准农田建设”,守住红线。"}),
                                       term("高标准农田"), term("高标准农田建设")};
    EXPECT_EQ(summarise(relations_of(terms)), (std::vector<Summary>{
                                                  {0, 2, RelationKind::refers_to, "names 高标准农田建设"},
                                                  {1, 2, RelationKind::variant_suffix, "suffix 建设"},
                                              }));
}

TEST(VariantsRefersTo, ShortKeysAreNotNames) {
    EXPECT_TRUE(relations_of({term("乡村振兴", {"解决好三农问题。"}), term("三农")}).empty());
}

TEST(VariantsRefersTo, OwnNameOwnStemAndVariantsGiveNothing) {
    EXPECT_TRUE(relations_of({term("专精特新企业", {"专精特新企业是专精特新的中小企业。"})}).empty());
    const std::vector<TermFacts> terms{term("放管服改革", {"深化放管服。"}), term("放管服")};
    EXPECT_EQ(summarise(relations_of(terms)),
              (std::vector<Summary>{{0, 1, RelationKind::variant_suffix, "suffix 改革"}}));
}

TEST(VariantsRefersTo, IsDirected) {
    const std::vector<TermFacts> terms{term("营商环境", {"深化“放管服”改革的成果。"}), term("“放管服”改革", {"简政放权。"})};
    EXPECT_EQ(summarise(relations_of(terms)),
              (std::vector<Summary>{{0, 1, RelationKind::refers_to, "names 放管服改革"}}));
}

TEST(VariantsChanged, RelationsBetweenUnchangedTermsAreLeftOut) {
    const std::vector<TermFacts> terms{term("放管服"), term("放管服改革"), term("两品一标"), term("二品一标")};
    EXPECT_EQ(summarise(find_relations(terms, {3})),
              (std::vector<Summary>{{2, 3, RelationKind::variant_numeral, "numeral 两=二"}}));
    EXPECT_EQ(summarise(find_relations(terms, {0})),
              (std::vector<Summary>{{0, 1, RelationKind::variant_suffix, "suffix 改革"}}));
    EXPECT_TRUE(find_relations(terms, {}).empty());
}

TEST(VariantsChanged, AnUnchangedDefinitionNamingAChangedTermCounts) {
    const std::vector<TermFacts> terms{term("营商环境", {"深化放管服改革。"}), term("放管服改革"), term("三线一单")};
    EXPECT_EQ(find_relations(terms, {1}).size(), 1U);
    EXPECT_TRUE(find_relations(terms, {2}).empty());
}

TEST(VariantsChanged, IndexOutOfRangeThrows) {
    EXPECT_THROW(find_relations({term("放管服")}, {1}), std::out_of_range);
}

TEST(VariantsOrder, SortedAndIndependentOfHowChangedIsListed) {
    const std::vector<TermFacts> terms{
        term("二品一标"), term("三品一标"), term("放管服改革", {"简政放权。"}),
        term("营商环境", {"“放管服”改革和两品一标。"}), term("两品一标"), term("放管服"),
    };
    const std::vector<TermRelation> forward = find_relations(terms, {0, 1, 2, 3, 4, 5});
    const std::vector<TermRelation> shuffled = find_relations(terms, {5, 3, 3, 1, 4, 0, 2});
    EXPECT_EQ(summarise(forward), summarise(shuffled));
    EXPECT_EQ(summarise(forward), (std::vector<Summary>{
                                      {0, 1, RelationKind::family, "count 二≠三"},
                                      {0, 4, RelationKind::variant_numeral, "numeral 二=两"},
                                      {1, 4, RelationKind::family, "count 三≠两"},
                                      {2, 5, RelationKind::variant_suffix, "suffix 改革"},
                                      {3, 2, RelationKind::refers_to, "names 放管服改革"},
                                      {3, 4, RelationKind::refers_to, "names 两品一标"},
                                  }));
}

// 4-character keys from 20 characters that are neither numerals nor parts of a suffix.
std::string synthetic_stem(std::size_t n) {
    static const std::vector<std::string> pool{"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸",
                                               "子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉"};
    std::string stem;
    for (int digit = 0; digit < 4; ++digit, n /= pool.size()) stem += pool[n % pool.size()];
    return stem;
}

TEST(VariantsScale, TenThousandTerms) {
    constexpr std::size_t pairs = 5000;
    std::vector<TermFacts> terms;
    for (std::size_t i = 0; i < pairs; ++i) {
        terms.push_back(term(synthetic_stem(i)));
        const std::string named = i == 0 ? "无" : synthetic_stem(i - 1) + "工程";
        terms.push_back(term(synthetic_stem(i) + "工程", {"参照“" + named + "”实施。"}));
    }
    const std::vector<TermRelation> relations = relations_of(terms);
    const auto count = [&](RelationKind kind) {
        return std::count_if(relations.begin(), relations.end(), [&](const TermRelation& r) { return r.kind == kind; });
    };
    EXPECT_EQ(count(RelationKind::variant_suffix), 5000);
    EXPECT_EQ(count(RelationKind::refers_to), 4999);
    EXPECT_EQ(relations.size(), 9999U);
    EXPECT_EQ(find_relations(terms, {7}).size(), 3U);  // suffix with 6, refers to 5, named by 9
}

// A count from 1 to 99 in Han numerals as a count is written: 七, 十, 十三, 二十三.
std::string count_in_han(std::size_t n) {
    static const char* const digits[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    if (n < 10) return digits[n];
    return std::string(n >= 20 ? digits[n / 10] : "") + "十" + digits[n % 10];
}

// The nth of the keys 术语一项一条一, 术语一项一条二 …: three counts in one pattern, so every
// key has the shape 术语#项#条# (970,299 of them).
std::string numbered_key(std::size_t n) {
    return "术语" + count_in_han(n / 9801 % 99 + 1) + "项" + count_in_han(n / 99 % 99 + 1) + "条" + count_in_han(n % 99 + 1);
}

// Issue 12, item 6: terms numbered in one pattern made every pair of them a family, so a
// glossary of a million numbered entries filled memory (22 GB for 100,000 in a test) and never
// finished linking. A pattern shared by more than kMaxNumeralGroup terms is a numbering scheme:
// no family among its terms; a real family beside it is kept.
TEST(VariantsFamily, APatternSharedByMoreThanAHundredTermsIsANumberingSchemeNotAFamily) {
    std::vector<TermFacts> terms;
    for (std::size_t i = 0; i < 3000; ++i) terms.push_back(term(numbered_key(i)));
    terms.push_back(term("十三五规划"));
    terms.push_back(term("十四五规划"));
    const std::vector<TermRelation> relations = relations_of(terms);
    ASSERT_EQ(relations.size(), 1u);
    EXPECT_EQ(relations[0].kind, RelationKind::family);
    EXPECT_EQ(relations[0].from, 3000u);
}

// Relations stay linear in the terms: 100,000 terms of one pattern (before, 5 billion family
// pairs: memory ran out), each definition naming the next term.
TEST(VariantsScale, AHundredThousandNumberedTermsInLinearTime) {
    constexpr std::size_t count = 100000;
    std::vector<TermFacts> terms;
    for (std::size_t i = 0; i < count; ++i) terms.push_back(term(numbered_key(i), {"参见" + numbered_key(i + 1) + "。"}));
    const std::vector<TermRelation> relations = relations_of(terms);
    EXPECT_EQ(relations.size(), count - 1) << "each term refers to the next, and nothing else";
}

}  // namespace
}  // namespace glossgraph

namespace glossgraph {
namespace {

TEST(VariantsStems, GenericStemsLongestFirst) {
    EXPECT_EQ(generic_stems("放管服改革", 3), std::vector<std::string>{"放管服"});
    EXPECT_EQ(generic_stems("科技专项行动", 2), (std::vector<std::string>{"科技专项", "科技"}));
    EXPECT_TRUE(generic_stems("三线一单", 2).empty());
    EXPECT_TRUE(generic_stems("双创工作", 3).empty());  // the stem 双创 is too short
}

}  // namespace
}  // namespace glossgraph
