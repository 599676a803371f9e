// The viewer's JSON API over real HTTP on 127.0.0.1: a Server on a free port over a real
// SQLite file written by the viewer fixture (tests/web/fixture), queried with cpp-httplib's
// client and, for paths a client would normalise, with a raw socket.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

#include "store/database.h"
#include "tests/web/fixture/viewer_fixture.h"
#include "web/server.h"

namespace faultline::web {
namespace {

using nlohmann::json;
using testing::k_day;
using testing::k_fixture_t0;

std::string temp_dir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("faultline-web-" + std::to_string(::getpid()) + "-" + name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

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

std::string encode(const std::string& value) {
  static const char k_hex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : value) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += k_hex[c >> 4];
      out += k_hex[c & 0xF];
    }
  }
  return out;
}

// A server on a free port over its own database, running on a thread of its own.
class RunningServer {
 public:
  RunningServer(const std::string& db_path, ServerOptions options = {}) {
    options.db_path = db_path;
    options.port = 0;
    auto server = Server::create(std::move(options));
    EXPECT_TRUE(server.ok()) << server.error().message();
    m_server = std::move(*server);
    auto port = m_server->bind();
    EXPECT_TRUE(port.ok()) << port.error().message();
    m_port = *port;
    m_thread = std::thread([this] { (void)m_server->run(); });
  }
  ~RunningServer() {
    m_server->stop();
    m_thread.join();
  }
  int port() const { return m_port; }

  struct Answer {
    int status = 0;
    std::string body;
    json parsed;
    std::string content_type;
    std::string csp;
  };
  Answer get(const std::string& target) const {
    httplib::Client client("127.0.0.1", m_port);
    client.set_url_encode(false);
    auto result = client.Get(target);
    Answer answer;
    if (!result) return answer;
    answer.status = result->status;
    answer.body = result->body;
    answer.content_type = result->get_header_value("Content-Type");
    answer.csp = result->get_header_value("Content-Security-Policy");
    answer.parsed = json::parse(answer.body, nullptr, false);
    return answer;
  }
  // Sends `target` verbatim on a socket: no client-side normalisation of the path.
  std::pair<int, std::string> raw_get(const std::string& target) const {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<uint16_t>(m_port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) return {0, ""};
    std::string request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    (void)::write(fd, request.data(), request.size());
    std::string response;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;) response.append(buffer, static_cast<size_t>(n));
    ::close(fd);
    int status = response.size() > 12 ? std::stoi(response.substr(9, 3)) : 0;
    return {status, response};
  }

 private:
  std::unique_ptr<Server> m_server;
  int m_port = 0;
  std::thread m_thread;
};

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
    std::ofstream(*s_dir + "/concepts/messaging/concept.json") << R"({"id":"messaging","title":"Durable messaging"})";
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
  EXPECT_EQ(best["snippet"]["lines"][1], "    log.info(\"charged\", kv(\"order\", id), kv(\"amount\", cents));");
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

// The (region, quality) rows of an examples answer, in order.
std::vector<std::pair<std::string, double>> ranked(const json& answer) {
  std::vector<std::pair<std::string, double>> out;
  for (const auto& example : answer["examples"]) out.emplace_back(example["region_name"], example["quality"]);
  return out;
}

TEST_F(ViewerApi, CursorsWalkTheSameRankingAsPagesBothWays) {
  for (const char* order : {"best", "worst"}) {
    std::string base = std::string("/api/examples?concept=logging&per_page=1&order=") + order;
    std::vector<std::pair<std::string, double>> by_page;
    for (int page = 1; page <= 5; ++page) {
      auto rows = ranked(server().get(base + "&page=" + std::to_string(page)).parsed);
      by_page.insert(by_page.end(), rows.begin(), rows.end());
    }
    ASSERT_EQ(by_page.size(), 4u) << order;  // charge 0.9, checkout 0.7, search 0.5, refund 0.2

    auto first = server().get(base);
    ASSERT_EQ(first.status, 200) << first.body;
    EXPECT_EQ(first.parsed["has_previous"], false);
    EXPECT_TRUE(first.parsed["prev"].is_null());
    std::vector<std::pair<std::string, double>> forwards = ranked(first.parsed);
    std::vector<std::string> cursors = {""};
    json answer = first.parsed;
    while (answer["has_more"] == true) {
      ASSERT_TRUE(answer["next"].is_string()) << answer.dump();
      auto next = server().get(base + "&after=" + encode(answer["next"]));
      ASSERT_EQ(next.status, 200) << next.body;
      answer = next.parsed;
      EXPECT_EQ(answer["has_previous"], true);
      EXPECT_TRUE(answer["page"].is_null());
      auto rows = ranked(answer);
      forwards.insert(forwards.end(), rows.begin(), rows.end());
      ASSERT_LT(forwards.size(), 10u) << "the cursor walk does not end";
    }
    EXPECT_EQ(forwards, by_page) << order;
    EXPECT_TRUE(answer["next"].is_null());

    // And back from the last row to the first by `prev`.
    std::vector<std::pair<std::string, double>> backwards = ranked(answer);
    while (answer["has_previous"] == true) {
      auto prev = server().get(base + "&before=" + encode(answer["prev"]));
      ASSERT_EQ(prev.status, 200) << prev.body;
      answer = prev.parsed;
      EXPECT_EQ(answer["has_more"], true);
      auto rows = ranked(answer);
      backwards.insert(backwards.begin(), rows.begin(), rows.end());
      ASSERT_LT(backwards.size(), 10u) << "the backwards walk does not end";
    }
    EXPECT_EQ(backwards, by_page) << order;
  }
  // A page of two after the best row, and the two before the worst: the middle of the ranking.
  auto first = server().get("/api/examples?concept=logging&per_page=1");
  auto middle = server().get("/api/examples?concept=logging&per_page=2&after=" + encode(first.parsed["next"]));
  EXPECT_EQ(ranked(middle.parsed), (std::vector<std::pair<std::string, double>>{{"CheckoutApi", 0.7}, {"search", 0.5}}));
  EXPECT_EQ(middle.parsed["has_more"], true);
}

