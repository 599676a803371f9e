// The panel built from a real SQLite file: exact feature and target values at chosen windows,
// for a whole-repository service and two services of a monorepo (path prefixes).
#include "model/panel.h"

#include <gtest/gtest.h>

#include <cmath>

#include "tests/model/org_database.h"

namespace faultline::model {
namespace {

constexpr int64_t k_day = 86400;
constexpr int64_t k_t0 = 1704067200;  // 2024-01-01 00:00 UTC
constexpr int64_t k_week = 7 * k_day;

const PanelRow* find_row(const Panel& panel, const std::string& service, int64_t start) {
  for (const auto& row : panel.rows)
    if (row.service == service && row.window_start == start) return &row;
  return nullptr;
}

class PanelFromDatabase : public ::testing::Test {
 protected:
  void SetUp() override {
    auto& org = m_org;
    org.begin();
    // payments: a whole repository, matched to its service by name.
    int64_t payments = org.add_repo("payments");
    int64_t c1 = org.add_commit(payments, 0, k_t0 + int64_t{10} * 3600, "a@x", 100, 0);
    org.add_snapshot(c1, "", 1000);
    org.add_concept(c1, "", "logging", 10, 4, 3.0);
    org.add_concept(c1, "", "tracing", 10, 0, 0.0);
    int64_t c2 = org.add_commit(payments, 1, k_t0 + 3 * k_day, "b@x", 20, 5);
    org.add_snapshot(c2, "", 1015);
    org.add_concept(c2, "", "logging", 10, 5, 3.5);
    int64_t side = org.add_commit(payments, -1, k_t0 + 8 * k_day, "z@x", 1000, 0);  // off the chain
    org.add_snapshot(side, "", 99999);
    int64_t c3 = org.add_commit(payments, 2, k_t0 + 9 * k_day, "a@x", 30, 10);
    org.add_snapshot(c3, "", 1035);
    org.add_concept(c3, "", "logging", 12, 6, 4.8);
    org.add_concept(c3, "", "tracing", 12, 3, 2.4);
    int64_t c4 = org.add_commit(payments, 3, k_t0 + 13 * k_day, "c@x", 7, 3);
    org.add_snapshot(c4, "", 1039);
    org.add_concept(c4, "", "logging", 12, 6, 4.2);
    // Committer clock skew: the next commit of the chain carries an earlier time.
    int64_t c5 = org.add_commit(payments, 4, k_t0 + 12 * k_day, "a@x", 1, 1);
    org.add_snapshot(c5, "", 1040);
    org.add_concept(c5, "", "logging", 12, 7, 5.6);
    org.add_concept(c5, "", "tracing", 12, 3, 2.4);

    // mono: a monorepo holding checkout and search under path prefixes.
    int64_t mono = org.add_repo("mono");
    org.map_service("checkout", "mono", "services/checkout/");
    org.map_service("search", "mono", "services/search/");
    int64_t m1 = org.add_commit(mono, 0, k_t0 + 1 * k_day, "d@x", 50, 0);
    org.add_change(m1, "services/checkout/a.go", 40, 0);
    org.add_change(m1, "services/search/b.go", 10, 0);
    int64_t m2 = org.add_commit(mono, 1, k_t0 + 2 * k_day, "e@x", 6, 5);
    org.add_change(m2, "services/search/b.go", 5, 5);
    org.add_change(m2, "README", 1, 0);
    int64_t m3 = org.add_commit(mono, 2, k_t0 + 10 * k_day, "d@x", 12, 2);
    org.add_change(m3, "services/checkout/a.go", 12, 2);
    for (int64_t commit : {m1, m2}) {
      org.add_snapshot(commit, "", 500);
      org.add_snapshot(commit, "services/checkout/", 400);
      org.add_concept(commit, "services/checkout/", "logging", 5, 1, 0.5);
      org.add_snapshot(commit, "services/search/", 100);
      org.add_concept(commit, "services/search/", "timeouts", 2, 1, 0.9);
    }
    org.add_snapshot(m3, "services/checkout/", 410);
    org.add_concept(m3, "services/checkout/", "logging", 6, 2, 1.5);
    org.add_snapshot(m3, "services/search/", 100);
    org.add_concept(m3, "services/search/", "timeouts", 2, 1, 0.9);

    // A mapped service whose repository was never scanned, and an unmapped one.
    org.map_service("dormant", "never-scanned", "");
    org.add_incident("ghost", k_t0 + 20 * k_day, 1, 60);

    // payments' incidents in its second week: two with a severity, two resolved.
    org.add_incident("payments", k_t0 + k_week + 3600, 2, 3600);
    org.add_incident("payments", k_t0 + 8 * k_day, 0, -1, k_t0 + 8 * k_day + 7200);  // TTR from resolved_at
    org.add_incident("payments", k_t0 + 9 * k_day, 4, -1);                           // unresolved
    org.add_incident("checkout", k_t0 + 15 * k_day, 1, 600);  // the last event of mapped services
    org.commit();
  }

