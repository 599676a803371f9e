#include "store/database.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "store/stats.h"

namespace faultline::store {
namespace {

std::string temp_db(const char* name) {
  auto dir = std::filesystem::temp_directory_path() / ("faultline-store-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto path = dir / name;
  std::filesystem::remove(path);
  return path.string();
}

TEST(Database, OpensMigratesAndUsesWal) {
  std::string path = temp_db("fresh.db");
  auto db = Database::open(path);
  ASSERT_TRUE(db.ok()) << db.error().message();
  EXPECT_EQ(*db->query_int("PRAGMA user_version"), Database::schema_version());
  auto mode = db->prepare("PRAGMA journal_mode");
  ASSERT_TRUE(mode.ok());
  ASSERT_TRUE(*mode->step());
  EXPECT_EQ(mode->text(0), "wal");
}

TEST(Database, ReopeningKeepsDataAndDoesNotRemigrate) {
  std::string path = temp_db("reopen.db");
  {
    auto db = Database::open(path);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(db->exec("INSERT INTO repos(name, url) VALUES ('payments', '/srv/payments')").ok());
  }
  auto db = Database::open(path);
  ASSERT_TRUE(db.ok()) << db.error().message();
  auto counts = count_everything(*db);
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->rows[0], (std::pair<std::string, int64_t>{"repos", 1}));
}

TEST(Database, TransactionRollsBackUnlessCommitted) {
  auto db = Database::open(temp_db("tx.db"));
  ASSERT_TRUE(db.ok());
  {
    auto tx = Transaction::begin(*db);
    ASSERT_TRUE(tx.ok());
    ASSERT_TRUE(db->exec("INSERT INTO repos(name, url) VALUES ('a', 'a')").ok());
  }
  EXPECT_EQ(*db->query_int("SELECT count(*) FROM repos"), 0);
  {
    auto tx = Transaction::begin(*db);
    ASSERT_TRUE(db->exec("INSERT INTO repos(name, url) VALUES ('b', 'b')").ok());
    ASSERT_TRUE(tx->commit().ok());
  }
  EXPECT_EQ(*db->query_int("SELECT count(*) FROM repos"), 1);
}

TEST(Database, ReadOnlyOpenOfMissingFileNamesIt) {
  auto db = Database::open("/nonexistent/dir/x.db", /*read_only=*/true);
  ASSERT_FALSE(db.ok());
  EXPECT_NE(db.error().message().find("/nonexistent/dir/x.db"), std::string::npos);
}

TEST(Database, NewerSchemaIsRefusedWithItsVersion) {
  std::string path = temp_db("newer.db");
  {
    auto db = Database::open(path);
    ASSERT_TRUE(db->exec("PRAGMA user_version=999").ok());
  }
  auto db = Database::open(path);
  ASSERT_FALSE(db.ok());
  EXPECT_NE(db.error().message().find("999"), std::string::npos);
}

}  // namespace
}  // namespace faultline::store
