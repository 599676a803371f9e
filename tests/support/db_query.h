// One-value reads of a faultline database for tests, through a connection of their own (so a
// test can look at a file another process is writing): query_int for a count, integrity_check
// for SQLite's verdict on the file.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <string>

namespace faultline::testing {

// The first column of the first row of `sql` as an integer; -1 when the file cannot be opened
// or the query fails.
inline int64_t query_int(const std::filesystem::path& db, const std::string& sql) {
  sqlite3* handle = nullptr;
  int64_t value = -1;
  if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(handle, 2000);
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
      value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
  }
  sqlite3_close(handle);
  return value;
}

// "ok", SQLite's first integrity_check complaint, or "cannot open".
inline std::string integrity_check(const std::filesystem::path& db) {
  sqlite3* handle = nullptr;
  std::string result = "cannot open";
  if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
      result = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
  }
  sqlite3_close(handle);
  return result;
}

}  // namespace faultline::testing
