// Issue 12, item 11: report text and file names reached the terminal raw. ESC, BEL, C1 and
// bidirectional controls in a definition, a term or a file name were printed as they were by
// show, entries, diff, reports and the import table, and a DOCX footnote id holding
// "&#27;]0;PWNED&#7;&#10;glossgraph: import succeeded" set the window title and forged a line
// of stderr. Every human-readable line now writes them out; JSON was already right.
#include "tests/faults/fault_support.hpp"
#include "tests/importers/zip_builder.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace glossgraph::faults {
namespace {

const std::string esc_title = "\x1b]0;PWNED\x07";  // sets the terminal's window title
const std::string csi_c1 = "\xc2\x9b" "2J";         // C1 CSI: clears the screen
const std::string rlo = "\xe2\x80\xae";             // RIGHT-TO-LEFT OVERRIDE

// What a terminal would act on: a C0 control other than LF, DEL, a C1 control, U+202E.
std::string raw_control_in(const std::string& text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte < 0x20 && byte != '\n') || byte == 0x7F) return "byte " + std::to_string(byte) + " at " + std::to_string(i);
        if (byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0) return "a C1 control at " + std::to_string(i);
        if (text.compare(i, rlo.size(), rlo) == 0) return "U+202E at " + std::to_string(i);
    }
    return {};
}

void expect_printable(const RunResult& result, const std::string& what) {
    EXPECT_EQ(raw_control_in(result.out), "") << what << " stdout:\n" << result.out;
    EXPECT_EQ(raw_control_in(result.err), "") << what << " stderr:\n" << result.err;
}

std::string hostile_report() {
    return "2024年德阳市罗江区政府工作报告\n"
           "2023年12月27日在德阳市罗江区第二届人民代表大会第三次会议上\n"
           "区人民政府区长  张天则\n"
           "各位代表:\n"
           "深入实施“四大战略”(1),全面推进“三线一单”(2)落地。\n"
           "各位代表,奋斗成就梦想!\n"
           "名词解释\n"
           "(1)四大战略:工业强区" + esc_title + "、科教兴区" + csi_c1 + "、文旅活区、生态立区。\n"
           "(2)三线" + rlo + "一单:生态保护红线、环境质量底线" + "\x1b[8m" + "、资源利用上线。\n";
}

TEST(HostileTerminal, ControlsInReportTextAndFileNamesAreWrittenOut) {
    ScratchDir dir("glossgraph-terminal");
    const std::string name = "report\x1b[2J" + rlo + "txt.txt";
    write_text(dir / name, hostile_report());
    const RunOptions here{false, dir.path(), {}};
    const RunResult imported = run_glossgraph({"--db", "g.db", "import", name}, dir.path(), here);
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    expect_printable(imported, "import");
    EXPECT_NE(imported.out.find("report\\x1B[2J\\u202Etxt.txt"), std::string::npos) << imported.out;
    const std::vector<std::vector<std::string>> reads = {
        {"reports"}, {"entries"}, {"show", "四大战略"}, {"show", "三线一单"}, {"diff", "四大战略"}, {"mentions"}, {"terms"}};
    for (const std::vector<std::string>& read : reads) {
        std::vector<std::string> args{"--db", "g.db"};
        args.insert(args.end(), read.begin(), read.end());
        const RunResult result = run_glossgraph(args, dir.path(), here);
        EXPECT_EQ(result.exit_code, 0) << read.front() << ": " << result.err;
        expect_printable(result, read.front() + (read.size() > 1 ? " " + read[1] : ""));
    }
    const RunResult shown = run_glossgraph({"--db", "g.db", "show", "四大战略"}, dir.path(), here);
    EXPECT_NE(shown.out.find("工业强区\\x1B]0;PWNED\\x07、科教兴区\\u009B2J"), std::string::npos) << shown.out;
    // JSON carries the text exactly (escaped as JSON escapes it).
    const RunResult json = run_glossgraph({"--db", "g.db", "show", "三线一单", "--json"}, dir.path(), here);
    EXPECT_NE(json.out.find("\"term\": \"三线" + rlo + "一单\""), std::string::npos) << json.out;
}

TEST(HostileTerminal, DocxFootnoteIdCannotForgeALine) {
    ScratchDir dir("glossgraph-terminal");
    const std::string id = "&#27;]0;PWNED&#7;&#10;glossgraph: import succeeded";
    const std::string document =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        "<w:p><w:r><w:t>2024年德阳市罗江区政府工作报告</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>各位代表：推进“三线一单”</w:t></w:r><w:r><w:footnoteReference w:id=\"" + id + "\"/></w:r></w:p>"
        "</w:body></w:document>";
    write_text(dir / "forged.docx", glossgraph::testing::make_zip({{"word/document.xml", document}}));
    const RunResult imported =
        run_glossgraph({"--db", "g.db", "import", "forged.docx"}, dir.path(), RunOptions{false, dir.path(), {}});
    expect_printable(imported, "import");
    EXPECT_NE(imported.err.find("footnote \\x1B]0;PWNED\\x07\\nglossgraph: import succeeded is referenced"), std::string::npos)
        << imported.err;
    std::istringstream lines(imported.err);
    for (std::string line; std::getline(lines, line);) EXPECT_FALSE(line.starts_with("glossgraph: import succeeded")) << line;
}

}  // namespace
}  // namespace glossgraph::faults
