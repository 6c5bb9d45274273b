#pragma once

#include <string>
#include <string_view>

namespace glossgraph {

// A table's CREATE statement with each CHECK of the form `column IN ('a', 'b', 'c')` written
// as `column = 'a' OR column = 'b' OR column = 'c'` (the space after each comma kept, so a
// list over several lines stays so). SQLite evaluates an IN list of three or more constants
// through a temporary b-tree it builds afresh for every run of a statement: each insert of a
// report, entry, relation or region built one (a page cache of some 87 KB, then freed).
// Comparisons build nothing. Lists of two or fewer values (SQLite compares those one by one),
// lists of anything but quoted texts without a quote inside and whole numbers, and the rest of
// the statement are left as written.
std::string checks_as_comparisons(std::string_view sql);

}  // namespace glossgraph
