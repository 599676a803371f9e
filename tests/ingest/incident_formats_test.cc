// Every incident format, imported from fixtures written for these tests into a real SQLite
// file: the canonical fields of each incident (times with offsets → UTC seconds, severity,
// status, ttr/tta given or computed), the format detected from the content, a malformed file
// per format (nothing of it stored, FILE:LINE:COL named), and re-import idempotence.
#include "incident_test_support.h"

namespace faultline::ingest::testing {
namespace {

using store::Incident;

class IncidentFormatsTest : public IncidentDbTest {};

TEST_F(IncidentFormatsTest, PagerDutyPageMapsEveryField) {
  auto result = import(fixture("pagerduty_page.json"));
  ASSERT_TRUE(result.ok()) << result.error().message();
  EXPECT_EQ(result->format, IncidentFormat::pagerduty);
  EXPECT_EQ(result->imported, 2);
  EXPECT_EQ(stored("pagerduty", "PT4KHLK"),
            (Incident{.source = "pagerduty",
                      .source_id = "PT4KHLK",
                      .number = 1234,
                      .title = "The server is on fire.",
                      .service = "Payments API",
                      .service_id = "PIJ90N7",
                      .team = "Payments",
                      .status = "resolved",
                      .status_raw = "resolved",
                      .sev_level = 2,
                      .sev_raw = "P2",
                      .urgency = 1,
                      .major = false,
                      .created_at = 1709283600,   // 2024-03-01T10:00:00+01:00
                      .ack_at = 1709283900,       // 2024-03-01T09:05:00Z
                      .resolved_at = 1709286330,  // 2024-03-01T10:45:30+01:00
                      .ttr_s = 2730,
                      .tta_s = 300,
                      .dedup_key = "baf7cf21b1da41b4b0221008339ff357",
                      .url = "https://acme.pagerduty.com/incidents/PT4KHLK"}));
  // No priority: the level comes from the urgency (low → 4); triggered is open.
  EXPECT_EQ(stored("pagerduty", "PX2B3C4"),
            (Incident{.source = "pagerduty",
                      .source_id = "PX2B3C4",
                      .number = 1235,
                      .title = "Disk full on search-7",
                      .service = "search",
                      .service_id = "PSV2222",
                      .status = "open",
                      .status_raw = "triggered",
                      .sev_level = 4,
                      .urgency = 3,
                      .created_at = 1709440200,  // 2024-03-02T23:30:00-05:00
                      .url = "https://acme.pagerduty.com/incidents/PX2B3C4"}));
}

TEST_F(IncidentFormatsTest, PagerDutyArrayOfPagesAndJsonLines) {
  auto pages = import(fixture("pagerduty_pages.json"));
  ASSERT_TRUE(pages.ok()) << pages.error().message();
  EXPECT_EQ(pages->format, IncidentFormat::pagerduty);
  EXPECT_EQ(pages->imported, 2);
  Incident acknowledged = stored("pagerduty", "PA00001");
  EXPECT_EQ(acknowledged.status, "acknowledged");
  EXPECT_EQ(acknowledged.ack_at, 1711929600 + 120);  // last_status_change_at of an acknowledged incident
  EXPECT_EQ(acknowledged.tta_s, 120);
  EXPECT_EQ(acknowledged.sev_level, 1);
  Incident resolved = stored("pagerduty", "PA00002");
  EXPECT_EQ(resolved.resolved_at, 1712016000 + 3600);  // last_status_change_at of a resolved incident
  EXPECT_EQ(resolved.ttr_s, 3600);
  EXPECT_EQ(resolved.sev_level, 4);

  auto lines = import(fixture("pagerduty_lines.jsonl"));
  ASSERT_TRUE(lines.ok()) << lines.error().message();
  EXPECT_EQ(lines->format, IncidentFormat::pagerduty);
  EXPECT_EQ(lines->imported, 3);
  Incident first = stored("pagerduty", "PL00001");
  EXPECT_EQ(first.created_at, 1714557600);  // 2024-05-01T12:00:00+02:00
  EXPECT_EQ(first.ttr_s, 1800);
  EXPECT_EQ(first.sev_level, 3);
  EXPECT_EQ(stored("pagerduty", "PL00002").sev_level, 2);  // no priority, high urgency
  EXPECT_EQ(count("service = 'billing'"), 3);
}

TEST_F(IncidentFormatsTest, PagerDutyAnalyticsRanksPriorityOrderAndKeepsGivenDurations) {
  auto result = import(fixture("pagerduty_analytics.json"));
  ASSERT_TRUE(result.ok()) << result.error().message();
  EXPECT_EQ(result->format, IncidentFormat::pagerduty_analytics);
  EXPECT_EQ(result->imported, 3);
  EXPECT_EQ(stored("pagerduty-analytics", "Q2M7EWAK8JYKDZ"),
            (Incident{.source = "pagerduty-analytics",
                      .source_id = "Q2M7EWAK8JYKDZ",
                      .number = 4321,
                      .title = "Checkout latency above SLO",
                      .service = "checkout",
                      .service_id = "PSVC001",
                      .team = "Checkout Team",
                      .status = "resolved",
                      .status_raw = "resolved",
                      .sev_level = 1,  // the largest priority_order of the export
                      .sev_raw = "Sev-Urgent",
                      .urgency = 1,
                      .major = true,
                      .created_at = 1707581700,   // 2024-02-10T08:15:00-08:00
                      .resolved_at = 1707585300,  // 2024-02-10T09:15:00-08:00
                      .ttr_s = 3599,              // given, not the 3600 the times say
                      .tta_s = 95}));
  Incident low = stored("pagerduty-analytics", "Q1LOWPRIORITY");
  EXPECT_EQ(low.sev_level, 3);
  EXPECT_EQ(low.ttr_s, 6 * 3600);  // not given: computed
  EXPECT_FALSE(low.tta_s.has_value());
  Incident open = stored("pagerduty-analytics", "Q3MIDPRIORITY");
  EXPECT_EQ(open.sev_level, 2);
  EXPECT_EQ(open.status, "open");  // no status and no resolution
  EXPECT_FALSE(open.status_raw.has_value());
}

TEST_F(IncidentFormatsTest, OpsgenieMapsEveryField) {
  auto result = import(fixture("opsgenie.json"));
  ASSERT_TRUE(result.ok()) << result.error().message();
  EXPECT_EQ(result->format, IncidentFormat::opsgenie);
  EXPECT_EQ(result->imported, 2);
  EXPECT_EQ(
      stored("opsgenie", "70413a06-38d6-4c85-92b8-5ebc900d42e2"),
      (Incident{
          .source = "opsgenie",
          .source_id = "70413a06-38d6-4c85-92b8-5ebc900d42e2",
          .number = 12,
          .title = "Payment provider timeouts",
          .service = "payments-api",
          .team = "payments-team",
          .status = "resolved",
          .status_raw = "resolved",
          .sev_level = 3,
          .sev_raw = "P3",
          .created_at = 1709625600,   // 2024-03-05T08:00:00.123Z, fraction dropped
          .resolved_at = 1709631000,  // impactEndDate 2024-03-05T11:30:00+02:00
          .ttr_s = 5400,
          .url = "https://acme.app.opsgenie.com/incident/detail/70413a06-38d6-4c85-92b8-5ebc900d42e2"}));
  Incident open = stored("opsgenie", "9a1b2c3d-0000-4000-8000-000000000002");
  EXPECT_EQ(open.status, "open");
  EXPECT_EQ(open.sev_level, 1);
  EXPECT_EQ(open.service, "gateway");
}

TEST_F(IncidentFormatsTest, IncidentIoTakesTimestampsByNameAndServiceFromCustomFields) {
  auto result = import(fixture("incidentio.json"));
  ASSERT_TRUE(result.ok()) << result.error().message();
  EXPECT_EQ(result->format, IncidentFormat::incident_io);
  EXPECT_EQ(result->imported, 2);
  EXPECT_EQ(stored("incident.io", "01HQ7Z8X9Y0ABCDEF123456789"),
            (Incident{.source = "incident.io",
                      .source_id = "01HQ7Z8X9Y0ABCDEF123456789",
                      .number = 42,
                      .title = "Checkout pages returning 502",
                      .service = "checkout",
                      .team = "Checkout squad",
                      .status = "acknowledged",  // category "live"
                      .status_raw = "Monitoring",
                      .sev_level = 2,
                      .sev_raw = "Major",
                      .created_at = 1709726280,   // "Reported at", not created_at
                      .ack_at = 1709726580,       // "Accepted at"
                      .resolved_at = 1709726400,  // "Resolved at" 2024-03-06T14:00:00+02:00
                      .ttr_s = 120,
                      .tta_s = 300,
                      .url = "https://app.incident.io/acme/incidents/42"}));
  Incident declined = stored("incident.io", "01HQ7Z8X9Y0ABCDEF123456790");
  EXPECT_EQ(declined.status, "cancelled");
  EXPECT_EQ(declined.status_raw, "Declined");
  EXPECT_EQ(declined.sev_level, 3);  // "Minor"
  EXPECT_FALSE(declined.service.has_value());
}

TEST_F(IncidentFormatsTest, FireHydrantShiftsAScaleThatStartsAtZero) {
  auto result = import(fixture("firehydrant.json"));
  ASSERT_TRUE(result.ok()) << result.error().message();
  EXPECT_EQ(result->format, IncidentFormat::firehydrant);
  EXPECT_EQ(result->imported, 2);
  EXPECT_EQ(stored("firehydrant", "6d1f4a2e-6c2a-4c0e-9a0e-1d2f3a4b5c6d"),
            (Incident{.source = "firehydrant",
                      .source_id = "6d1f4a2e-6c2a-4c0e-9a0e-1d2f3a4b5c6d",
                      .number = 7,
                      .title = "Search results empty",
                      .service = "search",
                      .service_id = "svc-search",
                      .team = "Search",
                      .status = "resolved",
                      .status_raw = "resolved",
                      .sev_level = 2,  // SEV1 in an export that has SEV0
                      .sev_raw = "SEV1",
                      .created_at = 1709891700,   // started_at
                      .ack_at = 1709892060,       // the acknowledged milestone
                      .resolved_at = 1709898900,  // the resolved milestone, 12:55:00+01:00
                      .ttr_s = 7200,
                      .tta_s = 360,
                      .url = "https://app.firehydrant.io/incidents/6d1f4a2e-6c2a-4c0e-9a0e-1d2f3a4b5c6d"}));
  Incident down = stored("firehydrant", "7e2a5b3f-0000-4000-8000-000000000008");
  EXPECT_EQ(down.sev_level, 1);  // SEV0
  EXPECT_EQ(down.status, "open");
  EXPECT_EQ(down.service, "web");  // from impacts[] of type service
  EXPECT_EQ(down.service_id, "svc-web");
}

TEST_F(IncidentFormatsTest, PagerDutyCsvExportWithQuotesAndEmbeddedLineBreak) {
  auto result = import(fixture("pagerduty_export.csv"));
  ASSERT_TRUE(result.ok()) << result.error().message();
  EXPECT_EQ(result->format, IncidentFormat::csv);
  EXPECT_EQ(result->imported, 2);
  EXPECT_EQ(stored("csv", "PCSV001"),
            (Incident{.source = "csv",
                      .source_id = "PCSV001",
                      .number = 501,
                      .title = "Database failover, then \"split brain\"",
                      .service = "orders-db",
                      .service_id = "PDB01",
                      .team = "Storage",
                      .status = "resolved",
                      .status_raw = "resolved",
                      .sev_level = 1,
                      .sev_raw = "P1",
                      .urgency = 1,
                      .created_at = 1705332123,   // created_on 2024-01-15T10:22:03-05:00
                      .resolved_at = 1705335723,  // resolved_on
                      .ttr_s = 3600,
                      .tta_s = 120,
                      .dedup_key = "key-501",
                      .url = "https://acme.pagerduty.com/incidents/PCSV001"}));
  Incident two_lines = stored("csv", "PCSV002");
  EXPECT_EQ(two_lines.title, "Two lines\r\nof title");
  EXPECT_EQ(two_lines.created_at, 1705392000);  // "2024-01-16 08:00:00 +0000"
  EXPECT_EQ(two_lines.sev_level, 4);            // no priority, low urgency
  EXPECT_FALSE(two_lines.dedup_key.has_value());
}

TEST_F(IncidentFormatsTest, SemicolonCsvWithByteOrderMarkAndServiceNowColumns) {
  auto result = import(fixture("servicenow_semicolon.csv"));
  ASSERT_TRUE(result.ok()) << result.error().message();
  EXPECT_EQ(result->format, IncidentFormat::csv);
  EXPECT_EQ(result->imported, 2);
  EXPECT_EQ(stored("csv", "INC0010001"), (Incident{.source = "csv",
                                                   .source_id = "INC0010001",
                                                   .number = 10001,
                                                   .title = "Login fails; users locked out",
                                                   .service = "auth-service",
                                                   .team = "Identity",
                                                   .status = "resolved",
                                                   .status_raw = "Resolved",
                                                   .sev_level = 1,
                                                   .sev_raw = "1 - Critical",
                                                   .created_at = 1706778000,
                                                   .resolved_at = 1706780700,
                                                   .ttr_s = 2700}));
  Incident moderate = stored("csv", "INC0010002");
  EXPECT_EQ(moderate.title, "Slow search\nresults");
  EXPECT_EQ(moderate.sev_level, 3);
  EXPECT_EQ(moderate.status, "acknowledged");  // "In Progress"
  EXPECT_EQ(moderate.service, "Search Service");
}

// A malformed file names its place and stores nothing of itself; what came before stays.
struct Malformed {
  const char* file;
  const char* place;  // "LINE:COL: " expected right after the file name
  const char* says;
};

class MalformedFileTest : public IncidentDbTest, public ::testing::WithParamInterface<Malformed> {};

TEST_P(MalformedFileTest, NamesFileLineColumnAndStoresNothing) {
  auto good = import(fixture("pagerduty_page.json"));
  ASSERT_TRUE(good.ok()) << good.error().message();
  std::string before = dump();

  const Malformed& bad = GetParam();
  auto result = import(fixture(bad.file));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().message().rfind(fixture(bad.file) + ":" + bad.place, 0), 0u)
      << result.error().message();
  EXPECT_NE(result.error().message().find(bad.says), std::string::npos) << result.error().message();
  EXPECT_EQ(dump(), before);
  EXPECT_EQ(count(), 2);
}

INSTANTIATE_TEST_SUITE_P(
    EveryFormat, MalformedFileTest,
    ::testing::Values(Malformed{"pagerduty_malformed.json", "7:13: ", "malformed JSON"},
                      Malformed{"pagerduty_bad_row.json",
                                "9:5: ", "created_at: 'yesterday afternoon' is not an ISO-8601 time"},
                      Malformed{"pagerduty_analytics_malformed.json", "7:5: ", "malformed JSON"},
                      Malformed{"opsgenie_malformed.json", "5:32: ", "malformed JSON"},
                      Malformed{"incidentio_malformed.json", "4:18: ", "malformed JSON"},
                      Malformed{"firehydrant_malformed.json", "1:1: ", "\"data\" is not a list of incidents"},
                      Malformed{"csv_malformed.csv", "3:8: ", "quoted field never closed"}),
    [](const ::testing::TestParamInfo<Malformed>& info) {
      std::string name = info.param.file;
      return name.substr(0, name.find('.'));
    });

TEST_F(IncidentFormatsTest, SkipBadStoresTheGoodRowsAndListsTheBadOnes) {
  ImportOptions options;
  options.skip_bad = true;
  auto result = import(fixture("pagerduty_bad_row.json"), options);
  ASSERT_TRUE(result.ok()) << result.error().message();
  EXPECT_EQ(result->imported, 2);
  ASSERT_EQ(result->bad_rows.size(), 1u);
  EXPECT_EQ(result->bad_rows[0],
            fixture("pagerduty_bad_row.json") +
                ":9:5: created_at: 'yesterday afternoon' is not an ISO-8601 time (expected "
                "YYYY-MM-DD)");
  EXPECT_EQ(count(), 2);
  EXPECT_EQ(count("source_id = 'PBAD002'"), 0);
}

TEST_F(IncidentFormatsTest, ReimportingEveryFormatChangesNothing) {
  const char* files[] = {"pagerduty_page.json",      "pagerduty_pages.json", "pagerduty_lines.jsonl",
                         "pagerduty_analytics.json", "opsgenie.json",        "incidentio.json",
                         "firehydrant.json",         "pagerduty_export.csv", "servicenow_semicolon.csv"};
  int64_t total = 0;
  for (const char* file : files) {
    auto first = import(fixture(file));
    ASSERT_TRUE(first.ok()) << first.error().message();
    total += first->imported;
  }
  EXPECT_EQ(count(), total);
  std::string before = dump();
  for (const char* file : files) {
    auto again = import(fixture(file));
    ASSERT_TRUE(again.ok()) << again.error().message();
    EXPECT_EQ(again->imported, 0) << file;
    EXPECT_EQ(again->updated, 0) << file;
    EXPECT_GT(again->unchanged, 0) << file;
  }
  EXPECT_EQ(dump(), before);
}

TEST_F(IncidentFormatsTest, ChangedIncidentIsUpdatedInPlace) {
  ASSERT_TRUE(import(fixture("opsgenie.json")).ok());
  std::string text = read_text(fixture("opsgenie.json"));
  text.replace(text.find("\"status\": \"open\""), 16, "\"status\": \"closed\"");
  auto result = import(m_dir.write("opsgenie-later.json", text));
  ASSERT_TRUE(result.ok()) << result.error().message();
  EXPECT_EQ(result->imported, 0);
  EXPECT_EQ(result->updated, 1);
  EXPECT_EQ(result->unchanged, 1);
  EXPECT_EQ(stored("opsgenie", "9a1b2c3d-0000-4000-8000-000000000002").status, "closed");
  EXPECT_EQ(count(), 2);
}

TEST_F(IncidentFormatsTest, ForcedFormatOverridesDetection) {
  ImportOptions options;
  options.parse.format = IncidentFormat::pagerduty_analytics;
  auto result = import(fixture("pagerduty_page.json"), options);
  ASSERT_TRUE(result.ok()) << result.error().message();
  EXPECT_EQ(result->format, IncidentFormat::pagerduty_analytics);
  EXPECT_EQ(count("source = 'pagerduty-analytics'"), 2);
}

TEST_F(IncidentFormatsTest, UnknownJsonShapeAsksForFormat) {
  auto result =
      import(m_dir.write("odd.json", "{\"data\": [\n  {\"id\": \"x\", \"colour\": \"blue\"}\n]}\n"));
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().message().find("odd.json:2:3: cannot tell the format"), std::string::npos)
      << result.error().message();
  EXPECT_NE(result.error().message().find("--format"), std::string::npos);
}

}  // namespace
}  // namespace faultline::ingest::testing
