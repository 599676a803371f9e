// The real faultline binary on exports: `incidents import` (exit codes, the per-file summary,
// bad input named, --skip-bad, --json, idempotence) and `services` (mapping file stored,
// services with their repositories and incident counts, unmapped services listed).
#include <sys/wait.h>

#include <nlohmann/json.hpp>

#include "incident_test_support.h"

namespace faultline::ingest::testing {
namespace {

struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

class IncidentCliTest : public ::testing::Test {
 protected:
  CliRun faultline(const std::string& args) {
    std::string command = std::string("'") + FAULTLINE_BIN + "' " + args + " --db '" + m_db + "' >'" +
                          m_dir.file("out") + "' 2>'" + m_dir.file("err") + "'";
    int status = std::system(command.c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_text(m_dir.file("out")),
            read_text(m_dir.file("err"))};
  }
  int64_t count(const std::string& sql) {
    auto db = store::Database::open(m_db);
    EXPECT_TRUE(db.ok());
    auto n = db->query_int(sql);
    EXPECT_TRUE(n.ok());
    return n.ok() ? *n : -1;
  }

  ScratchDir m_dir;
  std::string m_db = m_dir.file("cli.db");
};

TEST_F(IncidentCliTest, ImportPrintsOneSummaryLinePerFileAndIsIdempotent) {
  std::string page = fixture("pagerduty_page.json");
  std::string csv = fixture("servicenow_semicolon.csv");
  CliRun first = faultline("incidents import '" + page + "' '" + csv + "'");
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, page + ": pagerduty: 2 imported, 0 updated, 0 unchanged, 0 skipped\n" + csv +
                           ": csv: 2 imported, 0 updated, 0 unchanged, 0 skipped\n");
  EXPECT_EQ(first.err, "");

  CliRun again = faultline("incidents import '" + page + "' '" + csv + "'");
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_EQ(again.out, page + ": pagerduty: 0 imported, 0 updated, 2 unchanged, 0 skipped\n" + csv +
                           ": csv: 0 imported, 0 updated, 2 unchanged, 0 skipped\n");
  EXPECT_EQ(count("SELECT count(*) FROM incidents"), 4);
}

TEST_F(IncidentCliTest, MalformedFileExitsTwoNamesThePlaceAndKeepsTheOthers) {
  std::string good = fixture("opsgenie.json");
  std::string bad = fixture("pagerduty_malformed.json");
  CliRun run = faultline("incidents import '" + good + "' '" + bad + "'");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, good + ": opsgenie: 2 imported, 0 updated, 0 unchanged, 0 skipped\n");
  EXPECT_EQ(run.err.rfind("faultline: " + bad + ":7:13: malformed JSON: ", 0), 0u) << run.err;
  EXPECT_EQ(count("SELECT count(*) FROM incidents"), 2);
}

TEST_F(IncidentCliTest, SkipBadListsBadRowsAndImportsTheRest) {
  std::string file = fixture("pagerduty_bad_row.json");
  CliRun strict = faultline("incidents import '" + file + "'");
  EXPECT_EQ(strict.exit_code, 2);
  EXPECT_EQ(count("SELECT count(*) FROM incidents"), 0);

  CliRun lenient = faultline("incidents import --skip-bad '" + file + "'");
  EXPECT_EQ(lenient.exit_code, 0) << lenient.err;
  EXPECT_EQ(lenient.out, file + ": pagerduty: 2 imported, 0 updated, 0 unchanged, 1 skipped\n");
  EXPECT_EQ(lenient.err,
            "faultline: skipped " + file +
                ":9:5: created_at: 'yesterday afternoon' is not an ISO-8601 time (expected YYYY-MM-DD)\n");
  EXPECT_EQ(count("SELECT count(*) FROM incidents"), 2);
}

TEST_F(IncidentCliTest, JsonSummaryAndForcedFormat) {
  std::string file = fixture("pagerduty_export.csv");
  CliRun run = faultline("incidents import --json --format csv '" + file + "'");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto report = nlohmann::json::parse(run.out);
  ASSERT_EQ(report["files"].size(), 1u);
  EXPECT_EQ(report["files"][0]["file"], file);
  EXPECT_EQ(report["files"][0]["format"], "csv");
  EXPECT_EQ(report["files"][0]["imported"], 2);
  EXPECT_EQ(report["files"][0]["skipped"], 0);
}

