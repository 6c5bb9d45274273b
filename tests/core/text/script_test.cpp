#include "core/text/script.hpp"

#include "core/text/utf8.hpp"

#include <gtest/gtest.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

namespace glossgraph {
namespace {

// The generated table, read here to check every phrase rule against ICU.
#include "core/text/t2s_table.hpp"
#include "t2s_table.inc"

std::string read_sample(const std::string& name) {
    std::ifstream in(std::string(GLOSSGRAPH_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

const icu::Transliterator& icu_t2s() {
    static const std::unique_ptr<icu::Transliterator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t2s(
            icu::Transliterator::createInstance("Traditional-Simplified", UTRANS_FORWARD, status));
        EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
        return t2s;
    }();
    return *instance;
}

std::string icu_to_simplified(std::string_view text) {
    icu::UnicodeString converted = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    icu_t2s().transliterate(converted);
    std::string result;
    converted.toUTF8String(result);
    return result;
}

std::string utf8_of(char32_t cp) {
    std::string text;
    utf8::append(text, cp);
    return text;
}

std::u32string code_points(std::string_view text) {
    std::u32string out;
    for (std::size_t pos = 0; pos < text.size();) out.push_back(utf8::next(text, pos));
    return out;
}

TEST(Script, ConvertsTraditionalCharacters) {
    EXPECT_EQ(to_simplified("陵城區政府工作報告"), "陵城区政府工作报告");
    EXPECT_EQ(to_simplified("張忠文"), "张忠文");
    EXPECT_EQ(to_simplified("李希巖"), "李希岩");
    EXPECT_EQ(to_simplified("「四個最嚴」"), "“四个最严”");
}

TEST(Script, AppliesIcuPhraseRulesBeforeCharacters) {
    EXPECT_EQ(to_simplified("成效顯著"), "成效显著");
    EXPECT_EQ(to_simplified("著"), "着");
    EXPECT_EQ(to_simplified("扭轉乾坤"), "扭转乾坤");
    EXPECT_EQ(to_simplified("乾淨"), "干净");
}

TEST(Script, CopiesSimplifiedLatinAndIllFormedBytesUnchanged) {
    EXPECT_EQ(to_simplified("2024年德阳市罗江区政府工作报告 (GDP)"), "2024年德阳市罗江区政府工作报告 (GDP)");
    EXPECT_EQ(to_simplified("區\xFF區\xE5\x8C"), "区\xFF区\xE5\x8C");
    EXPECT_EQ(to_simplified("\U00020000區"), "\U00020000区");
    EXPECT_EQ(to_simplified(""), "");
}

TEST(Script, SimplifiedCharMapsOneCodePoint) {
    EXPECT_EQ(simplified_char(U'區'), U'区');
    EXPECT_EQ(simplified_char(U'区'), U'区');
    EXPECT_EQ(simplified_char(U'著'), U'着');
    EXPECT_EQ(simplified_char(U'a'), U'a');
    EXPECT_EQ(simplified_char(char32_t{0x20000}), char32_t{0x20000});
}

TEST(Script, AgreesWithIcuOnEveryCodePoint) {
    const std::pair<char32_t, char32_t> ranges[] = {
        {0x3000, 0x303F}, {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x20000, 0x2EBEF}, {0x30000, 0x3134F}};
    int differences = 0;
    for (const auto& [first, last] : ranges) {
        for (char32_t cp = first; cp <= last && differences < 10; ++cp) {
            const std::string text = utf8_of(cp);
            const std::string expected = icu_to_simplified(text);
            if (to_simplified(text) == expected && utf8_of(simplified_char(cp)) == expected) continue;
            ADD_FAILURE() << "U+" << std::hex << static_cast<unsigned>(cp) << " ICU: " << expected;
            ++differences;
        }
    }
}

TEST(Script, AgreesWithIcuOnEveryPhraseRule) {
    ASSERT_GT(std::size(kT2sPhrases), 900u);
    for (std::size_t i = 1; i < std::size(kT2sPhrases); ++i) {
        const std::string_view source = kT2sPhrases[i].source;
        EXPECT_EQ(to_simplified(source), kT2sPhrases[i].target) << source;
        // Rules that convert agree with ICU; the rest keep a word as it is (乾坤, 显著).
        if (source != kT2sPhrases[i].target) {
            EXPECT_EQ(to_simplified(source), icu_to_simplified(source)) << source;
        }
    }
}

// ICU's phrase rules also rewrite words that are already simplified (巡察 > 巡查, two different
// words), and its character rules turn the simplified 显著 into 显着 although its phrase rule
// turns 顯著 into 显著. The generator drops the first kind and protects the targets of the
// second, so simplified text stays as it is; these are the only places it differs from ICU.
std::vector<std::string> differences_from_icu(const std::string& text) {
    const std::u32string ours = code_points(to_simplified(text));
    const std::u32string icu = code_points(icu_to_simplified(text));
    EXPECT_EQ(ours.size(), icu.size());
    std::vector<std::string> words;
    for (std::size_t i = 0; i < std::min(ours.size(), icu.size()); ++i) {
        if (ours[i] != icu[i]) words.push_back(utf8_of(ours[i > 0 ? i - 1 : i]) + utf8_of(ours[i]) + ">" + utf8_of(icu[i]));
    }
    return words;
}

TEST(Script, AgreesWithIcuOnTraditionalSamplesButForSimplifiedRewrites) {
    EXPECT_TRUE(differences_from_icu(read_sample("003_69fdf8d6d7fd43b7.txt")).empty());
    EXPECT_EQ(differences_from_icu(read_sample("004_377fd206c21df32a.txt")), std::vector<std::string>{"巡察>查"});
    EXPECT_NE(to_simplified(read_sample("003_69fdf8d6d7fd43b7.txt")), read_sample("003_69fdf8d6d7fd43b7.txt"));
}

TEST(Script, LeavesSimplifiedSamplesUnchanged) {
    for (const char* name : {"000_5b54c714a6bec26a.txt", "001_4e4f3f491fbc5ac3.txt", "002_56897e3e26716c43.txt"}) {
        const std::string sample = read_sample(name);
        ASSERT_FALSE(sample.empty()) << name;
        EXPECT_TRUE(to_simplified(sample) == sample) << name;  // not EXPECT_EQ: 40 kB diffs
    }
    EXPECT_EQ(differences_from_icu(read_sample("000_5b54c714a6bec26a.txt")),
              (std::vector<std::string>{"显著>着", "巡察>查", "显著>着"}));
    EXPECT_EQ(differences_from_icu(read_sample("002_56897e3e26716c43.txt")), std::vector<std::string>{"显著>着"});
    // One simplified form whichever script a word was written in.
    EXPECT_EQ(to_simplified("顯著"), to_simplified("显著"));
    EXPECT_EQ(to_simplified("巡视巡察"), "巡视巡察");
    EXPECT_EQ(to_simplified("巡視巡察"), "巡视巡察");
}

TEST(Script, DetectsTheScriptOfSamples) {
    for (const char* name : {"000_5b54c714a6bec26a.txt", "001_4e4f3f491fbc5ac3.txt", "002_56897e3e26716c43.txt"})
        EXPECT_EQ(detect_script(read_sample(name)), Script::simplified) << name;
    for (const char* name : {"003_69fdf8d6d7fd43b7.txt", "004_377fd206c21df32a.txt"})
        EXPECT_EQ(detect_script(read_sample(name)), Script::traditional) << name;
}

TEST(Script, DetectsScriptFromSpecificCharactersOnly) {
    EXPECT_EQ(detect_script("罗江区"), Script::simplified);
    EXPECT_EQ(detect_script("陵城區"), Script::traditional);
    EXPECT_EQ(detect_script("面台"), Script::unknown);  // the same in both scripts
    EXPECT_EQ(detect_script("区區"), Script::unknown);
    EXPECT_EQ(detect_script("GDP 2024"), Script::unknown);
    EXPECT_EQ(detect_script(""), Script::unknown);
}

TEST(LanguageTag, ByTheTextsScriptElseTheFallback) {
    EXPECT_EQ(language_tag("四個最嚴", Script::simplified), "zh-Hant");
    EXPECT_EQ(language_tag("四个最严", Script::traditional), "zh-Hans");
    EXPECT_EQ(language_tag("放管服", Script::traditional), "zh-Hant");
    EXPECT_EQ(language_tag("放管服", Script::unknown), "zh-Hans");
    EXPECT_EQ(language_tag("", Script::simplified), "zh-Hans");
}

}  // namespace

}  // namespace glossgraph
