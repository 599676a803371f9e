// The training procedure of trainer.h. Each target is described by a TargetData (per panel
// row: the value, its weight or exposure, whether the row has it); the same code then runs
// cross-validation, evaluation and the final fit for the Poisson and the ridge targets.
#include "model/trainer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <sstream>

#include "model/metrics.h"
#include "model/regression.h"

namespace faultline::model {
namespace {

enum class Kind { k_poisson, k_ridge };

struct TargetData {
  std::string name;
  Kind kind = Kind::k_ridge;
  std::string what;           // "windows with a known severity", for notes
  Eigen::VectorXd y;          // per panel row
  Eigen::VectorXd weight;     // Poisson: exposure in days; ridge: incidents averaged
  std::vector<bool> present;  // the row has this target
};

struct Fitted {
  Kind kind;
  Scaling scaling;
  RegressionFit fit;
};

using Rows = std::vector<size_t>;

Eigen::MatrixXd select_rows(const Eigen::MatrixXd& x, const Rows& rows) {
  Eigen::MatrixXd out(static_cast<Eigen::Index>(rows.size()), x.cols());
  for (size_t i = 0; i < rows.size(); ++i)
    out.row(static_cast<Eigen::Index>(i)) = x.row(static_cast<Eigen::Index>(rows[i]));
  return out;
}

Eigen::VectorXd select(const Eigen::VectorXd& v, const Rows& rows) {
  Eigen::VectorXd out(static_cast<Eigen::Index>(rows.size()));
  for (size_t i = 0; i < rows.size(); ++i)
    out(static_cast<Eigen::Index>(i)) = v(static_cast<Eigen::Index>(rows[i]));
  return out;
}

// Fits `data` on `rows`, standardising with `scaling` when given, else over those rows.
Result<Fitted> fit_on(const Eigen::MatrixXd& x, const TargetData& data, const Rows& rows, double penalty,
                      const Scaling* scaling) {
  Eigen::MatrixXd subset = select_rows(x, rows);
  Fitted fitted{data.kind, scaling ? *scaling : fit_scaling(subset), {}};
  Eigen::MatrixXd z = standardised_design(subset, fitted.scaling);
  auto fit = data.kind == Kind::k_poisson
                 ? fit_poisson_ridge(z, select(data.y, rows),
                                     select(data.weight, rows).array().log().matrix(), penalty)
                 : fit_ridge(z, select(data.y, rows), select(data.weight, rows), penalty);
  if (!fit.ok()) return fit.error().within(data.name);
  fitted.fit = std::move(*fit);
  return fitted;
}

// Predictions on `rows`: expected counts (Poisson, with exposure) or values (ridge).
std::vector<double> predict_on(const Fitted& fitted, const Eigen::MatrixXd& x, const TargetData& data,
                               const Rows& rows) {
  Eigen::VectorXd eta = standardised_design(select_rows(x, rows), fitted.scaling) * fitted.fit.beta;
  std::vector<double> out;
  for (size_t i = 0; i < rows.size(); ++i) {
    double value = eta(static_cast<Eigen::Index>(i));
    out.push_back(fitted.kind == Kind::k_poisson
                      ? std::exp(std::min(value, 700.0)) * data.weight(static_cast<Eigen::Index>(rows[i]))
                      : value);
  }
  return out;
}

std::vector<double> observed_on(const TargetData& data, const Rows& rows) {
  std::vector<double> out;
  for (size_t row : rows) out.push_back(data.y(static_cast<Eigen::Index>(row)));
  return out;
}

double deviance_of(Kind kind, const std::vector<double>& observed, const std::vector<double>& predicted) {
  return kind == Kind::k_poisson ? poisson_deviance(observed, predicted) : squared_error(observed, predicted);
}

Metrics metrics_of(Kind kind, const std::vector<double>& observed, const std::vector<double>& predicted) {
  return {deviance_of(kind, observed, predicted), mean_absolute_error(observed, predicted),
          spearman(predicted, observed)};
}

// The per-service historical mean over `train` rows, as a prediction for `rows`.
std::vector<double> baseline_on(const Panel& panel, const TargetData& data, const Rows& train,
                                const Rows& rows) {
  std::map<std::string, std::pair<double, double>> sums;  // service → (Σ weight·y or Σy, Σ weight)
  double total = 0;
  double total_weight = 0;
  for (size_t row : train) {
    const auto i = static_cast<Eigen::Index>(row);
    const double numerator = data.kind == Kind::k_poisson ? data.y(i) : data.y(i) * data.weight(i);
    auto& entry = sums[panel.rows[row].service];
    entry.first += numerator;
    entry.second += data.weight(i);
    total += numerator;
    total_weight += data.weight(i);
  }
  std::vector<double> out;
  for (size_t row : rows) {
    const auto i = static_cast<Eigen::Index>(row);
    auto found = sums.find(panel.rows[row].service);
    double mean = found != sums.end() ? found->second.first / found->second.second : total / total_weight;
    if (data.kind == Kind::k_poisson) {
      if (found != sums.end() && found->second.first == 0) mean = 0.5 / found->second.second;
      out.push_back(mean * data.weight(i));
    } else {
      out.push_back(mean);
    }
  }
  return out;
}

bool fittable(const TargetData& data, const Rows& rows) {
  if (rows.size() < 2) return false;
  if (data.kind == Kind::k_poisson) return select(data.y, rows).sum() > 0;
  return true;
}

// Rolling-origin cross-validation over the training window starts `starts`.
TargetModel choose_penalty(const Panel& panel, const Eigen::MatrixXd& x, const TargetData& data,
                           const std::vector<int64_t>& starts, const Rows& train,
                           const TrainOptions& options) {
  TargetModel target;
  const size_t first = starts.size() / 2;
  const size_t blocks =
      std::min<size_t>(static_cast<size_t>(std::max(options.folds, 1)), starts.size() - first);
  std::vector<std::pair<Rows, Rows>> folds;
  for (size_t b = 0; b < blocks; ++b) {
    const size_t from = first + (starts.size() - first) * b / blocks;
    const size_t to = first + (starts.size() - first) * (b + 1) / blocks;
    const int64_t block_start = starts[from];
    const int64_t block_end = to < starts.size() ? starts[to] : std::numeric_limits<int64_t>::max();
    Rows fit_rows;
    Rows validation_rows;
    for (size_t row : train) {
      const int64_t t = panel.rows[row].window_start;
      if (t < block_start)
        fit_rows.push_back(row);
      else if (t < block_end)
        validation_rows.push_back(row);
    }
    if (fittable(data, fit_rows) && !validation_rows.empty()) folds.emplace_back(fit_rows, validation_rows);
  }
  double best_score = std::numeric_limits<double>::infinity();
  target.penalty = 1;
  std::vector<double> penalties = options.penalties;
  std::sort(penalties.begin(), penalties.end(), std::greater<>());
  for (double penalty : penalties) {
    double deviance_sum = 0;
    double count = 0;
    for (const auto& [fit_rows, validation_rows] : folds) {
      auto fitted = fit_on(x, data, fit_rows, penalty, nullptr);
      if (!fitted.ok()) {
        deviance_sum = std::numeric_limits<double>::infinity();
        break;
      }
      auto predicted = predict_on(*fitted, x, data, validation_rows);
      deviance_sum += deviance_of(data.kind, observed_on(data, validation_rows), predicted) *
                      static_cast<double>(validation_rows.size());
      count += static_cast<double>(validation_rows.size());
    }
    const double score = count > 0 ? deviance_sum / count : k_absent;
    target.cross_validation.push_back({penalty, score});
    if (std::isfinite(score) && score < best_score) {
      best_score = score;
      target.penalty = penalty;
    }
  }
  std::reverse(target.cross_validation.begin(), target.cross_validation.end());
  if (folds.empty()) target.note = "cross-validation had no usable fold; penalty 1";
  return target;
}

Result<TargetModel> fit_target(const Panel& panel, const Eigen::MatrixXd& x, const Scaling& all_scaling,
                               const TargetData& data, const std::vector<int64_t>& train_starts,
                               int64_t holdout_start, const TrainOptions& options) {
  Rows all;
  Rows train;
  Rows holdout;
  for (size_t row = 0; row < panel.rows.size(); ++row) {
    if (!data.present[row]) continue;
    all.push_back(row);
    (panel.rows[row].window_start < holdout_start ? train : holdout).push_back(row);
  }
  if (data.kind == Kind::k_ridge &&
      (train.size() < static_cast<size_t>(options.min_target_rows) || holdout.empty())) {
    TargetModel target;
    target.target = data.name;
    target.coef.assign(all_scaling.mean.size(), 0);
    target.se.assign(all_scaling.mean.size(), 0);
    std::ostringstream note;
    note << "not fitted: needs at least " << options.min_target_rows << " training " << data.what << " (has "
         << train.size() << ")";
    if (holdout.empty()) note << " and at least one in the held-out windows (has none)";
    target.note = note.str();
    return target;
  }
  TargetModel target = choose_penalty(panel, x, data, train_starts, train, options);
  target.target = data.name;
  auto evaluation = fit_on(x, data, train, target.penalty, nullptr);
  if (!evaluation.ok()) return evaluation.error().within("fit on the training span");
  const auto observed = observed_on(data, holdout);
  target.model = metrics_of(data.kind, observed, predict_on(*evaluation, x, data, holdout));
  target.baseline = metrics_of(data.kind, observed, baseline_on(panel, data, train, holdout));
  auto final_fit = fit_on(x, data, all, target.penalty, &all_scaling);
  if (!final_fit.ok()) return final_fit.error().within("fit on all windows");
  target.fitted = true;
  target.intercept = final_fit->fit.beta(0);
  target.intercept_se = final_fit->fit.se(0);
  target.sigma2 = final_fit->fit.sigma2;
  Eigen::Index column = 1;
  for (bool constant : all_scaling.constant) {
    target.coef.push_back(constant ? 0.0 : final_fit->fit.beta(column));
    target.se.push_back(constant ? 0.0 : final_fit->fit.se(column));
    if (!constant) ++column;
  }
  target.observations = static_cast<int>(all.size());
  target.training_observations = static_cast<int>(train.size());
  target.holdout_observations = static_cast<int>(holdout.size());
  return target;
}

std::string days(int64_t seconds) {
  std::ostringstream out;
  out << static_cast<double>(seconds) / k_seconds_per_day;
  return out.str();
}

}  // namespace

Result<Model> train(const Panel& panel, const TrainOptions& options) {
  if (panel.rows.empty()) {
    std::string message =
        "too little data to train: no service has both incidents or a mapping and scanned code at any window";
    if (!panel.services_without_code.empty())
      message +=
          "; mapped services with no scanned code: " + std::to_string(panel.services_without_code.size()) +
          " (scan their repositories)";
    if (!panel.unmapped_services.empty())
      message += "; services named by incidents but mapped to no repository: " +
                 std::to_string(panel.unmapped_services.size()) + " (see `faultline services`)";
    return Error(message);
  }
  std::vector<int64_t> starts;
  for (const auto& row : panel.rows) starts.push_back(row.window_start);
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());  // rows are ordered by start
  const auto held = std::max<size_t>(
      1, static_cast<size_t>(std::llround(options.holdout_fraction * static_cast<double>(starts.size()))));
  const int64_t holdout_start = starts[starts.size() - std::min(held, starts.size())];
  std::vector<int64_t> train_starts(starts.begin(),
                                    std::lower_bound(starts.begin(), starts.end(), holdout_start));
  int training_incidents = 0;
  int incidents = 0;
  for (const auto& row : panel.rows) {
    incidents += row.incidents;
    if (row.window_start < holdout_start) training_incidents += row.incidents;
  }
  std::vector<std::string> missing;
  if (starts.size() < static_cast<size_t>(options.min_windows)) {
    const int64_t more = options.min_windows - static_cast<int64_t>(starts.size());
    missing.push_back("at least " + std::to_string(options.min_windows) + " windows of history (has " +
                      std::to_string(starts.size()) + ": " + std::to_string(more) + " more, about " +
                      days(more * panel.window_s) + " more days)");
  }
  if (training_incidents < options.min_incidents)
    missing.push_back("at least " + std::to_string(options.min_incidents) +
                      " incidents of mapped services in the training span (has " +
                      std::to_string(training_incidents) + ": " +
                      std::to_string(options.min_incidents - training_incidents) + " more)");
  if (!missing.empty()) {
    std::string message = "too little data to train (" + std::to_string(panel.rows.size()) +
                          " service-windows of " + days(panel.window_s) + " days, " +
                          std::to_string(incidents) + " incidents): need ";
    for (size_t i = 0; i < missing.size(); ++i) message += (i ? " and " : "") + missing[i];
    return Error(message);
  }

