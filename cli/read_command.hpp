#pragma once
// Shared by the commands that only read the database.
#include "cli/command.hpp"
#include "core/store/store.hpp"

#include <memory>

namespace glossgraph {

// Opens an existing database for reading (its pages are not checked up front: see
// Store::Purpose); a missing file is an error with a hint, not a new empty database.
std::unique_ptr<Store> open_existing_store(const std::string& path);

// The stored report a --report option names: its name (as reports shows it), the path of its
// file (as import prints it, from the working directory), or a path ending in its file name.
// Throws error "no report 'x' in db" when none is stored.
std::string stored_report(const Store& store, const std::string& given, const std::string& db);

}  // namespace glossgraph
