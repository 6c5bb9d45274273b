#include "core/text/encoding.hpp"

#include "core/errors.hpp"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <fstream>
#include <sstream>
#include <string>

namespace glossgraph {
namespace {

// "政府工作报告\r\n名词解释" in GBK (and so GB18030).
constexpr std::string_view gbk_report_lines =
    "\xD5\xFE\xB8\xAE\xB9\xA4\xD7\xF7\xB1\xA8\xB8\xE6\x0D\x0A\xC3\xFB\xB4\xCA\xBD\xE2\xCA\xCD";

std::string utf16_bytes(std::u16string_view text, bool big_endian) {
    std::string bytes = big_endian ? "\xFE\xFF" : "\xFF\xFE";
    for (char16_t unit : text) {
        const char high = static_cast<char>(unit >> 8);
        const char low = static_cast<char>(unit & 0xFF);
        bytes += big_endian ? high : low;
        bytes += big_endian ? low : high;
    }
    return bytes;
}

std::string repeat(std::string_view text, int times) {
    std::string result;
    for (int i = 0; i < times; ++i) result += text;
    return result;
}

std::string read_sample(const std::string& name) {
    std::ifstream in(std::string(GLOSSGRAPH_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string to_gb18030(const std::string& utf8) {
    UErrorCode status = U_ZERO_ERROR;
    std::string out(utf8.size() * 2 + 16, '\0');
    const int32_t length = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                                        static_cast<int32_t>(utf8.size()), &status);
    EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
    out.resize(static_cast<std::size_t>(length));
    return out;
}

TEST(Encoding, KeepsWellFormedUtf8) {
    CollectingDiagnostics diagnostics;
    const DecodedText decoded = decode_text("2024年德阳市罗江区政府工作报告\n名词解释\n", "r.txt", diagnostics);
    EXPECT_EQ(decoded.text, "2024年德阳市罗江区政府工作报告\n名词解释\n");
    EXPECT_EQ(decoded.encoding, "UTF-8");
    EXPECT_TRUE(diagnostics.items.empty());
}

TEST(Encoding, StripsUtf8Bom) {
    CollectingDiagnostics diagnostics;
    const DecodedText decoded = decode_text("\xEF\xBB\xBF名词解释", "r.txt", diagnostics);
    EXPECT_EQ(decoded.text, "名词解释");
    EXPECT_EQ(decoded.encoding, "UTF-8 (BOM)");
}

TEST(Encoding, ConvertsUtf16LittleEndianWithBom) {
    CollectingDiagnostics diagnostics;
    const DecodedText decoded = decode_text(utf16_bytes(u"名词解释\r\n\U00020000", false), "r.txt", diagnostics);
    EXPECT_EQ(decoded.text, "名词解释\n\U00020000");
    EXPECT_EQ(decoded.encoding, "UTF-16LE");
    EXPECT_TRUE(diagnostics.items.empty());
}

TEST(Encoding, ConvertsUtf16BigEndianWithBom) {
    CollectingDiagnostics diagnostics;
    const DecodedText decoded = decode_text(utf16_bytes(u"名词解释", true), "r.txt", diagnostics);
    EXPECT_EQ(decoded.text, "名词解释");
    EXPECT_EQ(decoded.encoding, "UTF-16BE");
}

TEST(Encoding, ConvertsGbkAsGb18030) {
    CollectingDiagnostics diagnostics;
    const DecodedText decoded = decode_text(gbk_report_lines, "r.txt", diagnostics);
    EXPECT_EQ(decoded.text, "政府工作报告\n名词解释");
    EXPECT_EQ(decoded.encoding, "GB18030");
    EXPECT_TRUE(diagnostics.items.empty());
}

TEST(Encoding, ConvertsGb18030FourByteSequences) {
    CollectingDiagnostics diagnostics;
    const DecodedText decoded = decode_text("\xB1\xA8\xB8\xE6\x95\x32\x82\x36", "r.txt", diagnostics);
    EXPECT_EQ(decoded.text, "报告\U00020000");
    EXPECT_EQ(decoded.encoding, "GB18030");
}

TEST(Encoding, RoundTripsASampleReportThroughGb18030) {
    const std::string sample = read_sample("000_5b54c714a6bec26a.txt");
    ASSERT_FALSE(sample.empty());
    CollectingDiagnostics diagnostics;
    const DecodedText decoded = decode_text(to_gb18030(sample), "000.txt", diagnostics);
    EXPECT_EQ(decoded.encoding, "GB18030");
    EXPECT_EQ(decoded.text, sample);
    EXPECT_TRUE(diagnostics.items.empty());
}

TEST(Encoding, DecodesEverySampleAsCleanUtf8) {
    for (const char* name : {"000_5b54c714a6bec26a.txt", "001_4e4f3f491fbc5ac3.txt", "002_56897e3e26716c43.txt",
                             "003_69fdf8d6d7fd43b7.txt", "004_377fd206c21df32a.txt"}) {
        const std::string sample = read_sample(name);
        ASSERT_FALSE(sample.empty()) << name;
        CollectingDiagnostics diagnostics;
        const DecodedText decoded = decode_text(sample, name, diagnostics);
        EXPECT_EQ(decoded.encoding, "UTF-8") << name;
        EXPECT_EQ(decoded.text.find('\r'), std::string::npos) << name;
        EXPECT_TRUE(diagnostics.items.empty()) << name;
    }
}

TEST(Encoding, NormalisesCrLfAndLoneCrToLf) {
    CollectingDiagnostics diagnostics;
    EXPECT_EQ(decode_text("a\r\nb\rc\n\r\nd\r", "r.txt", diagnostics).text, "a\nb\nc\n\nd\n");
}

TEST(Encoding, ReplacesRareDamageInUtf8AndWarnsOnceWithItsLine) {
    const std::string bytes = repeat("政府工作报告\r\n", 4) + "名词\xFF解释\n" + repeat("政府工作报告\n", 40) + "\xE5\x8C\n";
    CollectingDiagnostics diagnostics;
    const DecodedText decoded = decode_text(bytes, "r.txt", diagnostics);
    EXPECT_EQ(decoded.encoding, "UTF-8");
    EXPECT_NE(decoded.text.find("名词\uFFFD解释\n"), std::string::npos);
    EXPECT_TRUE(decoded.text.ends_with("报告\n\uFFFD\n"));  // a truncated sequence is one U+FFFD
    ASSERT_EQ(diagnostics.items.size(), 1u);
    EXPECT_EQ(diagnostics.items[0].severity, Severity::warning);
    EXPECT_EQ(diagnostics.items[0].location.file, "r.txt");
    EXPECT_EQ(diagnostics.items[0].location.line, 5);
    EXPECT_EQ(diagnostics.items[0].message, "invalid UTF-8 byte 0xFF; 2 damaged sequences replaced with U+FFFD");
}

TEST(Encoding, PrefersUtf8WhenItHasFewerDamagedSequencesThanGb18030) {
    // 1 bad byte in 22 non-ASCII sequences is more than 1%, but GB18030 fails on every line.
    const std::string bytes = repeat("政府工作报告区\n", 3) + "\xFF";
    CollectingDiagnostics diagnostics;
    const DecodedText decoded = decode_text(bytes, "r.txt", diagnostics);
    EXPECT_EQ(decoded.encoding, "UTF-8");
    EXPECT_EQ(decoded.text, repeat("政府工作报告区\n", 3) + "\uFFFD");
    ASSERT_EQ(diagnostics.items.size(), 1u);
    EXPECT_EQ(diagnostics.items[0].location.line, 4);
    EXPECT_EQ(diagnostics.items[0].message, "invalid UTF-8 byte 0xFF; 1 damaged sequence replaced with U+FFFD");
}

TEST(Encoding, ReplacesDamageInGb18030AndWarnsWithItsLine) {
    const std::string bytes = std::string(gbk_report_lines) + "\r\n\x80" + std::string(gbk_report_lines);
    CollectingDiagnostics diagnostics;
    const DecodedText decoded = decode_text(bytes, "r.txt", diagnostics);
    EXPECT_EQ(decoded.encoding, "GB18030");
    EXPECT_EQ(decoded.text, "政府工作报告\n名词解释\n\uFFFD政府工作报告\n名词解释");
    ASSERT_EQ(diagnostics.items.size(), 1u);
    EXPECT_EQ(diagnostics.items[0].location.line, 3);
    EXPECT_EQ(diagnostics.items[0].message, "invalid GB18030 byte 0x80; 1 damaged sequence replaced with U+FFFD");
}

// Issue 12, item 15: a UTF-8 header above a GBK glossary lost the glossary with warnings only.
TEST(Encoding, Utf8HeaderAndGbkGlossaryReadEachLineInItsOwnEncoding) {
    const std::string header = "2024年德阳市罗江区政府工作报告\n各位代表：全面推进“三线一单”落地。\n";
    const std::string glossary = "名词解释\n（1）三线一单：生态保护红线、环境质量底线、资源利用上线。\n";
    CollectingDiagnostics diagnostics;
    const DecodedText decoded = decode_text(header + to_gb18030(glossary), "mixed.txt", diagnostics);
    EXPECT_EQ(decoded.encoding, "UTF-8 + GB18030");
    EXPECT_EQ(decoded.text, header + glossary);
    ASSERT_EQ(diagnostics.items.size(), 1u);
    EXPECT_EQ(diagnostics.items[0].location.line, 3);
    EXPECT_EQ(diagnostics.items[0].message,
              "the file mixes two encodings: 2 line(s) read as GB18030 (the first is line 3), the others as UTF-8");
}

// Whole-file GB18030 reads UTF-8 lines of an even byte length without an error, as mojibake.
TEST(Encoding, Utf8LinesOfEvenLengthInAGbkFileAreStillUtf8) {
    const std::string header = "政府工作报告\n";  // 18 bytes: GB18030 reads it cleanly, wrongly
    const std::string glossary = repeat("名词解释三线一单生态保护红线\n", 3);
    CollectingDiagnostics diagnostics;
    const DecodedText decoded = decode_text(repeat(header, 3) + to_gb18030(glossary), "mixed.txt", diagnostics);
    EXPECT_EQ(decoded.encoding, "UTF-8 + GB18030");
    EXPECT_EQ(decoded.text, repeat(header, 3) + glossary);
}

// A few short GBK lines that happen to be well-formed UTF-8 do not make a GBK file mixed.
TEST(Encoding, GbkFileWithAnAccidentallyValidLineStaysGb18030) {
    // D2BB = U+04BB as UTF-8, and as GBK 一.
    const std::string bytes = "\xD2\xBB\n" + repeat(std::string(gbk_report_lines) + "\n", 5);
    CollectingDiagnostics diagnostics;
    const DecodedText decoded = decode_text(bytes, "r.txt", diagnostics);
    EXPECT_EQ(decoded.encoding, "GB18030");
    EXPECT_TRUE(decoded.text.starts_with("一\n政府工作报告"));
    EXPECT_TRUE(diagnostics.items.empty());
}

TEST(Encoding, ReplacesUnpairedSurrogatesInUtf16) {
    CollectingDiagnostics diagnostics;
    const std::u16string text = u"名词\n解释\n" + std::u16string(1, char16_t{0xD800}) + u"a";
    const DecodedText decoded = decode_text(utf16_bytes(text, false), "r.txt", diagnostics);
    EXPECT_EQ(decoded.text, "名词\n解释\n\uFFFDa");
    ASSERT_EQ(diagnostics.items.size(), 1u);
    EXPECT_EQ(diagnostics.items[0].location.line, 3);
    EXPECT_EQ(diagnostics.items[0].message,
              "invalid UTF-16LE code unit 0xD800; 1 damaged sequence replaced with U+FFFD");
}

TEST(Encoding, RejectsEmptyInput) {
    CollectingDiagnostics diagnostics;
    for (std::string_view bytes : {std::string_view(""), std::string_view("\xEF\xBB\xBF"), std::string_view("\xFF\xFE"),
                                   std::string_view(" \r\n\t\xE3\x80\x80\n")}) {
        ASSERT_THROW(
            {
                try {
                    decode_text(bytes, "empty.txt", diagnostics);
                } catch (const parse_error& e) {
                    EXPECT_STREQ(e.what(), "empty.txt: file is empty");
                    EXPECT_EQ(e.line(), 0);
                    throw;
                }
            },
            parse_error);
    }
    EXPECT_TRUE(diagnostics.items.empty());
}

TEST(Encoding, RejectsNulBytesWithTheirPosition) {
    CollectingDiagnostics diagnostics;
    const std::string bytes("名词\r\nabc\0def", 12);
    ASSERT_THROW(
        {
            try {
                decode_text(bytes, "bin.dat", diagnostics);
            } catch (const parse_error& e) {
                EXPECT_STREQ(e.what(), "bin.dat:2:4: binary content (NUL byte) — not a text report");
                EXPECT_EQ(e.line(), 2);
                EXPECT_EQ(e.column(), 4);
                throw;
            }
        },
        parse_error);
}

TEST(Encoding, RejectsNulCharactersInUtf16) {
    CollectingDiagnostics diagnostics;
    const std::u16string text = u"ab\n" + std::u16string(1, char16_t{0}) + u"c";
    ASSERT_THROW(
        {
            try {
                decode_text(utf16_bytes(text, true), "bin.dat", diagnostics);
            } catch (const parse_error& e) {
                EXPECT_STREQ(e.what(), "bin.dat:2:1: binary content (NUL byte) — not a text report");
                throw;
            }
        },
        parse_error);
}

TEST(Encoding, RejectsManyControlCharacters) {
    CollectingDiagnostics diagnostics;
    const std::string bytes = "text\n" + repeat("\x01\x02\x03\x7F\x80", 10);
    ASSERT_THROW(
        {
            try {
                decode_text(bytes, "bin.dat", diagnostics);
            } catch (const parse_error& e) {
                EXPECT_STREQ(e.what(), "bin.dat:2:1: binary content (30 control characters) — not a text report");
                throw;
            }
        },
        parse_error);
    EXPECT_TRUE(diagnostics.items.empty());
}

TEST(Encoding, ToleratesAStrayControlCharacter) {
    CollectingDiagnostics diagnostics;
    const std::string bytes = repeat("政府工作报告\n", 10) + "\x1A";
    EXPECT_EQ(decode_text(bytes, "r.txt", diagnostics).text, bytes);
}

}  // namespace
}  // namespace glossgraph
