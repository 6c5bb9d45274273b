// The RAII wrappers over SQLite: binding, reading, errors and transactions.
#include "core/store/database.hpp"

#include "core/errors.hpp"
#include "tests/core/store/store_test_support.hpp"

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <filesystem>
#include <fstream>

namespace glossgraph {
namespace {

using store_test::expect_store_error;
using store_test::TempDb;

class StoreDatabase : public ::testing::Test {
protected:
    StoreDatabase() { db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT, number INTEGER)"); }
    int count_rows() {
        Statement query = db.prepare("SELECT count(*) FROM t");
        EXPECT_TRUE(query.step());
        return query.column_int(0);
    }
    Database db{":memory:", Access::read_write_create};
};

TEST_F(StoreDatabase, BoundValuesReadBack) {
    db.prepare("INSERT INTO t (text, number) VALUES (?1, ?2)").bind_text(1, "四川省").bind_int(2, 1LL << 40).run();
    EXPECT_EQ(db.last_insert_rowid(), 1);
    EXPECT_EQ(db.changes(), 1);
    Statement query = db.prepare("SELECT text, number FROM t");
    ASSERT_TRUE(query.step());
    EXPECT_EQ(query.column_text(0), "四川省");
    EXPECT_EQ(query.column_int64(1), 1LL << 40);
    EXPECT_FALSE(query.step());
}

TEST_F(StoreDatabase, TextWithEmbeddedNulAndQuotesKeepsEveryByte) {
    const std::string text("a'b\"c\0d", 7);
    db.prepare("INSERT INTO t (text) VALUES (?1)").bind_text(1, text).run();
    Statement query = db.prepare("SELECT text FROM t");
    ASSERT_TRUE(query.step());
    EXPECT_EQ(query.column_text(0), text);
}

TEST_F(StoreDatabase, EmptyOptionalsBindNullAndReadBackEmpty) {
    db.prepare("INSERT INTO t (text, number) VALUES (?1, ?2)")
        .bind_optional(1, std::optional<std::string>())
        .bind_optional(2, std::optional<int>())
        .run();
    db.prepare("INSERT INTO t (text, number) VALUES (?1, ?2)")
        .bind_optional(1, std::optional<std::string>(""))
        .bind_optional(2, std::optional<int>(0))
        .run();
    Statement query = db.prepare("SELECT text, number FROM t ORDER BY id");
    ASSERT_TRUE(query.step());
    EXPECT_TRUE(query.column_is_null(0));
    EXPECT_EQ(query.column_optional_text(0), std::nullopt);
    EXPECT_EQ(query.column_optional_int(1), std::nullopt);
    EXPECT_EQ(query.column_text(0), "");
    ASSERT_TRUE(query.step());
    EXPECT_EQ(query.column_optional_text(0), std::optional<std::string>(""));
    EXPECT_EQ(query.column_optional_int(1), std::optional<int>(0));
}

TEST_F(StoreDatabase, ResetClearsBindingsForReuse) {
    Statement insert = db.prepare("INSERT INTO t (text) VALUES (?1)");
    insert.bind_text(1, "first").run();
    insert.reset();
    insert.run();  // the old binding is gone: NULL
    Statement query = db.prepare("SELECT count(*) FROM t WHERE text IS NULL");
    ASSERT_TRUE(query.step());
    EXPECT_EQ(query.column_int(0), 1);
}

TEST_F(StoreDatabase, ConstraintFailureNamesDatabaseAndCarriesExtendedCode) {
    db.exec("CREATE TABLE u (name TEXT UNIQUE)");
    Statement insert = db.prepare("INSERT INTO u (name) VALUES ('x')");
    insert.run();
    insert.reset();
    expect_store_error([&] { insert.run(); }, ":memory:: UNIQUE constraint failed: u.name",
                       SQLITE_CONSTRAINT_UNIQUE);
}

TEST_F(StoreDatabase, StatementThatDoesNotCompileIsQuoted) {
    expect_store_error([&] { (void)db.prepare("SELECT name FROM nowhere"); },
                       ":memory:: no such table: nowhere in: SELECT name FROM nowhere", SQLITE_ERROR);
}

TEST_F(StoreDatabase, TransactionWithoutCommitRollsBack) {
    {
        Transaction transaction(db);
        db.exec("INSERT INTO t (text) VALUES ('gone')");
        EXPECT_FALSE(db.autocommit());
    }
    EXPECT_TRUE(db.autocommit());
    EXPECT_EQ(count_rows(), 0);
}

TEST_F(StoreDatabase, CommittedTransactionStays) {
    {
        Transaction transaction(db);
        db.exec("INSERT INTO t (text) VALUES ('kept')");
        transaction.commit();
    }
    EXPECT_EQ(count_rows(), 1);
}

TEST_F(StoreDatabase, RollbackAfterAnExceptionLeavesNothing) {
    EXPECT_THROW(
        {
            Transaction transaction(db);
            db.exec("INSERT INTO t (text) VALUES ('gone')");
            db.exec("INSERT INTO t (id) VALUES (1)");  // the same primary key again
        },
        store_error);
    EXPECT_TRUE(db.autocommit());
    EXPECT_EQ(count_rows(), 0);
}

TEST(StoreDatabaseFile, SecondWriterIsToldTheDatabaseIsLocked) {
    TempDb file;
    Database first(file.path(), Access::read_write_create);
    first.exec("PRAGMA journal_mode = WAL; CREATE TABLE t (x)");
    Database second(file.path(), Access::read_write);
    second.set_busy_timeout(0);
    Transaction writing(first);
    expect_store_error([&] { Transaction waiting(second); },
                       file.path() + ": database is locked (another glossgraph is writing?)", SQLITE_BUSY);
}

TEST(StoreDatabaseFile, MissingFileOpenedWithoutCreateNamesIt) {
    TempDb file;
    expect_store_error([&] { Database db(file.path(), Access::read_write); },
                       file.path() + ": unable to open database file");
}

// SQLite would open these as a temporary or an in-memory database, storing nothing.
TEST(StoreDatabaseFile, NamesThatAreNoFileAreRefused) {
    expect_store_error([] { Database db("", Access::read_write_create); },
                       "'': an empty name makes SQLite use a temporary database", SQLITE_CANTOPEN);
    for (const char* uri : {"file:x.db?mode=memory", "file:x.db", "file::memory:"}) {
        expect_store_error([&] { Database db(uri, Access::read_write_create); },
                           std::string("'") + uri + "': a name starting with 'file:' is a SQLite URI", SQLITE_CANTOPEN);
    }
    EXPECT_FALSE(std::filesystem::exists("x.db"));
}

TEST(StoreDatabaseFile, AFileNamedLikeAUriIsReachedThroughItsFolder) {
    TempDb file;
    const std::filesystem::path path(file.path());
    const std::string literal = (path.parent_path() / ("file:" + path.filename().string())).string();
    {
        Database db(literal, Access::read_write_create);
        db.exec("CREATE TABLE t (x)");
    }
    EXPECT_TRUE(std::filesystem::exists(literal));
    std::filesystem::remove(literal);
}

TEST(StoreDatabaseFile, TextFileFailsAtFirstRead) {
    TempDb file(".txt");
    std::ofstream(file.path()) << "这不是数据库，是一份政府工作报告。\n";
    Database db(file.path(), Access::read_write);
    expect_store_error([&] { db.exec("PRAGMA user_version"); },
                       file.path() + ": file is not a database (expected a glossgraph database)",
                       SQLITE_NOTADB);
}

}  // namespace
}  // namespace glossgraph
