#include "importers/zip_reader.hpp"

#include "core/errors.hpp"
#include "tests/support/expect_error.hpp"
#include "zip_builder.hpp"

#include <gtest/gtest.h>

namespace glossgraph {
namespace {

using testing::make_zip;

// Opening and reading `entry` of the archive fails with a parse_error naming a.zip and saying why.
void expect_refused(const std::string& zip, const std::string& entry, const std::string& reason, ZipLimits limits = {}) {
    testing_support::expect_error<parse_error>(
        [&] {
            const ZipArchive archive(zip, "a.zip", limits);
            archive.read(entry);
        },
        reason, [](const parse_error& e) { EXPECT_TRUE(std::string(e.what()).starts_with("a.zip: ")) << e.what(); });
}

TEST(DocxZipArchive, ReadsEntriesByName) {
    const std::string zip = make_zip({{"word/document.xml", "<w:document/>"}, {"docProps/core.xml", "<core/>"}});
    const ZipArchive archive(zip, "a.zip");
    EXPECT_TRUE(archive.contains("word/document.xml"));
    EXPECT_FALSE(archive.contains("word/footnotes.xml"));
    EXPECT_EQ(archive.read("docProps/core.xml"), "<core/>");
}

TEST(DocxZipArchive, MissingEntryIsAParseError) {
    expect_refused(make_zip({{"a.xml", "<a/>"}}), "word/document.xml", "the archive has no word/document.xml");
}

TEST(DocxZipArchive, EntryNamesOutsideTheArchiveAreRefused) {
    expect_refused(make_zip({{"word/../../evil.xml", "<a/>"}}), "a.xml", "unsafe entry name 'word/../../evil.xml'");
    expect_refused(make_zip({{"/etc/passwd", "x"}}), "a.xml", "unsafe entry name '/etc/passwd'");
}

// The archive with every occurrence of `from` in its bytes (the local and the central header
// hold each name) replaced by `to`, of the same length: names libzip would not write.
std::string renamed(std::string zip, const std::string& from, const std::string& to) {
    for (std::size_t at = zip.find(from); at != std::string::npos; at = zip.find(from, at + to.size())) {
        zip.replace(at, from.size(), to);
    }
    return zip;
}

// Issue 12, item 16: with two entries of one name libzip reads the first and other readers
// (Word, python's zipfile) the last, so the report imported is not the document people see.
TEST(DocxZipArchive, DuplicateEntryNamesAreRefused) {
    const std::string zip = renamed(make_zip({{"word/document.xml", "<w:document>first</w:document>"},
                                              {"word/documenX.xml", "<w:document>second</w:document>"}}),
                                    "word/documenX.xml", "word/document.xml");
    expect_refused(zip, "word/document.xml", "the archive holds 'word/document.xml' twice");
    // Part names are case-insensitive in a Word document (OPC): Word/Document.xml is the same part.
    const std::string cased = renamed(make_zip({{"word/document.xml", "<a/>"}, {"word/documenX.xml", "<b/>"}}),
                                      "word/documenX.xml", "Word/Document.xml");
    expect_refused(cased, "word/document.xml", "the archive holds 'word/document.xml' twice");
}

TEST(DocxZipArchive, SafeNames) {
    EXPECT_TRUE(is_safe_entry_name("word/document.xml"));
    EXPECT_TRUE(is_safe_entry_name("[Content_Types].xml"));
    EXPECT_TRUE(is_safe_entry_name("word/..media/a.png"));
    EXPECT_FALSE(is_safe_entry_name("../a.xml"));
    EXPECT_FALSE(is_safe_entry_name("word\\..\\a.xml"));
    EXPECT_FALSE(is_safe_entry_name("C:/Windows/a.xml"));
    EXPECT_FALSE(is_safe_entry_name("\\a.xml"));
    EXPECT_FALSE(is_safe_entry_name(""));
}

TEST(DocxZipArchive, DeclaredSizesOverTheTotalLimitAreRefused) {
    const ZipLimits limits{.max_total_size = 1000};
    expect_refused(make_zip({{"a.xml", std::string(600, 'a')}, {"b.xml", std::string(600, 'b')}}), "a.xml",
                   "zip bomb: entries declare more than 1000 bytes uncompressed (at 'b.xml')", limits);
}

TEST(DocxZipArchive, CompressionRatioOverTheLimitIsRefused) {
    const ZipLimits limits{.max_ratio = 200, .ratio_exempt_size = 1000};
    expect_refused(make_zip({{"zeros.bin", std::string(100000, '\0')}}), "zeros.bin", "zip bomb: 'zeros.bin' expands", limits);
}

TEST(DocxZipArchive, SmallEntriesMayCompressWell) {
    const std::string zip = make_zip({{"zeros.bin", std::string(100000, '\0')}});
    EXPECT_EQ(ZipArchive(zip, "a.zip").read("zeros.bin").size(), 100000u);
}

// What parsing costs grows with what is expanded, so one archive may expand only so much,
// however well it compresses (issue 12, item 5).
TEST(DocxZipArchive, EntriesReadTogetherMayExpandToTheReadLimitOnly) {
    const ZipLimits limits{.max_read_size = 1000};
    const std::string zip = make_zip({{"a.xml", std::string(600, 'a')}, {"b.xml", std::string(600, 'b')}});
    const ZipArchive archive(zip, "a.zip", limits);
    EXPECT_EQ(archive.read("a.xml").size(), 600u);
    EXPECT_THROW(
        {
            try {
                archive.read("b.xml");
            } catch (const parse_error& e) {
                EXPECT_EQ(std::string(e.what()), "a.zip: 'b.xml' expands to 600 bytes after 600 bytes read; the parts of one "
                                                 "document may expand to 1000 bytes in all — too large to be a report");
                throw;
            }
        },
        parse_error);
    expect_refused(make_zip({{"c.xml", std::string(1001, 'c')}}), "c.xml",
                   "'c.xml' expands to 1001 bytes; the parts of one document may expand to 1000 bytes in all", limits);
}

TEST(DocxZipArchive, EntryExpandingBeyondItsDeclaredSizeIsRefused) {
    const std::string zip = testing::with_declared_size(make_zip({{"a.xml", std::string(5000, 'a')}}), "a.xml", 10);
    expect_refused(zip, "a.xml", "zip bomb: 'a.xml' expands beyond its declared 10 bytes");
}

TEST(DocxZipArchive, BytesThatAreNoArchiveAreRefused) {
    EXPECT_THROW(
        {
            try {
                ZipArchive("not a zip archive", "a.zip");
            } catch (const parse_error& e) {
                EXPECT_TRUE(std::string(e.what()).starts_with("a.zip: not a ZIP archive")) << e.what();
                throw;
            }
        },
        parse_error);
}

}  // namespace
}  // namespace glossgraph
