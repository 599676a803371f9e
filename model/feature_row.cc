// Feature rows from totals, and named access to their values. See feature_row.h for the
// definitions; here they are computed once, for training and prediction alike.
#include "model/feature_row.h"

#include <cmath>

namespace faultline::model {
namespace {

constexpr std::string_view k_density_prefix = "density:";
constexpr std::string_view k_quality_prefix = "quality:";
constexpr double k_unknown_quality = 0.5;

}  // namespace

FeatureRow build_feature_row(const std::map<std::string, ConceptTotals>& concepts,
                             const ActivityTotals& activity) {
  FeatureRow row;
  for (const auto& [concept_id, totals] : concepts) {
    row.density[concept_id] = totals.eligible_regions > 0 ? static_cast<double>(totals.findings) /
                                                                static_cast<double>(totals.eligible_regions)
                                                          : 0.0;
    row.quality[concept_id] =
        totals.findings > 0 ? totals.quality_sum / static_cast<double>(totals.findings) : k_unknown_quality;
  }
  row.log_code_lines = std::log1p(static_cast<double>(activity.code_lines));
  row.log_churn = std::log1p(static_cast<double>(activity.churn_lines));
  row.log_commits = std::log1p(static_cast<double>(activity.commits));
  row.log_authors = std::log1p(static_cast<double>(activity.authors));
  row.age_days = activity.age_days;
  return row;
}

std::vector<std::string> feature_names(const std::vector<std::string>& concepts) {
  std::vector<std::string> names;
  names.reserve(2 * concepts.size() + 5);
  for (const auto& concept_id : concepts) names.push_back(std::string(k_density_prefix) + concept_id);
  for (const auto& concept_id : concepts) names.push_back(std::string(k_quality_prefix) + concept_id);
  for (const char* name : {"log_code_lines", "log_churn", "log_commits", "log_authors", "age_days"})
    names.emplace_back(name);
  return names;
}

std::string concept_of(std::string_view feature_name) {
  for (auto prefix : {k_density_prefix, k_quality_prefix}) {
    if (feature_name.substr(0, prefix.size()) == prefix)
      return std::string(feature_name.substr(prefix.size()));
  }
  return "";
}

Result<double> feature_value(const FeatureRow& row, std::string_view name) {
  if (name.substr(0, k_density_prefix.size()) == k_density_prefix) {
    auto found = row.density.find(std::string(name.substr(k_density_prefix.size())));
    return found == row.density.end() ? 0.0 : found->second;
  }
  if (name.substr(0, k_quality_prefix.size()) == k_quality_prefix) {
    auto found = row.quality.find(std::string(name.substr(k_quality_prefix.size())));
    return found == row.quality.end() ? k_unknown_quality : found->second;
  }
  if (name == "log_code_lines") return row.log_code_lines;
  if (name == "log_churn") return row.log_churn;
  if (name == "log_commits") return row.log_commits;
  if (name == "log_authors") return row.log_authors;
  // Models fitted before these were on a log scale: their raw counts.
  if (name == "commits") return std::expm1(row.log_commits);
  if (name == "authors") return std::expm1(row.log_authors);
  if (name == "age_days") return row.age_days;
  return Error("unknown feature '" + std::string(name) + "'");
}

}  // namespace faultline::model
