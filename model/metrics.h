// Held-out metrics of a prediction against what happened.
//
//   poisson_deviance: mean over rows of 2·[y·log(y/μ) − (y − μ)] (y·log(y/μ) = 0 at y = 0)
//   squared_error:    mean of (y − ŷ)², the Gaussian deviance
//   mean_absolute_error: mean of |y − ŷ|
//   spearman: Pearson correlation of the ranks (ties get their average rank); absent (NaN)
//     when fewer than two rows or either side has no spread
//
// REQUIRES: observed.size() == predicted.size(); μ > 0 for the Poisson deviance.
// Thread-safety: pure functions.
#pragma once

#include <vector>

namespace faultline::model {

double poisson_deviance(const std::vector<double>& observed, const std::vector<double>& predicted);
double squared_error(const std::vector<double>& observed, const std::vector<double>& predicted);
double mean_absolute_error(const std::vector<double>& observed, const std::vector<double>& predicted);
double spearman(const std::vector<double>& a, const std::vector<double>& b);

// Ranks from 1, ties averaged; exposed for tests of spearman's tie handling.
std::vector<double> average_ranks(const std::vector<double>& values);

}  // namespace faultline::model
