#include "exporters/site/html.hpp"

#include "exporters/escape.hpp"
#include "exporters/exporter.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

TEST(EscapeHtml, WritesMarkupCharactersAsReferences) {
    EXPECT_EQ(escape_html("<script>alert('x')</script> & \"q\""),
              "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    EXPECT_EQ(escape_html("三线一单"), "三线一单");
    EXPECT_EQ(escape_html("a\tb\nc"), "a\tb\nc");
}

TEST(EscapeHtml, ReplacesControlsAndIllFormedBytes) {
    EXPECT_EQ(escape_html(std::string("a\x01" "b\x7F" "c")), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
    EXPECT_EQ(escape_html("a\xC2\x85" "b"), "a\xEF\xBF\xBD" "b");  // NEL, a C1 control
    EXPECT_EQ(escape_html("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
}

TEST(PageNames, AreTheRdfPathSegmentsOfTheirResources) {
    EXPECT_EQ(page_file("三线一单"), "三线一单.html");
    EXPECT_EQ(page_link("三线一单"), "%E4%B8%89%E7%BA%BF%E4%B8%80%E5%8D%95.html");
    const std::string iri = iri_for_term(default_base_iri, "三线一单");
    EXPECT_EQ(iri.substr(iri.rfind('/') + 1) + ".html", page_link("三线一单"));
    EXPECT_EQ(page_file("510604"), "510604.html");
    EXPECT_EQ(page_link("000_5b54c714a6bec26a.txt"), "000_5b54c714a6bec26a.txt.html");
    EXPECT_EQ(page_link("a b<c>"), "a%20b%3Cc%3E.html");
}

TEST(PageNames, HashNamesThatCannotBeFiles) {
    for (const std::string& name : {std::string("a/b"), std::string(".."), std::string(".hidden"), std::string("~x"),
                                   std::string("a\x01" "b"), std::string("a\xFF"), std::string(300, 'x')}) {
        const std::string file = page_file(name);
        EXPECT_EQ(file.size(), 1 + 16 + 5) << name;
        EXPECT_EQ(file.front(), '~') << name;
        EXPECT_EQ(page_link(name), file) << name;
    }
    EXPECT_NE(page_file("a/b"), page_file("a/c"));
    EXPECT_EQ(page_file("a/b"), page_file("a/b"));
}

}  // namespace
}  // namespace glossgraph
