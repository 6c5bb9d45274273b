#include "importers/docx_xml.hpp"

#include "core/errors.hpp"

#include "tests/support/expect_error.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

// Parsing `xml` as word/document.xml of a.docx fails with this message.
void expect_refused(const std::string& xml, const std::string& message) {
    testing_support::expect_error_exactly<parse_error>([&] { const XmlPart part("word/document.xml", xml, "a.docx"); }, message);
}

TEST(DocxXml, ParsesQualifiedNamesAndText) {
    const XmlPart part("word/document.xml", "<w:document><w:p w:rsid=\"1\"><w:t>文字&amp;&#x41;</w:t></w:p></w:document>", "a.docx");
    ASSERT_NE(part.root(), nullptr);
    const XmlNode* p = child_element(*part.root(), "w:p");
    ASSERT_NE(p, nullptr);
    EXPECT_EQ(attribute_value(*p, "w:rsid"), "1");
    EXPECT_EQ(attribute_value(*p, "w:missing"), "");
    EXPECT_EQ(element_text(*child_element(*p, "w:t")), "文字&A");
}

TEST(DocxXml, DoctypeEntityDeclarationsAreNotExpanded) {
    const XmlPart part("word/document.xml",
                       "<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><d><t>&xxe;</t></d>", "a.docx");
    EXPECT_EQ(element_text(*child_element(*part.root(), "t")), "&xxe;");
}

TEST(DocxXml, WhitespaceOnlyTextIsKept) {
    const XmlPart part("word/document.xml", "<w:r><w:t xml:space=\"preserve\"> \t</w:t><w:tab/></w:r>", "a.docx");
    EXPECT_EQ(element_text(*child_element(*part.root(), "w:t")), " \t");
    EXPECT_EQ(preserve_blank_text("<w:t> </w:t><w:tab> </w:tab><w:t/><w:t>a b</w:t>"),
              "<w:t>&#32;</w:t><w:tab> </w:tab><w:t/><w:t>a b</w:t>");
}

TEST(DocxXml, MalformedXmlNamesPartLineAndColumn) {
    expect_refused("<w:document>\n<w:p>\n<w:t>x</w:p>", "a.docx: word/document.xml:3:12: malformed XML: invalid closing tag name");
    expect_refused("<w:document><w:p>", "a.docx: word/document.xml:1:18: malformed XML: unexpected end of data");
}

TEST(DocxXml, DeepNestingIsRefused) {
    std::string xml;
    for (int i = 0; i <= XmlPart::max_depth; ++i) xml += "<a>";
    expect_refused(xml, "a.docx: word/document.xml: elements nested deeper than 256");
}

TEST(DocxXml, NestingDepthSkipsCommentsDeclarationsAndQuotedValues) {
    EXPECT_EQ(nesting_depth("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e \"<b>\">]><a x=\"<c>\"><!-- <d> --><b/><c></c></a>", 10), 2);
}

TEST(DocxXml, Utf16PartsAreRefused) {
    expect_refused("\xFF\xFE<\0a\0/\0>\0", "a.docx: word/document.xml: XML in UTF-16 is not supported");
}

}  // namespace
}  // namespace glossgraph