  const auto n = static_cast<Eigen::Index>(panel.rows.size());
  const auto p = static_cast<Eigen::Index>(panel.feature_names.size());
  Eigen::MatrixXd x(n, p);
  TargetData rate{"rate", Kind::k_poisson, "windows", Eigen::VectorXd(n), Eigen::VectorXd(n), {}};
  TargetData severity{"severity",         Kind::k_ridge,      "windows with a known severity",
                      Eigen::VectorXd(n), Eigen::VectorXd(n), {}};
  TargetData log_ttr{"log_ttr",          Kind::k_ridge,      "windows with a resolved incident",
                     Eigen::VectorXd(n), Eigen::VectorXd(n), {}};
  for (Eigen::Index i = 0; i < n; ++i) {
    const auto& row = panel.rows[static_cast<size_t>(i)];
    for (Eigen::Index j = 0; j < p; ++j) {
      auto value = feature_value(row.features, panel.feature_names[static_cast<size_t>(j)]);
      if (!value.ok()) return value.error().within("panel");
      x(i, j) = *value;
    }
    rate.y(i) = row.incidents;
    rate.weight(i) = row.exposure_days;
    rate.present.push_back(row.exposure_days > 0);
    severity.y(i) = row.severity_mean;
    severity.weight(i) = row.severity_count;
    severity.present.push_back(row.severity_count > 0);
    log_ttr.y(i) = row.log_ttr_mean;
    log_ttr.weight(i) = row.ttr_count;
    log_ttr.present.push_back(row.ttr_count > 0);
  }

  Model model;
  model.window_s = panel.window_s;
  model.span_start = starts.front();
  model.span_end = panel.end;
  model.holdout_start = holdout_start;
  model.windows = static_cast<int>(starts.size());
  model.rows = static_cast<int>(n);
  model.incidents = incidents;
  for (const auto& row : panel.rows) model.services.push_back(row.service);
  std::sort(model.services.begin(), model.services.end());
  model.services.erase(std::unique(model.services.begin(), model.services.end()), model.services.end());
  const Scaling scaling = fit_scaling(x);
  for (size_t j = 0; j < panel.feature_names.size(); ++j)
    model.features.push_back({panel.feature_names[j], scaling.mean[j], scaling.sd[j], scaling.constant[j]});
  for (auto [slot, data] :
       {std::pair{&model.rate, &rate}, {&model.severity, &severity}, {&model.log_ttr, &log_ttr}}) {
    auto fitted = fit_target(panel, x, scaling, *data, train_starts, holdout_start, options);
    if (!fitted.ok()) return fitted.error();
    *slot = std::move(*fitted);
  }
  return model;
}

}  // namespace faultline::model
