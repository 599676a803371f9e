// The viewer's JSON API over real HTTP on 127.0.0.1: a Server on a free port over a real
// SQLite file written by the viewer fixture (tests/web/fixture), queried with cpp-httplib's
// client and, for paths a client would normalise, with a raw socket.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "store/database.h"
#include "tests/web/fixture/running_server.h"
#include "tests/web/fixture/viewer_fixture.h"
#include "web/server.h"

namespace faultline::web {
namespace {

using nlohmann::json;
using testing::encode;
using testing::k_day;
using testing::k_fixture_t0;
using testing::RunningServer;
using testing::temp_dir;

std::vector<std::string> naughty_strings() {
  std::ifstream in(FAULTLINE_BLNS);
  auto strings = json::parse(in);
  std::vector<std::string> out;
  std::set<std::string> seen;  // blns repeats a few strings
  for (const auto& value : strings) {
    auto text = value.get<std::string>();
    if (!text.empty() && seen.insert(text).second) out.push_back(text);
  }
  return out;
}

class ViewerApi : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_dir = new std::string(temp_dir("api"));
    std::string concepts = *s_dir + "/concepts/logging";
    std::filesystem::create_directories(concepts);
    std::ofstream(concepts + "/concept.json")
        << R"({"id":"logging","title":"Structured logging","rationale":"Logs people can query.",)"
        << R"("signals":{"structured-fields":{"weight":0.25,"description":"key-value fields"}}})";
    std::filesystem::create_directories(*s_dir + "/concepts/messaging");
    std::ofstream(*s_dir + "/concepts/messaging/concept.json")
        << R"({"id":"messaging","title":"Durable messaging"})";
    s_naughty = new std::vector<std::string>(naughty_strings());
    testing::FixtureOptions options;
    options.naughty_strings = *s_naughty;
    auto written = testing::write_viewer_fixture(*s_dir + "/viewer.db", options);
    ASSERT_TRUE(written.ok()) << written.error().message();
    ServerOptions server_options;
    server_options.concepts_dir = *s_dir + "/concepts";
    s_server = new RunningServer(*s_dir + "/viewer.db", server_options);
  }
  static void TearDownTestSuite() {
    delete s_server;
    delete s_naughty;
    delete s_dir;
  }
  static const RunningServer& server() { return *s_server; }

  static std::string* s_dir;
  static std::vector<std::string>* s_naughty;
  static RunningServer* s_server;
};
std::string* ViewerApi::s_dir = nullptr;
std::vector<std::string>* ViewerApi::s_naughty = nullptr;
RunningServer* ViewerApi::s_server = nullptr;

TEST_F(ViewerApi, ConceptsListDataAndManifestsWithHeadTotals) {
  auto answer = server().get("/api/concepts");
  ASSERT_EQ(answer.status, 200) << answer.body;
  const auto& concepts = answer.parsed["concepts"];
  ASSERT_EQ(concepts.size(), 3u) << answer.body;  // logging, messaging (manifest only), tracing
  EXPECT_EQ(concepts[0]["id"], "logging");
  EXPECT_EQ(concepts[0]["title"], "Structured logging");
  EXPECT_EQ(concepts[0]["findings"], 6);  // every logging finding of history, present or not
  // Heads: payments and tools at commit 19 (29 eligible, 11 findings each), mono at 19.
  EXPECT_EQ(concepts[0]["head"]["eligible_regions"], 3 * 29);
  EXPECT_EQ(concepts[0]["head"]["findings"], 3 * 11);
  EXPECT_NEAR(concepts[0]["head"]["mean_quality"].get<double>(), 0.88, 1e-9);
  EXPECT_EQ(concepts[1]["id"], "messaging");
  EXPECT_EQ(concepts[1]["findings"], 0);
  EXPECT_EQ(concepts[2]["id"], "tracing");
  EXPECT_EQ(concepts[2]["title"], "tracing");
  EXPECT_EQ(answer.parsed["has_more"], false);
  auto paged = server().get("/api/concepts?per_page=1&page=2");
  ASSERT_EQ(paged.parsed["concepts"].size(), 1u);
  EXPECT_EQ(paged.parsed["concepts"][0]["id"], "messaging");
  EXPECT_EQ(paged.parsed["has_more"], true);
}

