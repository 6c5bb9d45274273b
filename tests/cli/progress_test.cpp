// The progress line: drawn in place on a terminal, never when disabled, cleared before other output.
#include "cli/progress.hpp"
#include "cli/table.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace glossgraph {
namespace {

using std::chrono::milliseconds;

TEST(Progress, DrawsFilesRateAndTimeLeftInPlace) {
    std::ostringstream err;
    Progress progress(err, true, 4, 4000, milliseconds(0));
    progress.advance(1000);
    EXPECT_EQ(err.str().rfind("\r\x1b[K1/4 files, ", 0), 0u) << err.str();
    EXPECT_NE(err.str().find(" MB/s, "), std::string::npos);
    EXPECT_NE(err.str().find(" left"), std::string::npos);
    EXPECT_EQ(err.str().find('\n'), std::string::npos);  // one line, rewritten
}

TEST(Progress, ClearErasesTheLineAndPhaseNamesTheWork) {
    std::ostringstream err;
    Progress progress(err, true, 1, 10, milliseconds(0));
    progress.phase("linking");
    EXPECT_NE(err.str().find("linking… ("), std::string::npos);
    progress.clear();
    EXPECT_EQ(err.str().substr(err.str().size() - 4), "\r\x1b[K");
    const std::size_t size = err.str().size();
    progress.clear();  // nothing shown: nothing to erase
    EXPECT_EQ(err.str().size(), size);
}

TEST(Progress, NothingWhenDisabledOrBeforeItsTime) {
    std::ostringstream disabled_err;
    {
        Progress disabled(disabled_err, false, 3, 30, milliseconds(0));
        disabled.advance(10);
        disabled.phase("linking");
    }
    EXPECT_EQ(disabled_err.str(), "");
    std::ostringstream quick_err;
    {
        Progress quick(quick_err, true, 3, 30, milliseconds(60000));
        quick.advance(10);
    }
    EXPECT_EQ(quick_err.str(), "");
}

TEST(Progress, DurationsReadAsMinutesAndSeconds) {
    EXPECT_EQ(Progress::duration(42.4), "42s");
    EXPECT_EQ(Progress::duration(65), "1m05s");
    EXPECT_EQ(Progress::duration(3725), "1h02m");
    EXPECT_EQ(Progress::duration(-3), "0s");
}

TEST(StreamedTable, HeaderBeforeTheFirstRowAndFixedWidthsThatNeverCut) {
    std::ostringstream out;
    StreamedTable table({"status", "region", "file"}, {8, 6, 0});
    EXPECT_EQ(out.str(), "");
    table.row(out, {"imported", "罗江区", "a.txt"});
    table.row(out, {"failed", "新疆维吾尔自治区", "b\tc.txt"});
    EXPECT_EQ(out.str(),
              "status    region  file\n"
              "--------  ------  ----\n"
              "imported  罗江区  a.txt\n"
              "failed    新疆维吾尔自治区  b c.txt\n");
}

}  // namespace
}  // namespace glossgraph