TEST_F(ViewerApi, BadCursorsAre400WithAMessage) {
  auto first = server().get("/api/examples?concept=logging&per_page=1");
  std::string next = encode(first.parsed["next"]);
  const std::pair<std::string, const char*> cases[] = {
      {"/api/examples?concept=logging&after=abc", "after"},
      {"/api/examples?concept=logging&after=0.5_zz_1", "after"},
      {"/api/examples?concept=logging&after=nan_aa_1", "after"},
      {"/api/examples?concept=logging&before=0.5_aa_-1", "before"},
      {"/api/examples?concept=logging&before=0.5_aa_1x", "before"},
      {"/api/examples?concept=logging&after=" + std::string(200, '1'), "after"},
      {"/api/examples?concept=logging&after=" + next + "&before=" + next, "before"},
      {"/api/examples?concept=logging&after=" + next + "&page=2", "page"},
  };
  for (const auto& [target, parameter] : cases) {
    auto answer = server().get(target);
    EXPECT_EQ(answer.status, 400) << target << " → " << answer.body;
    ASSERT_TRUE(answer.parsed.is_object()) << target << " → " << answer.body;
    EXPECT_NE(answer.parsed["error"].get<std::string>().find(parameter), std::string::npos)
        << target << " → " << answer.body;
  }
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

  auto ranged = server().get("/api/timeline?service=payments&since=" + std::to_string(k_fixture_t0 + 100 * k_day));
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
    ASSERT_TRUE(writer->exec("INSERT INTO incidents(source, source_id, service, created_at) VALUES ('x', '1', 'fresh', 1)"
                             "; INSERT INTO models(created_at, json) VALUES (5, '{\"format\":\"other\"}')").ok());
  }
  EXPECT_EQ(server.get("/api/services?sort=name").parsed["total"], 5);
  EXPECT_EQ(server.get("/api/model").parsed["model"]["format"], "other");
}

TEST(ViewerServer, ExamplesFollowTheHeadTreesAsScansRewriteThem) {
  std::string dir = temp_dir("heads");
  testing::FixtureOptions fixture;
  fixture.train_model = false;
  ASSERT_TRUE(testing::write_viewer_fixture(dir + "/v.db", fixture).ok());
  RunningServer server(dir + "/v.db");
  auto best = [&server] {
    auto answer = server.get("/api/examples?concept=logging&per_page=1");
    const auto& example = answer.parsed["examples"][0];
    return example["region_name"].get<std::string>() + " in " + example.value("repo", "?") + "/" + example.value("path", "?");
  };
  EXPECT_EQ(best(), "PaymentService.charge in payments/src/main/java/acme/PaymentService.java");
  auto write = [&dir](const std::string& sql) {
    auto writer = store::Database::open(dir + "/v.db");
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE(writer->exec(sql).ok()) << sql;
  };
  // payments' new head no longer has the file; tools still vendors the same blob.
  write("DELETE FROM repo_files WHERE repo_id = 1");
  EXPECT_EQ(best(), "PaymentService.charge in tools/vendor/PaymentService.java");
  // No head tree holds it: it is history, never an example.
  write("DELETE FROM repo_files WHERE repo_id = 3");
  EXPECT_EQ(best(), "CheckoutApi in mono/services/checkout/CheckoutApi.java");
  // A re-analysis rewrites the blob's findings; a rescan brings the file back.
  write("UPDATE findings SET quality = 0.1 WHERE region_name = 'PaymentService.charge' AND concept = 'logging'");
  write("INSERT INTO repo_files(repo_id, path, blob_oid) VALUES (1, 'src/Pay.java', '" + std::string(40, 'a') + "')");
  EXPECT_EQ(best(), "CheckoutApi in mono/services/checkout/CheckoutApi.java");
  auto worst = server.get("/api/examples?concept=logging&order=worst&per_page=1");
  EXPECT_EQ(worst.parsed["examples"][0]["region_name"], "PaymentService.charge") << worst.body;
  EXPECT_EQ(worst.parsed["examples"][0]["path"], "src/Pay.java");
  write("DELETE FROM findings WHERE blob_oid = '" + std::string(40, 'a') + "'");
  EXPECT_EQ(server.get("/api/examples?concept=logging&order=worst&per_page=1").parsed["examples"][0]["region_name"], "search");
}

TEST(ViewerServer, ExamplesOfADatabaseMadeBeforeHeadFindingsStillRank) {
  std::string dir = temp_dir("older");
  testing::FixtureOptions fixture;
  fixture.train_model = false;
  ASSERT_TRUE(testing::write_viewer_fixture(dir + "/v.db", fixture).ok());
  {
    auto writer = store::Database::open(dir + "/v.db");
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE(writer->exec("DROP TABLE head_findings").ok());
  }
  RunningServer server(dir + "/v.db");
  auto first = server.get("/api/examples?concept=logging&per_page=2");
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(ranked(first.parsed), (std::vector<std::pair<std::string, double>>{{"PaymentService.charge", 0.9}, {"CheckoutApi", 0.7}}));
  auto rest = server.get("/api/examples?concept=logging&per_page=2&after=" + encode(first.parsed["next"]));
  EXPECT_EQ(ranked(rest.parsed), (std::vector<std::pair<std::string, double>>{{"search", 0.5}, {"PaymentService.refund", 0.2}}));
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