TEST_F(ViewerApi, BestExamplesComeWithSnippetSignalsLinkAndOwner) {
  auto answer = server().get("/api/examples?concept=logging&order=best");
  ASSERT_EQ(answer.status, 200) << answer.body;
  const auto& examples = answer.parsed["examples"];
  // Head findings only, present only: 0.9 (payments), 0.7 (checkout), 0.5 (search), 0.2.
  ASSERT_EQ(examples.size(), 4u) << answer.body;
  std::vector<double> qualities;
  for (const auto& example : examples) qualities.push_back(example["quality"]);
  EXPECT_EQ(qualities, (std::vector<double>{0.9, 0.7, 0.5, 0.2}));
  const auto& best = examples[0];
  EXPECT_EQ(best["repo"], "payments");
  EXPECT_EQ(best["path"], "src/main/java/acme/PaymentService.java");
  EXPECT_EQ(best["other_locations"], 1);  // also vendored in tools
  EXPECT_EQ(best["region_name"], "PaymentService.charge");
  EXPECT_EQ(best["link"], "https://git.example.com/acme/payments/blob/" + testing::fixture_commit_oid(1, 19) +
                              "/src/main/java/acme/PaymentService.java#L5-L9");
  EXPECT_EQ(best["snippet"]["first_line"], 5);
  ASSERT_EQ(best["snippet"]["lines"].size(), 5u);
  EXPECT_EQ(best["snippet"]["lines"][1],
            "    log.info(\"charged\", kv(\"order\", id), kv(\"amount\", cents));");
  EXPECT_EQ(best["snippet"]["truncated"], false);
  EXPECT_EQ(best["signals"][0]["name"], "+structured-fields");
  EXPECT_EQ(best["signals"][0]["line"], 6);
  EXPECT_EQ(best["service"]["name"], "payments");
  EXPECT_EQ(best["service"]["incidents"], 25);
  EXPECT_EQ(answer.parsed["title"], "Structured logging");
  EXPECT_EQ(answer.parsed["has_more"], false);

  // The checkout region runs 80 lines: the snippet stops at 60 and says so.
  const auto& long_one = examples[1];
  EXPECT_EQ(long_one["service"]["name"], "checkout");
  EXPECT_EQ(long_one["snippet"]["lines"].size(), 60u);
  EXPECT_EQ(long_one["snippet"]["lines"][59], "    checkout(); // line 60");
  EXPECT_EQ(long_one["snippet"]["truncated"], true);
  EXPECT_EQ(examples[2]["service"]["name"], "search");
  EXPECT_EQ(examples[2]["snippet"]["lines"][0], "  log.info(\"<img src=x onerror=alert(1)>\", {q});");
}

TEST_F(ViewerApi, WorstExamplesAndPagesWalkTheSameRankingBackwards) {
  auto worst = server().get("/api/examples?concept=logging&order=worst&per_page=1");
  ASSERT_EQ(worst.status, 200) << worst.body;
  EXPECT_EQ(worst.parsed["examples"][0]["quality"], 0.2);
  EXPECT_EQ(worst.parsed["examples"][0]["region_name"], "PaymentService.refund");
  EXPECT_EQ(worst.parsed["has_more"], true);
  auto page2 = server().get("/api/examples?concept=logging&order=best&per_page=3&page=2");
  ASSERT_EQ(page2.parsed["examples"].size(), 1u);
  EXPECT_EQ(page2.parsed["examples"][0]["quality"], 0.2);
  EXPECT_EQ(page2.parsed["has_more"], false);
  auto beyond = server().get("/api/examples?concept=logging&page=9");
  EXPECT_EQ(beyond.status, 200);
  EXPECT_TRUE(beyond.parsed["examples"].empty());
  auto unknown = server().get("/api/examples?concept=no-such-concept");
  EXPECT_EQ(unknown.status, 200);
  EXPECT_TRUE(unknown.parsed["examples"].empty());
}

