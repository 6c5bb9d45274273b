// Issue 12, item 12: distinct nodes, one id. Term keys differing only in a control character
// (术\x01甲, 术\x02甲) became one "term:术�甲" in GraphML (two <node> of one id, which networkx
// merges without a word) and in DOT; file names in GBK (from Windows or zip archives) became
// one "report:2023����…txt" in JSON, GraphML, DOT and reports --json, so one report seemed to
// be in two regions. Ids are now injective and names UTF-8; keys keep no control characters.
#include "core/store/report_writer.hpp"
#include "core/store/store.hpp"
#include "tests/faults/fault_support.hpp"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <set>

namespace glossgraph::faults {
namespace {

using Json = nlohmann::json;

const fs::path fixtures = source_dir() / "tests/importers/fixtures";

// 2023罗江区报告.txt and 2023麒麟区报告.txt in GBK: as many bytes each, none of them UTF-8.
const std::string luojiang_gbk = "2023\xc2\xde\xbd\xad\xc7\xf8\xb1\xa8\xb8\xe6.txt";
const std::string qilin_gbk = "2023\xf7\xe8\xf7\xeb\xc7\xf8\xb1\xa8\xb8\xe6.txt";

// Two terms whose keys differ only in a control character, as a database written before keys
// dropped them holds (the store takes a key as given).
void store_lookalike_terms(const fs::path& db) {
    Store store(db.string());
    for (const std::string key : {"术\x01甲", "术\x02甲"}) {
        ReportMeta meta;
        meta.file = "r" + std::to_string(static_cast<int>(key[3])) + ".txt";
        meta.path = meta.file;
        meta.content_hash = meta.file;
        meta.encoding = "UTF-8";
        meta.format = "text";
        meta.body = "正文";
        store.writer().on_report(meta);
        GlossaryEntry entry;
        entry.term = key;
        entry.key = key;
        entry.definition = "定义";
        entry.line = 9;
        store.writer().on_entry(entry);
        store.writer().end_report();
    }
}

std::string run_python(const std::string& program, const fs::path& file) {
    const std::string command = "/usr/bin/python3 -c '" + program + "' '" + file.string() + "' 2>&1";
    std::string out;
    if (FILE* pipe = popen(command.c_str(), "r")) {
        char buffer[256];
        while (fgets(buffer, sizeof buffer, pipe)) out += buffer;
        pclose(pipe);
    }
    return out;
}

TEST(HostileIdentity, LookalikeKeysAndGbkFileNamesAreDistinctNodesInEveryFormat) {
    ScratchDir dir("glossgraph-ids");
    const fs::path db = dir / "g.db";
    store_lookalike_terms(db);
    fs::create_directories(dir / "gbk");
    fs::copy_file(fixtures / "report_simplified_with_glossary.txt", dir / "gbk" / luojiang_gbk);
    fs::copy_file(fixtures / "report_gb18030.txt", dir / "gbk" / qilin_gbk);
    const RunResult imported = run_glossgraph({"--db", db.string(), "import", (dir / "gbk").string()}, dir.path());
    ASSERT_EQ(imported.exit_code, 0) << imported.err;

    const RunResult reports = run_glossgraph({"--db", db.string(), "reports", "--json"}, dir.path());
    std::set<std::string> files;
    for (const Json& report : Json::parse(reports.out)) files.insert(report["file"].get<std::string>());
    EXPECT_EQ(files, (std::set<std::string>{"2023罗江区报告.txt", "2023麒麟区报告.txt", "r1.txt", "r2.txt"}));

    ASSERT_EQ(run_glossgraph({"--db", db.string(), "export", "-o", (dir / "g.json").string()}, dir.path()).exit_code, 0);
    ASSERT_EQ(run_glossgraph({"--db", db.string(), "export", "-o", (dir / "g.graphml").string()}, dir.path()).exit_code, 0);
    ASSERT_EQ(run_glossgraph({"--db", db.string(), "export", "-o", (dir / "g.dot").string()}, dir.path()).exit_code, 0);
    const Json graph = Json::parse(read_text(dir / "g.json"));
    std::set<std::string> ids;
    for (const Json& node : graph["nodes"]) ids.insert(node["id"].get<std::string>());
    EXPECT_EQ(ids.size(), graph["nodes"].size());
    EXPECT_EQ(ids.count("term:术\\x01甲") + ids.count("term:术\\x02甲"), 2u);
    EXPECT_EQ(ids.count("report:2023罗江区报告.txt") + ids.count("report:2023麒麟区报告.txt"), 2u);
    // networkx and dot, the real consumers, see every node.
    const std::string count = std::to_string(ids.size()) + "\n";
    EXPECT_EQ(run_python("import networkx, sys; print(networkx.read_graphml(sys.argv[1]).number_of_nodes())",
                         dir / "g.graphml"),
              count);
    const std::string legend = "legend:";  // the DOT legend's own nodes are left out
    EXPECT_EQ(run_python("import subprocess, sys; out = subprocess.run([\"dot\", \"-Tplain\", sys.argv[1]], capture_output=True, "
                         "text=True, check=True).stdout; print(sum(1 for l in out.splitlines() if l.startswith(\"node \") "
                         "and not l.split()[1].strip(chr(34)).startswith(\"" + legend + "\")))",
                         dir / "g.dot"),
              count);
}

// Keys drop control characters now: the two written forms are one term.
TEST(HostileIdentity, TermsDifferingOnlyInControlsAreOneTerm) {
    ScratchDir dir("glossgraph-ids");
    std::string report = read_text(fixtures / "report_simplified_with_glossary.txt");
    report.replace(report.find("(2)三线一单"), std::string("(2)三线一单").size(), "(2)三线\x01一单");
    write_text(dir / "a.txt", report);
    const RunResult imported = run_glossgraph({"--db", "g.db", "import", "a.txt"}, dir.path(), {false, dir.path(), {}});
    ASSERT_EQ(imported.exit_code, 0) << imported.err;
    const RunResult terms = run_glossgraph({"--db", "g.db", "terms", "--json"}, dir.path(), {false, dir.path(), {}});
    EXPECT_NE(terms.out.find("\"key\": \"三线一单\""), std::string::npos) << terms.out;
}

}  // namespace
}  // namespace glossgraph::faults
