#pragma once
// Shared by the commands that only read the database.
#include "cli/command.hpp"
#include "core/store/store.hpp"

#include <memory>

namespace glossgraph {

// Opens an existing database for reading (its pages are not checked up front: see
// Store::Purpose); a missing file is an error with a hint, not a new empty database.
std::unique_ptr<Store> open_existing_store(const std::string& path);

// The stored report a --report option names: its file name, or a path ending in it (as
// import prints it). Throws error "no report 'x' in db" when none is stored.
std::string stored_report(const Store& store, const std::string& given, const std::string& db);

}  // namespace glossgraph