  testing::OrgDatabase m_org{"panel.db"};
};

TEST_F(PanelFromDatabase, GridRunsFromTheFirstCodeToTheLastEvent) {
  auto panel = build_panel(m_org.db(), {k_week});
  ASSERT_TRUE(panel.ok()) << panel.error().message();
  EXPECT_EQ(panel->start, k_t0);
  EXPECT_EQ(panel->end, k_t0 + 15 * k_day + 1);
  EXPECT_EQ(panel->concepts, (std::vector<std::string>{"logging", "timeouts", "tracing"}));
  EXPECT_EQ(panel->unmapped_services, (std::vector<std::string>{"ghost"}));
  EXPECT_EQ(panel->services_without_code, (std::vector<std::string>{"dormant"}));
  // payments' first commit lands after midnight: its first window is the second week.
  std::vector<std::pair<std::string, int64_t>> keys;
  for (const auto& row : panel->rows) keys.emplace_back(row.service, row.window_start - k_t0);
  EXPECT_EQ(keys, (std::vector<std::pair<std::string, int64_t>>{{"checkout", k_week},
                                                                {"payments", k_week},
                                                                {"search", k_week},
                                                                {"checkout", 2 * k_week},
                                                                {"payments", 2 * k_week},
                                                                {"search", 2 * k_week}}));
  const PanelRow* last = find_row(*panel, "checkout", k_t0 + 2 * k_week);
  ASSERT_NE(last, nullptr);
  EXPECT_DOUBLE_EQ(last->exposure_days, 1.0 + 1.0 / 86400);
  EXPECT_EQ(last->incidents, 1);
  EXPECT_EQ(last->severity_count, 1);
  EXPECT_DOUBLE_EQ(last->severity_mean, 1.0);
  EXPECT_DOUBLE_EQ(last->log_ttr_mean, std::log1p(600.0));
}

TEST_F(PanelFromDatabase, WholeRepositoryFeaturesAndTargets) {
  auto panel = build_panel(m_org.db(), {k_week});
  ASSERT_TRUE(panel.ok()) << panel.error().message();
  const PanelRow* week1 = find_row(*panel, "payments", k_t0 + k_week);
  ASSERT_NE(week1, nullptr);
  const FeatureRow& f1 = week1->features;  // then-current commit c2; c1 and c2 in the week before
  EXPECT_DOUBLE_EQ(f1.density.at("logging"), 0.5);
  EXPECT_DOUBLE_EQ(f1.quality.at("logging"), 0.7);
  EXPECT_EQ(f1.density.count("tracing"), 0u);
  EXPECT_DOUBLE_EQ(f1.log_code_lines, std::log1p(1015.0));
  EXPECT_DOUBLE_EQ(f1.log_churn, std::log1p(125.0));
  EXPECT_DOUBLE_EQ(f1.log_commits, std::log1p(2));
  EXPECT_DOUBLE_EQ(f1.log_authors, std::log1p(2));
  EXPECT_DOUBLE_EQ(f1.age_days, 7.0 - 10.0 / 24);
  EXPECT_DOUBLE_EQ(week1->exposure_days, 7.0);
  EXPECT_EQ(week1->incidents, 3);
  EXPECT_EQ(week1->severity_count, 2);
  EXPECT_DOUBLE_EQ(week1->severity_mean, 3.0);
  EXPECT_EQ(week1->ttr_count, 2);
  EXPECT_DOUBLE_EQ(week1->log_ttr_mean, (std::log1p(3600.0) + std::log1p(7200.0)) / 2);

  // Week 2: the then-current commit is c5 (greatest first-parent index), though c4 is later
  // by the clock; the side-branch commit counts for nothing.
  const PanelRow* week2 = find_row(*panel, "payments", k_t0 + 2 * k_week);
  ASSERT_NE(week2, nullptr);
  const FeatureRow& f2 = week2->features;
  EXPECT_DOUBLE_EQ(f2.density.at("logging"), 7.0 / 12);
  EXPECT_DOUBLE_EQ(f2.quality.at("logging"), 0.8);
  EXPECT_DOUBLE_EQ(f2.density.at("tracing"), 0.25);
  EXPECT_DOUBLE_EQ(f2.quality.at("tracing"), 0.8);
  EXPECT_DOUBLE_EQ(f2.log_code_lines, std::log1p(1040.0));
  EXPECT_DOUBLE_EQ(f2.log_churn, std::log1p(52.0));
  EXPECT_DOUBLE_EQ(f2.log_commits, std::log1p(3));
  EXPECT_DOUBLE_EQ(f2.log_authors, std::log1p(2));
  EXPECT_EQ(week2->incidents, 0);
}

TEST_F(PanelFromDatabase, MonorepoPrefixesScopeSnapshotsAndChurn) {
  auto panel = build_panel(m_org.db(), {k_week});
  ASSERT_TRUE(panel.ok()) << panel.error().message();
  const PanelRow* checkout1 = find_row(*panel, "checkout", k_t0 + k_week);
  const PanelRow* search1 = find_row(*panel, "search", k_t0 + k_week);
  const PanelRow* checkout2 = find_row(*panel, "checkout", k_t0 + 2 * k_week);
  ASSERT_TRUE(checkout1 && search1 && checkout2);
  EXPECT_DOUBLE_EQ(checkout1->features.density.at("logging"), 0.2);
  EXPECT_DOUBLE_EQ(checkout1->features.quality.at("logging"), 0.5);
  EXPECT_DOUBLE_EQ(checkout1->features.log_code_lines, std::log1p(400.0));
  EXPECT_DOUBLE_EQ(checkout1->features.log_churn, std::log1p(40.0));  // m2 changed nothing of checkout
  EXPECT_DOUBLE_EQ(checkout1->features.log_commits, std::log1p(1));
  EXPECT_DOUBLE_EQ(checkout1->features.log_authors, std::log1p(1));
  EXPECT_DOUBLE_EQ(checkout1->features.age_days, 6.0);
  EXPECT_DOUBLE_EQ(search1->features.density.at("timeouts"), 0.5);
  EXPECT_DOUBLE_EQ(search1->features.quality.at("timeouts"), 0.9);
  EXPECT_DOUBLE_EQ(search1->features.log_churn, std::log1p(20.0));
  EXPECT_DOUBLE_EQ(search1->features.log_commits, std::log1p(2));
  EXPECT_DOUBLE_EQ(search1->features.log_authors, std::log1p(2));
  EXPECT_DOUBLE_EQ(checkout2->features.density.at("logging"), 2.0 / 6);
  EXPECT_DOUBLE_EQ(checkout2->features.quality.at("logging"), 0.75);
  EXPECT_DOUBLE_EQ(checkout2->features.log_churn, std::log1p(14.0));
}

TEST_F(PanelFromDatabase, DailyWindowsStartAtTheFirstDayWithCode) {
  auto panel = build_panel(m_org.db(), {k_day});
  ASSERT_TRUE(panel.ok()) << panel.error().message();
  // payments' first commit is at 10:00 on day 0, so its first daily window is day 1.
  const PanelRow* first = nullptr;
  for (const auto& row : panel->rows)
    if (row.service == "payments") {
      first = &row;
      break;
    }
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->window_start, k_t0 + k_day);
  EXPECT_DOUBLE_EQ(first->features.log_churn, std::log1p(100.0));
  // 16 daily windows (days 0..15) for checkout, from day 1 (mono's first commit) on: 15.
  int checkout_rows = 0;
  for (const auto& row : panel->rows) checkout_rows += row.service == "checkout";
  EXPECT_EQ(checkout_rows, 15);
}

}  // namespace
}  // namespace faultline::model
