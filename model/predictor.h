// The prediction API that `faultline predict` (and anything else holding a model) calls.
//
// Usage: build a FeatureRow from a service's totals — real ones at a commit, or hypothetical
// ones such as "the base commit's totals with this pull request's findings added" — with
// build_feature_row (model/feature_row.h), then predict(model, row).
//
//   ConceptTotals per concept: Σeligible_regions, Σfindings, Σquality_sum over the service's
//     code (its repositories and path prefixes), as commit_concepts stores them;
//   ActivityTotals: code lines, and churn / commits / authors over the window before the
//     instant (model.window_s seconds), and the service's age in days.
// Concepts the model knows but the row lacks read as "no findings" (density 0, quality 0.5);
// concepts the row has but the model does not know are ignored.
//
// Thread-safety: pure functions; a Model may be shared between threads for reading.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "model/feature_row.h"
#include "model/model.h"

namespace faultline::model {

struct Prediction {
  double rate_per_day = 0;         // expected incidents per day
  std::optional<double> severity;  // expected mean sev_level (1 worst .. 5); absent if unfitted
  std::optional<double> log_ttr;   // expected mean log1p(TTR seconds); absent if unfitted
  std::optional<double> ttr_s;     // expm1(log_ttr): a typical time to resolution, seconds
};

// The model's predictions for `row`. Severity is not clamped: values outside 1..5 mean the
// row lies outside what the model was trained on.
// Fails only when the model's feature names are not feature names (a corrupt model).
Result<Prediction> predict(const Model& model, const FeatureRow& row);

// The contribution of each feature to the difference between two rows' predictions on the
// linear scale of `target` (log rate, severity levels, log TTR): coef·Δx/sd, per feature,
// in the model's feature order. Lets a caller say which concept drives a change.
struct Contribution {
  std::string feature;
  double delta = 0;
};
Result<std::vector<Contribution>> contributions(const Model& model, const TargetModel& target,
                                                const FeatureRow& base, const FeatureRow& head);

}  // namespace faultline::model
