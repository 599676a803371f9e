// Dumps every table of a faultline database as sorted text rows, for tests that compare two
// databases table by table. Columns that record wall-clock time (repos.scanned_at,
// scan_errors.at, models.created_at) are left out.
#pragma once

#include <sqlite3.h>

#include <map>
#include <string>
#include <vector>

namespace faultline::testing {

inline std::map<std::string, std::vector<std::string>> dump_tables(const std::string& path) {
  std::map<std::string, std::vector<std::string>> out;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    sqlite3_close(db);
    out["<error>"].push_back("cannot open " + path);
    return out;
  }
  std::vector<std::string> tables;
  sqlite3_stmt* list = nullptr;
  sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1, &list,
                     nullptr);
  while (sqlite3_step(list) == SQLITE_ROW)
    tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(list, 0)));
  sqlite3_finalize(list);
  for (const auto& table : tables) {
    sqlite3_stmt* rows = nullptr;
    sqlite3_prepare_v2(db, ("SELECT * FROM \"" + table + "\"").c_str(), -1, &rows, nullptr);
    int columns = sqlite3_column_count(rows);
    auto& dumped = out[table];
    while (sqlite3_step(rows) == SQLITE_ROW) {
      std::string line;
      for (int c = 0; c < columns; ++c) {
        std::string name = sqlite3_column_name(rows, c);
        if (name == "scanned_at" || name == "at" || (name == "created_at" && table == "models")) continue;
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_blob(rows, c));
        line += name + "=" +
                (sqlite3_column_type(rows, c) == SQLITE_NULL
                     ? "NULL"
                     : std::string(text ? text : "", sqlite3_column_bytes(rows, c))) +
                "|";
      }
      dumped.push_back(line);
    }
    sqlite3_finalize(rows);
    std::sort(dumped.begin(), dumped.end());
  }
  sqlite3_close(db);
  return out;
}

}  // namespace faultline::testing
