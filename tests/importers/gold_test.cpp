// The acceptance test of harvesting: every sample report against the hand-checked
// tests/GOLD.json (a copy of shared/seeds/GOLD.json): all entries with the same term and
// definition boundaries, nothing extra, and each report's metadata.
#include "core/text/script.hpp"
#include "importers/text_importer.hpp"
#include "tests/importers/whole_file.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>


namespace glossgraph {
namespace {

using nlohmann::json;

using testing::slurp;

const json& gold() {
    static const json data = json::parse(slurp(std::string(GLOSSGRAPH_SOURCE_DIR) + "/tests/GOLD.json"));
    return data;
}

std::optional<std::string> optional_string(const json& value) {
    return value.is_null() ? std::nullopt : std::optional(value.get<std::string>());
}

class GoldTest : public ::testing::TestWithParam<std::string> {
protected:
    ParsedReport parse() {
        const std::string path = std::string(GLOSSGRAPH_SOURCE_DIR) + "/samples/" + GetParam();
        return parse_text_report(slurp(path), ImportContext{path, &Gazetteer::builtin(), &diagnostics});
    }
    CollectingDiagnostics diagnostics;
};

TEST_P(GoldTest, MetadataMatches) {
    const json& expected = gold().at(GetParam());
    const ParsedReport report = parse();
    const ReportMeta& meta = report.meta;
    EXPECT_EQ(to_simplified(meta.title), expected.at("title").get<std::string>());
    EXPECT_EQ(meta.year, expected.at("report_year").get<int>());
    EXPECT_EQ(meta.delivered_on, expected.at("delivered_on").get<std::string>());
    ASSERT_TRUE(meta.speaker.has_value());
    EXPECT_EQ(to_simplified(*meta.speaker), to_simplified(expected.at("speaker").get<std::string>()));
    EXPECT_TRUE(expected.at("script").get<std::string>().starts_with(to_string(meta.script)))
        << "script " << to_string(meta.script);
    ASSERT_TRUE(meta.region.has_value());
    const json& region = expected.at("region");
    EXPECT_EQ(meta.region->code, region.at("code").get<std::string>());
    EXPECT_EQ(meta.region->province, region.at("province").get<std::string>());
    EXPECT_EQ(meta.region->prefecture, region.at("prefecture").get<std::string>());
    EXPECT_EQ(meta.region->county, region.at("county").get<std::string>());
    EXPECT_EQ(meta.glossary_heading, optional_string(expected.at("glossary_heading")).value_or(""));
}

TEST_P(GoldTest, EveryEntryWithItsBoundariesAndNothingExtra) {
    const json& expected = gold().at(GetParam()).at("entries");
    const ParsedReport report = parse();
    ASSERT_EQ(report.entries.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const GlossaryEntry& entry = report.entries[i];
        const json& want = expected[i];
        SCOPED_TRACE("entry " + std::to_string(i) + " " + want.at("term").get<std::string>());
        EXPECT_EQ(entry.term, want.at("term").get<std::string>());
        EXPECT_EQ(entry.marker, optional_string(want.at("marker")));
        EXPECT_EQ(entry.footnote, want.at("footnote").is_null() ? std::nullopt : std::optional(want.at("footnote").get<int>()));
        EXPECT_TRUE(entry.definition.starts_with(want.at("definition_starts").get<std::string>())) << entry.definition;
        EXPECT_TRUE(entry.definition.ends_with(want.at("definition_ends").get<std::string>())) << entry.definition;
        const std::optional<std::string> parent =
            entry.parent_seq ? std::optional(report.entries.at(static_cast<std::size_t>(*entry.parent_seq)).term) : std::nullopt;
        EXPECT_EQ(parent, optional_string(want.at("parent")));
    }
}

// Samples 003 and 004 hold damaged runs (issue 18), each one warning; nothing else warns.
TEST_P(GoldTest, ReportsNoWarningsButItsDamagedRuns) {
    const ParsedReport report = parse();
    std::size_t damaged = 0;
    for (const Diagnostic& diagnostic : diagnostics.items) {
        if (diagnostic.severity != Severity::warning) continue;
        EXPECT_TRUE(diagnostic.message.starts_with("damaged text '")) << format_diagnostic(diagnostic);
        ++damaged;
    }
    EXPECT_EQ(damaged, report.meta.damaged_runs.size());
    EXPECT_EQ(report.meta.damaged_runs.empty(), !GetParam().starts_with("003") && !GetParam().starts_with("004"));
}

std::vector<std::string> sample_names() {
    std::vector<std::string> names;
    for (const auto& [name, value] : gold().items()) {
        if (!name.starts_with("_")) names.push_back(name);  // "_cross_region" holds linking expectations
    }
    return names;
}

INSTANTIATE_TEST_SUITE_P(Samples, GoldTest, ::testing::ValuesIn(sample_names()),
                         [](const ::testing::TestParamInfo<std::string>& sample) { return "sample_" + sample.param.substr(0, 3); });

TEST(Gold, CoversAllSixtyFiveEntries) {
    std::size_t total = 0;
    for (const std::string& name : sample_names()) total += gold().at(name).at("entries").size();
    EXPECT_EQ(total, 65u);
    EXPECT_EQ(sample_names().size(), 5u);
}

}  // namespace
}  // namespace glossgraph