TEST_F(ViewerApi, BadParametersAre400WithAMessageNamingTheParameter) {
  const std::pair<const char*, const char*> cases[] = {
      {"/api/examples", "concept"},
      {"/api/examples?concept=logging&page=0", "page"},
      {"/api/examples?concept=logging&page=abc", "page"},
      {"/api/examples?concept=logging&page=1e3", "page"},
      {"/api/examples?concept=logging&page=99999999999999999999999", "page"},
      {"/api/examples?concept=logging&per_page=101", "per_page"},
      {"/api/examples?concept=logging&order=random", "order"},
      {"/api/examples?concept=%3Cscript%3E", "concept"},
      {"/api/examples?concept=logging&page=1&page=2", "page"},
      {"/api/services?per_page=0", "per_page"},
      {"/api/services?sort=%27%3B%20DROP%20TABLE%20incidents", "sort"},
      {"/api/concepts?page=-1", "page"},
      {"/api/timeline", "service"},
      {"/api/timeline?service=payments&max_points=1", "max_points"},
      {"/api/timeline?service=payments&since=100&until=50", "until"},
      {"/api/predict?base=main&head=topic", "repo"},
      {"/api/predict?repo=payments&base=--upload-pack%3Devil&head=topic", "base"},
      {"/api/predict?repo=payments&base=main&head=a%20b", "head"},
  };
  for (const auto& [target, parameter] : cases) {
    auto answer = server().get(target);
    EXPECT_EQ(answer.status, 400) << target << " → " << answer.body;
    ASSERT_TRUE(answer.parsed.is_object()) << target << " → " << answer.body;
    EXPECT_NE(answer.parsed["error"].get<std::string>().find(parameter), std::string::npos)
        << target << " → " << answer.body;
  }
}

TEST_F(ViewerApi, ServicesCarryIncidentRecordTrendAndUnmappedCount) {
  auto answer = server().get("/api/services?per_page=3");
  ASSERT_EQ(answer.status, 200) << answer.body;
  // The naughty services have one incident each, created on day 70; the window is days 1..141.
  EXPECT_EQ(answer.parsed["window"]["from"], k_fixture_t0 + 1 * k_day);
  EXPECT_EQ(answer.parsed["window"]["to"], k_fixture_t0 + 141 * k_day);
  EXPECT_EQ(answer.parsed["window"]["days"], 140.0);
  const auto& services = answer.parsed["services"];
  ASSERT_EQ(services.size(), 3u);
  const auto& payments = services[0];
  EXPECT_EQ(payments["name"], "payments");
  EXPECT_EQ(payments["incidents"], 25);
  EXPECT_DOUBLE_EQ(payments["per_day"].get<double>(), 25.0 / 140);
  EXPECT_NEAR(payments["mean_severity"].get<double>(), 51.0 / 21, 1e-9);
  EXPECT_DOUBLE_EQ(payments["mean_ttr_s"].get<double>(), 7200);
  EXPECT_EQ(payments["trend"]["direction"], "rising");  // 15 in the later half against 10
  EXPECT_EQ(payments["repos"][0]["repo"], "payments");
  EXPECT_EQ(payments["repos"][0]["origin"], "name");
  EXPECT_EQ(services[1]["name"], "checkout");
  EXPECT_EQ(services[1]["incidents"], 10);
  EXPECT_EQ(services[1]["trend"]["direction"], "flat");
  EXPECT_EQ(services[1]["repos"][0]["path_prefix"], "services/checkout/");
  EXPECT_EQ(services[2]["name"], "legacy-billing");
  EXPECT_TRUE(services[2]["repos"].empty());
  EXPECT_EQ(answer.parsed["has_more"], true);
  // 3 fixture services with incidents + search (no incidents) + every naughty one.
  EXPECT_EQ(answer.parsed["total"], static_cast<int64_t>(4 + s_naughty->size()));
  EXPECT_EQ(answer.parsed["unmapped"], static_cast<int64_t>(1 + s_naughty->size()));
  EXPECT_TRUE(answer.parsed["model"].is_object());
  EXPECT_TRUE(payments["prediction"].is_null());  // no evaluator in this server
}

TEST_F(ViewerApi, NaughtyServiceNamesAndTitlesComeBackIntact) {
  std::set<std::string> names;
  for (int page = 1;; ++page) {
    auto answer = server().get("/api/services?sort=name&per_page=100&page=" + std::to_string(page));
    ASSERT_EQ(answer.status, 200) << answer.body;
    for (const auto& service : answer.parsed["services"]) names.insert(service["name"].get<std::string>());
    if (!answer.parsed["has_more"].get<bool>()) break;
  }
  size_t checked = 0;
  for (const auto& naughty : *s_naughty) {
    EXPECT_TRUE(names.count(naughty)) << "missing service " << json(naughty).dump();
    auto timeline = server().get("/api/timeline?service=" + encode(naughty));
    ASSERT_EQ(timeline.status, 200) << json(naughty).dump() << " → " << timeline.body;
    EXPECT_EQ(timeline.parsed["service"], naughty);
    ASSERT_EQ(timeline.parsed["incidents"].size(), 1u);
    EXPECT_EQ(timeline.parsed["incidents"][0]["title"], naughty);
    ++checked;
  }
  EXPECT_GT(checked, 400u);
}

