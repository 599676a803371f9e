// End to end, as a user runs it: a small organisation made by the test (Python services whose
// retry code turns bad and good again), an incident export made by the test whose weekly
// counts follow that code, then scan → incidents import → train → predict on a branch that
// adds an unbounded retry loop with a fixed sleep. The prediction must rise and name the line.
#include <gtest/gtest.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

#include "tests/support/process.h"
#include "tests/support/test_repo.h"

namespace faultline {
namespace {

namespace fs = std::filesystem;
using testing::TestRepo;

constexpr int64_t k_t0 = 1704067200;  // 2024-01-01
constexpr int64_t k_week = 7 * 86400;
constexpr int k_weeks = 36;
constexpr int k_services = 6;

const char* k_good_client = R"(import requests
from tenacity import retry, stop_after_attempt, wait_random_exponential


@retry(stop=stop_after_attempt(4), wait=wait_random_exponential(multiplier=0.1, max=2.0), reraise=True)
def fetch_quote(session, url):
    response = session.get(url, timeout=3.0)
    response.raise_for_status()
    return response.json()
)";

const char* k_bad_client = R"(import time

import requests


def fetch_quote(session, url):
    while True:
        try:
            response = requests.get(url)
            response.raise_for_status()
            return response.json()
        except requests.RequestException:
            time.sleep(1)
)";

// Whether service `s` runs the bad client in week `w`: each service has one bad spell.
bool bad_in(int s, int w) { return w >= 4 + 4 * s && w < 12 + 4 * s; }

class PredictTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("faultline-predict-" + std::to_string(::getpid()));
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }

  testing::RunResult faultline(std::vector<std::string> args) {
    args.insert(args.begin(), FAULTLINE_BIN);
    return testing::run(args);
  }

  fs::path m_dir;
};

TEST_F(PredictTest, AnUnboundedRetryWithAFixedSleepRaisesThePredictedRateAndIsNamed) {
  // Repositories: one commit a week per service, switching the client at the spell's edges.
  nlohmann::json manifest = {{"organisation", "acme"}, {"repositories", nlohmann::json::array()}};
  std::vector<std::unique_ptr<TestRepo>> repos;
  for (int s = 0; s < k_services; ++s) {
    std::string name = "svc" + std::to_string(s);
    TestRepo& repo = *repos.emplace_back(std::make_unique<TestRepo>(m_dir / name));
    for (int w = 0; w < k_weeks; ++w) {
      repo.write(name + "/client.py", bad_in(s, w) ? k_bad_client : k_good_client);
      repo.write(name + "/week.py", "WEEK = " + std::to_string(w) + "\n");
      repo.commit("week " + std::to_string(w), k_t0 + w * k_week + 3600, w % 2 ? "Ada" : "Bob",
                  w % 2 ? "ada@example.com" : "bob@example.com");
    }
    manifest["repositories"].push_back(
        {{"name", name},
         {"url", (m_dir / name).string()},
         {"web", "https://git.example.com/acme/" + name + "/blob/{commit}/{path}#L{start}-L{end}"}});
  }
  std::ofstream(m_dir / "org.json") << manifest.dump(2);

  // Incidents: 5 a week during a bad spell, 1 otherwise (a PagerDuty REST v2 list page).
  nlohmann::json incidents = nlohmann::json::array();
  int number = 0;
  for (int s = 0; s < k_services; ++s) {
    for (int w = 0; w < k_weeks; ++w) {
      int count = bad_in(s, w) ? 5 : 1;
      for (int k = 0; k < count; ++k) {
        int64_t created = k_t0 + w * k_week + 86400 + k * 3600 * 20;
        auto iso = [](int64_t t) {
          char buffer[32];
          std::time_t time = t;
          std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&time));
          return std::string(buffer);
        };
        ++number;
        incidents.push_back(
            {{"id", "P" + std::to_string(number)},
             {"incident_number", number},
             {"title", "upstream errors"},
             {"status", "resolved"},
             {"urgency", "high"},
             {"service", {{"id", "S" + std::to_string(s)}, {"summary", "svc" + std::to_string(s)}}},
             {"created_at", iso(created)},
             {"resolved_at", iso(created + 5400)}});
      }
    }
  }
  nlohmann::json page = {
      {"incidents", incidents}, {"limit", number}, {"offset", 0}, {"more", false}, {"total", number}};
  std::ofstream(m_dir / "pagerduty.json") << page.dump();

  std::string db = (m_dir / "acme.db").string();
  auto scan = faultline({"scan", "--db", db, (m_dir / "org.json").string()});
  ASSERT_EQ(scan.exit_code, 0) << scan.out << scan.err;
  auto import = faultline({"incidents", "import", "--db", db, (m_dir / "pagerduty.json").string()});
  ASSERT_EQ(import.exit_code, 0) << import.out << import.err;
  auto train = faultline({"train", "--db", db});
  ASSERT_EQ(train.exit_code, 0) << train.out << train.err;

  // The pull request: svc0 (whose bad spell is over) gains a polling loop.
  TestRepo& svc0 = *repos[0];
  svc0.branch("risky");
  std::string poll = std::string(k_good_client) + R"(

