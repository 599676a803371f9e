// `faultline train` and `faultline report` through the real binary (FAULTLINE_BIN), on a
// SQLite file this test fills the way a scan and an incident import would: six services,
// each its own repository, forty weeks of commits whose tracing density drifts, and incidents
// drawn (fixed seed) at a rate that falls with tracing density and rises with timeouts
// density. What a user sees: the model saved and written, the planted concepts at the top
// of "what matters most", the model beating the services' historical means, the same model
// from the same data, and clear failures on too little data.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>

#include "tests/model/org_database.h"

namespace faultline::model {
namespace {

constexpr int64_t k_day = 86400;
constexpr int64_t k_t0 = 1704067200;  // 2024-01-01 00:00 UTC

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

RunResult run_faultline(const std::string& args) {
  const std::string out = testing::temp_path("cli.out");
  const std::string err = testing::temp_path("cli.err");
  const std::string command = std::string(FAULTLINE_BIN) + " " + args + " >" + out + " 2>" + err;
  int status = std::system(command.c_str());
  RunResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(out);
  result.err = read_file(err);
  return result;
}

// Fills `org` with `weeks` weeks of history for `services` services (see the top of the file).
void fill_organisation(testing::OrgDatabase& org, int services, int weeks, uint64_t seed) {
  std::mt19937_64 random(seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::normal_distribution<double> normal(0.0, 1.0);
  org.begin();
  for (int s = 0; s < services; ++s) {
    const std::string name = std::string("svc-") + static_cast<char>('a' + s);
    const int64_t repo = org.add_repo(name);
    double tracing = unit(random);
    double timeouts = unit(random);
    double logging_quality = unit(random);
    int64_t index = 0;
    for (int week = 0; week <= weeks; ++week) {
      const int64_t start = k_t0 + int64_t{week} * 7 * k_day;
      if (week > 0) {  // incidents of this week, at the rate of the code in place at its start
        const double rate = std::exp(-1.8 - 2.5 * (tracing - 0.5) + 1.5 * (timeouts - 0.5));
        const int count = std::poisson_distribution<int>(7 * rate)(random);
        for (int i = 0; i < count; ++i) {
          const auto at = start + static_cast<int64_t>(unit(random) * 7 * k_day);
          const int sev = 1 + static_cast<int>(unit(random) * 4);
          org.add_incident(name, at, sev, static_cast<int64_t>(600 + 7200 * unit(random)));
        }
      }
      auto clamp = [](double v) { return std::clamp(v, 0.0, 1.0); };
      tracing = clamp(tracing + 0.15 * normal(random));
      timeouts = clamp(timeouts + 0.15 * normal(random));
      logging_quality = clamp(logging_quality + 0.1 * normal(random));
      const int64_t commit = org.add_commit(repo, index++, start + int64_t{10} * 3600,
                                            "dev" + std::to_string(week % 3) + "@x", 20 + week, 5);
      org.add_snapshot(commit, "", 5000 + 40 * week);
      org.add_concept(commit, "", "tracing", 200, static_cast<int>(std::lround(200 * tracing)),
                      0.6 * 200 * tracing);
      org.add_concept(commit, "", "timeouts", 200, static_cast<int>(std::lround(200 * timeouts)),
                      0.5 * 200 * timeouts);
      org.add_concept(commit, "", "logging", 200, 100, 100 * logging_quality);
      const int64_t later = org.add_commit(repo, index++, start + 3 * k_day, "dev9@x", 3, 1);  // churn only
      org.add_snapshot(later, "", 5000 + 40 * week);
      org.add_concept(later, "", "tracing", 200, static_cast<int>(std::lround(200 * tracing)),
                      0.6 * 200 * tracing);
      org.add_concept(later, "", "timeouts", 200, static_cast<int>(std::lround(200 * timeouts)),
                      0.5 * 200 * timeouts);
      org.add_concept(later, "", "logging", 200, 100, 100 * logging_quality);
    }
  }
  org.add_incident("legacy-billing", k_t0 + 30 * k_day, 2, 60);  // names no repository
  org.commit();
}

class TrainAndReport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_org = new testing::OrgDatabase("org.db");
    fill_organisation(*s_org, 6, 40, 42);
    s_org->close();
    s_model_path = new std::string(testing::temp_path("model.json"));
    s_train = new RunResult(run_faultline("train --db " + s_org->path() + " --out " + *s_model_path));
  }
  static void TearDownTestSuite() {
    delete s_train;
    delete s_model_path;
    delete s_org;
  }
  static testing::OrgDatabase* s_org;
  static std::string* s_model_path;
  static RunResult* s_train;
};
testing::OrgDatabase* TrainAndReport::s_org = nullptr;
std::string* TrainAndReport::s_model_path = nullptr;
RunResult* TrainAndReport::s_train = nullptr;

TEST_F(TrainAndReport, TrainSavesTheModelAndWritesTheFile) {
  ASSERT_EQ(s_train->exit_code, 0) << s_train->err;
  EXPECT_NE(s_train->out.find("Saved model #1 in " + s_org->path() + " and " + *s_model_path + "."),
            std::string::npos)
      << s_train->out;
  EXPECT_NE(s_train->out.find("1 services named by incidents map to no repository"), std::string::npos);
  auto model = nlohmann::json::parse(read_file(*s_model_path));
  EXPECT_EQ(model["format"], "faultline-model");
  EXPECT_EQ(model["window"]["days"], 7.0);
  EXPECT_EQ(model["training_span"]["services"],
            nlohmann::json({"svc-a", "svc-b", "svc-c", "svc-d", "svc-e", "svc-f"}));
  EXPECT_EQ(model["training_span"]["windows"], 40);
  EXPECT_EQ(model["training_span"]["rows"], 240);
  EXPECT_EQ(model["targets"]["rate"]["metrics"]["model"]["deviance"].is_number(), true);
}

TEST_F(TrainAndReport, PlantedConceptsLeadTheRankingAndTheModelBeatsTheBaseline) {
  ASSERT_EQ(s_train->exit_code, 0) << s_train->err;
  auto model = nlohmann::json::parse(read_file(*s_model_path));
  const auto& ranking = model["ranking"]["rate"]["concepts"];
  ASSERT_GE(ranking.size(), 2u);
  EXPECT_EQ(ranking[0]["feature"], "density:tracing");
  EXPECT_LT(ranking[0]["effect"].get<double>(), 1.0);  // protective: rate ratio below 1
  EXPECT_EQ(ranking[1]["feature"], "density:timeouts");
  EXPECT_GT(ranking[1]["effect"].get<double>(), 1.0);
  const auto& metrics = model["targets"]["rate"]["metrics"];
  EXPECT_LT(metrics["model"]["deviance"].get<double>(), metrics["baseline"]["deviance"].get<double>());
}

TEST_F(TrainAndReport, ReportPrintsTheStoredModelInEachFormat) {
  ASSERT_EQ(s_train->exit_code, 0) << s_train->err;
  auto json = run_faultline("report --db " + s_org->path() + " --format json");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  auto report = nlohmann::json::parse(json.out);
  EXPECT_EQ(report["model_id"], 1);
  EXPECT_EQ(report["model"], nlohmann::json::parse(read_file(*s_model_path)));

  auto markdown = run_faultline("report --db " + s_org->path() + " --format markdown");
  ASSERT_EQ(markdown.exit_code, 0) << markdown.err;
  EXPECT_NE(markdown.out.find("## faultline model #1"), std::string::npos);
  EXPECT_NE(markdown.out.find("### What matters most for production: incident rate, per +1 SD"),
            std::string::npos);
  EXPECT_NE(markdown.out.find("| 1 | density:tracing | rate x0."), std::string::npos) << markdown.out;

  auto text = run_faultline("report --db " + s_org->path());
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("Held-out windows: model against each service's historical mean"),
            std::string::npos);
  // The metrics row of the rate: 6 services × 8 held-out weeks.
  auto rate_row = text.out.find("\n  rate ");
  ASSERT_NE(rate_row, std::string::npos) << text.out;
  std::istringstream fields(text.out.substr(rate_row));
  std::string target;
  int windows = 0;
  fields >> target >> windows;
  EXPECT_EQ(windows, 48);
  EXPECT_NE(text.out.find("(intercept)"), std::string::npos);

