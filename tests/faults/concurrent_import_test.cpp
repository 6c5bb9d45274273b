// Issue 12, item 18: two imports of one file at once said "duplicate … same content as" that
// very file. The store read what it held of a file in two statements (the report of that
// name, then a report with that content); the other import committing between them made the
// file a duplicate of itself. It is one statement now, so one snapshot.
//
// The moment is made, not raced: a SQLite trace hook on every connection runs the other
// import just before the statement that looks a content hash up begins, the second time (the
// first is the import deciding what to parse, the second the decision at storing).
#include "cli/run_cli.hpp"
#include "tests/faults/fault_support.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <functional>
#include <sstream>

namespace glossgraph::faults {
namespace {

int lookups_to_pass = 0;
std::function<void()> meanwhile;

int on_statement(unsigned, void*, void*, void* sql) {
    const std::string text = static_cast<const char*>(sql);
    if (meanwhile && text.find("WHERE content_hash") != std::string::npos && lookups_to_pass-- == 1) {
        auto act = std::move(meanwhile);
        meanwhile = nullptr;
        act();
    }
    return 0;
}

int install_trace(sqlite3* db, const char**, const void*) {
    return sqlite3_trace_v2(db, SQLITE_TRACE_STMT, on_statement, nullptr);
}

class TraceEveryConnection {
public:
    TraceEveryConnection() { sqlite3_auto_extension(reinterpret_cast<void (*)()>(install_trace)); }
    ~TraceEveryConnection() { sqlite3_cancel_auto_extension(reinterpret_cast<void (*)()>(install_trace)); }
    TraceEveryConnection(const TraceEveryConnection&) = delete;
    TraceEveryConnection& operator=(const TraceEveryConnection&) = delete;
};

int run_in_process(const std::vector<std::string>& args, std::string& out) {
    std::vector<const char*> argv{"glossgraph"};
    for (const std::string& arg : args) argv.push_back(arg.c_str());
    std::ostringstream out_stream;
    std::ostringstream err_stream;
    Streams streams{out_stream, err_stream, false};
    const int code = run_cli(static_cast<int>(argv.size()), argv.data(), streams);
    out = out_stream.str() + err_stream.str();
    return code;
}

TEST(ConcurrentImport, TheOtherImportOfOneFileIsNeverItsDuplicate) {
    ScratchDir dir("glossgraph-concurrent");
    const std::string db = (dir / "g.db").string();
    const std::string report = (dir / "x.txt").string();
    fs::copy_file(source_dir() / "tests/importers/fixtures/report_simplified_with_glossary.txt", report);
    std::string out;
    ASSERT_EQ(run_in_process({"--db", db, "import", (source_dir() / "tests/importers/fixtures/report_gb18030.txt").string()}, out), 0)
        << out;
    std::string other;
    int other_code = -1;
    {
        TraceEveryConnection trace;
        lookups_to_pass = 2;
        meanwhile = [&] { other_code = run_in_process({"--db", db, "import", report}, other); };
        EXPECT_EQ(run_in_process({"--db", db, "import", report}, out), 0) << out;
    }
    ASSERT_EQ(other_code, 0) << other;  // the other import ran in between, and stored x.txt
    EXPECT_NE(other.find("imported  " + report), std::string::npos) << other;
    EXPECT_EQ(out.find("\nduplicate"), std::string::npos) << out;
    EXPECT_NE(out.find("unchanged  " + report), std::string::npos) << out;
}

}  // namespace
}  // namespace glossgraph::faults
