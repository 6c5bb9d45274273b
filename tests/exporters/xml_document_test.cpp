// XML printing: the document printer (RapidXML) and the direct printer of many small elements
// (append_xml_text, append_xml_attribute) agree byte for byte, whatever the text.
#include "exporters/xml_document.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace glossgraph {
namespace {

const std::vector<std::string> texts = {
    "三线一单",
    "a<b>&c 'single' \"double\"",
    "only \"double\" quotes",
    "only 'single' quotes",
    std::string("nul\0and \x01\x1F controls\t\n\r", 22),
    "ill-formed \xC0 and \xE4\xB8 and \xEF\xBF\xBE \xEF\xBF\xBF",
    "",
};

// <e a="VALUE">TEXT</e> (or <e a="VALUE"/>) as the document prints it.
std::string printed_by_document(const std::string& value, const std::string& text) {
    XmlDocument document;
    XmlDocument::Node* element = document.element(document.document(), "e", text);
    document.attribute(element, "a", value);
    std::ostringstream out;
    document.print_element(out, element, 0);
    return out.str();
}

std::string printed_directly(const std::string& value, const std::string& text) {
    std::string out = "<e";
    append_xml_attribute(out, "a", value);
    if (text.empty()) return out + "/>\n";
    out += '>';
    append_xml_text(out, text);
    return out + "</e>\n";
}

TEST(XmlPrinting, DirectPrintingIsTheDocumentsByteForByte) {
    for (const std::string& value : texts) {
        for (const std::string& text : texts) {
            EXPECT_EQ(printed_directly(value, text), printed_by_document(value, text)) << value << " / " << text;
        }
    }
}

TEST(XmlPrinting, QuotesTheValueWithTheQuoteItDoesNotHold) {
    std::string out;
    append_xml_attribute(out, "a", "say \"x\" & 'y'");
    EXPECT_EQ(out, " a='say \"x\" &amp; &apos;y&apos;'");
    out.clear();
    append_xml_attribute(out, "a", "it's <ok>");
    EXPECT_EQ(out, " a=\"it's &lt;ok&gt;\"");
}

}  // namespace
}  // namespace glossgraph
