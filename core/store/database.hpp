#pragma once
// Thin RAII wrappers over the SQLite C API, private to the store module (nothing outside
// core/store includes this header). Every failure throws store_error carrying SQLite's
// extended result code and a message that starts with the database's path, such as
// "glossgraph.db: database is locked (another glossgraph is writing?)".
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace glossgraph {

class Statement;

enum class Access {
    read_write_create,  // create the file when missing
    read_write,         // the file must exist
    read_only,
    // Read-only, and no other connection will change the file while it is open (SQLite's
    // immutable=1): no lock and no -shm file is needed, so a database whose folder is
    // read-only can be read at all. Only for a file that has no write-ahead log beside it,
    // which this mode would not read.
    read_only_immutable,
};

// One connection. Owns the sqlite3 handle and closes it on destruction; statements
// prepared from it must not outlive it. Opened without SQLite's per-connection mutex: use it
// from one thread at a time.
class Database {
public:
    // Opens path (":memory:" for a private in-memory database). Throws store_error naming
    // the path when SQLite cannot open it, and with SQLITE_CANTOPEN, before SQLite sees it,
    // for the other names SQLite does not open as a file (special_database_name: "", "file:"
    // URIs). Opening reads nothing yet: a file that is not a
    // database is only noticed by the first statement that reads it.
    Database(const std::string& path, Access access);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The path as given to the constructor.
    const std::string& path() const { return path_; }
    bool in_memory() const { return path_ == ":memory:"; }

    // Runs one or more statements that take no parameters (DDL, PRAGMAs, BEGIN), ignoring
    // any rows they return.
    void exec(const std::string& sql);
    // Compiles one statement. Throws store_error quoting the SQL when it does not compile.
    Statement prepare(std::string_view sql);

    // How long a statement waits for another connection's lock before failing with
    // "database is locked"; 0 fails at once.
    void set_busy_timeout(int milliseconds);

    std::int64_t last_insert_rowid() const;
    // Rows changed by the most recent INSERT, UPDATE or DELETE.
    int changes() const;
    // True unless a transaction is open on this connection.
    bool autocommit() const;
    // True when the connection cannot write (opened read-only, or the file is read-only).
    bool read_only() const;
    // Closing leaves the write-ahead log as it is instead of copying it into the database
    // file: for a file that must not be written to (a damaged one).
    void keep_log_on_close() const noexcept;
    // Rolls back the open transaction, if any. Never throws: for destructors and for
    // unwinding, where the error being unwound matters more than a failed rollback.
    void rollback() noexcept;

    // Throws store_error for result code `code`, with SQLite's message for this connection
    // and a hint for the usual causes (locked, not a database, cannot open, disk full); for
    // a damaged file (SQLITE_CORRUPT), that it is damaged and the recovery_advice, and the
    // connection will not copy its write-ahead log into the file when it closes.
    [[noreturn]] void fail(int code) const;

private:
    sqlite3* handle_ = nullptr;
    std::string path_;
};

// What to do about the damaged database file at path, as a sentence: import the reports
// again into a new database, or salvage the readable rows with sqlite3's .recover (the path
// quoted for the shell when it needs to be). .recover needs the sqlite_dbpage table, which
// Debian 12's sqlite3 lacks (it fails with "SQL logic error"), and .dump is no substitute:
// it ends a damaged file's dump with ROLLBACK and leaves out user_version and application_id.
std::string recovery_advice(const std::string& path);

// A compiled statement, reused across executions. Methods that bind return *this so
// calls chain. Indexes are 1-based for parameters and 0-based for result columns, as in
// SQLite. Move-only; finalised on destruction.
class Statement {
public:
    Statement(Database& database, sqlite3_stmt* statement) : database_(&database), statement_(statement) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind_text(int index, std::string_view text);
    Statement& bind_int(int index, std::int64_t value);
    Statement& bind_double(int index, double value);
    Statement& bind_null(int index);
    // Binds the value, or NULL when empty.
    Statement& bind_optional(int index, const std::optional<std::string>& text);
    Statement& bind_optional(int index, const std::optional<int>& value);

    // Advances to the next row: true when a row is available, false when the statement
    // has finished. Throws store_error on failure.
    bool step();
    // Runs a statement that returns no rows (or whose rows do not matter) to completion.
    void run();

    // NULL reads as "" and 0; the optional forms read NULL as empty.
    std::string column_text(int column) const;
    std::int64_t column_int64(int column) const;
    int column_int(int column) const;
    double column_double(int column) const;
    bool column_is_null(int column) const;
    std::optional<std::string> column_optional_text(int column) const;
    std::optional<int> column_optional_int(int column) const;

    // Rewinds the statement and clears its bindings, ending any read it holds open.
    void reset() noexcept;

private:
    void check_bind(int code) const;
    Database* database_;
    sqlite3_stmt* statement_;
};

// Resets a reused statement when the scope ends, whether its query ran to the end,
// stopped after the first row or threw, so it holds no read transaction open and no
// bindings leak into its next use.
class ScopedReset {
public:
    explicit ScopedReset(Statement& statement) : statement_(statement) {}
    ~ScopedReset() { statement_.reset(); }
    ScopedReset(const ScopedReset&) = delete;
    ScopedReset& operator=(const ScopedReset&) = delete;

private:
    Statement& statement_;
};

// BEGIN IMMEDIATE on construction, so the write lock is taken up front and a second
// writer fails here rather than halfway through. commit() makes the work permanent;
// without it the destructor rolls back (and never throws).
class Transaction {
public:
    // immediate takes the write lock at once (every write); deferred reads one consistent
    // snapshot, even while another connection writes (WAL).
    enum class Mode { immediate, deferred };
    explicit Transaction(Database& database, Mode mode = Mode::immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Throws store_error when SQLite cannot commit; the destructor then rolls back.
    void commit();

private:
    Database& database_;
    bool open_ = true;
};

}  // namespace glossgraph
