#pragma once
// The SQLite store: the only module that holds SQL. One file holds regions, reports,
// their text, terms and glossary entries. Every write runs in a transaction; one report
// is one transaction, so an interrupted import leaves whole reports only.
//
// The store is split by role. Store is the open database (opening, migrating, checking its
// pages, snapshots) and owns one of each part, which it hands out; a caller includes the
// header of the part it uses and nothing of the others:
//   core/store/report_writer.hpp  writing parsed reports, replacing them, file stamps, and what
//                                 the store knows of a file about to be imported
//   core/store/queries.hpp        the read model of the command line: rows and filters of
//                                 reports, entries, terms, regions, mentions, related terms, search
//   core/store/link_tables.hpp    the LinkStore the linker (core/link/linker.hpp) works through
//   core/store/graph_reader.hpp   GraphData for the analyses and exporters
// Each part compiles and keeps its own statements over the one connection the Store owns, so
// that a snapshot (read_snapshot) holds for all of them, and what the parts must agree on (the
// pages checked before the first write, no linking while a report is open) is decided once.
// The parts live as long as their Store.
#include "core/gazetteer.hpp"
#include "core/store/schema.hpp"

#include <memory>
#include <string>

namespace glossgraph {

class Database;
class GraphReader;
class LinkTables;
class Queries;
class ReportWriter;
class Transaction;

// Not thread-safe: one thread at a time per Store (and its parts). Several processes may share
// a file; a writer waits up to five seconds for another's report to commit, then throws
// store_error ("database is locked").
class Store final {
public:
    // What a store is opened for. For writing, the file's pages are checked before the first
    // write (PRAGMA quick_check, which reads the whole file once) and a damaged file is refused
    // before anything is written to it; a store that writes nothing (an import of unchanged
    // files) does not read them all. For reading they are not (a command that shows one term
    // should not read the whole file): a read that meets a damaged page throws store_error
    // with SQLITE_CORRUPT, naming the file and how to recover. A reader that has to migrate
    // the schema checks the pages as a writer does. A reader also reads a database in a folder
    // it may not write to (where SQLite cannot create the -shm file a WAL reader needs): then
    // read-only and immutable, as long as no write-ahead log is left beside the file.
    enum class Purpose { write, read };

    // Opens (creating when missing) the database at path; ":memory:" for an in-memory one.
    // Creates or migrates the schema (PRAGMA user_version) and turns on WAL and foreign keys;
    // a new database's regions are seeded from `gazetteer` and the history of its codes
    // (Gazetteer::history), which are read only while the constructor runs, and only when the
    // schema is created or migrated: a current file is opened without building a gazetteer.
    // Throws store_error when the file is not a glossgraph database or cannot be opened,
    // when it was written by a newer glossgraph (its version is higher than ours), and, with
    // SQLITE_CORRUPT, when it is damaged (see Purpose).
    explicit Store(const std::string& path, Purpose purpose = Purpose::write,
                   const GazetteerSource& gazetteer = &Gazetteer::builtin);
    Store(const std::string& path, Purpose purpose, const Gazetteer& gazetteer);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    static int schema_version();

    // Checks the pages (once; see Purpose), which every write does first: a caller that wants
    // a damaged file refused before its own work (an import, before its first report) calls
    // it then. Throws store_error with SQLITE_CORRUPT naming the file and how to recover.
    void prepare_to_write();

    // One snapshot for several reads: until the returned guard is destroyed, every read
    // through this store's parts sees the database as the first of them found it, even while
    // another process imports (WAL). For commands that read with several queries (show, terms).
    // Nothing may be written through this store meanwhile.
    class ReadSnapshot {
    public:
        ~ReadSnapshot();
        ReadSnapshot(const ReadSnapshot&) = delete;
        ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    private:
        friend class Store;
        explicit ReadSnapshot(Database& db);
        std::unique_ptr<Transaction> transaction_;
    };
    [[nodiscard]] ReadSnapshot read_snapshot() const;

    // Reads from here on go through SQLite's page cache (64 MiB) instead of a memory map of the
    // file (256 MiB): for a command that reads the whole store once and then works on what it
    // read (site, export), so that mapped pages of the file do not add to its peak memory.
    void read_unmapped();

    // The parts (see the top of this file).
    ReportWriter& writer() { return *writer_; }
    const ReportWriter& writer() const { return *writer_; }  // what it knows of files, reading only
    const Queries& queries() const { return *queries_; }
    LinkTables& link_tables() { return *link_tables_; }
    const GraphReader& graph_reader() const { return *graph_reader_; }

    // The connection, for the parts; Database is private to core/store.
    Database& database() const { return *db_; }

private:
    // Destroyed in reverse: the parts (an open report rolls back) before the connection closes.
    std::unique_ptr<Database> db_;
    bool pages_checked_ = false;
    std::unique_ptr<ReportWriter> writer_;
    std::unique_ptr<Queries> queries_;
    std::unique_ptr<LinkTables> link_tables_;
    std::unique_ptr<GraphReader> graph_reader_;
};

}  // namespace glossgraph