def poll_inventory(url):
    while True:
        try:
            return requests.get(url).json()
        except requests.RequestException:
            time.sleep(2)
)";
  svc0.write("svc0/client.py", poll);
  svc0.commit("poll inventory", k_t0 + k_weeks * k_week, "Eve", "eve@example.com");
  const int loop_line = 13;  // "    while True:" in the new client.py

  auto predict = faultline({"predict", "--db", db, "--repo", (m_dir / "svc0").string(), "--base", "main",
                            "--head", "risky", "--format", "json"});
  ASSERT_EQ(predict.exit_code, 0) << predict.out << predict.err;
  auto review = nlohmann::json::parse(predict.out);
  // Deterministic: the same inputs give the same prediction, byte for byte.
  auto rerun = faultline({"predict", "--db", db, "--repo", (m_dir / "svc0").string(), "--base", "main",
                          "--head", "risky", "--format", "json"});
  EXPECT_EQ(rerun.out, predict.out);
  ASSERT_EQ(review["services"].size(), 1u) << predict.out;
  EXPECT_EQ(review["services"][0]["service"], "svc0");
  EXPECT_GT(review["services"][0]["head"]["rate_per_day"].get<double>(),
            review["services"][0]["base"]["rate_per_day"].get<double>());
  EXPECT_GT(review["services"][0]["rate_change_percent"].get<double>(), 10.0) << predict.out;
  bool named = false;
  for (const auto& finding : review["findings"]) {
    if (finding["concept"] == "timeouts" && finding["path"] == "svc0/client.py" &&
        finding["line"] == loop_line) {
      auto signals = finding["signals"].get<std::vector<std::string>>();
      named = std::find(signals.begin(), signals.end(), "-unbounded-retry") != signals.end() &&
              std::find(signals.begin(), signals.end(), "-fixed-delay-retry") != signals.end();
    }
  }
  EXPECT_TRUE(named) << predict.out;
  EXPECT_EQ(review["worsened_concepts"], nlohmann::json::array({"timeouts"})) << predict.out;
  ASSERT_FALSE(review["examples"].empty());
  EXPECT_EQ(review["examples"][0]["concept"], "timeouts");
  EXPECT_NE(review["examples"][0]["link"].get<std::string>().find("https://git.example.com/acme/"),
            std::string::npos);
  EXPECT_EQ(review["size"]["author"], "eve@example.com");

  // The text and Markdown forms name the line too.
  auto text = faultline(
      {"predict", "--db", db, "--repo", (m_dir / "svc0").string(), "--base", "main", "--head", "risky"});
  EXPECT_NE(text.out.find("svc0/client.py:" + std::to_string(loop_line)), std::string::npos) << text.out;
  auto markdown = faultline({"predict", "--db", db, "--repo", (m_dir / "svc0").string(), "--base", "main",
                             "--head", "risky", "--format", "markdown"});
  EXPECT_NE(markdown.out.find("`svc0/client.py:" + std::to_string(loop_line) + "`"), std::string::npos)
      << markdown.out;

  // SARIF 2.1.0: the required shape, one result per driving finding, the loop's line located.
  auto sarif_run = faultline({"predict", "--db", db, "--repo", (m_dir / "svc0").string(), "--base", "main",
                              "--head", "risky", "--format", "sarif"});
  ASSERT_EQ(sarif_run.exit_code, 0) << sarif_run.err;
  auto sarif = nlohmann::json::parse(sarif_run.out);
  EXPECT_EQ(sarif["version"], "2.1.0");
  ASSERT_TRUE(sarif["runs"].is_array());
  ASSERT_EQ(sarif["runs"].size(), 1u);
  const auto& run = sarif["runs"][0];
  EXPECT_EQ(run["tool"]["driver"]["name"], "faultline");
  ASSERT_TRUE(run["results"].is_array());
  EXPECT_EQ(run["results"].size(), review["findings"].size());
  bool located = false;
  for (const auto& result : run["results"]) {
    ASSERT_TRUE(result["message"]["text"].is_string());
    ASSERT_TRUE(result["ruleId"].is_string());
    std::string level = result["level"];
    EXPECT_TRUE(level == "none" || level == "note" || level == "warning" || level == "error");
    const auto& rules = run["tool"]["driver"]["rules"];
    ASSERT_LT(result["ruleIndex"].get<size_t>(), rules.size());
    EXPECT_EQ(rules[result["ruleIndex"].get<size_t>()]["id"], result["ruleId"]);
    const auto& location = result["locations"][0]["physicalLocation"];
    ASSERT_TRUE(location["artifactLocation"]["uri"].is_string());
    ASSERT_TRUE(location["region"]["startLine"].is_number_integer());
    EXPECT_GE(location["region"]["startLine"].get<int>(), 1);
    if (location["artifactLocation"]["uri"] == "svc0/client.py" &&
        location["region"]["startLine"] == loop_line && level == "warning")
      located = true;
  }
  EXPECT_TRUE(located) << sarif_run.out;

  // A CI gate: more than a 10% rise fails the check.
  auto gate = faultline({"predict", "--db", db, "--repo", (m_dir / "svc0").string(), "--base", "main",
                         "--head", "risky", "--fail-over", "10"});
  EXPECT_EQ(gate.exit_code, 1) << gate.out << gate.err;
  auto lenient = faultline({"predict", "--db", db, "--repo", (m_dir / "svc0").string(), "--base", "main",
                            "--head", "risky", "--fail-over", "100000"});
  EXPECT_EQ(lenient.exit_code, 0);
}

TEST_F(PredictTest, AnUnknownRevisionIsNamed) {
  TestRepo repo(m_dir / "one");
  repo.write("a.py", "x = 1\n");
  repo.commit("one", k_t0);
  std::string db = (m_dir / "one.db").string();
  ASSERT_EQ(faultline({"scan", "--db", db, repo.dir().string()}).exit_code, 0);
  auto run = faultline(
      {"predict", "--db", db, "--repo", repo.dir().string(), "--base", "main", "--head", "no-such-branch"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("no-such-branch"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace faultline
