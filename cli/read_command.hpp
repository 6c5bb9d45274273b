#pragma once
// Shared by the commands that only read the database.
#include "cli/command.hpp"
#include "core/store/store.hpp"

#include <iosfwd>
#include <memory>

namespace glossgraph {

// Opens an existing database for reading (its pages are not checked up front: see
// Store::Purpose); a missing file is an error with a hint, not a new empty database.
std::unique_ptr<Store> open_existing_store(const std::string& path);

// The key of the term written as query: its written form or key, in either script
// (Store::find_term); else a variant form of exactly one term, by a generic suffix either way
// (放管服 for “放管服”改革, 河长制工作 for 河长制), with a note to `notes` saying which term it
// resolved to. Throws error when no term is found, naming the nearest terms (did you mean),
// and when the variant form fits several terms, naming them.
std::string resolve_term(const Store& store, const std::string& query, const std::string& db_path, std::ostream& notes);

// The stored report a --report option names: its name (as reports shows it), the path of its
// file (as import prints it, from the working directory), or a path ending in its file name.
// Throws error "no report 'x' in db" when none is stored.
std::string stored_report(const Store& store, const std::string& given, const std::string& db);

}  // namespace glossgraph
