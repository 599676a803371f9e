// Predictions from a saved model: standardise each feature with the saved scaling, take the
// linear predictor of each fitted target, and map it back (exp for the rate per day — the
// exposure of one day has log 0 — identity for severity, expm1 for the TTR).
#include "model/predictor.h"

#include <cmath>

namespace faultline::model {
namespace {

Result<double> linear_predictor(const Model& model, const TargetModel& target, const FeatureRow& row) {
  double eta = target.intercept;
  for (size_t j = 0; j < model.features.size(); ++j) {
    const auto& feature = model.features[j];
    if (feature.constant || j >= target.coef.size()) continue;
    auto value = feature_value(row, feature.name);
    if (!value.ok()) return value.error().within("model feature " + std::to_string(j));
    eta += target.coef[j] * (*value - feature.mean) / feature.sd;
  }
  return eta;
}

}  // namespace

Result<Prediction> predict(const Model& model, const FeatureRow& row) {
  Prediction prediction;
  if (model.rate.fitted) {
    auto eta = linear_predictor(model, model.rate, row);
    if (!eta.ok()) return eta.error();
    prediction.rate_per_day = std::exp(*eta);
  }
  if (model.severity.fitted) {
    auto eta = linear_predictor(model, model.severity, row);
    if (!eta.ok()) return eta.error();
    prediction.severity = *eta;
  }
  if (model.log_ttr.fitted) {
    auto eta = linear_predictor(model, model.log_ttr, row);
    if (!eta.ok()) return eta.error();
    prediction.log_ttr = *eta;
    prediction.ttr_s = std::expm1(*eta);
  }
  return prediction;
}

Result<std::vector<Contribution>> contributions(const Model& model, const TargetModel& target,
                                                const FeatureRow& base, const FeatureRow& head) {
  std::vector<Contribution> out;
  for (size_t j = 0; j < model.features.size(); ++j) {
    const auto& feature = model.features[j];
    auto before = feature_value(base, feature.name);
    auto after = feature_value(head, feature.name);
    if (!before.ok()) return before.error();
    if (!after.ok()) return after.error();
    const double coef = (feature.constant || j >= target.coef.size()) ? 0.0 : target.coef[j];
    out.push_back({feature.name, coef * (*after - *before) / feature.sd});
  }
  return out;
}

}  // namespace faultline::model
