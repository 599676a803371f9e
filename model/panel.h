// Panel: the model's observations, one row per service × time window.
//
// Windows lie on one grid for all services: origin = the UTC midnight on or before the first
// commit of any mapped repository, then every `window_s` seconds. A service's rows run from
// the first window whose start finds code of it (the then-current commits hold code lines) to
// the window holding the panel's end (the last incident or commit of any mapped service);
// that last window is cut at the end, so its exposure is shorter.
//
// Features are taken at each window's start t (see feature_row.h): for every repository
// mapped to the service, the then-current commit is the commit of the default branch's
// first-parent chain with the greatest first_parent_index whose committer_time <= t, read in
// the scope of the mapping's path prefix; totals are summed over the service's repositories.
// Churn, commits and authors count the chain commits with committer_time in [t - window, t)
// (within the prefix: commits that changed a path under it).
// Targets count the service's incidents created in [t, t + window): the count, the mean
// sev_level of those with sev_level > 0, the mean log1p(ttr seconds) of the resolved ones.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "model/feature_row.h"
#include "store/database.h"

namespace faultline::model {

inline constexpr int64_t k_seconds_per_day = 86400;

struct PanelRow {
  std::string service;
  int64_t window_start = 0;  // UTC seconds
  double exposure_days = 0;  // window length, shorter for the last window
  FeatureRow features;
  int incidents = 0;
  int severity_count = 0;    // incidents with sev_level > 0
  double severity_mean = 0;  // valid when severity_count > 0
  int ttr_count = 0;         // resolved incidents
  double log_ttr_mean = 0;   // mean log1p(ttr_s); valid when ttr_count > 0
};

struct Panel {
  int64_t window_s = 7 * k_seconds_per_day;
  std::vector<std::string> concepts;               // sorted
  std::vector<std::string> feature_names;          // feature_names(concepts)
  std::vector<PanelRow> rows;                      // ordered by window_start, then service
  int64_t start = 0;                               // grid origin
  int64_t end = 0;                                 // exclusive end of the last window
  std::vector<std::string> services_without_code;  // mapped, but no scanned code of theirs
  std::vector<std::string> unmapped_services;      // incidents name them; no repository
};

struct PanelOptions {
  int64_t window_s = 7 * k_seconds_per_day;  // REQUIRES: > 0
};

// Builds the panel of every mapped service from the database (see the top of this file).
// An empty panel (nothing mapped, nothing scanned) is not an error; the trainer says what
// is missing.
Result<Panel> build_panel(store::Database& db, const PanelOptions& options);

}  // namespace faultline::model
