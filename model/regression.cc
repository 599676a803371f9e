// Penalised IRLS for the Poisson GLM and the ridge normal equations (see regression.h).
//
// Poisson: start from the intercept-only solution β0 = log(Σy / Σexposure); each iteration
// solves (Zᵀ diag(μ) Z + λP)·δ = Zᵀ(y − μ) − λPβ with an LDLT factorisation and halves δ
// until the penalised negative log-likelihood does not increase; it stops when the relative
// decrease falls under 1e-12 or the step is negligible. η is capped at 700 so that exp never
// overflows on a wild first step.
#include "model/regression.h"

#include <cmath>
#include <numeric>

namespace faultline::model {
namespace {

constexpr int k_max_iterations = 100;
constexpr int k_max_halvings = 40;
constexpr double k_eta_cap = 700;

Eigen::VectorXd penalty_diagonal(Eigen::Index columns, double penalty) {
  Eigen::VectorXd diagonal = Eigen::VectorXd::Constant(columns, penalty);
  diagonal(0) = 0;
  return diagonal;
}

double poisson_objective(const Eigen::MatrixXd& z, const Eigen::VectorXd& y, const Eigen::VectorXd& offset,
                         const Eigen::VectorXd& beta, const Eigen::VectorXd& penalties) {
  Eigen::VectorXd eta = (z * beta + offset).cwiseMin(k_eta_cap);
  double value = 0;
  for (Eigen::Index i = 0; i < y.size(); ++i) value += std::exp(eta(i)) - y(i) * eta(i);
  return value + 0.5 * (penalties.array() * beta.array().square()).sum();
}

Result<Eigen::MatrixXd> inverse_of(const Eigen::MatrixXd& matrix, const char* what) {
  Eigen::LDLT<Eigen::MatrixXd> factor(matrix);
  if (factor.info() != Eigen::Success || !factor.isPositive())
    return Error(std::string(what) + ": the penalised information matrix is singular");
  return Eigen::MatrixXd(factor.solve(Eigen::MatrixXd::Identity(matrix.rows(), matrix.cols())));
}

}  // namespace

Scaling fit_scaling(const Eigen::MatrixXd& x) {
  Scaling scaling;
  const double n = static_cast<double>(x.rows());
  for (Eigen::Index j = 0; j < x.cols(); ++j) {
    double mean = x.col(j).sum() / n;
    double variance = (x.col(j).array() - mean).square().sum() / n;
    double sd = std::sqrt(variance);
    bool constant = !(sd > 1e-12 * std::max(1.0, std::abs(mean)));
    scaling.mean.push_back(mean);
    scaling.sd.push_back(constant ? 1.0 : sd);
    scaling.constant.push_back(constant);
  }
  return scaling;
}

Eigen::MatrixXd standardised_design(const Eigen::MatrixXd& x, const Scaling& scaling) {
  Eigen::Index active = std::count(scaling.constant.begin(), scaling.constant.end(), false);
  Eigen::MatrixXd z(x.rows(), active + 1);
  z.col(0).setOnes();
  Eigen::Index column = 1;
  for (Eigen::Index j = 0; j < x.cols(); ++j) {
    auto index = static_cast<size_t>(j);
    if (scaling.constant[index]) continue;
    z.col(column++) = (x.col(j).array() - scaling.mean[index]) / scaling.sd[index];
  }
  return z;
}

Result<RegressionFit> fit_poisson_ridge(const Eigen::MatrixXd& z, const Eigen::VectorXd& y,
                                        const Eigen::VectorXd& offset, double penalty) {
  const Eigen::VectorXd penalties = penalty_diagonal(z.cols(), penalty);
  const double total = y.sum();
  const double exposure = offset.array().exp().sum();
  if (!(total > 0)) return Error("Poisson fit: no events to fit");
  RegressionFit fit;
  fit.beta = Eigen::VectorXd::Zero(z.cols());
  fit.beta(0) = std::log(total / exposure);
  double objective = poisson_objective(z, y, offset, fit.beta, penalties);
  bool converged = false;
  Eigen::MatrixXd information;
  for (fit.iterations = 1; fit.iterations <= k_max_iterations; ++fit.iterations) {
    Eigen::VectorXd mu = (z * fit.beta + offset).cwiseMin(k_eta_cap).array().exp();
    information = z.transpose() * mu.asDiagonal() * z;
    information.diagonal() += penalties;
    Eigen::VectorXd gradient = z.transpose() * (y - mu) - penalties.cwiseProduct(fit.beta);
    Eigen::LDLT<Eigen::MatrixXd> factor(information);
    if (factor.info() != Eigen::Success) return Error("Poisson fit: singular information matrix");
    Eigen::VectorXd step = factor.solve(gradient);
    double next_objective = objective;
    Eigen::VectorXd next = fit.beta;
    for (int halving = 0; halving <= k_max_halvings; ++halving) {
      next = fit.beta + step;
      next_objective = poisson_objective(z, y, offset, next, penalties);
      if (next_objective <= objective) break;
      step *= 0.5;
    }
    if (next_objective > objective) {  // no descent at all: at the optimum up to rounding
      converged = true;
      break;
    }
    const double decrease = objective - next_objective;
    fit.beta = next;
    objective = next_objective;
    if (decrease <= 1e-12 * (std::abs(objective) + 1) || step.cwiseAbs().maxCoeff() < 1e-10) {
      converged = true;
      break;
    }
  }
  if (!converged)
    return Error("Poisson fit: IRLS did not converge in " + std::to_string(k_max_iterations) + " iterations");
  Eigen::VectorXd mu = (z * fit.beta + offset).cwiseMin(k_eta_cap).array().exp();
  information = z.transpose() * mu.asDiagonal() * z;
  information.diagonal() += penalties;
  auto inverse = inverse_of(information, "Poisson fit");
  if (!inverse.ok()) return inverse.error();
  fit.se = inverse->diagonal().cwiseMax(0).cwiseSqrt();
  return fit;
}

Result<RegressionFit> fit_ridge(const Eigen::MatrixXd& z, const Eigen::VectorXd& y,
                                const Eigen::VectorXd& weights, double penalty) {
  const Eigen::VectorXd penalties = penalty_diagonal(z.cols(), penalty);
  Eigen::MatrixXd gram = z.transpose() * weights.asDiagonal() * z;
  Eigen::MatrixXd information = gram;
  information.diagonal() += penalties;
  auto inverse = inverse_of(information, "ridge fit");
  if (!inverse.ok()) return inverse.error();
  RegressionFit fit;
  fit.iterations = 1;
  fit.beta = *inverse * (z.transpose() * weights.cwiseProduct(y));
  Eigen::VectorXd residual = y - z * fit.beta;
  const double effective_df = (*inverse * gram).trace();
  const double dof = static_cast<double>(y.size()) - effective_df;
  const double rss = weights.cwiseProduct(residual.cwiseAbs2()).sum();
  // With fewer residual degrees of freedom than one, σ² is not estimable: report it as the
  // mean weighted squared residual instead of dividing by ~0.
  fit.sigma2 = dof >= 1 ? rss / dof : rss / static_cast<double>(y.size());
  fit.se = (fit.sigma2 * inverse->diagonal().array()).max(0).sqrt();
  return fit;
}

}  // namespace faultline::model
