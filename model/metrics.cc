// Metrics of metrics.h. Spearman ranks by a stable sort of indices and averages each run of
// equal values, then takes the Pearson correlation of the two rank vectors.
#include "model/metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace faultline::model {

double poisson_deviance(const std::vector<double>& observed, const std::vector<double>& predicted) {
  if (observed.empty()) return std::numeric_limits<double>::quiet_NaN();
  double total = 0;
  for (size_t i = 0; i < observed.size(); ++i) {
    const double y = observed[i];
    const double mu = predicted[i];
    total += 2 * ((y > 0 ? y * std::log(y / mu) : 0.0) - (y - mu));
  }
  return total / static_cast<double>(observed.size());
}

double squared_error(const std::vector<double>& observed, const std::vector<double>& predicted) {
  if (observed.empty()) return std::numeric_limits<double>::quiet_NaN();
  double total = 0;
  for (size_t i = 0; i < observed.size(); ++i)
    total += (observed[i] - predicted[i]) * (observed[i] - predicted[i]);
  return total / static_cast<double>(observed.size());
}

double mean_absolute_error(const std::vector<double>& observed, const std::vector<double>& predicted) {
  if (observed.empty()) return std::numeric_limits<double>::quiet_NaN();
  double total = 0;
  for (size_t i = 0; i < observed.size(); ++i) total += std::abs(observed[i] - predicted[i]);
  return total / static_cast<double>(observed.size());
}

std::vector<double> average_ranks(const std::vector<double>& values) {
  std::vector<size_t> order(values.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
  std::vector<double> ranks(values.size());
  for (size_t start = 0; start < order.size();) {
    size_t end = start;
    while (end + 1 < order.size() && values[order[end + 1]] == values[order[start]]) ++end;
    const double rank = (static_cast<double>(start + end) / 2.0) + 1.0;
    for (size_t k = start; k <= end; ++k) ranks[order[k]] = rank;
    start = end + 1;
  }
  return ranks;
}

double spearman(const std::vector<double>& a, const std::vector<double>& b) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  if (a.size() < 2 || a.size() != b.size()) return nan;
  auto ra = average_ranks(a);
  auto rb = average_ranks(b);
  const double n = static_cast<double>(a.size());
  const double mean = (n + 1) / 2;  // the mean of average ranks is always (n + 1) / 2
  double cov = 0;
  double va = 0;
  double vb = 0;
  for (size_t i = 0; i < ra.size(); ++i) {
    cov += (ra[i] - mean) * (rb[i] - mean);
    va += (ra[i] - mean) * (ra[i] - mean);
    vb += (rb[i] - mean) * (rb[i] - mean);
  }
  if (va <= 0 || vb <= 0) return nan;
  return cov / std::sqrt(va * vb);
}

}  // namespace faultline::model