TEST_F(IncidentCliTest, MapOverridesAndBadUsage) {
  std::string file = m_dir.write("tickets.csv", "Ticket;What;Svc\nT-1;boom;checkout\n");
  CliRun unmapped = faultline("incidents import '" + file + "'");
  EXPECT_EQ(unmapped.exit_code, 2);
  EXPECT_NE(unmapped.err.find(file + ":1:1: no incident id column"), std::string::npos) << unmapped.err;

  CliRun mapped =
      faultline("incidents import --map Ticket=source_id --map What=title --map Svc=service '" + file + "'");
  EXPECT_EQ(mapped.exit_code, 0) << mapped.err;
  EXPECT_EQ(count("SELECT count(*) FROM incidents WHERE source_id = 'T-1' AND title = 'boom' AND service = "
                  "'checkout'"),
            1);

  CliRun bad_field = faultline("incidents import --map Ticket=colour '" + file + "'");
  EXPECT_EQ(bad_field.exit_code, 2);
  EXPECT_NE(bad_field.err.find("unknown field 'colour'"), std::string::npos) << bad_field.err;
  CliRun bad_format = faultline("incidents import --format yaml '" + file + "'");
  EXPECT_EQ(bad_format.exit_code, 2);
  EXPECT_NE(bad_format.err.find("--format yaml: expected one of auto|pagerduty|"), std::string::npos)
      << bad_format.err;
  CliRun missing = faultline("incidents import '" + m_dir.file("nope.json") + "'");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("nope.json: cannot open"), std::string::npos) << missing.err;
}

TEST_F(IncidentCliTest, ServicesStoresTheMappingAndListsUnmappedServices) {
  ASSERT_EQ(faultline("incidents import '" + fixture("pagerduty_analytics.json") + "' '" +
                      fixture("opsgenie.json") + "'")
                .exit_code,
            0);
  std::string mapping =
      m_dir.write("mapping.json", R"({"checkout": ["shop", "mono/services/checkout"], "gateway": ["edge"]})");
  CliRun run = faultline("services --mapping '" + mapping + "'");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "checkout: 1 incidents\n"
            "  mono services/checkout/ (mapping)\n"
            "  shop (mapping)\n"
            "gateway: 1 incidents\n"
            "  edge (mapping)\n"
            "unmapped services (2):\n"
            "  payments-api: 1 incidents\n"
            "  reports: 2 incidents\n");
  EXPECT_NE(run.err.find("repository 'shop' has not been scanned yet"), std::string::npos) << run.err;

  // A new mapping file replaces the earlier one, in one transaction.
  std::string second = m_dir.write("mapping2.json", R"({"reports": ["data-pipeline"]})");
  CliRun replaced = faultline("services --json --mapping '" + second + "'");
  ASSERT_EQ(replaced.exit_code, 0) << replaced.err;
  auto report = nlohmann::json::parse(replaced.out);
  ASSERT_EQ(report["services"].size(), 1u);
  EXPECT_EQ(report["services"][0]["service"], "reports");
  EXPECT_EQ(report["services"][0]["incidents"], 2);
  EXPECT_EQ(report["services"][0]["repos"][0]["repo"], "data-pipeline");
  EXPECT_EQ(report["services"][0]["repos"][0]["origin"], "mapping");
  EXPECT_EQ(report["unmapped"].size(), 3u);
  EXPECT_EQ(count("SELECT count(*) FROM service_repos WHERE origin = 'mapping'"), 1);

  std::string broken = m_dir.write("broken.json", "{\n  \"checkout\": 42\n}\n");
  CliRun bad = faultline("services --mapping '" + broken + "'");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find(broken + ":1:1: service 'checkout': expected a list of repositories"),
            std::string::npos)
      << bad.err;
  EXPECT_EQ(count("SELECT count(*) FROM service_repos WHERE origin = 'mapping'"),
            1);  // the earlier mapping stays
}

}  // namespace
}  // namespace faultline::ingest::testing
