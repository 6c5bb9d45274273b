#include "importers/html_charset.hpp"

#include "core/errors.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

TEST(HtmlCharset, DeclaredByMetaCharsetOrHttpEquiv) {
    EXPECT_EQ(declared_charset("<html><head><meta charset=\"GBK\">"), "gbk");
    EXPECT_EQ(declared_charset("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=gb2312\">"), "gb2312");
    EXPECT_EQ(declared_charset("<meta name=\"keywords\" content=\"charset\"><meta charset='utf-8'>"), "utf-8");
    EXPECT_EQ(declared_charset("<p>charset=gbk</p>"), std::nullopt);
    EXPECT_EQ(declared_charset(std::string(5000, ' ') + "<meta charset=gbk>"), std::nullopt);  // past the prescan
}

TEST(HtmlCharset, GbLabelsAreReadAsGb18030) {
    for (const char* label : {"gb2312", "GBK", "x-gbk", "gb18030", "cp936"}) EXPECT_EQ(converter_for(label), "GB18030") << label;
    EXPECT_EQ(converter_for("UTF8"), "UTF-8");
    EXPECT_EQ(converter_for("big5"), "Big5-HKSCS");
    EXPECT_EQ(converter_for("shift_jis"), "shift_jis");
}

TEST(HtmlCharset, DeclaredCharsetConvertsAndDamageIsOneWarning) {
    CollectingDiagnostics diagnostics;
    // "政府" in GBK, then a lone lead byte on line 2.
    const DecodedHtml decoded = decode_html("<meta charset=gbk>\xD5\xFE\xB8\xAE\n\x81", "a.html", diagnostics);
    EXPECT_EQ(decoded.encoding, "GB18030");
    EXPECT_EQ(decoded.text, "<meta charset=gbk>政府\n\xEF\xBF\xBD");
    ASSERT_EQ(diagnostics.items.size(), 1u);
    EXPECT_EQ(diagnostics.items[0].location.line, 2);
    EXPECT_EQ(diagnostics.items[0].message, "invalid GB18030 bytes; 1 damaged sequences replaced with U+FFFD");
}

TEST(HtmlCharset, BomWinsOverTheDeclaration) {
    CollectingDiagnostics diagnostics;
    const DecodedHtml decoded = decode_html("\xEF\xBB\xBF<meta charset=gbk>政府", "a.html", diagnostics);
    EXPECT_EQ(decoded.encoding, "UTF-8 (BOM)");
    EXPECT_EQ(decoded.text, "<meta charset=gbk>政府");
}

TEST(HtmlCharset, BinaryPageWithDeclaredCharsetIsRefused) {
    CollectingDiagnostics diagnostics;
    EXPECT_THROW(
        {
            try {
                decode_html(std::string("<meta charset=gbk>\n\0\0", 21), "a.html", diagnostics);
            } catch (const parse_error& e) {
                EXPECT_EQ(std::string(e.what()), "a.html:2: binary content (NUL byte) — not an HTML page");
                throw;
            }
        },
        parse_error);
}

// Issue 12, item 15: the declared charset won over the bytes.
const std::string utf8_glossary = "名词解释\n（1）三线一单：生态保护红线、环境质量底线。\n";

TEST(HtmlCharset, Utf8PageDeclaringGbkIsReadAsUtf8) {
    CollectingDiagnostics diagnostics;
    const DecodedHtml decoded = decode_html("<meta charset=gbk><p>" + utf8_glossary, "a.html", diagnostics);
    EXPECT_EQ(decoded.encoding, "UTF-8");
    EXPECT_EQ(decoded.text, "<meta charset=gbk><p>" + utf8_glossary);
    ASSERT_EQ(diagnostics.items.size(), 1u);
    EXPECT_EQ(diagnostics.items[0].message, "declares charset 'gbk' but is well-formed UTF-8; read as UTF-8");
}

TEST(HtmlCharset, Utf16DeclarationIsReadAsUtf8) {
    for (const char* label : {"utf-16", "UTF-16LE", "utf-16be", "unicode", "ucs-2"}) EXPECT_EQ(converter_for(label), "UTF-8") << label;
    CollectingDiagnostics diagnostics;
    const DecodedHtml decoded = decode_html("<meta charset=\"utf-16\"><p>" + utf8_glossary, "a.html", diagnostics);
    EXPECT_EQ(decoded.encoding, "UTF-8");
    EXPECT_EQ(decoded.text, "<meta charset=\"utf-16\"><p>" + utf8_glossary);
    EXPECT_TRUE(diagnostics.items.empty());
}

TEST(HtmlCharset, DeclarationThatDoesNotFitGivesWayToDetection) {
    // "政府工作报告" in GBK, declared Shift_JIS, in which 0xFE is no character.
    const std::string gbk = "\xD5\xFE\xB8\xAE\xB9\xA4\xD7\xF7\xB1\xA8\xB8\xE6";
    CollectingDiagnostics diagnostics;
    DecodedHtml decoded = decode_html("<meta charset=shift_jis><p>" + gbk, "a.html", diagnostics);
    EXPECT_EQ(decoded.encoding, "GB18030");
    EXPECT_EQ(decoded.text, "<meta charset=shift_jis><p>政府工作报告");
    ASSERT_FALSE(diagnostics.items.empty());
    EXPECT_NE(diagnostics.items[0].message.find("declares charset 'shift_jis', which does not fit its bytes"), std::string::npos)
        << diagnostics.items[0].message;
}

TEST(HtmlCharset, PageDeclaringUtf8ThatIsGbkSaysSo) {
    CollectingDiagnostics diagnostics;
    const DecodedHtml decoded = decode_html("<meta charset=utf-8><p>\xD5\xFE\xB8\xAE\xB9\xA4\xD7\xF7", "a.html", diagnostics);
    EXPECT_EQ(decoded.encoding, "GB18030");
    EXPECT_EQ(decoded.text, "<meta charset=utf-8><p>政府工作");
    ASSERT_EQ(diagnostics.items.size(), 1u);
    EXPECT_EQ(diagnostics.items[0].message, "declares charset 'utf-8' but is not UTF-8; read as GB18030");
}

}  // namespace
}  // namespace glossgraph
