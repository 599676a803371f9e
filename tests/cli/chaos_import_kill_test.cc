// `faultline incidents import` killed with SIGKILL at points the test picks, spread over the
// time an undisturbed import of the same exports takes: after every kill the database passes
// `PRAGMA integrity_check`, and each export is stored whole or not at all (one transaction per
// file); a final import then leaves the incidents table exactly as an undisturbed import does.
// The exports (PagerDuty REST pages, 2,000 and 20,000 incidents) are written by the test.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>

#include "tests/support/db_dump.h"
#include "tests/support/db_query.h"
#include "tests/support/process.h"

namespace faultline {
namespace {

namespace fs = std::filesystem;

class ChaosImportKillTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("faultline-chaosimport-" + std::to_string(::getpid()));
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }

  // A PagerDuty REST page of `count` incidents whose ids start with `prefix`.
  fs::path write_export(const std::string& name, const std::string& prefix, int count) {
    nlohmann::json incidents = nlohmann::json::array();
    const char* services[] = {"payments", "search", "checkout", "ledger", "gateway"};
    for (int i = 0; i < count; ++i) {
      int minute = i * 7;
      char created[32];
      char resolved[32];
      std::snprintf(created, sizeof created, "2024-%02d-%02dT%02d:%02d:00Z", 1 + (i / 2000) % 12,
                    1 + (i / 80) % 28, (minute / 60) % 24, minute % 60);
      std::snprintf(resolved, sizeof resolved, "2024-%02d-%02dT23:59:00Z", 1 + (i / 2000) % 12,
                    1 + (i / 80) % 28);
      incidents.push_back(
          {{"id", prefix + std::to_string(i)},
           {"incident_number", i + 1},
           {"title", "incident " + std::to_string(i) + " on " + services[i % 5]},
           {"status", i % 9 == 0 ? "triggered" : "resolved"},
           {"urgency", i % 3 == 0 ? "high" : "low"},
           {"priority", {{"summary", "P" + std::to_string(1 + i % 5)}}},
           {"service", {{"id", "S" + std::to_string(i % 5)}, {"summary", services[i % 5]}}},
           {"teams", {{{"summary", "team-" + std::to_string(i % 4)}}}},
           {"created_at", created},
           {"resolved_at", i % 9 == 0 ? nlohmann::json(nullptr) : nlohmann::json(resolved)},
           {"incident_key", "key-" + prefix + std::to_string(i)},
           {"html_url", "https://acme.pagerduty.com/incidents/" + prefix + std::to_string(i)}});
    }
    nlohmann::json page = {
        {"incidents", incidents}, {"limit", count}, {"offset", 0}, {"more", false}, {"total", count}};
    fs::path path = m_dir / name;
    std::ofstream(path) << page.dump(1);
    return path;
  }

  std::vector<std::string> import_args(const fs::path& db) const {
    return {FAULTLINE_BIN, "incidents", "import", "--db", db.string(), m_small.string(), m_big.string()};
  }

  fs::path m_dir;
  fs::path m_small;
  fs::path m_big;
};

TEST_F(ChaosImportKillTest, KilledImportsStoreWholeFilesOrNothingAndResumeToTheUndisturbedTable) {
  m_small = write_export("small.json", "PS", 2000);
  m_big = write_export("big.json", "PB", 20000);

  fs::path clean = m_dir / "clean.db";
  auto undisturbed = testing::run(import_args(clean));
  ASSERT_EQ(undisturbed.exit_code, 0) << undisturbed.out << undisturbed.err;
  ASSERT_EQ(testing::query_int(clean, "SELECT count(*) FROM incidents"), 22000);
  double total_ms = undisturbed.seconds * 1000;

  // Kill points: a few right after start, then every tenth of the undisturbed run's time.
  std::vector<int> kill_after_ms = {1, 10, 30};
  for (int tenth = 1; tenth <= 9; ++tenth) kill_after_ms.push_back(static_cast<int>(total_ms * tenth / 10));

  fs::path db = m_dir / "killed.db";
  const std::string small_rows =
      "SELECT count(*) FROM incidents WHERE imported_from = '" + m_small.string() + "'";
  const std::string big_rows =
      "SELECT count(*) FROM incidents WHERE imported_from = '" + m_big.string() + "'";
  std::set<std::pair<int64_t, int64_t>> states_seen;
  int kills = 0;
  for (int after_ms : kill_after_ms) {
    int code = 0;
    {
      testing::Child child(import_args(db), m_dir / "kill.out", m_dir / "kill.err");
      std::this_thread::sleep_for(std::chrono::milliseconds(after_ms));
      if (!child.finished(code)) {
        child.kill_now();
        code = child.wait();
        ++kills;
      }
    }
    SCOPED_TRACE("killed after " + std::to_string(after_ms) + " ms (exit " + std::to_string(code) + ")");
    if (!fs::exists(db)) continue;  // killed before the database was created
    ASSERT_EQ(testing::integrity_check(db), "ok");
    // Killed before the schema was committed: no table yet, so nothing stored.
    bool has_table =
        testing::query_int(db, "SELECT count(*) FROM sqlite_master WHERE name = 'incidents'") == 1;
    int64_t small = has_table ? testing::query_int(db, small_rows) : 0;
    int64_t big = has_table ? testing::query_int(db, big_rows) : 0;
    EXPECT_TRUE(small == 0 || small == 2000) << small << " of small.json's 2,000 incidents stored";
    EXPECT_TRUE(big == 0 || big == 20000) << big << " of big.json's 20,000 incidents stored";
    EXPECT_TRUE(big == 0 || small == 2000) << "big.json stored before small.json";
    states_seen.insert({small, big});
  }
  std::cout << "undisturbed import " << static_cast<int>(total_ms) << " ms; " << kills
            << " kills; states (small, big):";
  for (const auto& [small, big] : states_seen) std::cout << " (" << small << ", " << big << ")";
  std::cout << "\n";
  EXPECT_GE(kills, 6) << "most kill points should land before the import ends";
  // At least one kill landed while big.json was being imported, after small.json committed.
  EXPECT_TRUE(states_seen.count({2000, 0})) << "no kill landed during big.json's import";

  auto resumed = testing::run(import_args(db));
  ASSERT_EQ(resumed.exit_code, 0) << resumed.out << resumed.err;
  EXPECT_EQ(testing::integrity_check(db), "ok");
  auto expected = testing::dump_tables(clean.string());
  auto got = testing::dump_tables(db.string());
  ASSERT_EQ(got["incidents"].size(), 22000u);
  EXPECT_TRUE(got["incidents"] == expected["incidents"])
      << "the incidents table differs from an undisturbed import";
  EXPECT_TRUE(got["services"] == expected["services"]);
}

}  // namespace
}  // namespace faultline
