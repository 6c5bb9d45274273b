// The format table and the registry of exporters.
#include "exporters/exporter.hpp"

#include "core/errors.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace glossgraph {
namespace {

constexpr ExportFormat all_formats[] = {ExportFormat::dot,  ExportFormat::graphml, ExportFormat::turtle,
                                        ExportFormat::ntriples, ExportFormat::json, ExportFormat::tbx,
                                        ExportFormat::jieba, ExportFormat::csv};

TEST(ExporterRegistry, NamesRoundTrip) {
    for (const ExportFormat format : all_formats) EXPECT_EQ(parse_export_format(to_string(format)), format);
    EXPECT_EQ(to_string(ExportFormat::ntriples), "ntriples");
    EXPECT_EQ(parse_export_format("graphml"), ExportFormat::graphml);
}

TEST(ExporterRegistry, UnknownNameListsTheKnownOnes) {
    EXPECT_THROW(
        {
            try {
                parse_export_format("svg");
            } catch (const usage_error& e) {
                EXPECT_STREQ(e.what(), "unknown export format 'svg'; known formats: dot, graphml, turtle, ntriples, json, tbx, jieba, csv");
                throw;
            }
        },
        usage_error);
    EXPECT_THROW(parse_export_format("DOT"), usage_error);
}

TEST(ExporterRegistry, SuffixesNameTheFormat) {
    EXPECT_EQ(file_suffix(ExportFormat::turtle), ".ttl");
    EXPECT_EQ(file_suffix(ExportFormat::ntriples), ".nt");
    EXPECT_EQ(format_for_path("graphs/sichuan.GraphML"), ExportFormat::graphml);
    EXPECT_EQ(format_for_path("out.nt"), ExportFormat::ntriples);
    EXPECT_EQ(format_for_path("d3/graph.json"), ExportFormat::json);
    EXPECT_EQ(format_for_path("glossary.TBX"), ExportFormat::tbx);
    EXPECT_EQ(format_for_path("userdict.jieba.txt"), ExportFormat::jieba);
    EXPECT_EQ(format_for_path("userdict.txt"), std::nullopt);
    EXPECT_EQ(format_for_path("graph.svg"), std::nullopt);
    EXPECT_EQ(format_for_path("-"), std::nullopt);
}

TEST(ExporterRegistry, BuiltinsCoverEveryFormatOnce) {
    ExporterRegistry registry;
    register_builtin_exporters(registry);
    const std::vector<ExportFormat> formats = registry.formats();
    EXPECT_EQ(formats, std::vector<ExportFormat>(std::begin(all_formats), std::end(all_formats)));
    for (const ExportFormat format : all_formats) EXPECT_EQ(registry.get(format).format(), format);
}

TEST(ExporterRegistry, MissingExporterIsAUsageError) {
    const ExporterRegistry empty;
    EXPECT_THROW(
        {
            try {
                empty.get(ExportFormat::json);
            } catch (const usage_error& e) {
                EXPECT_STREQ(e.what(), "no exporter for format 'json'");
                throw;
            }
        },
        usage_error);
}

// Except TBX, whose body holds at least one concept entry: it refuses, rather than write a
// file its schema rejects; and jieba, whose dictionary of no words is an empty file.
TEST(ExporterRegistry, EveryExporterWritesSomethingForEmptyData) {
    ExporterRegistry registry;
    register_builtin_exporters(registry);
    for (const ExportFormat format : all_formats) {
        if (format == ExportFormat::tbx) continue;
        std::ostringstream out;
        ExportOptions options;
        if (!registry.get(format).tables().empty()) options.table = registry.get(format).tables().front();
        registry.get(format).write(GraphData{}, options, out);
        if (format == ExportFormat::jieba) {
            EXPECT_EQ(out.str(), "");
            continue;
        }
        ASSERT_FALSE(out.str().empty()) << to_string(format);
        EXPECT_EQ(out.str().back(), '\n') << to_string(format);
    }
}

TEST(ExporterRegistry, TbxRefusesDataWithoutTerms) {
    ExporterRegistry registry;
    register_builtin_exporters(registry);
    std::ostringstream out;
    EXPECT_THROW(
        {
            try {
                registry.get(ExportFormat::tbx).write(GraphData{}, ExportOptions{}, out);
            } catch (const error& e) {
                EXPECT_STREQ(e.what(), "tbx: the selection holds no term, and a TBX body holds at least one concept entry");
                throw;
            }
        },
        error);
}

TEST(ExporterRegistry, DefaultBaseIsTheReservedExampleDomain) {
    EXPECT_EQ(ExportOptions{}.base_iri, "https://glossgraph.example/");
}

}  // namespace
}  // namespace glossgraph
