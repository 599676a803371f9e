// Paging the viewer's examples over real HTTP: cursors (`after=`, `before=`) walk the same
// ranking as pages both ways, bad cursors are 400, and the ranking follows the head trees as
// scans rewrite them (head_findings, kept by the schema's triggers), including databases made
// before that table existed.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "store/database.h"
#include "tests/web/fixture/running_server.h"
#include "tests/web/fixture/viewer_fixture.h"

namespace faultline::web {
namespace {

using nlohmann::json;
using testing::encode;
using testing::RunningServer;
using testing::temp_dir;

// The viewer fixture without a model (paging does not read it), served once for the suite.
class ViewerPaging : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_dir = new std::string(temp_dir("paging"));
    testing::FixtureOptions options;
    options.train_model = false;
    auto written = testing::write_viewer_fixture(*s_dir + "/viewer.db", options);
    ASSERT_TRUE(written.ok()) << written.error().message();
    s_server = new RunningServer(*s_dir + "/viewer.db");
  }
  static void TearDownTestSuite() {
    delete s_server;
    delete s_dir;
  }
  static const RunningServer& server() { return *s_server; }

  static std::string* s_dir;
  static RunningServer* s_server;
};
std::string* ViewerPaging::s_dir = nullptr;
RunningServer* ViewerPaging::s_server = nullptr;

// The (region, quality) rows of an examples answer, in order.
std::vector<std::pair<std::string, double>> ranked(const json& answer) {
  std::vector<std::pair<std::string, double>> out;
  for (const auto& example : answer["examples"]) out.emplace_back(example["region_name"], example["quality"]);
  return out;
}

TEST_F(ViewerPaging, CursorsWalkTheSameRankingAsPagesBothWays) {
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
  auto middle =
      server().get("/api/examples?concept=logging&per_page=2&after=" + encode(first.parsed["next"]));
  EXPECT_EQ(ranked(middle.parsed),
            (std::vector<std::pair<std::string, double>>{{"CheckoutApi", 0.7}, {"search", 0.5}}));
  EXPECT_EQ(middle.parsed["has_more"], true);
}

TEST_F(ViewerPaging, BadCursorsAre400WithAMessage) {
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

TEST(ViewerServer, ExamplesFollowTheHeadTreesAsScansRewriteThem) {
  std::string dir = temp_dir("heads");
  testing::FixtureOptions fixture;
  fixture.train_model = false;
  ASSERT_TRUE(testing::write_viewer_fixture(dir + "/v.db", fixture).ok());
  RunningServer server(dir + "/v.db");
  auto best = [&server] {
    auto answer = server.get("/api/examples?concept=logging&per_page=1");
    const auto& example = answer.parsed["examples"][0];
    return example["region_name"].get<std::string>() + " in " + example.value("repo", "?") + "/" +
           example.value("path", "?");
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
  write(
      "UPDATE findings SET quality = 0.1 WHERE region_name = 'PaymentService.charge' AND concept = "
      "'logging'");
  write("INSERT INTO repo_files(repo_id, path, blob_oid) VALUES (1, 'src/Pay.java', '" +
        std::string(40, 'a') + "')");
  EXPECT_EQ(best(), "CheckoutApi in mono/services/checkout/CheckoutApi.java");
  auto worst = server.get("/api/examples?concept=logging&order=worst&per_page=1");
  EXPECT_EQ(worst.parsed["examples"][0]["region_name"], "PaymentService.charge") << worst.body;
  EXPECT_EQ(worst.parsed["examples"][0]["path"], "src/Pay.java");
  write("DELETE FROM findings WHERE blob_oid = '" + std::string(40, 'a') + "'");
  EXPECT_EQ(
      server.get("/api/examples?concept=logging&order=worst&per_page=1").parsed["examples"][0]["region_name"],
      "search");
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
  EXPECT_EQ(ranked(first.parsed), (std::vector<std::pair<std::string, double>>{{"PaymentService.charge", 0.9},
                                                                               {"CheckoutApi", 0.7}}));
  auto rest = server.get("/api/examples?concept=logging&per_page=2&after=" + encode(first.parsed["next"]));
  EXPECT_EQ(ranked(rest.parsed),
            (std::vector<std::pair<std::string, double>>{{"search", 0.5}, {"PaymentService.refund", 0.2}}));
}

}  // namespace
}  // namespace faultline::web