  auto bad = run_faultline("report --db " + s_org->path() + " --format yaml");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("unknown report format 'yaml' (text, json or markdown)"), std::string::npos)
      << bad.err;
}

TEST_F(TrainAndReport, SameDataTrainTheSameModelBitForBit) {
  ASSERT_EQ(s_train->exit_code, 0) << s_train->err;
  auto again = run_faultline("train --db " + s_org->path());
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_NE(again.out.find("Saved model #2 in " + s_org->path() + "."), std::string::npos) << again.out;
  auto db = store::Database::open(s_org->path(), /*read_only=*/true);
  ASSERT_TRUE(db.ok()) << db.error().message();
  auto distinct = db->query_int("SELECT count(DISTINCT json) FROM models");
  ASSERT_TRUE(distinct.ok());
  EXPECT_EQ(*distinct, 1);
  EXPECT_EQ(*db->query_int("SELECT count(*) FROM models"), 2);
}

TEST_F(TrainAndReport, WindowOption) {
  ASSERT_EQ(s_train->exit_code, 0) << s_train->err;
  auto fortnight =
      run_faultline("train --db " + s_org->path() + " --window 14d --out " + *s_model_path + ".14d");
  ASSERT_EQ(fortnight.exit_code, 0) << fortnight.err;
  auto model = nlohmann::json::parse(read_file(*s_model_path + ".14d"));
  EXPECT_EQ(model["window"]["days"], 14.0);
  EXPECT_EQ(model["training_span"]["windows"], 20);
  auto bad = run_faultline("train --db " + s_org->path() + " --window 7x");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("--window 7x: expected a positive number of days (d) or weeks (w), e.g. 7d"),
            std::string::npos)
      << bad.err;
}

TEST(TrainCli, TooLittleDataSaysHowMuchMoreAndExits2) {
  testing::OrgDatabase org("small.db");
  fill_organisation(org, 1, 3, 7);
  org.close();
  auto result = run_faultline("train --db " + org.path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.out, "");
  EXPECT_NE(result.err.find("faultline: too little data to train (3 service-windows of 7 days"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("need at least 10 windows of history (has 3: 7 more, about 49 more days)"),
            std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("incidents of mapped services in the training span"), std::string::npos)
      << result.err;
  auto report = run_faultline("report --db " + org.path());
  EXPECT_EQ(report.exit_code, 2);
  EXPECT_NE(report.err.find("no model in " + org.path() + ": run `faultline train` first"), std::string::npos)
      << report.err;
}

TEST(TrainCli, NothingMappedSaysWhatIsMissing) {
  testing::OrgDatabase org("unmapped.db");
  org.add_incident("orphan", k_t0, 1, 60);
  org.close();
  auto result = run_faultline("train --db " + org.path());
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(
                "services named by incidents but mapped to no repository: 1 (see `faultline services`)"),
            std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace faultline::model
