// The escaping functions every exporter writes through, and the IRI scheme.
#include "exporters/escape.hpp"

#include "core/errors.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

const std::string ill_formed = "a\xC0\xAF" "b\xE4\xB8";  // an overlong '/', then a truncated 三

TEST(ExportEscape, ValidUtf8ReplacesIllFormedSubparts) {
    EXPECT_EQ(valid_utf8("三线一单 與"), "三线一单 與");
    EXPECT_EQ(valid_utf8(ill_formed), "a\xEF\xBF\xBD\xEF\xBF\xBD" "b\xEF\xBF\xBD");
}

TEST(ExportEscape, DotIdQuotesBackslashesAndLineBreaks) {
    EXPECT_EQ(escape_dot_id("罗江区"), "\"罗江区\"");
    EXPECT_EQ(escape_dot_id("a\"b\\c<d>&e\n'x'"), "\"a\\\"b\\\\c<d>&amp;e\\n'x'\"");
    EXPECT_EQ(escape_dot_id("line\r\nend"), "\"line\\r\\nend\"");
    EXPECT_EQ(escape_dot_id("\\N\\G"), "\"\\\\N\\\\G\"");
    EXPECT_EQ(escape_dot_id(""), "\"\"");
}

TEST(ExportEscape, DotIdKeepsGraphvizFromReadingEntities) {
    // Graphviz expands &amp; &#945; ... in every string and copies unknown ones into SVG raw.
    EXPECT_EQ(escape_dot_id("&amp; &#945; &ex;"), "\"&amp;amp; &amp;#945; &amp;ex;\"");
}

TEST(ExportEscape, DotIdReplacesControlsAndBadBytes) {
    EXPECT_EQ(escape_dot_id(std::string("a\0b\x7F", 4)), "\"a\xEF\xBF\xBD" "b\xEF\xBF\xBD\"");
    EXPECT_EQ(escape_dot_id("\t"), "\"\xEF\xBF\xBD\"");
    EXPECT_EQ(escape_dot_id(ill_formed), "\"a\xEF\xBF\xBD\xEF\xBF\xBD" "b\xEF\xBF\xBD\"");
}

TEST(ExportEscape, DotIdKeepsTrailingBackslashInsideTheQuotes) {
    // A lone trailing backslash would otherwise escape the closing quote.
    EXPECT_EQ(escape_dot_id("a\\"), "\"a\\\\\"");
    EXPECT_NE(escape_dot_id("a\\n"), escape_dot_id("a\n"));
}

// Issue 12: ids of distinct nodes were one id once U+FFFD replaced what told them apart.
TEST(ExportEscape, IdTextIsInjective) {
    EXPECT_EQ(escape_id_text("三线一单"), "三线一单");
    EXPECT_EQ(escape_id_text("术\x01甲"), "术\\x01甲");
    EXPECT_EQ(escape_id_text("术\x02甲"), "术\\x02甲");
    EXPECT_EQ(escape_id_text("a\\b"), "a\\\\b");
    // A literal backslash-x is not mistaken for an escaped control.
    EXPECT_NE(escape_id_text("术\\x01甲"), escape_id_text("术\x01甲"));
    // GBK file names: 政府 and 政附 are distinct ill-formed bytes, not two U+FFFD each.
    EXPECT_EQ(escape_id_text("2023\xd5\xfe\xb8\xae.txt"), "2023\\xD5\\xFE\\xB8\\xAE.txt");
    EXPECT_NE(escape_id_text("\xd5\xfe\xb8\xae"), escape_id_text("\xd5\xfe\xb8\xbd"));
    EXPECT_EQ(escape_id_text(std::string("\0\x7f\xef\xbf\xbe", 5)), "\\x00\\x7F\\xEF\\xBF\\xBE");
    // What the formats then make of the id keeps it apart: nothing left for them to replace.
    EXPECT_EQ(valid_utf8(escape_id_text(ill_formed)), escape_id_text(ill_formed));
    EXPECT_EQ(sanitize_xml(escape_id_text("\x01")), escape_id_text("\x01"));
}

// Issue 13: Graphviz refuses a quoted string longer than 16,384 bytes.
TEST(ExportEscape, TruncateCharsCutsWithAnEllipsis) {
    EXPECT_EQ(truncate_chars("三线一单", 4), "三线一单");
    EXPECT_EQ(truncate_chars("三线一单", 3), "三线…");
    EXPECT_EQ(truncate_chars("abc", 1), "…");
    EXPECT_EQ(truncate_chars("", 1), "");
    EXPECT_EQ(truncate_chars("a\xFF\xFF" "b", 3), "a\xFF…");  // an ill-formed byte counts as one
}