TEST_F(ViewerApi, TimelineFollowsFirstParentCommitsWithIncidentsOverlaid) {
  auto answer = server().get("/api/services/payments/timeline");
  ASSERT_EQ(answer.status, 200) << answer.body;
  ASSERT_EQ(answer.parsed["series"].size(), 1u);
  const auto& series = answer.parsed["series"][0];
  EXPECT_EQ(series["repo"], "payments");
  EXPECT_EQ(series["commits_in_range"], 20);  // the side-branch commit is not on the chain
  const auto& points = series["points"];
  ASSERT_EQ(points.size(), 20u);
  EXPECT_EQ(points[0]["time"], k_fixture_t0 + 3600);
  EXPECT_DOUBLE_EQ(points[0]["concepts"]["logging"]["density"].get<double>(), 0.2);
  EXPECT_DOUBLE_EQ(points[0]["concepts"]["logging"]["mean_quality"].get<double>(), 0.5);
  EXPECT_TRUE(points[0]["concepts"]["tracing"]["mean_quality"].is_null());  // no findings yet
  EXPECT_EQ(points[19]["commit"], testing::fixture_commit_oid(1, 19));
  EXPECT_DOUBLE_EQ(points[19]["concepts"]["logging"]["density"].get<double>(), 11.0 / 29);
  EXPECT_NEAR(points[19]["concepts"]["logging"]["mean_quality"].get<double>(), 0.88, 1e-12);
  EXPECT_EQ(answer.parsed["incidents"].size(), 25u);
  EXPECT_EQ(answer.parsed["incidents"][0]["title"], "Card charges failing #0");
  EXPECT_EQ(answer.parsed["record"]["incidents"], 25);

  // A monorepo service reads its own scope; max_points keeps the first and last commits.
  auto checkout = server().get("/api/timeline?service=checkout&max_points=5");
  ASSERT_EQ(checkout.status, 200) << checkout.body;
  const auto& scoped = checkout.parsed["series"][0];
  EXPECT_EQ(scoped["scope"], "services/checkout/");
  ASSERT_EQ(scoped["points"].size(), 5u);
  EXPECT_EQ(scoped["points"][0]["commit"], testing::fixture_commit_oid(2, 0));
  EXPECT_EQ(scoped["points"][4]["commit"], testing::fixture_commit_oid(2, 19));

  auto ranged =
      server().get("/api/timeline?service=payments&since=" + std::to_string(k_fixture_t0 + 100 * k_day));
  EXPECT_EQ(ranged.parsed["series"][0]["commits_in_range"], 5);  // commits 15..19
  EXPECT_EQ(ranged.parsed["incidents"].size(), 10u);             // days 106..141 and 100..130

  EXPECT_EQ(server().get("/api/services/nobody/timeline").status, 404);
  EXPECT_EQ(server().get("/api/timeline?service=nobody").status, 404);
}

TEST_F(ViewerApi, ModelIsTheStoredModelAndPredictSays501UntilWiredIn) {
  auto model = server().get("/api/model");
  ASSERT_EQ(model.status, 200) << model.body;
  EXPECT_EQ(model.parsed["model"]["format"], "faultline-model");
  EXPECT_TRUE(model.parsed["model"]["targets"]["rate"]["fitted"].get<bool>()) << model.body.substr(0, 2000);
  EXPECT_TRUE(model.parsed["model"]["targets"]["rate"]["metrics"]["baseline"].is_object());
  EXPECT_EQ(model.parsed["created_at"], k_fixture_t0 + 150 * k_day);

  auto predict = server().get("/api/predict?repo=payments&base=main~3&head=topic/branch");
  EXPECT_EQ(predict.status, 501);
  EXPECT_NE(predict.parsed["error"].get<std::string>().find("not available"), std::string::npos);
}

TEST_F(ViewerApi, StatsCountWhatTheDatabaseHolds) {
  auto answer = server().get("/api/stats");
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(answer.parsed["repos"], 3);
  EXPECT_EQ(answer.parsed["commits"], 61);
  EXPECT_EQ(answer.parsed["findings"], 7);
  EXPECT_EQ(answer.parsed["incidents"], static_cast<int64_t>(37 + s_naughty->size()));
  EXPECT_EQ(answer.parsed["models"], 1);
}

