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

class ExportGolden : public ::testing::TestWithParam<ExportFormat> {
protected:
    ExportGolden() { register_builtin_exporters(registry); }
    std::string exported() const {
        std::ostringstream out;
        registry.get(GetParam()).write(fixtures::fixture_graph(), ExportOptions{}, out);
        return out.str();
    }
    ExporterRegistry registry;
};

TEST_P(ExportGolden, MatchesGoldenByteForByte) {
    const std::string golden = read_golden("fixture" + std::string(file_suffix(GetParam())));
    ASSERT_FALSE(golden.empty()) << "missing golden for " << to_string(GetParam());
    EXPECT_EQ(exported(), golden);
}

TEST_P(ExportGolden, TwoWritesAreIdentical) { EXPECT_EQ(exported(), exported()); }

INSTANTIATE_TEST_SUITE_P(AllFormats, ExportGolden,
                         ::testing::Values(ExportFormat::dot, ExportFormat::graphml, ExportFormat::turtle,
                                           ExportFormat::ntriples, ExportFormat::json, ExportFormat::tbx,
                                           ExportFormat::jieba),
                         [](const ::testing::TestParamInfo<ExportFormat>& format) { return std::string(to_string(format.param)); });

}  // namespace
}  // namespace glossgraph
