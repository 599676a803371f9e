// Database: the one SQLite file that holds everything faultline knows (WAL mode).
//
// Opening applies the versioned migrations of schema.cc inside one transaction, so a file is
// always at a known schema version. Statement wraps sqlite3_stmt with typed binds and column
// reads; Transaction commits on commit() and rolls back when destroyed without it.
//
// Thread-safety: a Database (and its Statements) belongs to one thread at a time. Other
// threads open their own Database on the same file; WAL lets readers run beside the writer.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "base/unique_handle.h"

namespace faultline::store {

using SqliteHandle = UniqueHandle<sqlite3, sqlite3_close_v2>;
using SqliteStatementHandle = UniqueHandle<sqlite3_stmt, sqlite3_finalize>;

class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, SqliteStatementHandle handle) : m_db(db), m_handle(std::move(handle)) {}

  // Binds are 1-based like SQLite's. Each returns *this for chaining.
  Statement& bind(int index, int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
  Statement& bind_null(int index);
  template <typename T>
  Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bind_null(index);
  }

  // Advances to the next row: true while a row is available, false when done.
  Result<bool> step();
  // Runs a statement that returns no rows, then resets it for reuse.
  Status run();
  // Runs the statement to its end and returns `column` of every row as text.
  Result<std::vector<std::string>> texts(int column = 0);
  // Makes the statement ready to run again. Bindings stay until bound again: every use binds
  // all of a statement's parameters (clearing them cost a free and a copy per text value).
  void reset();

  bool is_null(int column) const;
  int64_t int64(int column) const;
  double real(int column) const;
  std::string text(int column) const;
  std::optional<std::string> optional_text(int column) const;
  std::optional<int64_t> optional_int64(int column) const;
  std::optional<double> optional_real(int column) const;

 private:
  sqlite3* m_db = nullptr;
  SqliteStatementHandle m_handle;
};

class Database {
 public:
  // Opens (creating when missing) and migrates `path`. `read_only` opens without migrating
  // and fails if the file is missing or older than this build's schema.
  static Result<Database> open(const std::string& path, bool read_only = false);

  Status exec(std::string_view sql);
  Result<Statement> prepare(std::string_view sql);
  // Runs `sql` (a query with one integer column) and returns the first row's value.
  Result<int64_t> query_int(std::string_view sql);
  int64_t last_insert_rowid() const;
  int changes() const;
  const std::string& path() const { return m_path; }
  sqlite3* raw() const { return m_handle.get(); }

  static int schema_version();

 private:
  Database(std::string path, SqliteHandle handle) : m_path(std::move(path)), m_handle(std::move(handle)) {}
  Status migrate();

  std::string m_path;
  SqliteHandle m_handle;
};

class Transaction {
 public:
  // BEGIN IMMEDIATE: takes the write lock at once so a writer never deadlocks on upgrade.
  static Result<Transaction> begin(Database& db);
  Transaction(Transaction&& other) noexcept;
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  ~Transaction();
  Status commit();

 private:
  explicit Transaction(Database* db) : m_db(db) {}
  Database* m_db;
};

}  // namespace faultline::store
