// `faultline serve` keeps answering while `faultline scan` writes to the same database: the
// test scans a small repository, starts the real server on it, then scans a larger repository
// into the same file while polling /api/stats and /api/examples every few milliseconds. Every
// answer during the scan must be HTTP 200 with well-formed JSON whose counts never go
// backwards and stay between the before and after totals; afterwards /api/stats shows the new
// counts and /api/examples shows the new repository's code.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "tests/support/db_query.h"
#include "tests/support/http_get.h"
#include "tests/support/process.h"
#include "tests/support/test_repo.h"

namespace faultline {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::TestRepo;

constexpr int64_t k_t0 = 1700000000;

// `commits` commits of Python services that log and retry, touching `files` files each time.
void build_history(TestRepo& repo, const std::string& prefix, int commits, int files) {
  for (int c = 0; c < commits; ++c) {
    for (int k = 0; k < 3; ++k) {
      int file = (c * 7 + k) % files;
      std::string body = "import logging\n\nlogger = logging.getLogger(__name__)\n\n";
      for (int f = 0; f < 8; ++f)
        body += "def " + prefix + "_handler_" + std::to_string(f) +
                "(request):\n    logger.info(\"handled %s in " + std::to_string(c) +
                "\", request.id)\n    return " + std::to_string(c + f) + "\n\n";
      repo.write(prefix + "/module" + std::to_string(file) + ".py", body);
    }
    repo.commit("change " + std::to_string(c), k_t0 + c * 600, "Ada", "ada@example.com");
  }
}

TEST(ChaosServeDuringScan, ServeAnswersEveryPollWhileAScanWritesThenShowsTheNewCounts) {
  fs::path dir = fs::temp_directory_path() / ("faultline-chaosserve-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::path db = dir / "org.db";
  {
    TestRepo small(dir / "small");
    build_history(small, "small", 20, 4);
    TestRepo big(dir / "big");
    build_history(big, "big", 1500, 60);
  }
  auto first =
      testing::run({FAULTLINE_BIN, "scan", "--db", db.string(), "--jobs", "1", (dir / "small").string()});
  ASSERT_EQ(first.exit_code, 0) << first.out << first.err;

  testing::Child server({FAULTLINE_BIN, "serve", "--db", db.string(), "--port", "0"}, dir / "serve.out",
                        dir / "serve.err");
  int port = 0;
  std::regex serving("at http://127\\.0\\.0\\.1:([0-9]+)/");
  for (int i = 0; i < 500 && port == 0; ++i) {
    std::smatch match;
    std::string out = testing::read_file(dir / "serve.out");
    if (std::regex_search(out, match, serving))
      port = std::stoi(match[1]);
    else
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  ASSERT_NE(port, 0) << testing::read_file(dir / "serve.err");

  auto stats = [&] {
    auto answer = testing::http_get(port, "/api/stats");
    EXPECT_EQ(answer.status, 200) << answer.body;
    return json::parse(answer.body, nullptr, false);
  };
  json before = stats();
  ASSERT_EQ(before["commits"], 20);
  ASSERT_EQ(before["repos"], 1);
  auto examples_before = testing::http_get(port, "/api/examples?concept=logging&per_page=100");
  ASSERT_EQ(examples_before.status, 200) << examples_before.body;
  ASSERT_FALSE(json::parse(examples_before.body)["examples"].empty());

  // Scan the big repository into the same database, polling the server throughout.
  int polls = 0;
  std::set<int64_t> commit_counts_seen;
  int64_t last_commits = 20;
  int scan_code = 0;
  {
    testing::Child scan({FAULTLINE_BIN, "scan", "--db", db.string(), "--jobs", "1", (dir / "big").string()},
                        dir / "scan.out", dir / "scan.err");
    auto started = std::chrono::steady_clock::now();
    while (!scan.finished(scan_code)) {
      ASSERT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(120))
          << "scan did not finish";
      auto answer = testing::http_get(port, "/api/stats");
      ASSERT_EQ(answer.status, 200) << "poll " << polls << ": " << answer.body;
      json body = json::parse(answer.body, nullptr, false);
      ASSERT_FALSE(body.is_discarded()) << answer.body;
      int64_t commits = body["commits"];
      EXPECT_GE(commits, last_commits) << "commit count went backwards at poll " << polls;
      EXPECT_LE(commits, 1520);
      last_commits = commits;
      commit_counts_seen.insert(commits);
      auto examples = testing::http_get(port, "/api/examples?concept=logging&per_page=20");
      ASSERT_EQ(examples.status, 200) << "poll " << polls << ": " << examples.body;
      json listed = json::parse(examples.body, nullptr, false);
      ASSERT_FALSE(listed.is_discarded()) << examples.body;
      ASSERT_TRUE(listed["examples"].is_array());
      EXPECT_FALSE(listed["examples"].empty());
      for (const auto& example : listed["examples"]) EXPECT_EQ(example["concept"], "logging");
      ++polls;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  ASSERT_EQ(scan_code, 0) << testing::read_file(dir / "scan.out") << testing::read_file(dir / "scan.err");
  std::cout << polls << " polls of /api/stats and /api/examples during the scan, "
            << commit_counts_seen.size() << " distinct commit counts seen\n";
  EXPECT_GE(polls, 5) << "the scan ended before the server could be polled";
  // Answers came while the scan was committing: the server saw counts between before and after.
  bool saw_progress = false;
  for (int64_t seen : commit_counts_seen) saw_progress = saw_progress || (seen > 20 && seen < 1520);
  EXPECT_TRUE(saw_progress) << commit_counts_seen.size() << " distinct counts over " << polls << " polls";

  json after = stats();
  EXPECT_EQ(after["commits"], 1520);
  EXPECT_EQ(after["repos"], 2);
  EXPECT_EQ(after["findings"], testing::query_int(db, "SELECT count(*) FROM findings"));
  EXPECT_EQ(after["blobs"], testing::query_int(db, "SELECT count(*) FROM blobs"));
  EXPECT_GT(after["findings"].get<int64_t>(), before["findings"].get<int64_t>());
  auto examples_after =
      json::parse(testing::http_get(port, "/api/examples?concept=logging&per_page=100").body);
  bool shows_big = false;
  for (const auto& example : examples_after["examples"])
    shows_big = shows_big || example.value("repo", "") == "big";
  EXPECT_TRUE(shows_big) << "no example from the newly scanned repository";

  server.kill_now();
  server.wait();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace faultline