TEST(ExportEscape, SanitizeXmlLeavesMarkupToTheWriter) {
    EXPECT_EQ(sanitize_xml("a\"b\\c<d>&e\n'x' 與繁體"), "a\"b\\c<d>&e\n'x' 與繁體");
    EXPECT_EQ(sanitize_xml("tab\tcr\r"), "tab\tcr\r");
}

TEST(ExportEscape, SanitizeXmlReplacesWhatXmlCannotCarry) {
    EXPECT_EQ(sanitize_xml(std::string("a\0b\x01\x1F", 5)), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD");
    EXPECT_EQ(sanitize_xml("\xEF\xBF\xBE\xEF\xBF\xBF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // U+FFFE U+FFFF
    EXPECT_EQ(sanitize_xml(ill_formed), valid_utf8(ill_formed));
    EXPECT_EQ(sanitize_xml("\x7F"), "\x7F");  // DEL is an XML 1.0 Char
}

// The writers' shortcut: a text sanitize_xml would return unchanged is copied as it is.
TEST(ExportEscape, CleanXmlIsWhatSanitizingLeavesAlone) {
    for (const std::string& text : {std::string("三线一单 a<b>&\t\n\r"), std::string("a\0b", 3), std::string("\x01"),
                                    std::string("\xEF\xBF\xBE"), std::string("\xEF\xBF\xBF"), std::string("\xEF\xBF\xBD"),
                                    std::string("\xEF\xBF"), std::string(ill_formed), std::string("\x7F"), std::string()}) {
        EXPECT_EQ(is_clean_xml(text), sanitize_xml(text) == text) << text;
    }
}

TEST(ExportEscape, TurtleLiteralUsesEchars) {
    EXPECT_EQ(escape_turtle_literal("三线一单"), "\"三线一单\"");
    EXPECT_EQ(escape_turtle_literal("a\"b\\c<d>&e\n'x'"), "\"a\\\"b\\\\c<d>&e\\n'x'\"");
    EXPECT_EQ(escape_turtle_literal("\r\t\b\f"), "\"\\r\\t\\b\\f\"");
    EXPECT_EQ(escape_turtle_literal("四個最嚴"), "\"四個最嚴\"");
}

TEST(ExportEscape, TurtleLiteralEncodesOtherControls) {
    EXPECT_EQ(escape_turtle_literal(std::string("\0\x1B\x7F", 3)), "\"\\u0000\\u001B\\u007F\"");
    EXPECT_EQ(escape_turtle_literal(std::string("ab\x01" "三\"", 7)), "\"ab\\u0001三\\\"\"");  // runs around escapes
    EXPECT_EQ(escape_turtle_literal(ill_formed), "\"a\xEF\xBF\xBD\xEF\xBF\xBD" "b\xEF\xBF\xBD\"");
}

TEST(ExportEscape, PercentEncodingKeepsOnlyUnreservedBytes) {
    EXPECT_EQ(percent_encode_segment("三线一单"), "%E4%B8%89%E7%BA%BF%E4%B8%80%E5%8D%95");
    EXPECT_EQ(percent_encode_segment("000_5b54c714a6bec26a.txt"), "000_5b54c714a6bec26a.txt");
    EXPECT_EQ(percent_encode_segment("a-b.c_d~e"), "a-b.c_d~e");
    EXPECT_EQ(percent_encode_segment("ab\\c<d>&e x/%?#"), "ab%5Cc%3Cd%3E%26e%20x%2F%25%3F%23");
    EXPECT_EQ(percent_encode_segment("\xC0"), "%C0");
    EXPECT_EQ(percent_encode_segment(""), "");
}

TEST(ExportEscape, PercentEncodingNeverMakesADotSegment) {
    EXPECT_EQ(percent_encode_segment("."), "%2E");
    EXPECT_EQ(percent_encode_segment(".."), "%2E%2E");
    EXPECT_EQ(percent_encode_segment("..."), "%2E%2E%2E");
    EXPECT_EQ(percent_encode_segment("a.."), "a..");
}

TEST(ExportEscape, CsvFieldQuotesOnlyWhatRfc4180Needs) {
    EXPECT_EQ(csv_field("三线一单", false), "三线一单");
    EXPECT_EQ(csv_field("", false), "");
    EXPECT_EQ(csv_field("a,b", false), "\"a,b\"");
    EXPECT_EQ(csv_field("“四个最严”要求 \"x\"", false), "\"“四个最严”要求 \"\"x\"\"\"");
    EXPECT_EQ(csv_field("line\nnext", false), "\"line\nnext\"");
    EXPECT_EQ(csv_field("cr\r", false), "\"cr\r\"");
    EXPECT_EQ(csv_field("a\xFF", false), "a\uFFFD");
}

// For spreadsheets a cell never starts a formula; elsewhere the text stays exactly.
TEST(ExportEscape, CsvFieldForExcelIsNoFormula) {
    EXPECT_EQ(csv_field("=HYPERLINK(\"http://x\")", true), "\"'=HYPERLINK(\"\"http://x\"\")\"");
    EXPECT_EQ(csv_field("+1", true), "'+1");
    EXPECT_EQ(csv_field("-", true), "'-");
    EXPECT_EQ(csv_field("@a", true), "'@a");
    EXPECT_EQ(csv_field("5G+工业互联网", true), "5G+工业互联网");
    EXPECT_EQ(csv_field("=1", false), "=1");
}

TEST(ExportEscape, XmlIdIsAnNcNameAndInjective) {
    EXPECT_EQ(xml_id("c-", "三线一单"), "c-_E4_B8_89_E7_BA_BF_E4_B8_80_E5_8D_95");
    EXPECT_EQ(xml_id("c-", "5G-r.d"), "c-5G-r.d");
    EXPECT_EQ(xml_id("c-", "a b:c"), "c-a_20b_3Ac");
    // '_' and '~' are escaped too, so no text spells another's escape.
    EXPECT_EQ(xml_id("c-", "_E4"), "c-_5FE4");
    EXPECT_EQ(xml_id("c-", "\xE4"), "c-_E4");
    EXPECT_EQ(xml_id("c-", "~"), "c-_7E");
    EXPECT_EQ(xml_id("c-", ""), "c-");
}

TEST(ExportEscape, IriForTermIsStableAndInjective) {
    const std::string base = "https://glossgraph.example/";
    EXPECT_EQ(iri_for_term(base, "三线一单"), "https://glossgraph.example/term/%E4%B8%89%E7%BA%BF%E4%B8%80%E5%8D%95");
    EXPECT_EQ(iri_for_term(base, "三线一单"), iri_for_term(base, "三线一单"));
    EXPECT_NE(iri_for_term(base, "a/b"), iri_for_term(base, "a") + "/b");
    EXPECT_EQ(iri_for_term(base, "ab\\c<d>&ex;droptableterms;--"),
              "https://glossgraph.example/term/ab%5Cc%3Cd%3E%26ex%3Bdroptableterms%3B--");
}

TEST(ExportEscape, OtherDataIris) {
    const std::string base = "https://example.org/gg#";
    EXPECT_EQ(iri_for_scheme(base), "https://example.org/gg#scheme");
    EXPECT_EQ(iri_for_report(base, "000_5b54c714a6bec26a.txt"), "https://example.org/gg#report/000_5b54c714a6bec26a.txt");
    EXPECT_EQ(iri_for_region(base, "510604"), "https://example.org/gg#region/510604");
    EXPECT_EQ(iri_for_definition(base, "两品一标", "000.txt", 1),
              "https://example.org/gg#term/%E4%B8%A4%E5%93%81%E4%B8%80%E6%A0%87/definition/000.txt");
    EXPECT_EQ(iri_for_definition(base, "x", "000.txt", 2), "https://example.org/gg#term/x/definition/000.txt/2");
    EXPECT_EQ(iri_for_mention(base, "004.txt", "x y"), "https://example.org/gg#report/004.txt/mention/x%20y");
}

TEST(ExportEscape, BaseIriGetsItsSlash) {
    EXPECT_EQ(checked_base_iri("https://glossgraph.example/"), "https://glossgraph.example/");
    EXPECT_EQ(checked_base_iri("https://data.example.cn/gg"), "https://data.example.cn/gg/");
    EXPECT_EQ(checked_base_iri("https://data.example.cn/gg#"), "https://data.example.cn/gg#");
    EXPECT_EQ(checked_base_iri("https://例子.example/词/"), "https://例子.example/词/");
}

TEST(ExportEscape, BaseIriMustBeAbsoluteAndClean) {
    for (const char* bad : {"", "glossgraph.example/", ":x", "1http://x/", "https:", "https://x y/", "https://x/<a>",
                            "https://x/\"", "https://x/{a}", "https://x/\\", "ht_tp://x/"}) {
        EXPECT_THROW(checked_base_iri(bad), usage_error) << bad;
    }
    EXPECT_THROW(
        {
            try {
                checked_base_iri("example.org");
            } catch (const usage_error& e) {
                EXPECT_STREQ(e.what(), "base 'example.org' is not an absolute IRI; give one such as https://glossgraph.example/");
                throw;
            }
        },
        usage_error);
}

}  // namespace
}  // namespace glossgraph
