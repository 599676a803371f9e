// `faultline scan` and `faultline stats` as a user runs them: the real binary on repositories
// the test builds, killed with SIGKILL at points the test picks, and on hostile repositories.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "tests/support/db_dump.h"
#include "tests/support/db_query.h"
#include "tests/support/process.h"
#include "tests/support/test_repo.h"

namespace faultline {
namespace {

namespace fs = std::filesystem;
using testing::TestRepo;

constexpr int64_t k_t0 = 1700000000;

class ScanCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("faultline-scancli-" + std::to_string(::getpid()) + "-" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }

  testing::RunResult faultline(std::vector<std::string> args) {
    args.insert(args.begin(), FAULTLINE_BIN);
    return testing::run(args);
  }

  // A history of `commits` commits over a dozen Python and Java files, with a merge.
  void build_history(TestRepo& repo, int commits) {
    for (int c = 0; c < commits; ++c) {
      for (int k = 0; k < 3; ++k) {
        int file = (c * 5 + k * 7) % 12;
        std::string body;
        for (int f = 0; f < 6; ++f)
          body += "def handler_" + std::to_string(f) +
                  "(request):\n    logger.info(\"handled %s\", request.id)\n    return " +
                  std::to_string(c + f) + "\n\n";
        repo.write("svc/module" + std::to_string(file) + ".py", body);
      }
      if (c == commits / 2) repo.branch("side");
      if (c == commits / 2 + 2) {
        repo.switch_to("main");
        repo.write("svc/Side.java", "class Side {\n  void run() {\n    log.info(\"side {}\", 1);\n  }\n}\n");
        repo.commit("merge side", k_t0 + c * 3600, "Ada", "ada@example.com", 0, {repo.tip("side")});
        continue;
      }
      repo.commit("change " + std::to_string(c), k_t0 + c * 3600, c % 2 ? "Ada" : "Bob",
                  c % 2 ? "ada@example.com" : "bob@example.com");
    }
  }

