// `faultline scan` of an http:// remote whose server misbehaves: it drops the connection
// half-way through the pack, stalls half-way through it, or accepts and sends nothing. The scan
// must give up within its --network-timeout, retry a bounded number of times (--network-attempts,
// counted at the server), exit 1 naming the repository and the URL, and leave the cache usable:
// once the server is healthy again, a scan succeeds and its database equals a clean scan's.
// The server is git http-backend behind tests/support/git_http_server.py on 127.0.0.1.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/support/db_dump.h"
#include "tests/support/git_http_server.h"
#include "tests/support/process.h"
#include "tests/support/test_repo.h"

namespace faultline {
namespace {

namespace fs = std::filesystem;
using testing::GitHttpServer;
using testing::TestRepo;

constexpr int64_t k_t0 = 1700000000;
const std::string k_pack_request = "POST /origin.git/git-upload-pack";
const std::string k_refs_request = "GET /origin.git/info/refs";

class ChaosNetworkTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("faultline-chaosnet-" + std::to_string(::getpid()) + "-" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_dir);
    fs::create_directories(m_dir / "root");
    m_origin = std::make_unique<TestRepo>(m_dir / "root" / "origin.git", true);
    add_commits(0, 12);
    m_server = std::make_unique<GitHttpServer>(m_dir / "root", m_dir / "server");
    ASSERT_NE(m_server->port(), 0) << "the test's git HTTP server did not start";
    m_url = m_server->url("origin.git");
  }
  void TearDown() override {
    m_server.reset();
    m_origin.reset();
    fs::remove_all(m_dir);
  }

  // Commits [from, to) to the origin: Python files with enough text for a pack of some size.
  void add_commits(int from, int to) {
    for (int c = from; c < to; ++c) {
      std::string body;
      for (int f = 0; f < 40; ++f)
        body += "def handler_" + std::to_string(f) + "_" + std::to_string(c) +
                "(request):\n    logger.info(\"handled %s\", request.id)\n    return " +
                std::to_string(c * f) + "\n\n";
      m_origin->write("svc/module" + std::to_string(c % 5) + ".py", body);
      m_origin->commit("change " + std::to_string(c), k_t0 + c * 3600, "Ada", "ada@example.com");
    }
  }

  testing::RunResult scan(const fs::path& db, const fs::path& cache, const std::string& timeout = "1",
                          const std::string& attempts = "3") {
    return testing::run({FAULTLINE_BIN, "scan", "--db", db.string(), "--cache", cache.string(), "--jobs", "2",
                         "--network-timeout", timeout, "--network-attempts", attempts, m_url},
                        std::chrono::seconds(60));
  }

  // The database of an undisturbed scan of the origin as it is now, from an empty cache.
  std::map<std::string, std::vector<std::string>> clean_scan(const std::string& name) {
    auto db = m_dir / (name + ".db");
    auto result = scan(db, m_dir / (name + "-cache"));
    EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
    return without_errors(testing::dump_tables(db.string()));
  }

  static std::map<std::string, std::vector<std::string>> without_errors(
      std::map<std::string, std::vector<std::string>> tables) {
    tables.erase("scan_errors");
    return tables;
  }

  // Table by table, naming the first row that differs (the whole dump is too long to print).
  static void expect_same_tables(const std::map<std::string, std::vector<std::string>>& got,
                                 const std::map<std::string, std::vector<std::string>>& expected) {
    for (const auto& [table, rows] : expected) {
      auto found = got.find(table);
      ASSERT_NE(found, got.end()) << table;
      if (found->second == rows) continue;
      ADD_FAILURE() << "table " << table << ": " << found->second.size() << " rows, a clean scan has "
                    << rows.size();
      for (size_t i = 0; i < std::min(rows.size(), found->second.size()); ++i)
        if (rows[i] != found->second[i]) {
          ADD_FAILURE() << "first difference in " << table << ":\n got      "
                        << found->second[i].substr(0, 300) << "\n expected " << rows[i].substr(0, 300);
          break;
        }
    }
    EXPECT_EQ(got.size(), expected.size());
  }

  static void expect_failure_named(const testing::RunResult& result, const std::string& url,
                                   const std::string& why) {
    EXPECT_EQ(result.exit_code, 1) << result.out << result.err;
    EXPECT_NE(result.out.find("origin: FAILED: repository origin:"), std::string::npos) << result.out;
    EXPECT_NE(result.out.find(url), std::string::npos) << result.out;
    EXPECT_NE(result.out.find(why), std::string::npos) << result.out;
  }

