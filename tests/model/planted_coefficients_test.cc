// A panel with planted coefficients, generated here with a fixed seed: features that move
// over time within each service, Poisson incident counts from a planted log-rate, and mean
// severity / log-TTR from planted linear models with noise. The trainer must recover the
// planted coefficients (on the features' own scale) within tolerance, and beat the
// per-service historical mean on the held-out later windows.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <set>

#include "model/predictor.h"
#include "model/trainer.h"

namespace faultline::model {
namespace {

constexpr int k_services = 24;
constexpr int k_windows = 120;
constexpr int64_t k_week = int64_t{7} * 86400;

// Planted effects on the raw scale of each feature (features not named here: 0).
const std::map<std::string, double> k_rate_effects = {
    {"density:tracing", -1.5}, {"quality:logging", -1.2}, {"density:timeouts", 0.9}, {"log_churn", 0.25}};
const double k_rate_intercept = -1.6;  // log incidents per day at zero features
const std::map<std::string, double> k_severity_effects = {{"quality:timeouts", 1.5},
                                                          {"density:tracing", 0.8}};
const double k_severity_intercept = 2.0;
const std::map<std::string, double> k_ttr_effects = {{"density:tracing", -1.2}, {"quality:logging", -0.8}};
const double k_ttr_intercept = 8.5;

double linear(const std::map<std::string, double>& effects, double intercept, const FeatureRow& row) {
  double value = intercept;
  for (const auto& [name, effect] : effects) value += effect * *feature_value(row, name);
  return value;
}

Panel planted_panel(uint64_t seed) {
  std::mt19937_64 random(seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::normal_distribution<double> normal(0.0, 1.0);
  Panel panel;
  panel.window_s = k_week;
  panel.concepts = {"logging", "timeouts", "tracing"};
  panel.feature_names = feature_names(panel.concepts);
  panel.start = 0;
  panel.end = k_windows * k_week;
  for (int s = 0; s < k_services; ++s) {
    // Each service starts somewhere and drifts, so features move within a service too.
    double tracing = unit(random);
    double logging_quality = 0.2 + 0.6 * unit(random);
    double timeouts = unit(random);
    double timeouts_quality = 0.2 + 0.6 * unit(random);
    double lines = 7 + 3 * unit(random);
    for (int w = 0; w < k_windows; ++w) {
      auto drift = [&](double value, double step, double low, double high) {
        return std::clamp(value + step * normal(random), low, high);
      };
      tracing = drift(tracing, 0.08, 0, 1);
      logging_quality = drift(logging_quality, 0.06, 0, 1);
      timeouts = drift(timeouts, 0.08, 0, 1);
      timeouts_quality = drift(timeouts_quality, 0.06, 0, 1);
      lines = drift(lines, 0.05, 5, 12);
      std::map<std::string, ConceptTotals> totals;
      totals["tracing"] = {1000, static_cast<int64_t>(std::lround(1000 * tracing)), 0};
      totals["tracing"].quality_sum = 0.6 * static_cast<double>(totals["tracing"].findings);
      totals["logging"] = {1000, 500, 500 * logging_quality};
      totals["timeouts"] = {1000, std::max<int64_t>(1, std::lround(1000 * timeouts)), 0};
      totals["timeouts"].quality_sum = timeouts_quality * static_cast<double>(totals["timeouts"].findings);
      ActivityTotals activity;
      activity.code_lines = std::lround(std::exp(lines));
      activity.churn_lines = std::lround(std::exp(1 + 4 * unit(random)));
      activity.commits = 1 + static_cast<int64_t>(10 * unit(random));
      activity.authors = 1 + static_cast<int64_t>(3 * unit(random));
      activity.age_days = 7.0 * w;
      PanelRow row;
      row.service = "service-" + std::to_string(100 + s);
      row.window_start = w * k_week;
      row.exposure_days = 7;
      row.features = build_feature_row(totals, activity);
      const double rate = std::exp(linear(k_rate_effects, k_rate_intercept, row.features));
      row.incidents = std::poisson_distribution<int>(rate * row.exposure_days)(random);
      if (row.incidents > 0) {
        row.severity_count = row.incidents;
        row.severity_mean = linear(k_severity_effects, k_severity_intercept, row.features) +
                            0.6 * normal(random) / std::sqrt(row.incidents);
        row.ttr_count = row.incidents;
        row.log_ttr_mean = linear(k_ttr_effects, k_ttr_intercept, row.features) +
                           0.8 * normal(random) / std::sqrt(row.incidents);
      }
      panel.rows.push_back(std::move(row));
    }
  }
  std::stable_sort(panel.rows.begin(), panel.rows.end(), [](const PanelRow& a, const PanelRow& b) {
    return a.window_start != b.window_start ? a.window_start < b.window_start : a.service < b.service;
  });
  return panel;
}

// The fitted coefficient of `feature` on the feature's own scale, and its SE.
std::pair<double, double> raw_coefficient(const Model& model, const TargetModel& target,
                                          const std::string& feature) {
  for (size_t j = 0; j < model.features.size(); ++j)
    if (model.features[j].name == feature)
      return {target.coef[j] / model.features[j].sd, target.se[j] / model.features[j].sd};
  ADD_FAILURE() << "no feature " << feature;
  return {0, 0};
}

void expect_recovered(const Model& model, const TargetModel& target,
                      const std::map<std::string, double>& planted, double tolerance) {
  ASSERT_TRUE(target.fitted) << target.target << ": " << target.note;
  for (const auto& feature : model.features) {
    if (feature.constant) continue;
    auto found = planted.find(feature.name);
    const double truth = found == planted.end() ? 0.0 : found->second;
    auto [coef, se] = raw_coefficient(model, target, feature.name);
    // Within the absolute tolerance, or three standard errors for noisy, narrow features.
    EXPECT_NEAR(coef, truth, std::max(tolerance, 3 * se))
        << target.target << " " << feature.name << " (SE " << se << ")";
  }
}

class PlantedCoefficients : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_panel = new Panel(planted_panel(20240601));
    auto trained = train(*s_panel);
    ASSERT_TRUE(trained.ok()) << trained.error().message();
    s_model = new Model(std::move(*trained));
  }
  static void TearDownTestSuite() {
    delete s_model;
    delete s_panel;
  }
  static Panel* s_panel;
  static Model* s_model;
};
Panel* PlantedCoefficients::s_panel = nullptr;
Model* PlantedCoefficients::s_model = nullptr;

TEST_F(PlantedCoefficients, RateCoefficientsAreRecovered) {
  ASSERT_NE(s_model, nullptr);
  expect_recovered(*s_model, s_model->rate, k_rate_effects, 0.25);
  auto [tracing, tracing_se] = raw_coefficient(*s_model, s_model->rate, "density:tracing");
  EXPECT_LT(tracing + 3 * tracing_se, 0) << "the planted protective effect is significant";
}

TEST_F(PlantedCoefficients, RateBeatsTheServiceMeanOnHeldOutWindows) {
  ASSERT_NE(s_model, nullptr);
  const auto& rate = s_model->rate;
  EXPECT_EQ(rate.holdout_observations, k_services * 24);  // the last 20% of 120 windows
  EXPECT_LT(rate.model.deviance, rate.baseline.deviance);
  EXPECT_LT(rate.model.mae, rate.baseline.mae);
  EXPECT_GT(rate.model.spearman, rate.baseline.spearman);
}

TEST_F(PlantedCoefficients, RidgeTargetsAreRecoveredAndBeatTheBaseline) {
  ASSERT_NE(s_model, nullptr);
  expect_recovered(*s_model, s_model->severity, k_severity_effects, 0.3);
  expect_recovered(*s_model, s_model->log_ttr, k_ttr_effects, 0.3);
  for (const TargetModel* target : {&s_model->severity, &s_model->log_ttr}) {
    EXPECT_LT(target->model.deviance, target->baseline.deviance) << target->target;
    EXPECT_LT(target->model.mae, target->baseline.mae) << target->target;
    EXPECT_GT(target->model.spearman, target->baseline.spearman) << target->target;
  }
}

TEST_F(PlantedCoefficients, RankingPutsThePlantedConceptsFirst) {
  ASSERT_NE(s_model, nullptr);
  auto ranked = rank_concepts(*s_model, s_model->rate);
  ASSERT_GE(ranked.size(), 3u);
  std::set<std::string> top = {ranked[0].feature, ranked[1].feature, ranked[2].feature};
  EXPECT_EQ(top, (std::set<std::string>{"density:tracing", "quality:logging", "density:timeouts"}));
  for (const auto& effect : ranked)
    if (effect.feature == "density:tracing") {
      EXPECT_LT(effect.effect, 1.0) << "rate ratio per +1 SD";
    }
}

TEST_F(PlantedCoefficients, PredictionsFollowThePlantedRate) {
  ASSERT_NE(s_model, nullptr);
  std::map<std::string, ConceptTotals> totals = {
      {"tracing", {1000, 500, 300}}, {"logging", {1000, 500, 250}}, {"timeouts", {1000, 500, 250}}};
  ActivityTotals activity{3000, 20, 5, 2, 300};
  FeatureRow row = build_feature_row(totals, activity);
  auto prediction = predict(*s_model, row);
  ASSERT_TRUE(prediction.ok()) << prediction.error().message();
  const double truth = std::exp(linear(k_rate_effects, k_rate_intercept, row));
  EXPECT_NEAR(prediction->rate_per_day / truth, 1.0, 0.15);
  ASSERT_TRUE(prediction->severity && prediction->ttr_s);
  EXPECT_NEAR(*prediction->severity, linear(k_severity_effects, k_severity_intercept, row), 0.2);
  EXPECT_NEAR(*prediction->log_ttr, linear(k_ttr_effects, k_ttr_intercept, row), 0.2);
  // More tracing: fewer incidents predicted, and the difference is attributed to tracing.
  std::map<std::string, ConceptTotals> better = totals;
  better["tracing"] = {1000, 900, 540};
  FeatureRow head = build_feature_row(better, activity);
  auto improved = predict(*s_model, head);
  ASSERT_TRUE(improved.ok());
  EXPECT_LT(improved->rate_per_day, prediction->rate_per_day);
  auto parts = contributions(*s_model, s_model->rate, row, head);
  ASSERT_TRUE(parts.ok());
  double total = 0;
  for (const auto& part : *parts) {
    total += part.delta;
    if (part.feature != "density:tracing") {
      EXPECT_EQ(part.delta, 0.0) << part.feature;
    }
  }
  EXPECT_NEAR(total, std::log(improved->rate_per_day / prediction->rate_per_day), 1e-12);
}

TEST_F(PlantedCoefficients, SameDataGiveTheSameModelBitForBit) {
  ASSERT_NE(s_model, nullptr);
  auto again = train(planted_panel(20240601));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(to_json(*again).dump(), to_json(*s_model).dump());
  // And the JSON round trip keeps every coefficient exactly.
  auto reloaded = model_from_text(to_json(*s_model).dump());
  ASSERT_TRUE(reloaded.ok()) << reloaded.error().message();
  EXPECT_EQ(reloaded->rate.coef, s_model->rate.coef);
  EXPECT_EQ(reloaded->log_ttr.se, s_model->log_ttr.se);
  EXPECT_EQ(to_json(*reloaded).dump(), to_json(*s_model).dump());
}

TEST(TooLittleData, SaysHowMuchMoreIsNeeded) {
  Panel panel = planted_panel(7);
  panel.rows.erase(std::remove_if(panel.rows.begin(), panel.rows.end(),
                                  [](const PanelRow& row) { return row.window_start >= 6 * k_week; }),
                   panel.rows.end());
  for (auto& row : panel.rows) row.incidents = row.window_start == 0 && row.service == "service-100" ? 3 : 0;
  auto trained = train(panel);
  ASSERT_FALSE(trained.ok());
  EXPECT_EQ(
      trained.error().message(),
      "too little data to train (144 service-windows of 7 days, 3 incidents): need at least 10 windows of "
      "history (has 6: 4 more, about 28 more days) and at least 10 incidents of mapped services in the "
      "training span (has 3: 7 more)");
}

}  // namespace
}  // namespace faultline::model
