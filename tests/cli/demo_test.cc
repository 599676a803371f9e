// End to end: `faultline demo --no-serve --dir <tmp>` on the bundled organisation. Checks what
// a newcomer would see: the commits and incidents it made (exact numbers for the default
// seed), a model that beats each service's historical mean on the held-out windows, and the
// concepts the generator's rule makes harmful (data/demo/README.md) ranking as harmful: their
// quality lowers the incident rate. A second run into the same folder regenerates it cleanly
// and reproduces the same repositories and counts.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "store/database.h"

namespace {

namespace fs = std::filesystem;

// Figures for the default seed of data/demo/organisation.json.
constexpr int64_t k_commits = 1172;   // the sum of the services' "commits"
constexpr int64_t k_incidents = 356;  // drawn by the rule (data/demo/README.md) from the default seed

struct CommandRun {
  int status = -1;
  std::string output;
};

CommandRun run(const std::string& command) {
  CommandRun result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  size_t n = 0;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
  int status = pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

int64_t query_int(faultline::store::Database& db, const std::string& sql) {
  auto value = db.query_int(sql);
  EXPECT_TRUE(value.ok()) << sql << ": " << (value.ok() ? "" : value.error().message());
  return value.ok() ? *value : -1;
}

std::string heads(faultline::store::Database& db) {
  auto statement = db.prepare("SELECT name || ' ' || head_oid FROM repos ORDER BY name");
  std::string out;
  if (!statement.ok()) return "";
  while (true) {
    auto row = statement->step();
    if (!row.ok() || !*row) break;
    out += statement->text(0) + "\n";
  }
  return out;
}

class DemoTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_dir = new fs::path(fs::temp_directory_path() / ("faultline-demo-test-" + std::to_string(::getpid())));
    fs::remove_all(*s_dir);
    s_run = new CommandRun(run(std::string(FAULTLINE_BIN) + " demo --no-serve --dir " + s_dir->string()));
  }
  static void TearDownTestSuite() {
    fs::remove_all(*s_dir);
    delete s_dir;
    delete s_run;
  }

  static faultline::store::Database open_db() {
    auto db = faultline::store::Database::open((*s_dir / "faultline.db").string(), true);
    EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().message());
    return std::move(*db);
  }

  static nlohmann::json latest_model(faultline::store::Database& db) {
    auto statement = db.prepare("SELECT json FROM models ORDER BY id DESC LIMIT 1");
    EXPECT_TRUE(statement.ok());
    auto row = statement->step();
    EXPECT_TRUE(row.ok() && *row) << "no model stored";
    return nlohmann::json::parse(statement->text(0));
  }

  static fs::path* s_dir;
  static CommandRun* s_run;
};

fs::path* DemoTest::s_dir = nullptr;
CommandRun* DemoTest::s_run = nullptr;

TEST_F(DemoTest, RunsEndToEndAndPrintsTheReportAndExamples) {
  ASSERT_EQ(s_run->status, 0) << s_run->output;
  EXPECT_NE(s_run->output.find("What matters most for production"), std::string::npos) << s_run->output;
  for (const char* concept_id : {"timeouts", "deserialisation", "logging"})
    EXPECT_NE(s_run->output.find(std::string("Best examples of ") + concept_id + ":"), std::string::npos);
  EXPECT_NE(s_run->output.find("https://git.example.com/acme-demo/"), std::string::npos) << "example links";
}

TEST_F(DemoTest, HistoryHasTheScriptedCommitsMergesAndAuthors) {
  ASSERT_EQ(s_run->status, 0) << s_run->output;
  auto db = open_db();
  EXPECT_EQ(query_int(db, "SELECT COUNT(*) FROM repos"), 7);
  EXPECT_EQ(query_int(db, "SELECT COUNT(*) FROM commits"), k_commits);
  EXPECT_GE(query_int(db, "SELECT COUNT(*) FROM commits WHERE parents LIKE '% %' OR parents LIKE '%,%'"),
            7 * 5)
      << "feature branches merged back";
  EXPECT_GE(query_int(db, "SELECT COUNT(DISTINCT author_email) FROM commits"), 10);
  EXPECT_GE(query_int(db, "SELECT COUNT(*) FROM changes WHERE status IN ('renamed', 'R')"), 7)
      << "renames detected";
  // At least six months of history in every repository.
  EXPECT_EQ(query_int(db,
                      "SELECT COUNT(*) FROM (SELECT repo_id FROM commits GROUP BY repo_id "
                      "HAVING MAX(committer_time) - MIN(committer_time) >= 183 * 86400)"),
            7);
  // Four first-tier languages at least.
  EXPECT_GE(query_int(db,
                      "SELECT COUNT(DISTINCT language) FROM blobs WHERE language IN "
                      "('java', 'python', 'go', 'javascript', 'typescript')"),
            4);
}