TEST_F(ViewerApi, StaticFilesAreEmbeddedAndNothingElseIsReachable) {
  auto index = server().get("/");
  ASSERT_EQ(index.status, 200);
  EXPECT_NE(index.content_type.find("text/html"), std::string::npos);
  EXPECT_NE(index.csp.find("script-src 'self'"), std::string::npos);
  auto chart = server().get("/vendor/chart.js");
  ASSERT_EQ(chart.status, 200);
  EXPECT_GT(chart.body.size(), 100000u);
  EXPECT_NE(chart.body.find("Chart"), std::string::npos);
  EXPECT_EQ(server().get("/static/app.js").status, 200);

  for (const char* target : {"/../../etc/passwd", "/static/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                             "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/static/..%2f..%2fweb%2fserver.cc",
                             "//etc/passwd", "/static/%00index.html", "/vendor/../CMakeLists.txt",
                             "/static/app.js/../../../../etc/passwd", "/index.html%00.js"}) {
    auto [status, response] = server().raw_get(target);
    EXPECT_TRUE(status == 404 || status == 400) << target << " → " << status;
    EXPECT_EQ(response.find("root:"), std::string::npos) << target;
    EXPECT_EQ(response.find("faultline_module"), std::string::npos) << target;
  }
  auto unknown = server().get("/api/nothing-here");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_TRUE(unknown.parsed.contains("error"));
}

TEST(ViewerServer, ServesModelEvaluationAndAPredictFunctionWhenGiven) {
  std::string dir = temp_dir("wired");
  ASSERT_TRUE(testing::write_viewer_fixture(dir + "/v.db").ok());
  ServerOptions options;
  options.evaluate_model = [](store::Database&, const std::string& model_json) -> Result<json> {
    EXPECT_NE(model_json.find("faultline-model"), std::string::npos);
    return json{{"services", {{"payments", {{"rate_per_day", 0.25}}}}},
                {"predicted_vs_actual", {{{"service", "payments"}, {"predicted", 0.25}, {"actual", 0.5}}}}};
  };
  options.predict = [](const PredictRequest& request) -> Result<json> {
    return json{{"repo", request.repo}, {"base", request.base}, {"head", request.head}, {"rate_change", 0.1}};
  };
  RunningServer server(dir + "/v.db", options);
  auto services = server.get("/api/services?per_page=1");
  EXPECT_EQ(services.parsed["services"][0]["prediction"]["rate_per_day"], 0.25);
  auto model = server.get("/api/model");
  EXPECT_EQ(model.parsed["evaluation"]["predicted_vs_actual"][0]["actual"], 0.5);
  auto predict = server.get("/api/predict?repo=payments&base=v1.2&head=HEAD~1");
  ASSERT_EQ(predict.status, 200) << predict.body;
  EXPECT_EQ(predict.parsed["head"], "HEAD~1");
}

TEST(ViewerServer, SeesWhatOtherConnectionsCommitWhileServing) {
  std::string dir = temp_dir("live");
  testing::FixtureOptions fixture;
  fixture.train_model = false;
  ASSERT_TRUE(testing::write_viewer_fixture(dir + "/v.db", fixture).ok());
  RunningServer server(dir + "/v.db");
  auto before = server.get("/api/model");
  EXPECT_TRUE(before.parsed["model"].is_null());
  EXPECT_EQ(before.parsed["message"], "no model yet: run faultline train");
  EXPECT_EQ(server.get("/api/services?sort=name").parsed["total"], 4);
  {
    auto writer = store::Database::open(dir + "/v.db");
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE(
        writer
            ->exec(
                "INSERT INTO incidents(source, source_id, service, created_at) VALUES ('x', '1', 'fresh', 1)"
                "; INSERT INTO models(created_at, json) VALUES (5, '{\"format\":\"other\"}')")
            .ok());
  }
  EXPECT_EQ(server.get("/api/services?sort=name").parsed["total"], 5);
  EXPECT_EQ(server.get("/api/model").parsed["model"]["format"], "other");
}

TEST(ViewerServer, RefusesAMissingDatabaseNamingIt) {
  ServerOptions options;
  options.db_path = temp_dir("missing") + "/absent.db";
  auto server = Server::create(options);
  ASSERT_FALSE(server.ok());
  EXPECT_NE(server.error().message().find("absent.db"), std::string::npos);
}

}  // namespace
}  // namespace faultline::web
