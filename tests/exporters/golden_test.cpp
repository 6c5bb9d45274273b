// Every format of the fixture graph, byte for byte against tests/exporters/golden/, and
// deterministic: two writes of the same data are identical. To renew the goldens after an
// intended change: build export_fixture, run it on tests/exporters/golden, review the diff.
#include "exporters/exporter.hpp"

#include "fixture_graph.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace glossgraph {
namespace {

std::string read_golden(const std::string& name) {
    std::ifstream in(std::string(GLOSSGRAPH_EXPORT_GOLDEN) + "/" + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A format of tables (CSV) has a golden file per table, fixture.TABLE.csv.
class ExportGolden : public ::testing::TestWithParam<ExportFormat> {
protected:
    ExportGolden() { register_builtin_exporters(registry); }
    std::vector<std::string_view> tables() const {
        std::vector<std::string_view> names = registry.get(GetParam()).tables();
        if (names.empty()) names.push_back({});
        return names;
    }
    std::string exported(std::string_view table) const {
        std::ostringstream out;
        ExportOptions options;
        options.table = table;
        registry.get(GetParam()).write(fixtures::fixture_graph(), options, out);
        return out.str();
    }
    ExporterRegistry registry;
};

TEST_P(ExportGolden, MatchesGoldenByteForByte) {
    for (const std::string_view table : tables()) {
        const std::string name = table.empty() ? "fixture" : "fixture." + std::string(table);
        const std::string golden = read_golden(name + std::string(file_suffix(GetParam())));
        ASSERT_FALSE(golden.empty()) << "missing golden for " << to_string(GetParam()) << " " << table;
        EXPECT_EQ(exported(table), golden) << table;
    }
}

TEST_P(ExportGolden, TwoWritesAreIdentical) {
    for (const std::string_view table : tables()) EXPECT_EQ(exported(table), exported(table));
}

INSTANTIATE_TEST_SUITE_P(AllFormats, ExportGolden,
                         ::testing::Values(ExportFormat::dot, ExportFormat::graphml, ExportFormat::turtle,
                                           ExportFormat::ntriples, ExportFormat::json, ExportFormat::tbx,
                                           ExportFormat::jieba, ExportFormat::csv),
                         [](const ::testing::TestParamInfo<ExportFormat>& format) { return std::string(to_string(format.param)); });

}  // namespace
}  // namespace glossgraph