TEST_F(DemoTest, ImportsEveryIncidentOfBothExports) {
  ASSERT_EQ(s_run->status, 0) << s_run->output;
  auto db = open_db();
  const int64_t incidents = query_int(db, "SELECT COUNT(*) FROM incidents");
  EXPECT_EQ(incidents, k_incidents);
  EXPECT_GT(incidents, 200);
  EXPECT_GT(query_int(db, "SELECT COUNT(*) FROM incidents WHERE source = 'pagerduty'"), 0);
  EXPECT_GT(query_int(db, "SELECT COUNT(*) FROM incidents WHERE source = 'csv'"), 0);
  EXPECT_EQ(query_int(db, "SELECT COUNT(DISTINCT service) FROM incidents"), 7);
  EXPECT_NE(s_run->output.find(std::to_string(incidents) + " incidents"), std::string::npos) << s_run->output;
}

TEST_F(DemoTest, ModelBeatsTheBaselineOnHeldOutWindows) {
  ASSERT_EQ(s_run->status, 0) << s_run->output;
  auto db = open_db();
  const nlohmann::json model = latest_model(db);
  const nlohmann::json& rate = model.at("targets").at("rate");
  ASSERT_TRUE(rate.at("fitted").get<bool>()) << rate.dump(2);
  EXPECT_EQ(model.at("training_span").at("services").size(), 7u) << "every service mapped to its repository";
  const double deviance = rate.at("metrics").at("model").at("deviance").get<double>();
  const double baseline = rate.at("metrics").at("baseline").at("deviance").get<double>();
  EXPECT_LT(deviance, baseline) << "held-out Poisson deviance, model vs per-service mean";
}

TEST_F(DemoTest, ConceptsTheRuleMakesHarmfulRankAsHarmful) {
  ASSERT_EQ(s_run->status, 0) << s_run->output;
  auto db = open_db();
  const nlohmann::json model = latest_model(db);
  const nlohmann::json& ranking = model.at("ranking").at("rate").at("concepts");
  for (const std::string concept_id : {"timeouts", "deserialisation", "backpressure"}) {
    SCOPED_TRACE(concept_id);
    bool found = false;
    for (size_t i = 0; i < ranking.size(); ++i) {
      if (ranking[i].at("feature") != "quality:" + concept_id) continue;
      found = true;
      EXPECT_LT(ranking[i].at("coef").get<double>(), 0)
          << "better " << concept_id << " should mean fewer incidents";
      EXPECT_LT(i, 8u) << "ranked among the largest effects";
    }
    EXPECT_TRUE(found) << ranking.dump(2);
  }
}

TEST_F(DemoTest, ReusedDirIsRegeneratedIdentically) {
  ASSERT_EQ(s_run->status, 0) << s_run->output;
  std::string first_heads;
  int64_t first_incidents = 0;
  {
    auto db = open_db();
    first_heads = heads(db);
    first_incidents = query_int(db, "SELECT COUNT(*) FROM incidents");
  }
  std::ofstream(*s_dir / "stale-file.txt") << "left from an earlier run\n";
  CommandRun again = run(std::string(FAULTLINE_BIN) + " demo --no-serve --dir " + s_dir->string());
  ASSERT_EQ(again.status, 0) << again.output;
  EXPECT_FALSE(fs::exists(*s_dir / "stale-file.txt"));
  auto db = open_db();
  EXPECT_EQ(heads(db), first_heads);
  EXPECT_EQ(query_int(db, "SELECT COUNT(*) FROM incidents"), first_incidents);
  EXPECT_EQ(query_int(db, "SELECT COUNT(*) FROM models"), 1);
}

TEST(DemoRefusal, RefusesAFolderThatHoldsSomethingElse) {
  const fs::path dir = fs::temp_directory_path() / ("faultline-demo-refuse-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "precious.txt") << "keep me\n";
  CommandRun result = run(std::string(FAULTLINE_BIN) + " demo --no-serve --dir " + dir.string());
  EXPECT_EQ(result.status, 2) << result.output;
  EXPECT_NE(result.output.find("refusing to delete it"), std::string::npos) << result.output;
  EXPECT_TRUE(fs::exists(dir / "precious.txt"));
  fs::remove_all(dir);
}

}  // namespace
