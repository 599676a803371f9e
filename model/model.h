// Model: a fitted faultline model — what `train` saves and `report`/`predict` read.
//
// Three targets share one set of features and their scaling (mean and standard deviation
// over all panel rows; coefficients are per +1 SD of a feature):
//   rate      Poisson GLM, log(incidents per day) = intercept + Σ coef·(x − mean)/sd
//   severity  ridge regression of the mean sev_level (1 worst .. 5 least) of a window
//   log_ttr   ridge regression of the mean log1p(time to resolution in seconds)
// A target may be unfitted (too few observations); `note` says why.
//
// Metrics come from a fit on the training span evaluated on the held-out later windows; the
// saved coefficients are then refitted on every window with the penalty chosen by
// time-ordered cross-validation. The JSON form (to_json / model_from_json) holds everything
// here plus a derived ranking of concepts; it has no timestamps, so the same data give the
// same JSON byte for byte.
#pragma once

#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "base/result.h"

namespace faultline::model {

inline constexpr double k_absent = std::numeric_limits<double>::quiet_NaN();

struct FeatureScale {
  std::string name;
  double mean = 0;
  double sd = 1;
  bool constant = false;  // no spread in the training data: coefficient 0
};

struct Metrics {
  double deviance = k_absent;  // Poisson deviance (rate) or squared error (ridge), per row
  double mae = k_absent;
  double spearman = k_absent;
};

struct CrossValidationPoint {
  double penalty = 0;
  double score = k_absent;  // mean validation deviance over the folds
};

struct TargetModel {
  std::string target;  // "rate", "severity", "log_ttr"
  bool fitted = false;
  std::string note;    // why not fitted, or caveats
  double penalty = 0;  // ridge λ on standardised coefficients
  std::vector<CrossValidationPoint> cross_validation;
  double intercept = 0;
  double intercept_se = 0;
  std::vector<double> coef;  // per feature, per +1 SD; 0 for constant features
  std::vector<double> se;    // per feature; 0 for constant features
  double sigma2 = 1;         // residual variance of a ridge target
  int observations = 0;      // windows fitted (all windows)
  int training_observations = 0;
  int holdout_observations = 0;
  Metrics model;
  Metrics baseline;  // per-service historical mean of the training span
};

// One row of "what matters most": a concept feature and its estimated effect per +1 SD.
struct RankedEffect {
  std::string concept_id;
  std::string feature;
  double coef = 0;
  double se = 0;
  double effect = 0;  // rate and TTR: ratio exp(coef); severity: coef levels
};

struct Model {
  int64_t window_s = 0;
  int64_t span_start = 0;     // first window start
  int64_t span_end = 0;       // exclusive end of the data
  int64_t holdout_start = 0;  // first held-out window start
  int windows = 0;            // distinct window starts
  int rows = 0;               // service-windows
  int incidents = 0;
  std::vector<std::string> services;
  std::vector<FeatureScale> features;
  TargetModel rate;
  TargetModel severity;
  TargetModel log_ttr;
};

// Concept features of `target` ranked by |coef| (largest first; ties by feature name).
// An unfitted target ranks nothing.
std::vector<RankedEffect> rank_concepts(const Model& model, const TargetModel& target);

nlohmann::json to_json(const Model& model);
// Fails, naming the field, on JSON that is not a faultline model.
Result<Model> model_from_json(const nlohmann::json& json);
Result<Model> model_from_text(const std::string& text);

}  // namespace faultline::model
