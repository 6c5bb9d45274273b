// Each sample report, converted to an HTML page and a Word document by
// tests/make_html_docx_samples.py (run by ctest before this test, into
// GLOSSGRAPH_CONVERTED_SAMPLES), gives the entries and metadata of the same report read as
// text. The importer is chosen by content, as `glossgraph import` chooses it.
#include "importers/importer.hpp"
#include "importers/text_importer.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace glossgraph {
namespace {

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path + " (run tests/make_html_docx_samples.py first)");
    std::ostringstream content;
    content << in.rdbuf();
    return content.str();
}

std::vector<std::string> sample_stems() {
    const nlohmann::json gold = nlohmann::json::parse(slurp(std::string(GLOSSGRAPH_SOURCE_DIR) + "/tests/GOLD.json"));
    std::vector<std::string> stems;
    for (const auto& [name, value] : gold.items()) {
        if (!name.starts_with("_")) stems.push_back(name.substr(0, name.size() - 4));  // without ".txt"
    }
    return stems;
}

struct Converted {
    ParsedReport text;
    ParsedReport converted;
    Format chosen = Format::text;
    CollectingDiagnostics diagnostics;  // of the converted file
};

std::unique_ptr<Converted> import_both(Format format, const std::string& stem) {
    auto result = std::make_unique<Converted>();
    const std::string text_path = std::string(GLOSSGRAPH_SOURCE_DIR) + "/samples/" + stem + ".txt";
    CollectingDiagnostics text_diagnostics;
    result->text = parse_text_report(slurp(text_path), ImportContext{text_path, &Gazetteer::builtin(), &text_diagnostics});

    const std::string kind(to_string(format));
    const std::string path = std::string(GLOSSGRAPH_CONVERTED_SAMPLES) + "/" + kind + "/" + stem + "." + kind;
    const std::string bytes = slurp(path);
    ImporterRegistry registry;
    register_builtin_importers(registry);
    const Importer& importer = registry.choose("converted", std::string_view(bytes).substr(0, 4096), std::nullopt);
    result->chosen = importer.format();
    CollectingSink sink;
    importer.read(bytes, ImportContext{path, &Gazetteer::builtin(), &result->diagnostics}, sink);
    result->converted = sink.reports.at(0);
    return result;
}

void expect_same_metadata(const ReportMeta& converted, const ReportMeta& text) {
    EXPECT_EQ(converted.title, text.title);
    EXPECT_EQ(converted.year, text.year);
    EXPECT_EQ(converted.delivered_on, text.delivered_on);
    EXPECT_EQ(converted.speaker, text.speaker);
    EXPECT_EQ(converted.script, text.script);
    EXPECT_EQ(converted.glossary_heading, text.glossary_heading);
    ASSERT_EQ(converted.region.has_value(), text.region.has_value());
    if (text.region) {
        EXPECT_EQ(converted.region->code, text.region->code);
    }
}

void expect_same_entries(const std::vector<GlossaryEntry>& converted, const std::vector<GlossaryEntry>& text) {
    ASSERT_EQ(converted.size(), text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        SCOPED_TRACE("entry " + std::to_string(i) + " " + text[i].term);
        EXPECT_EQ(converted[i].term, text[i].term);
        EXPECT_EQ(converted[i].key, text[i].key);
        EXPECT_EQ(converted[i].definition, text[i].definition);
        EXPECT_EQ(converted[i].footnote, text[i].footnote);
        EXPECT_EQ(converted[i].parent_seq, text[i].parent_seq);
        EXPECT_EQ(converted[i].damage, text[i].damage);
    }
}

// No warning but one per damaged run (samples 003 and 004, issue 18).
void expect_no_warnings(const CollectingDiagnostics& diagnostics, const ReportMeta& meta) {
    std::size_t damaged = 0;
    for (const Diagnostic& diagnostic : diagnostics.items) {
        if (diagnostic.severity != Severity::warning) continue;
        EXPECT_TRUE(diagnostic.message.starts_with("damaged text '")) << format_diagnostic(diagnostic);
        ++damaged;
    }
    EXPECT_EQ(damaged, meta.damaged_runs.size());
}