  fs::path m_dir;
  std::unique_ptr<TestRepo> m_origin;
  std::unique_ptr<GitHttpServer> m_server;
  std::string m_url;
};

TEST_F(ChaosNetworkTest, CloneDroppedMidPackIsRetriedThreeTimesThenFailsAndLeavesNothingBehind) {
  m_server->set_mode("drop");
  auto failed = scan(m_dir / "a.db", m_dir / "cache", "5", "3");
  expect_failure_named(failed, m_url, "(after 3 attempts)");
  EXPECT_EQ(m_server->requests(k_pack_request), 3);
  EXPECT_GE(failed.seconds, 1.5);  // backoff 0.5 s, then 1 s
  EXPECT_TRUE(fs::is_empty(m_dir / "cache")) << "a failed clone left files in the cache";
  EXPECT_EQ(testing::dump_tables((m_dir / "a.db").string())["scan_errors"].size(), 1u);

  m_server->set_mode("healthy");
  auto healed = scan(m_dir / "a.db", m_dir / "cache");
  ASSERT_EQ(healed.exit_code, 0) << healed.out << healed.err;
  EXPECT_NE(healed.out.find("12 new commits"), std::string::npos) << healed.out;
  expect_same_tables(without_errors(testing::dump_tables((m_dir / "a.db").string())), clean_scan("clean"));
}

TEST_F(ChaosNetworkTest, CloneStalledMidPackTimesOutOnEachAttempt) {
  m_server->set_mode("stall");
  auto failed = scan(m_dir / "a.db", m_dir / "cache", "1", "2");
  expect_failure_named(failed, m_url, "timed out after 1 s waiting for data from 127.0.0.1:");
  EXPECT_NE(failed.out.find("(after 2 attempts)"), std::string::npos) << failed.out;
  EXPECT_EQ(m_server->requests(k_pack_request), 2);
  EXPECT_GE(failed.seconds, 2.5);  // two waits of 1 s and a backoff of 0.5 s
  EXPECT_LT(failed.seconds, 15.0);
  EXPECT_TRUE(fs::is_empty(m_dir / "cache"));

  m_server->set_mode("healthy");
  auto healed = scan(m_dir / "a.db", m_dir / "cache");
  ASSERT_EQ(healed.exit_code, 0) << healed.out << healed.err;
  expect_same_tables(without_errors(testing::dump_tables((m_dir / "a.db").string())), clean_scan("clean"));
}

TEST_F(ChaosNetworkTest, FetchIntoTheCacheFromAServerThatSendsNothingTimesOutAndTheCacheStillWorks) {
  auto first = scan(m_dir / "a.db", m_dir / "cache");
  ASSERT_EQ(first.exit_code, 0) << first.out << first.err;
  ASSERT_EQ(scan(m_dir / "ref.db", m_dir / "ref-cache").exit_code, 0);  // the undisturbed twin
  add_commits(12, 20);
  ASSERT_EQ(scan(m_dir / "ref.db", m_dir / "ref-cache").exit_code, 0);

  m_server->set_mode("stall-all");
  int refs_before = m_server->requests(k_refs_request);
  auto failed = scan(m_dir / "a.db", m_dir / "cache", "1", "2");
  expect_failure_named(failed, m_url, "timed out after 1 s waiting for data from 127.0.0.1:");
  EXPECT_NE(failed.out.find("fetch " + m_url), std::string::npos) << failed.out;
  EXPECT_EQ(m_server->requests(k_refs_request) - refs_before, 2);
  EXPECT_LT(failed.seconds, 15.0);

  m_server->set_mode("drop");
  auto dropped = scan(m_dir / "a.db", m_dir / "cache", "5", "2");
  expect_failure_named(dropped, m_url, "(after 2 attempts)");

  m_server->set_mode("healthy");
  auto healed = scan(m_dir / "a.db", m_dir / "cache");
  ASSERT_EQ(healed.exit_code, 0) << healed.out << healed.err;
  EXPECT_NE(healed.out.find("8 new commits (20 reachable)"), std::string::npos) << healed.out;
  auto healed_tables = without_errors(testing::dump_tables((m_dir / "a.db").string()));
  expect_same_tables(healed_tables, without_errors(testing::dump_tables((m_dir / "ref.db").string())));
  // Against a clean scan of the final history, only blob_text differs: an incremental scan
  // keeps the snippet texts of the first head's blobs too (the scanner's choice, not a fault).
  auto clean = clean_scan("clean");
  healed_tables.erase("blob_text");
  clean.erase("blob_text");
  expect_same_tables(healed_tables, clean);
}

}  // namespace
}  // namespace faultline
