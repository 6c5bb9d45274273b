// The store as an open database: opening (and migrating) it, the parts it hands out, snapshots.
#include "core/store/store.hpp"

#include "core/errors.hpp"
#include "core/store/database.hpp"
#include "core/store/graph_reader.hpp"
#include "core/store/link_tables.hpp"
#include "core/store/queries.hpp"
#include "core/store/report_writer.hpp"
#include "core/store/schema.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <memory>
#include <string>

namespace glossgraph {
namespace {

// A reader of a database in WAL mode needs the -shm file beside it, which SQLite creates
// (and so writes the folder) even to read. In a folder it may not write to, that fails with
// SQLITE_READONLY or SQLITE_CANTOPEN.
bool needs_writable_folder(int code) {
    return (code & 0xff) == SQLITE_READONLY || (code & 0xff) == SQLITE_CANTOPEN;
}

bool exists_beside(const std::string& path, const char* suffix) {
    std::error_code ignored;
    return std::filesystem::exists(path + suffix, ignored);
}

// Opens path for reading: as usual when it can (so an older file is upgraded), else, when
// only the folder's permissions stand in the way, read-only: with the writer's -wal and -shm
// when they are there, else immutable (no -shm needed; nobody can write the file meanwhile,
// since a writer needs to create files in that folder too).
std::unique_ptr<Database> open_for_reading(const std::string& path, const GazetteerSource& gazetteer) {
    try {
        auto db = std::make_unique<Database>(path, Access::read_write);
        prepare_database(*db, gazetteer, PageCheck::before_migration);
        return db;
    } catch (const store_error& e) {
        if (!needs_writable_folder(e.code()) || path == ":memory:") throw;
    }
    const bool log = exists_beside(path, "-wal") || exists_beside(path, "-shm");
    auto db = std::make_unique<Database>(path, log ? Access::read_only : Access::read_only_immutable);
    prepare_database(*db, gazetteer, PageCheck::before_migration);
    return db;
}

// A store opened to write checks its pages before its first write (Store::prepare_to_write),
// not here: an import that finds every file unchanged writes nothing and reads no page it
// does not need.
std::unique_ptr<Database> open_database(const std::string& path, Store::Purpose purpose, const GazetteerSource& gazetteer) {
    if (purpose == Store::Purpose::read) return open_for_reading(path, gazetteer);
    auto db = std::make_unique<Database>(path, Access::read_write_create);
    prepare_database(*db, gazetteer, PageCheck::before_migration);
    return db;
}

}  // namespace

Store::Store(const std::string& path, Purpose purpose, const Gazetteer& gazetteer)
    : Store(path, purpose, source_of(gazetteer)) {}

Store::Store(const std::string& path, Purpose purpose, const GazetteerSource& gazetteer)
    : db_(open_database(path, purpose, gazetteer)), pages_checked_(purpose == Purpose::read || db_->in_memory()) {
    writer_ = std::make_unique<ReportWriter>(*this);
    queries_ = std::make_unique<Queries>(*db_);
    link_tables_ = std::make_unique<LinkTables>(*this);
    graph_reader_ = std::make_unique<GraphReader>(*db_);
}

void Store::prepare_to_write() {
    if (pages_checked_) return;
    check_pages(*db_);
    pages_checked_ = true;
}

Store::~Store() = default;

int Store::schema_version() { return current_schema_version(); }

Store::ReadSnapshot::ReadSnapshot(Database& db)
    : transaction_(std::make_unique<Transaction>(db, Transaction::Mode::deferred)) {}

// Ends the read transaction; it wrote nothing to the database (at most the connection's own
// temporary schema: the search vocabulary, made again when next asked for), so rolling back
// loses nothing.
Store::ReadSnapshot::~ReadSnapshot() = default;

Store::ReadSnapshot Store::read_snapshot() const { return ReadSnapshot(*db_); }

void Store::read_unmapped() { db_->exec("PRAGMA mmap_size = 0; PRAGMA cache_size = -8192"); }

}  // namespace glossgraph