// The same runs found and repaired alike, whatever the format (lines are the source's own).
void expect_same_damage(const ReportMeta& converted, const ReportMeta& text) {
    EXPECT_EQ(converted.damage, text.damage);
    ASSERT_EQ(converted.damaged_runs.size(), text.damaged_runs.size());
    for (std::size_t i = 0; i < text.damaged_runs.size(); ++i) {
        EXPECT_EQ(converted.damaged_runs[i].written, text.damaged_runs[i].written);
        EXPECT_EQ(converted.damaged_runs[i].repaired, text.damaged_runs[i].repaired);
    }
}

class HtmlSample : public ::testing::TestWithParam<std::string> {};
class DocxSample : public ::testing::TestWithParam<std::string> {};

TEST_P(HtmlSample, SameReportAsText) {
    const auto r = import_both(Format::html, GetParam());
    EXPECT_EQ(r->chosen, Format::html);
    expect_same_metadata(r->converted.meta, r->text.meta);
    expect_same_entries(r->converted.entries, r->text.entries);
    expect_no_warnings(r->diagnostics, r->converted.meta);
    expect_same_damage(r->converted.meta, r->text.meta);
    // Chrome is gone at the DOM and the <sup> markers are where the text has them.
    EXPECT_EQ(r->converted.meta.body, r->text.meta.body);
    ASSERT_EQ(r->converted.meta.anchors.size(), r->text.meta.anchors.size());
    for (std::size_t i = 0; i < r->text.meta.anchors.size(); ++i) {
        EXPECT_EQ(r->converted.meta.anchors[i].footnote, r->text.meta.anchors[i].footnote);
        EXPECT_EQ(r->converted.meta.anchors[i].offset, r->text.meta.anchors[i].offset);
        EXPECT_EQ(r->converted.meta.anchors[i].marker, r->text.meta.anchors[i].marker);
    }
}

// The text body without its anchored markers, and the anchors' offsets in it: what a
// document whose notes are real footnotes (references without text) must give.
std::pair<std::string, std::vector<std::size_t>> without_markers(const ReportMeta& text) {
    std::string body;
    std::vector<std::size_t> offsets;
    std::size_t copied = 0;
    for (const FootnoteAnchor& anchor : text.anchors) {
        body += text.body.substr(copied, anchor.offset - copied);
        offsets.push_back(body.size());
        copied = anchor.offset + anchor.marker.size();
    }
    return {body + text.body.substr(copied), offsets};
}

TEST_P(DocxSample, SameReportAsText) {
    const auto r = import_both(Format::docx, GetParam());
    EXPECT_EQ(r->chosen, Format::docx);
    expect_same_metadata(r->converted.meta, r->text.meta);
    expect_same_entries(r->converted.entries, r->text.entries);
    expect_no_warnings(r->diagnostics, r->converted.meta);
    expect_same_damage(r->converted.meta, r->text.meta);
    // Sample 000's glossary became real footnotes: its body has references, not markers.
    const bool real_footnotes = GetParam().starts_with("000");
    const auto [body, offsets] = real_footnotes ? without_markers(r->text.meta) : std::pair{r->text.meta.body, std::vector<std::size_t>{}};
    EXPECT_EQ(r->converted.meta.body, body);
    ASSERT_EQ(r->converted.meta.anchors.size(), r->text.meta.anchors.size());
    for (std::size_t i = 0; i < r->text.meta.anchors.size(); ++i) {
        EXPECT_EQ(r->converted.meta.anchors[i].footnote, r->text.meta.anchors[i].footnote);
        EXPECT_EQ(r->converted.meta.anchors[i].offset, real_footnotes ? offsets[i] : r->text.meta.anchors[i].offset);
    }
}

std::string test_name(const ::testing::TestParamInfo<std::string>& sample) { return "sample_" + sample.param.substr(0, 3); }

INSTANTIATE_TEST_SUITE_P(Converted, HtmlSample, ::testing::ValuesIn(sample_stems()), test_name);
INSTANTIATE_TEST_SUITE_P(Converted, DocxSample, ::testing::ValuesIn(sample_stems()), test_name);

}  // namespace
}  // namespace glossgraph
