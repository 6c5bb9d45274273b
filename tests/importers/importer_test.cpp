// The registry choosing among the built-in importers: --from, content, suffix.
#include "importers/importer.hpp"

#include "core/errors.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

class HtmlDocxRegistry : public ::testing::Test {
protected:
    HtmlDocxRegistry() { register_builtin_importers(registry); }
    Format chosen(const std::string& path, std::string_view probe, std::optional<Format> from = std::nullopt) const {
        return registry.choose(path, probe, from).format();
    }
    ImporterRegistry registry;
    const std::string docx_probe = std::string("PK\x03\x04\x14\0\0\0", 8) + "word/document.xml";
    const std::string zip_probe = std::string("PK\x03\x04\x14\0\0\0", 8) + "data.csv";
};

TEST_F(HtmlDocxRegistry, FormatNames) {
    EXPECT_EQ(to_string(Format::html), "html");
    EXPECT_EQ(to_string(Format::docx), "docx");
    EXPECT_EQ(parse_format("htm"), Format::html);
    EXPECT_EQ(parse_format("docx"), Format::docx);
    EXPECT_THROW(
        {
            try {
                parse_format("pdf");
            } catch (const usage_error& e) {
                EXPECT_EQ(std::string(e.what()), "unknown format 'pdf'; known formats: text, txt, html, htm, docx");
                throw;
            }
        },
        usage_error);
}

TEST_F(HtmlDocxRegistry, ContentDecidesBeforeSuffix) {
    EXPECT_EQ(chosen("page.txt", "<!DOCTYPE html><html>"), Format::html);
    EXPECT_EQ(chosen("report.bin", docx_probe), Format::docx);
    EXPECT_EQ(chosen("report.txt", "2024年政府工作报告"), Format::text);
}

TEST_F(HtmlDocxRegistry, SuffixDecidesWhenContentDoesNot) {
    EXPECT_EQ(chosen("page.HTM", "2024年政府工作报告<p>"), Format::html);
    EXPECT_EQ(chosen("page.xhtml", "2024年"), Format::html);
    EXPECT_EQ(chosen("report.docx", zip_probe), Format::docx);
    EXPECT_TRUE(registry.claims_suffix("a/b.docx"));
    EXPECT_TRUE(registry.claims_suffix("a/b.html"));
}

TEST_F(HtmlDocxRegistry, FromOverridesContent) { EXPECT_EQ(chosen("page.html", "<html>", Format::text), Format::text); }

TEST_F(HtmlDocxRegistry, ZipThatIsNoWordDocumentCannotBeTold) {
    EXPECT_THROW(
        {
            try {
                chosen("data.zip", zip_probe);
            } catch (const usage_error& e) {
                EXPECT_EQ(std::string(e.what()), "cannot tell the format of 'data.zip'; use --from");
                throw;
            }
        },
        usage_error);
}

}  // namespace
}  // namespace glossgraph
