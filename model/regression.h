// Penalised regressions on a standardised design matrix, with Eigen.
//
// Columns are standardised (centred, divided by their standard deviation) with a Scaling
// computed on the rows being fitted; a column with no spread is "constant" and left out of
// the design (its coefficient is 0). The design carries an intercept in column 0, never
// penalised; the other coefficients carry a ridge penalty λ/2·Σβ².
//
//   fit_poisson_ridge: log E[y] = offset + Zβ (offset = log exposure), by penalised IRLS
//     (Newton steps on Σ(μ − y·η) + λ/2·Σβ², halved while they do not decrease it).
//     SEs: the square roots of the diagonal of the inverse penalised information matrix
//     (Zᵀ diag(μ) Z + λP)⁻¹.
//   fit_ridge: weighted least squares + ridge, solved from the normal equations; SEs from
//     σ²·(ZᵀWZ + λP)⁻¹ with σ² = Σw·r² / (n − effective degrees of freedom).
//
// Deterministic: the same inputs give the same coefficients bit for bit (no threads, fixed
// order of operations). Thread-safety: pure functions.
#pragma once

#include <Eigen/Dense>
#include <vector>

#include "base/result.h"

namespace faultline::model {

struct Scaling {
  std::vector<double> mean;
  std::vector<double> sd;  // 1 for constant columns
  std::vector<bool> constant;
};

// REQUIRES: x.rows() >= 1.
Scaling fit_scaling(const Eigen::MatrixXd& x);

// The design [1, standardised non-constant columns of x].
Eigen::MatrixXd standardised_design(const Eigen::MatrixXd& x, const Scaling& scaling);

struct RegressionFit {
  Eigen::VectorXd beta;  // intercept first, then one per design column
  Eigen::VectorXd se;    // same layout
  int iterations = 0;
  double sigma2 = 1;  // residual variance (ridge); 1 for Poisson
};

// REQUIRES: z.rows() == y.size() == offset.size(), y >= 0, Σy > 0, penalty >= 0.
// Fails when IRLS does not converge or the system is singular.
Result<RegressionFit> fit_poisson_ridge(const Eigen::MatrixXd& z, const Eigen::VectorXd& y,
                                        const Eigen::VectorXd& offset, double penalty);

// REQUIRES: z.rows() == y.size() == weights.size(), weights > 0, penalty >= 0.
Result<RegressionFit> fit_ridge(const Eigen::MatrixXd& z, const Eigen::VectorXd& y,
                                const Eigen::VectorXd& weights, double penalty);

}  // namespace faultline::model
