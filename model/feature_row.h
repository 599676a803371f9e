// FeatureRow: the features of one service at one instant, named, as the model sees them.
//
// A row is built from totals (build_feature_row), never by hand, so that the panel the model
// is trained on and the hypothetical rows `predict` feeds it are computed the same way:
//   density:<concept>  Σfindings / Σeligible_regions over the service's code (0 when nothing
//                      is eligible)
//   quality:<concept>  Σquality_sum / Σfindings (0.5, "nothing known", when no findings)
//   log_code_lines     log1p(code lines)
//   log_churn          log1p(lines added + deleted over the previous window)
//   log_commits        log1p(commits over the previous window)
//   log_authors        log1p(distinct author e-mails over the previous window)
//                      (on a log scale like churn: a pull request that adds 45 commits to a
//                      window of 10 multiplies the rate by exp(β·log(56/11)), not exp(45·β))
//   age_days           days since the service's first commit
// A concept absent from a row reads as density 0 and quality 0.5.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace faultline::model {

// Per-concept totals of a snapshot (summed over the service's repositories and scopes).
struct ConceptTotals {
  int64_t eligible_regions = 0;
  int64_t findings = 0;
  double quality_sum = 0;  // Σ quality of the findings, each in [0, 1]
};

// Size and activity totals of the service at the instant, and over the window before it.
struct ActivityTotals {
  int64_t code_lines = 0;
  int64_t churn_lines = 0;  // lines added + deleted over the previous window
  int64_t commits = 0;      // over the previous window
  int64_t authors = 0;      // distinct author e-mails over the previous window
  double age_days = 0;      // since the service's first commit
};

struct FeatureRow {
  std::map<std::string, double> density;  // by concept id
  std::map<std::string, double> quality;  // by concept id
  double log_code_lines = 0;
  double log_churn = 0;
  double log_commits = 0;
  double log_authors = 0;
  double age_days = 0;
};

// REQUIRES: totals are non-negative; quality_sum <= findings.
FeatureRow build_feature_row(const std::map<std::string, ConceptTotals>& concepts,
                             const ActivityTotals& activity);

// The model's feature names for `concepts` (in the order given): density and quality of each
// concept, then log_code_lines, log_churn, log_commits, log_authors, age_days.
std::vector<std::string> feature_names(const std::vector<std::string>& concepts);

// The value of feature `name` in `row`. Fails on a name that is not a feature name.
Result<double> feature_value(const FeatureRow& row, std::string_view name);

// "density:logging" → "logging"; "" for a feature that is not a concept's.
std::string concept_of(std::string_view feature_name);

}  // namespace faultline::model