  fs::path m_dir;
};

TEST_F(ScanCliTest, ScanThenStatsCountsWhatWasStored) {
  TestRepo repo(m_dir / "repo");
  build_history(repo, 12);
  auto scan = faultline({"scan", "--db", (m_dir / "a.db").string(), "--json", repo.dir().string()});
  ASSERT_EQ(scan.exit_code, 0) << scan.err;
  auto summary = nlohmann::json::parse(scan.out);
  EXPECT_EQ(summary[0]["repo"], "repo");
  EXPECT_EQ(summary[0]["commits_new"], 12);
  auto stats = faultline({"stats", "--db", (m_dir / "a.db").string(), "--json"});
  ASSERT_EQ(stats.exit_code, 0) << stats.err;
  auto counts = nlohmann::json::parse(stats.out);
  EXPECT_EQ(counts["repos"], 1);
  EXPECT_EQ(counts["commits"], 12);
  EXPECT_EQ(counts["commits"], testing::query_int(m_dir / "a.db", "SELECT count(*) FROM commits"));
  EXPECT_GT(counts["findings"].get<int64_t>(), 0);
}

TEST_F(ScanCliTest, KilledAtManyPointsThenResumedEqualsAnUndisturbedScan) {
  TestRepo repo(m_dir / "repo");
  build_history(repo, 60);
  fs::path clean = m_dir / "clean.db";
  ASSERT_EQ(faultline({"scan", "--db", clean.string(), "--jobs", "2", repo.dir().string()}).exit_code, 0);
  auto expected = testing::dump_tables(clean.string());

  fs::path db = m_dir / "killed.db";
  // Kill points: after a delay (during start-up, migration or the first batch), then once the
  // database holds at least k commits.
  std::vector<int> delays_ms = {0, 3, 15, 40};
  std::vector<int64_t> thresholds = {1, 9, 23, 41, 57};
  int kills = 0;
  auto scan_args = std::vector<std::string>{FAULTLINE_BIN,      "scan", "--db", db.string(), "--jobs", "2",
                                            repo.dir().string()};
  for (size_t point = 0; point < delays_ms.size() + thresholds.size(); ++point) {
    testing::Child child(scan_args, m_dir / "out", m_dir / "err");
    int code = 0;
    bool ended = false;
    if (point < delays_ms.size()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(delays_ms[point]));
    } else {
      int64_t threshold = thresholds[point - delays_ms.size()];
      auto started = std::chrono::steady_clock::now();
      while (!(ended = child.finished(code)) &&
             testing::query_int(db, "SELECT count(*) FROM commits") < threshold &&
             std::chrono::steady_clock::now() - started < std::chrono::seconds(60))
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    if (!ended) {
      child.kill_now();
      child.wait();
      ++kills;
    }
    if (fs::exists(db)) {
      EXPECT_EQ(testing::integrity_check(db), "ok") << "after kill point " << point;
    }
  }
  EXPECT_GE(kills, 3);
  auto resumed = faultline({"scan", "--db", db.string(), "--jobs", "2", repo.dir().string()});
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  EXPECT_EQ(testing::integrity_check(db), "ok");
  EXPECT_EQ(testing::dump_tables(db.string()), expected);
}

TEST_F(ScanCliTest, HostileRepositoryIsScannedWithProblemsNamed) {
  TestRepo repo(m_dir / "hostile");
  repo.write("big/huge.bin", std::string(50 << 20, 'x'));
  repo.write("nul.py", std::string(4096, '\0'));
  repo.write("oneline.js", "var a = " + std::string(100000, '1') + ";\n");
  // Nested 10,000 levels deep, one level a line (so it is not taken for minified code).
  std::string deep = "x = ";
  for (int i = 0; i < 10000; ++i) deep += "[\n";
  for (int i = 0; i < 10000; ++i) deep += "]\n";
  repo.write("deep.py", deep);
  std::string nested_java = "class Deep {\n  void run() {\n";
  for (int i = 0; i < 10000; ++i) nested_java += "{\n";
  for (int i = 0; i < 10000; ++i) nested_java += "}\n";
  nested_java += "\n  }\n}\n";
  repo.write("Deep.java", nested_java);
  repo.write("bad\xff\xfename.py", "def f():\n    return 1\n");
  repo.symlink("loop/a", "b");
  repo.symlink("loop/b", "a");
  repo.commit("ancient \xff\xfe message", 0, "Bad \xc3\x28 Name", "bad@example.com");
  repo.write("later.py", "def later():\n    return 2\n");
  repo.commit("from the future", 4102444800);  // 2100-01-01
  auto scan = faultline({"scan", "--db", (m_dir / "h.db").string(), "--json", repo.dir().string()});
  ASSERT_EQ(scan.exit_code, 0) << scan.err;
  EXPECT_LT(scan.seconds, 120);
  auto summary = nlohmann::json::parse(scan.out);
  EXPECT_EQ(summary[0]["commits_new"], 2);
  EXPECT_EQ(summary[0]["skipped"]["too-large"], 1);
  EXPECT_EQ(summary[0]["skipped"]["binary"], 1);
  EXPECT_EQ(summary[0]["skipped"]["minified"], 1);
  EXPECT_EQ(summary[0]["skipped"]["symlink"], 2);
  EXPECT_EQ(testing::query_int(m_dir / "h.db", "SELECT count(*) FROM commits WHERE author_time = 0"), 1);
  EXPECT_EQ(
      testing::query_int(m_dir / "h.db", "SELECT count(*) FROM commits WHERE committer_time = 4102444800"),
      1);
  EXPECT_EQ(testing::integrity_check(m_dir / "h.db"), "ok");
}

TEST_F(ScanCliTest, CorruptObjectIsNamedAndOtherRepositoriesGoOn) {
  TestRepo broken(m_dir / "broken");
  broken.write("a.py", "def a():\n    return 1\n");
  broken.commit("one", k_t0);
  broken.write("b.py", "def b():\n    return 2\n");
  broken.commit("two", k_t0 + 60);
  // Corrupt the loose object of b.py's blob.
  git_oid blob_oid;
  std::string content = "def b():\n    return 2\n";
  git_odb_hash(&blob_oid, content.data(), content.size(), GIT_OBJECT_BLOB);
  char hex[GIT_OID_HEXSZ + 1];
  git_oid_tostr(hex, sizeof hex, &blob_oid);
  fs::path object = m_dir / "broken" / ".git" / "objects" / std::string(hex, 2) / std::string(hex + 2);
  ASSERT_TRUE(fs::exists(object));
  fs::permissions(object, fs::perms::owner_write, fs::perm_options::add);
  std::ofstream(object, std::ios::binary | std::ios::trunc) << "garbage, not zlib";
  TestRepo good(m_dir / "good");
  good.write("g.py", "x = 1\n");
  good.commit("good", k_t0);

  auto scan =
      faultline({"scan", "--db", (m_dir / "c.db").string(), broken.dir().string(), good.dir().string()});
  EXPECT_EQ(scan.exit_code, 1) << scan.out << scan.err;
  EXPECT_NE(scan.out.find("broken: FAILED"), std::string::npos) << scan.out;
  EXPECT_NE(scan.out.find(hex), std::string::npos) << scan.out;
  EXPECT_EQ(testing::query_int(
                m_dir / "c.db",
                "SELECT count(*) FROM commits c JOIN repos r ON r.id = c.repo_id WHERE r.name = 'good'"),
            1);
  // What could be read before the bad object stays stored.
  EXPECT_EQ(testing::query_int(
                m_dir / "c.db",
                "SELECT count(*) FROM commits c JOIN repos r ON r.id = c.repo_id WHERE r.name = 'broken'"),
            1);
  EXPECT_EQ(testing::query_int(m_dir / "c.db", "SELECT count(*) FROM scan_errors WHERE repo_name = 'broken'"),
            1);
}

TEST_F(ScanCliTest, BadUsageExitsTwo) {
  EXPECT_EQ(faultline({"scan"}).exit_code, 2);
  auto missing_manifest =
      faultline({"scan", "--db", (m_dir / "m.db").string(), (m_dir / "nope.json").string()});
  EXPECT_EQ(missing_manifest.exit_code, 1);
  std::ofstream(m_dir / "bad.json") << "{\"repositories\": [ {\"name\": 3} ]";
  auto bad_manifest = faultline({"scan", "--db", (m_dir / "m.db").string(), (m_dir / "bad.json").string()});
  EXPECT_EQ(bad_manifest.exit_code, 2);
  EXPECT_NE(bad_manifest.err.find("bad.json"), std::string::npos) << bad_manifest.err;
}

}  // namespace
}  // namespace faultline
