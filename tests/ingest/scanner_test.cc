// The scanner on real repositories that the tests build with libgit2, into real SQLite files.
#include "ingest/scanner.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "analyzer/classifier.h"
#include "ingest/git_handles.h"
#include "store/database.h"
#include "tests/support/db_dump.h"
#include "tests/support/test_repo.h"

namespace faultline::ingest {
namespace {

namespace fs = std::filesystem;
using faultline::testing::TestRepo;

constexpr int64_t k_day = 86400;
constexpr int64_t k_t0 = 1700000000;

class ScannerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("faultline-scan-" + std::to_string(::getpid()) + "-" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
    auto concepts = analyzer::load_concepts();
    ASSERT_TRUE(concepts.ok()) << concepts.error().message();
    m_concepts = *concepts;
  }
  void TearDown() override { fs::remove_all(m_dir); }

  // Scans `targets` into the database at `db_name`; returns the summaries.
  std::vector<RepoSummary> scan(const std::string& db_name, const std::vector<std::string>& targets,
                                ScanOptions options = {}) {
    auto db = store::Database::open((m_dir / db_name).string());
    EXPECT_TRUE(db.ok()) << db.error().message();
    if (options.cache_dir.empty()) options.cache_dir = (m_dir / "cache").string();
    auto resolved = resolve_targets(targets);
    EXPECT_TRUE(resolved.ok()) << resolved.error().message();
    Scanner scanner(*db, options, m_concepts);
    auto summaries = scanner.scan(*resolved);
    EXPECT_TRUE(summaries.ok()) << summaries.error().message();
    return summaries.ok() ? *summaries : std::vector<RepoSummary>{};
  }

  int64_t query(const std::string& db_name, const std::string& sql) {
    auto db = store::Database::open((m_dir / db_name).string());
    auto value = db->query_int(sql);
    EXPECT_TRUE(value.ok()) << sql << ": " << value.error().message();
    return value.ok() ? *value : -1;
  }

  std::string text(const std::string& db_name, const std::string& sql) {
    auto db = store::Database::open((m_dir / db_name).string());
    auto statement = db->prepare(sql);
    EXPECT_TRUE(statement.ok()) << sql;
    auto row = statement->step();
    return row.ok() && *row ? statement->text(0) : "<none>";
  }

  // A history touching every kind of entry the scanner must handle.
  std::string build_varied_history(TestRepo& repo) {
    repo.write("src/App.java", "class App {\n  void run() {\n    int x = 1;\n  }\n}\n");
    repo.write("README.md", "# app\n");
    repo.commit("initial", k_t0);
    repo.write("src/App.java", "class App {\n  void run() {\n    int x = 2;\n    int y = 3;\n  }\n}\n");
    repo.commit("edit", k_t0 + k_day);
    repo.rename("README.md", "docs/README.md");
    repo.commit("move readme", k_t0 + 2 * k_day);
    repo.write("assets/logo.png", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + std::string(64, '\0'));
    repo.symlink("latest", "src/App.java");
    repo.write("vendor/lib/dep.py", "def f():\n    return 1\n");
    repo.write("caf\xe9/na\xefve.py", "x = 1\n");
    repo.commit("binary, symlink, vendored, non-UTF-8 path", k_t0 + 3 * k_day, "Bob", "bob@example.com", 120);
    repo.submodule("third/sub", "0123456789abcdef0123456789abcdef01234567");
    repo.commit("submodule entry", k_t0 + 4 * k_day);
    repo.commit("empty commit", k_t0 + 5 * k_day);
    repo.write("big.txt", std::string(3000, 'a') + "\n");
    repo.commit("big blob", k_t0 + 6 * k_day);
    repo.branch("feature");
    repo.write("src/Feature.py", "def feature():\n    return 42\n");
    std::string feature_tip = repo.commit("feature work", k_t0 + 7 * k_day, "Carol", "carol@example.com");
    repo.switch_to("main");
    repo.remove("src/App.java");
    repo.commit("delete app", k_t0 + 8 * k_day);
    repo.write("src/Feature.py", "def feature():\n    return 42\n");
    return repo.commit("merge feature", k_t0 + 9 * k_day, "Ada Lovelace", "ada@example.com", 0,
                       {feature_tip});
  }

