#include "core/store/database.hpp"

#include "core/errors.hpp"
#include "core/store/database_name.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <utility>

namespace glossgraph {
namespace {

int open_flags(Access access) {
    // EXRESCODE: open failures carry extended codes too, like every later call. NOMUTEX: a
    // connection is used by one thread at a time (the import's workers parse and scan; only the
    // thread that holds the store reads and writes it), so SQLite need not lock it on every call.
    const int common = SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX;
    switch (access) {
        case Access::read_write_create: return common | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        case Access::read_write: return common | SQLITE_OPEN_READWRITE;
        case Access::read_only: return common | SQLITE_OPEN_READONLY;
        case Access::read_only_immutable: return common | SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    }
    return common | SQLITE_OPEN_READONLY;
}

// What usually lies behind a failure, in words a user can act on; empty when SQLite's
// own message says enough.
std::string_view hint(int code) {
    switch (code & 0xff) {
        case SQLITE_BUSY: return "another glossgraph is writing?";
        case SQLITE_NOTADB: return "expected a glossgraph database";
        case SQLITE_CANTOPEN: return "does its folder exist, and may glossgraph write there?";
        case SQLITE_READONLY: return "is the file or its folder read-only?";
        case SQLITE_FULL: return "is the disk full?";
        default: return {};
    }
}

// The path as a shell word: quoted unless every character is plainly safe.
std::string shell_word(const std::string& path) {
    const bool plain = !path.empty() && std::all_of(path.begin(), path.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || std::string_view("._/-+:@%,=").find(c) != std::string_view::npos;
    });
    if (plain) return path;
    std::string word = "'";
    for (char c : path) word += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return word + "'";
}

std::string describe(const std::string& path, std::string_view message, int code) {
    if ((code & 0xff) == SQLITE_CORRUPT) {
        return path + ": the database is damaged (" + std::string(message) + "). " + recovery_advice(path);
    }
    std::string text = path + ": " + std::string(message);
    const std::string_view why = hint(code);
    if (!why.empty()) text += " (" + std::string(why) + ")";
    return text;
}

// The URI that opens path read-only and immutable: "file:" and the absolute path with the
// characters a URI gives a meaning (% ? #) and controls percent-encoded.
std::string immutable_uri(const std::string& path) {
    const std::string absolute = std::filesystem::absolute(path).lexically_normal().string();
    std::string uri = "file:";
    for (const char c : absolute) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7F || c == '%' || c == '?' || c == '#') {
            static constexpr char hex[] = "0123456789ABCDEF";
            uri.append(1, '%').append(1, hex[byte >> 4]).append(1, hex[byte & 0x0F]);
        } else {
            uri += c;
        }
    }
    return uri + "?immutable=1";
}

// SQLite's memory statistics take a global mutex on every allocation, and glossgraph never
// reads them: off, before the library's first use. (sqlite3_config refuses once SQLite is
// initialised, by a host that used it first; the statistics then stay on, which costs time only.)
void configure_sqlite() {
    static const bool configured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
    static_cast<void>(configured);
}

}  // namespace

std::string recovery_advice(const std::string& path) {
    return "Recover: import the reports again into a new database (glossgraph --db new.db import PATH...), or "
           "salvage its readable rows with: sqlite3 " + shell_word(path) +
           " .recover | sqlite3 fixed.db (a sqlite3 built with SQLITE_ENABLE_DBPAGE_VTAB; Debian 12's is not)";
}

Database::Database(const std::string& path, Access access) : path_(path) {
    configure_sqlite();
    // ":memory:" serves the tests; any other name SQLite does not open as a file would store
    // nothing that outlives the connection.
    if (const auto why = special_database_name(path); why && !in_memory()) {
        throw store_error("'" + path + "': " + *why, SQLITE_CANTOPEN);
    }
    const std::string name = access == Access::read_only_immutable ? immutable_uri(path) : path;
    const int code = sqlite3_open_v2(name.c_str(), &handle_, open_flags(access), nullptr);
    if (code != SQLITE_OK) {
        // The handle exists even on failure (unless out of memory) and holds the message.
        const std::string message = handle_ ? sqlite3_errmsg(handle_) : sqlite3_errstr(code);
        sqlite3_close_v2(handle_);
        handle_ = nullptr;
        throw store_error(describe(path_, message, code), code);
    }
    sqlite3_extended_result_codes(handle_, 1);
}

Database::~Database() {
    // close_v2 defers the close until the last statement is finalised instead of failing.
    sqlite3_close_v2(handle_);
}

void Database::exec(const std::string& sql) {
    const int code = sqlite3_exec(handle_, sql.c_str(), nullptr, nullptr, nullptr);
    if (code != SQLITE_OK) fail(code);
}

