#include "core/diagnostics.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace glossgraph {
namespace {

TEST(DiagnosticsFormat, FileLineSeverityMessage) {
    const Location where{"2024德阳.txt", 12};
    const Diagnostic diagnostic{Severity::warning, where, "footnote 3 has no term"};
    EXPECT_EQ(format_diagnostic(diagnostic), "2024德阳.txt:12: warning: footnote 3 has no term");
}

TEST(DiagnosticsFormat, NoLinePartForTheWholeFile) {
    const Location where{"report.txt", 0};
    const Diagnostic diagnostic{Severity::note, where, "region not found"};
    EXPECT_EQ(format_diagnostic(diagnostic), "report.txt: note: region not found");
}

TEST(DiagnosticsFormat, NamesEachSeverity) {
    EXPECT_STREQ(to_string(Severity::note), "note");
    EXPECT_STREQ(to_string(Severity::warning), "warning");
    EXPECT_STREQ(to_string(Severity::error), "error");
    EXPECT_EQ(format_diagnostic({Severity::error, {"a.txt", 1}, "x"}), "a.txt:1: error: x");
}

TEST(DiagnosticsStream, WritesOneLinePerReport) {
    std::ostringstream out;
    StreamDiagnostics diagnostics(out);
    diagnostics.warning({"a.txt", 3}, "damaged bytes");
    diagnostics.note({"a.txt", 0}, "no glossary");
    EXPECT_EQ(out.str(), "a.txt:3: warning: damaged bytes\na.txt: note: no glossary\n");
}

TEST(DiagnosticsStream, CountsEachSeverityApart) {
    std::ostringstream out;
    StreamDiagnostics diagnostics(out);
    diagnostics.warning({"a.txt", 1}, "one");
    diagnostics.warning({"a.txt", 2}, "two");
    diagnostics.report(Severity::error, {"b.txt", 5}, "three");
    EXPECT_EQ(diagnostics.count(Severity::warning), 2);
    EXPECT_EQ(diagnostics.count(Severity::error), 1);
    EXPECT_EQ(diagnostics.count(Severity::note), 0);
}

TEST(DiagnosticsCollecting, KeepsEveryReportInOrder) {
    CollectingDiagnostics diagnostics;
    diagnostics.warning({"a.txt", 1}, "first");
    diagnostics.note({"b.txt", 2}, "second");
    ASSERT_EQ(diagnostics.items.size(), 2u);
    EXPECT_EQ(diagnostics.items[0].severity, Severity::warning);
    EXPECT_EQ(diagnostics.items[1].location.file, "b.txt");
    EXPECT_EQ(diagnostics.items[1].location.line, 2);
    EXPECT_EQ(diagnostics.items[1].message, "second");
}

}  // namespace
}  // namespace glossgraph
