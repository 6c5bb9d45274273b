// Tables for people: widths in display columns, and tables fitted to a terminal's width by
// wrapping their widest columns, never a short one.
#include "cli/table.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace glossgraph {
namespace {

Table three_columns() {
    Table table({"code", "region", "definition"});
    table.add({"510604", "罗江区", "生态保护红线、环境质量底线、资源利用上线和环境准入负面清单。"});
    table.add({"421303", "曾都区", "短。"});
    return table;
}

std::string printed(const Table& table, std::size_t columns) {
    std::ostringstream out;
    fit_tables_to(out, columns);
    table.print(out);
    return out.str();
}

TEST(Table, WidthsCountWideCharactersTwice) {
    EXPECT_EQ(display_width("罗江区 510604"), 13u);
    EXPECT_EQ(display_width("“三变”改革"), 12u);  // Chinese quotes are drawn wide
    EXPECT_EQ(truncate_to_width("生态保护红线", 7), "生态…");  // the ellipsis takes two as well
    EXPECT_EQ(truncate_to_width("生态保护红线", 8), "生态保…");
}

TEST(Table, WithoutALimitARowIsOneLine) {
    EXPECT_EQ(printed(three_columns(), 0),
              "code    region  definition\n"
              "------  ------  ------------------------------------------------------------\n"
              "510604  罗江区  生态保护红线、环境质量底线、资源利用上线和环境准入负面清单。\n"
              "421303  曾都区  短。\n");
}

TEST(Table, AWideTableWrapsItsWidestColumnToFit) {
    const std::string table = printed(three_columns(), 40);
    EXPECT_EQ(table,
              "code    region  definition\n"
              "------  ------  ------------------------\n"
              "510604  罗江区  生态保护红线、环境质量底\n"
              "                线、资源利用上线和环境准\n"
              "                入负面清单。\n"
              "421303  曾都区  短。\n");
    std::istringstream lines(table);
    for (std::string line; std::getline(lines, line);) EXPECT_LE(display_width(line), 40u) << line;
}

TEST(Table, ShortColumnsAndHeadersAreNeverCut) {
    Table table({"written forms", "code"});
    table.add({"四个最严 / 四個最嚴 / “四个最严”", "510604"});
    // Too narrow for anything: each column keeps kKeptWhole or its header, codes whole.
    EXPECT_EQ(printed(table, 10),
              "written forms  code\n"
              "-------------  ------\n"
              "四个最严 / 四  510604\n"
              "個最嚴 / “四\n"
              "个最严”\n");
}

}  // namespace
}  // namespace glossgraph
