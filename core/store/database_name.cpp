#include "core/store/database_name.hpp"

namespace glossgraph {

std::optional<std::string> special_database_name(std::string_view path) {
    if (path.empty()) return "an empty name makes SQLite use a temporary database, deleted on close";
    if (path == ":memory:") return "SQLite keeps ':memory:' in memory, deleted on close";
    if (path.substr(0, 5) == "file:") {
        return "a name starting with 'file:' is a SQLite URI (mode=memory keeps the database in memory), not a file name";
    }
    return std::nullopt;
}

}  // namespace glossgraph