  fs::path m_dir;
  std::shared_ptr<const analyzer::ConceptSet> m_concepts;
};

TEST_F(ScannerTest, RecordsEveryCommitChangeAndBlobOfAVariedHistory) {
  TestRepo repo(m_dir / "varied");
  std::string merge = build_varied_history(repo);
  ScanOptions options;
  options.max_blob_bytes = 2000;
  auto summaries = scan("varied.db", {repo.dir().string()}, options);
  ASSERT_EQ(summaries.size(), 1u);
  EXPECT_TRUE(summaries[0].ok) << summaries[0].error;
  EXPECT_EQ(summaries[0].commits_new, 10);

  EXPECT_EQ(query("varied.db", "SELECT count(*) FROM commits"), 10);
  // First-parent chain: 9 commits on main (feature work is off the chain).
  EXPECT_EQ(query("varied.db", "SELECT count(*) FROM commits WHERE first_parent_index IS NOT NULL"), 9);
  EXPECT_EQ(query("varied.db", "SELECT first_parent_index FROM commits WHERE oid = '" + merge + "'"), 8);
  EXPECT_NE(
      text("varied.db", "SELECT parents FROM commits WHERE oid = '" + merge + "'").find(repo.tip("feature")),
      std::string::npos);
  // The merge is recorded with its first-parent diff: the feature file arrives.
  EXPECT_EQ(text("varied.db",
                 "SELECT c.status || ' ' || c.path FROM changes c JOIN commits m ON m.id = c.commit_id WHERE "
                 "m.oid = '" +
                     merge + "'"),
            "A src/Feature.py");
  // Edit: lines added and deleted.
  EXPECT_EQ(text("varied.db",
                 "SELECT c.lines_added || '+' || c.lines_deleted || '-' FROM changes c JOIN commits m ON "
                 "m.id = c.commit_id WHERE m.subject = 'edit'"),
            "2+1-");
  // Rename with its old path.
  EXPECT_EQ(
      text("varied.db", "SELECT status || ' ' || old_path || ' -> ' || path FROM changes WHERE status = 'R'"),
      "R README.md -> docs/README.md");
  // Deletion.
  EXPECT_EQ(text("varied.db", "SELECT status FROM changes WHERE path = 'src/App.java' AND new_blob IS NULL"),
            "D");
  // Binary blob, symlink, submodule entry, vendored path, blob over the limit.
  EXPECT_EQ(
      text(
          "varied.db",
          "SELECT b.skip FROM blobs b JOIN changes c ON c.new_blob = b.oid WHERE c.path = 'assets/logo.png'"),
      "binary");
  EXPECT_EQ(text("varied.db", "SELECT skip FROM changes WHERE path = 'latest'"), "symlink");
  EXPECT_EQ(text("varied.db", "SELECT skip FROM changes WHERE path = 'third/sub'"), "submodule");
  EXPECT_EQ(text("varied.db", "SELECT skip FROM changes WHERE path = 'vendor/lib/dep.py'"), "vendored");
  EXPECT_EQ(
      query("varied.db",
            "SELECT count(*) FROM blobs b JOIN changes c ON c.new_blob = b.oid WHERE c.path LIKE 'vendor/%'"),
      0);
  EXPECT_EQ(text("varied.db",
                 "SELECT b.skip FROM blobs b JOIN changes c ON c.new_blob = b.oid WHERE c.path = 'big.txt'"),
            "too-large");
  EXPECT_EQ(summaries[0].skipped["too-large"], 1);
  EXPECT_EQ(summaries[0].skipped["vendored"], 1);
  // Non-UTF-8 path stored byte for byte.
  EXPECT_EQ(query("varied.db",
                  "SELECT count(*) FROM changes WHERE path = CAST(X'636166E92F6E61EF76652E7079' AS TEXT)"),
            1);
  // Empty commit.
  EXPECT_EQ(query("varied.db", "SELECT files_changed FROM commits WHERE subject = 'empty commit'"), 0);
  // Author times and offsets.
  EXPECT_EQ(query("varied.db", "SELECT author_offset FROM commits WHERE author_name = 'Bob'"), 120);
  EXPECT_EQ(query("varied.db", "SELECT author_time FROM commits WHERE subject = 'initial'"), k_t0);
  // Languages detected for the analysed files.
  EXPECT_EQ(text("varied.db",
                 "SELECT b.language FROM blobs b JOIN changes c ON c.new_blob = b.oid WHERE c.path = "
                 "'src/Feature.py'"),
            "python");
  // Head tree: what examples are drawn from.
  EXPECT_EQ(query("varied.db", "SELECT count(*) FROM repo_files"), 5);
  EXPECT_EQ(text("varied.db", "SELECT head_oid FROM repos"), merge);
}

TEST_F(ScannerTest, SnapshotTotalsFollowTheDiffs) {
  TestRepo repo(m_dir / "snap");
  repo.write("a.py", "def a():\n    return 1\n\ndef b():\n    return 2\n");
  repo.commit("one", k_t0);
  repo.write("b.py", "def c():\n    return 3\n");
  repo.commit("two", k_t0 + k_day);
  repo.remove("a.py");
  repo.commit("three", k_t0 + 2 * k_day);
  scan("snap.db", {repo.dir().string()});
  auto files = [&](const char* subject) {
    return query("snap.db",
                 std::string("SELECT s.files * 1000 + s.code_lines FROM commit_snapshot s JOIN commits c ON "
                             "c.id = s.commit_id WHERE s.scope = '' AND c.subject = '") +
                     subject + "'");
  };
  EXPECT_EQ(files("one"), 1005);
  EXPECT_EQ(files("two"), 2007);
  EXPECT_EQ(files("three"), 1002);
}

// A concept added, degraded, restored and removed: per-commit metrics follow it, and each
// distinct blob is parsed once however often it appears.
TEST_F(ScannerTest, PerCommitMetricsFollowAConceptAndEachBlobIsParsedOnce) {
  const std::string good =
      "import logging\n\nlog = logging.getLogger(__name__)\n\n\n"
      "def report_failure(order_id, error):\n"
      "    log.error(\"order %s failed\", order_id, extra={\"order_id\": order_id}, exc_info=error)\n";
  const std::string bad =
      "def report_failure(order_id, error):\n"
      "    print(\"order \" + order_id + \" failed: \" + str(error))\n";
  TestRepo repo(m_dir / "concept");
  repo.write("svc/report.py", "def report_failure(order_id, error):\n    return None\n");
  repo.commit("no logging", k_t0);
  repo.write("svc/report.py", good);
  repo.commit("adopt structured logging", k_t0 + k_day);
  repo.write("svc/report.py", bad);
  repo.commit("degrade to print", k_t0 + 2 * k_day);
  repo.write("svc/report.py", good);
  repo.write("svc/copy.py", good);  // the same blob under a second path
  repo.commit("restore, and copy", k_t0 + 3 * k_day);
  repo.remove("svc/report.py");
  repo.remove("svc/copy.py");
  repo.write("svc/other.py", "X = 1\n");
  repo.commit("remove", k_t0 + 4 * k_day);
  auto summaries = scan("concept.db", {repo.dir().string()});
  ASSERT_EQ(summaries.size(), 1u);
  // Distinct blobs: the stub, good, bad, other.py — four parses for six file versions.
  EXPECT_EQ(summaries[0].blobs_analysed, 4);
  EXPECT_EQ(query("concept.db", "SELECT count(*) FROM blobs WHERE analyzer_version IS NOT NULL"), 4);
  auto metric = [&](const char* subject) {
    return text(
        "concept.db",
        std::string(
            "SELECT cc.findings || ' ' || printf('%.2f', cc.quality_sum) || ' ' || cc.eligible_regions "
            "FROM commit_concepts cc JOIN commits c ON c.id = cc.commit_id "
            "WHERE cc.scope = '' AND cc.concept = 'logging' AND c.subject = '") +
            subject + "'");
  };
  EXPECT_EQ(metric("no logging"), "0 0.00 1");
  EXPECT_EQ(metric("adopt structured logging"), "1 1.00 1");
  EXPECT_EQ(metric("degrade to print"), "1 0.20 1");
  EXPECT_EQ(metric("restore, and copy"), "2 2.00 2");
  EXPECT_EQ(metric("remove"), "0 0.00 1");  // other.py: a file with no function is one region
  // Scanning again parses nothing.
  auto again = scan("concept.db", {repo.dir().string()});
  EXPECT_EQ(again[0].blobs_analysed, 0);
}

// A scan without analysis, then one with it, equals an analysing scan from the start: the
// stored blobs are analysed once and every stored commit's metrics derived again.
TEST_F(ScannerTest, AnalysingLaterEqualsAnalysingFromTheStart) {
  TestRepo repo(m_dir / "later");
  build_varied_history(repo);
  ScanOptions walk_only;
  walk_only.analyze = false;
  scan("later.db", {repo.dir().string()}, walk_only);
  EXPECT_EQ(query("later.db", "SELECT count(*) FROM findings"), 0);
  auto analysed = scan("later.db", {repo.dir().string()});
  EXPECT_EQ(analysed[0].commits_new, 0);
  EXPECT_GT(analysed[0].blobs_analysed, 0);
  scan("clean.db", {repo.dir().string()});
  EXPECT_EQ(faultline::testing::dump_tables((m_dir / "later.db").string()),
            faultline::testing::dump_tables((m_dir / "clean.db").string()));
  auto again = scan("later.db", {repo.dir().string()});
  EXPECT_EQ(again[0].blobs_analysed, 0);
}

// A monorepo prefix mapped after the scan (faultline services --mapping) gets its metrics on
// the next scan, for the whole stored history, as if it had been mapped from the start.
TEST_F(ScannerTest, APrefixMappedLaterGetsItsHistory) {
  TestRepo repo(m_dir / "mono");
  repo.write("services/a/a.py", "def a():\n    return 1\n");
  repo.write("services/b/b.py", "def b():\n    return 1\n\ndef c():\n    return 2\n");
  repo.commit("one", k_t0);
  repo.write("services/a/a2.py", "def a2():\n    return 3\n");
  repo.commit("two", k_t0 + k_day);
  auto map_prefix = [&](const std::string& db_name) {
    auto db = store::Database::open((m_dir / db_name).string());
    ASSERT_TRUE(db->exec("INSERT INTO service_repos(service, repo_name, path_prefix, origin) "
                         "VALUES ('svc-a', 'mono', 'services/a/', 'mapping')")
                    .ok());
  };
  scan("later.db", {repo.dir().string()});
  EXPECT_EQ(query("later.db", "SELECT count(*) FROM commit_snapshot WHERE scope = 'services/a/'"), 0);
  map_prefix("later.db");
  scan("later.db", {repo.dir().string()});
  EXPECT_EQ(query("later.db", "SELECT count(*) FROM commit_snapshot WHERE scope = 'services/a/'"), 2);
  EXPECT_EQ(query("later.db",
                  "SELECT s.files FROM commit_snapshot s JOIN commits c ON c.id = s.commit_id "
                  "WHERE s.scope = 'services/a/' AND c.subject = 'two'"),
            2);
  map_prefix("first.db");
  scan("first.db", {repo.dir().string()});
  EXPECT_EQ(faultline::testing::dump_tables((m_dir / "later.db").string()),
            faultline::testing::dump_tables((m_dir / "first.db").string()));
}

TEST_F(ScannerTest, RescanReadsOnlyNewCommits) {
  // Files with findings, so that snippet texts are stored and must follow the head.
  auto logged = [](int n) {
    return "import logging\n\nlog = logging.getLogger(__name__)\n\n\ndef handle(order_id):\n"
           "    log.info(\"order %s step " +
           std::to_string(n) + "\", order_id, extra={\"order_id\": order_id})\n";
  };
  TestRepo repo(m_dir / "incr");
  repo.write("a.py", logged(1));
  repo.commit("one", k_t0);
  repo.write("a.py", logged(2));
  repo.commit("two", k_t0 + k_day);
  auto first = scan("incr.db", {repo.dir().string()});
  EXPECT_EQ(first[0].commits_new, 2);
  auto again = scan("incr.db", {repo.dir().string()});
  EXPECT_EQ(again[0].commits_new, 0);
  EXPECT_EQ(again[0].blobs_new, 0);
  repo.write("a.py", logged(3));
  repo.commit("three", k_t0 + 2 * k_day);
  repo.write("b.py", "y = 1\n");
  repo.commit("four", k_t0 + 3 * k_day);
  auto third = scan("incr.db", {repo.dir().string()});
  EXPECT_EQ(third[0].commits_new, 2);
  EXPECT_EQ(third[0].blobs_new, 2);
  EXPECT_EQ(query("incr.db", "SELECT count(*) FROM commits"), 4);
  EXPECT_EQ(query("incr.db", "SELECT count(*) FROM blob_text"), 1);  // only the head's a.py
  // The incremental database equals one scanned in one go.
  scan("clean.db", {repo.dir().string()});
  EXPECT_EQ(faultline::testing::dump_tables((m_dir / "incr.db").string()),
            faultline::testing::dump_tables((m_dir / "clean.db").string()));
}

TEST_F(ScannerTest, StoppedAfterKCommitsThenResumedEqualsACleanScan) {
  TestRepo repo(m_dir / "resume");
  std::string merge = build_varied_history(repo);
  scan("clean.db", {repo.dir().string()});
  auto clean = faultline::testing::dump_tables((m_dir / "clean.db").string());
  for (int64_t k : {1, 2, 3, 5, 8, 9}) {
    std::string name = "resume-" + std::to_string(k) + ".db";
    ScanOptions stop;
    stop.max_commits = k;
    auto partial = scan(name, {repo.dir().string()}, stop);
    EXPECT_EQ(partial[0].commits_new, k);
    EXPECT_EQ(query(name, "SELECT count(*) FROM commits"), k);
    scan(name, {repo.dir().string()});
    EXPECT_EQ(faultline::testing::dump_tables((m_dir / name).string()), clean) << "stopped after " << k;
  }
}

TEST_F(ScannerTest, OneJobEqualsFourJobs) {
  TestRepo repo(m_dir / "jobs");
  build_varied_history(repo);
  ScanOptions one, four;
  one.jobs = 1;
  four.jobs = 4;
  one.batch_commits = four.batch_commits = 3;
  scan("one.db", {repo.dir().string()}, one);
  scan("four.db", {repo.dir().string()}, four);
  EXPECT_EQ(faultline::testing::dump_tables((m_dir / "one.db").string()),
            faultline::testing::dump_tables((m_dir / "four.db").string()));
}

TEST_F(ScannerTest, ClonesFileUrlsAndReadsManifests) {
  TestRepo payments(m_dir / "payments");
  payments.write("pay.py", "def pay():\n    return 1\n");
  payments.commit("pay", k_t0);
  TestRepo search(m_dir / "search");
  search.write("search.go", "package search\n\nfunc Find() int { return 1 }\n");
  search.commit("find", k_t0);
  std::ofstream(m_dir / "org.json") << R"({"organisation": "acme", "repositories": [
      {"name": "payments", "url": "file://)"
                                    << (m_dir / "payments").string() << R"("},
      {"url": "search", "services": {"search-api": ""}}]})";
  auto summaries = scan("org.db", {(m_dir / "org.json").string()});
  ASSERT_EQ(summaries.size(), 2u);
  EXPECT_TRUE(summaries[0].ok) << summaries[0].error;
  EXPECT_TRUE(summaries[1].ok) << summaries[1].error;
  EXPECT_EQ(query("org.db", "SELECT count(*) FROM commits"), 2);
  EXPECT_EQ(text("org.db",
                 "SELECT group_concat(name || '@' || organisation) FROM (SELECT * FROM repos ORDER BY name)"),
            "payments@acme,search@acme");
  EXPECT_EQ(text("org.db", "SELECT service FROM service_repos WHERE repo_name = 'search'"), "search-api");
  // The remote was mirrored into the cache; a second scan fetches instead of cloning.
  EXPECT_EQ(std::distance(fs::directory_iterator(m_dir / "cache"), fs::directory_iterator{}), 1);
  payments.write("pay.py", "def pay():\n    return 2\n");
  payments.commit("pay more", k_t0 + k_day);
  auto again = scan("org.db", {(m_dir / "org.json").string()});
  EXPECT_EQ(again[0].commits_new, 1);
}

TEST_F(ScannerTest, AMissingRepositoryIsReportedAndTheOthersAreScanned) {
  TestRepo good(m_dir / "good");
  good.write("a.py", "x = 1\n");
  good.commit("one", k_t0);
  auto summaries = scan("errors.db", {(m_dir / "missing").string(), good.dir().string()});
  ASSERT_EQ(summaries.size(), 2u);
  EXPECT_FALSE(summaries[0].ok);
  EXPECT_NE(summaries[0].error.find("missing"), std::string::npos) << summaries[0].error;
  EXPECT_TRUE(summaries[1].ok);
  EXPECT_EQ(query("errors.db", "SELECT count(*) FROM scan_errors WHERE repo_name = 'missing'"), 1);
  EXPECT_EQ(query("errors.db", "SELECT count(*) FROM commits"), 1);
}

}  // namespace
}  // namespace faultline::ingest
