#pragma once
// Which names SQLite opens as the file they name. Public: the CLI checks --db with it.
#include <optional>
#include <string>
#include <string_view>

namespace glossgraph {

// Why SQLite would not open `path` as the file it names, or nothing when it would. It does
// not for "" (a private temporary database, deleted on close), ":memory:" (a database in
// memory), or a name starting with "file:" (a URI such as "file:x.db?mode=memory": this
// SQLite is built with SQLITE_USE_URI, which reads URIs even though glossgraph never passes
// SQLITE_OPEN_URI). A file literally named so is reached through its folder: "./file:x.db".
std::optional<std::string> special_database_name(std::string_view path);

}  // namespace glossgraph
