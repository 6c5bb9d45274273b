// Issue 12, item 18: option values that name nothing. "--top ''" said "Value  not in range 0 to
// 1000000"; "--term ''" exported the whole graph, as if no --term had been given. Both are
// usage errors (exit 2) that say what is wrong, before any database is opened.
#include "cli/command.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace glossgraph {
namespace {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

Run run(std::vector<const char*> args) {
    args.insert(args.begin(), {"glossgraph", "--db", "no-such-database-is-opened.db"});
    std::ostringstream out;
    std::ostringstream err;
    Streams streams{out, err, false};
    const int code = run_cli(static_cast<int>(args.size()), args.data(), streams);
    return {code, out.str(), err.str()};
}

void expect_usage_error(const std::vector<const char*>& args, const std::string& message) {
    const Run result = run(args);
    EXPECT_EQ(result.code, 2) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_NE(result.err.find(message), std::string::npos) << result.err;
}

TEST(OptionValues, EmptyOrNonNumericNumberIsSaidToBeNoNumber) {
    expect_usage_error({"central", "--top", ""}, "--top: '' is not a number");
    expect_usage_error({"central", "--top", "ten"}, "--top: 'ten' is not a number");
    expect_usage_error({"terms", "--min-regions", ""}, "--min-regions: '' is not a number");
    expect_usage_error({"diff", "x", "--threshold", ""}, "--threshold: '' is not a number");
    expect_usage_error({"export", "--format", "json", "--term", "x", "--depth", ""}, "--depth: '' is not a number");
    // A number out of range is still said to be one.
    expect_usage_error({"central", "--top", "-1"}, "--top: Value -1 not in range");
}

TEST(OptionValues, EmptyTermIsRefusedNotTheWholeGraph) {
    expect_usage_error({"export", "--format", "json", "--term", ""}, "--term: an empty value names nothing");
    for (const char* option : {"--region", "--within", "--province"}) {
        expect_usage_error({"export", "--format", "json", option, ""}, std::string(option) + ": an empty value names nothing");
    }
    expect_usage_error({"entries", "--term", ""}, "--term: an empty value names nothing");
    expect_usage_error({"entries", "--report", ""}, "--report: an empty value names nothing");
    expect_usage_error({"mentions", "--term", ""}, "--term: an empty value names nothing");
    expect_usage_error({"mentions", "--report", ""}, "--report: an empty value names nothing");
    expect_usage_error({"import", "--from", "", "x.txt"}, "--from: an empty value names nothing");
}

}  // namespace
}  // namespace glossgraph