Statement Database::prepare(std::string_view sql) {
    sqlite3_stmt* statement = nullptr;
    const int code = sqlite3_prepare_v3(handle_, sql.data(), static_cast<int>(sql.size()),
                                        SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (code == SQLITE_OK) return Statement(*this, statement);
    if ((code & 0xff) != SQLITE_ERROR) fail(code);
    // A plain SQLITE_ERROR here is a statement that does not compile against this schema.
    const std::string message = std::string(sqlite3_errmsg(handle_)) + " in: " + std::string(sql);
    throw store_error(describe(path_, message, code), code);
}

void Database::set_busy_timeout(int milliseconds) {
    const int code = sqlite3_busy_timeout(handle_, milliseconds);
    if (code != SQLITE_OK) fail(code);
}

std::int64_t Database::last_insert_rowid() const { return sqlite3_last_insert_rowid(handle_); }

int Database::changes() const { return sqlite3_changes(handle_); }

bool Database::autocommit() const { return sqlite3_get_autocommit(handle_) != 0; }

bool Database::read_only() const { return sqlite3_db_readonly(handle_, "main") == 1; }

void Database::keep_log_on_close() const noexcept {
    sqlite3_db_config(handle_, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

void Database::rollback() noexcept {
    if (!autocommit()) sqlite3_exec(handle_, "ROLLBACK", nullptr, nullptr, nullptr);
}

void Database::fail(int code) const {
    // A damaged file is written no more, not even by the checkpoint of closing.
    if ((code & 0xff) == SQLITE_CORRUPT) keep_log_on_close();
    throw store_error(describe(path_, sqlite3_errmsg(handle_), code), code);
}

Statement::~Statement() { sqlite3_finalize(statement_); }

Statement::Statement(Statement&& other) noexcept
    : database_(other.database_), statement_(std::exchange(other.statement_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(statement_);
        database_ = other.database_;
        statement_ = std::exchange(other.statement_, nullptr);
    }
    return *this;
}

void Statement::check_bind(int code) const {
    if (code != SQLITE_OK) database_->fail(code);
}

Statement& Statement::bind_text(int index, std::string_view text) {
    check_bind(sqlite3_bind_text64(statement_, index, text.data(), text.size(), SQLITE_TRANSIENT,
                                   SQLITE_UTF8));
    return *this;
}

Statement& Statement::bind_int(int index, std::int64_t value) {
    check_bind(sqlite3_bind_int64(statement_, index, value));
    return *this;
}

Statement& Statement::bind_double(int index, double value) {
    check_bind(sqlite3_bind_double(statement_, index, value));
    return *this;
}

Statement& Statement::bind_null(int index) {
    check_bind(sqlite3_bind_null(statement_, index));
    return *this;
}

Statement& Statement::bind_optional(int index, const std::optional<std::string>& text) {
    return text ? bind_text(index, *text) : bind_null(index);
}

Statement& Statement::bind_optional(int index, const std::optional<int>& value) {
    return value ? bind_int(index, *value) : bind_null(index);
}

bool Statement::step() {
    const int code = sqlite3_step(statement_);
    if (code == SQLITE_ROW) return true;
    if (code == SQLITE_DONE) return false;
    database_->fail(code);
}

void Statement::run() {
    while (step()) {
    }
}

std::string Statement::column_text(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, column));
    if (!text) return {};
    return std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement_, column)));
}

std::int64_t Statement::column_int64(int column) const { return sqlite3_column_int64(statement_, column); }

int Statement::column_int(int column) const { return sqlite3_column_int(statement_, column); }

double Statement::column_double(int column) const { return sqlite3_column_double(statement_, column); }

bool Statement::column_is_null(int column) const {
    return sqlite3_column_type(statement_, column) == SQLITE_NULL;
}

std::optional<std::string> Statement::column_optional_text(int column) const {
    if (column_is_null(column)) return std::nullopt;
    return column_text(column);
}

std::optional<int> Statement::column_optional_int(int column) const {
    if (column_is_null(column)) return std::nullopt;
    return column_int(column);
}

void Statement::reset() noexcept {
    // sqlite3_reset repeats the last step's error, which step() has already thrown.
    sqlite3_reset(statement_);
    sqlite3_clear_bindings(statement_);
}

Transaction::Transaction(Database& database, Mode mode) : database_(database) {
    database_.exec(mode == Mode::immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
}

Transaction::~Transaction() {
    if (open_) database_.rollback();
}

void Transaction::commit() {
    database_.exec("COMMIT");
    open_ = false;
}

}  // namespace glossgraph
