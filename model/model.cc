// The model's JSON form and the concept ranking. Absent numbers (NaN) are written as null
// and read back as NaN; every field is read with its name in the error on a mismatch.
#include "model/model.h"

#include <algorithm>
#include <cmath>

#include "model/feature_row.h"

namespace faultline::model {
namespace {

constexpr const char* k_format = "faultline-model";
constexpr int k_version = 1;

nlohmann::json number(double value) {
  return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json();
}

double read_number(const nlohmann::json& json) { return json.is_number() ? json.get<double>() : k_absent; }

const char* effect_label(const std::string& target) {
  if (target == "rate") return "incident rate ratio per +1 SD";
  if (target == "severity") return "severity levels per +1 SD (+ = milder, 1 is worst)";
  return "time-to-resolution ratio per +1 SD";
}

nlohmann::json metrics_json(const Metrics& metrics) {
  return {{"deviance", number(metrics.deviance)},
          {"mae", number(metrics.mae)},
          {"spearman", number(metrics.spearman)}};
}

Metrics read_metrics(const nlohmann::json& json) {
  return {read_number(json.at("deviance")), read_number(json.at("mae")), read_number(json.at("spearman"))};
}

nlohmann::json target_json(const Model& model, const TargetModel& target) {
  nlohmann::json out = {{"fitted", target.fitted}, {"note", target.note}};
  out["kind"] = target.target == "rate" ? "poisson-glm-log-exposure-offset" : "ridge";
  out["penalty"] = target.penalty;
  out["cross_validation"] = nlohmann::json::array();
  for (const auto& point : target.cross_validation)
    out["cross_validation"].push_back({{"penalty", point.penalty}, {"score", number(point.score)}});
  out["intercept"] = target.intercept;
  out["intercept_se"] = target.intercept_se;
  out["sigma2"] = target.sigma2;
  out["coefficients"] = nlohmann::json::array();
  for (size_t j = 0; j < target.coef.size() && j < model.features.size(); ++j) {
    const auto& scale = model.features[j];
    out["coefficients"].push_back({{"feature", scale.name},
                                   {"coef", target.coef[j]},
                                   {"se", target.se[j]},
                                   {"coef_raw", target.coef[j] / scale.sd},
                                   {"se_raw", target.se[j] / scale.sd}});
  }
  out["observations"] = target.observations;
  out["training_observations"] = target.training_observations;
  out["holdout_observations"] = target.holdout_observations;
  out["metrics"] = {{"model", metrics_json(target.model)}, {"baseline", metrics_json(target.baseline)}};
  return out;
}

Result<TargetModel> read_target(const nlohmann::json& json, const std::string& name, size_t features) {
  TargetModel target;
  target.target = name;
  try {
    const auto& in = json.at(name);
    target.fitted = in.at("fitted").get<bool>();
    target.note = in.at("note").get<std::string>();
    target.penalty = in.at("penalty").get<double>();
    for (const auto& point : in.at("cross_validation"))
      target.cross_validation.push_back({point.at("penalty").get<double>(), read_number(point.at("score"))});
    target.intercept = in.at("intercept").get<double>();
    target.intercept_se = in.at("intercept_se").get<double>();
    target.sigma2 = in.at("sigma2").get<double>();
    for (const auto& coefficient : in.at("coefficients")) {
      target.coef.push_back(coefficient.at("coef").get<double>());
      target.se.push_back(coefficient.at("se").get<double>());
    }
    target.observations = in.at("observations").get<int>();
    target.training_observations = in.at("training_observations").get<int>();
    target.holdout_observations = in.at("holdout_observations").get<int>();
    target.model = read_metrics(in.at("metrics").at("model"));
    target.baseline = read_metrics(in.at("metrics").at("baseline"));
  } catch (const nlohmann::json::exception& error) {
    return Error("model target '" + name + "': " + error.what());
  }
  if (target.coef.size() != features)
    return Error("model target '" + name + "': " + std::to_string(target.coef.size()) + " coefficients for " +
                 std::to_string(features) + " features");
  return target;
}

}  // namespace

std::vector<RankedEffect> rank_concepts(const Model& model, const TargetModel& target) {
  std::vector<RankedEffect> ranked;
  if (!target.fitted) return ranked;
  for (size_t j = 0; j < model.features.size() && j < target.coef.size(); ++j) {
    std::string concept_id = concept_of(model.features[j].name);
    if (concept_id.empty() || model.features[j].constant) continue;
    const double coef = target.coef[j];
    ranked.push_back({concept_id, model.features[j].name, coef, target.se[j],
                      target.target == "severity" ? coef : std::exp(coef)});
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const RankedEffect& a, const RankedEffect& b) {
    if (std::abs(a.coef) != std::abs(b.coef)) return std::abs(a.coef) > std::abs(b.coef);
    return a.feature < b.feature;
  });
  return ranked;
}

nlohmann::json to_json(const Model& model) {
  nlohmann::json out = {{"format", k_format}, {"version", k_version}};
  out["window"] = {{"seconds", model.window_s}, {"days", static_cast<double>(model.window_s) / 86400.0}};
  out["training_span"] = {
      {"start", model.span_start}, {"end", model.span_end}, {"holdout_start", model.holdout_start},
      {"windows", model.windows},  {"rows", model.rows},    {"incidents", model.incidents},
      {"services", model.services}};
  out["features"] = nlohmann::json::array();
  for (const auto& feature : model.features)
    out["features"].push_back(
        {{"name", feature.name}, {"mean", feature.mean}, {"sd", feature.sd}, {"constant", feature.constant}});
  out["targets"] = nlohmann::json::object();
  out["ranking"] = nlohmann::json::object();
  for (const TargetModel* target : {&model.rate, &model.severity, &model.log_ttr}) {
    out["targets"][target->target] = target_json(model, *target);
    nlohmann::json ranking = nlohmann::json::array();
    for (const auto& effect : rank_concepts(model, *target))
      ranking.push_back({{"concept", effect.concept_id},
                         {"feature", effect.feature},
                         {"coef", effect.coef},
                         {"se", effect.se},
                         {"effect", effect.effect}});
    out["ranking"][target->target] = {{"effect", effect_label(target->target)}, {"concepts", ranking}};
  }
  return out;
}

Result<Model> model_from_json(const nlohmann::json& json) {
  Model model;
  try {
    if (json.at("format").get<std::string>() != k_format)
      return Error("not a faultline model (format field)");
    if (json.at("version").get<int>() != k_version)
      return Error("model version " + json.at("version").dump() + " is not supported (expected 1)");
    model.window_s = json.at("window").at("seconds").get<int64_t>();
    const auto& span = json.at("training_span");
    model.span_start = span.at("start").get<int64_t>();
    model.span_end = span.at("end").get<int64_t>();
    model.holdout_start = span.at("holdout_start").get<int64_t>();
    model.windows = span.at("windows").get<int>();
    model.rows = span.at("rows").get<int>();
    model.incidents = span.at("incidents").get<int>();
    model.services = span.at("services").get<std::vector<std::string>>();
    for (const auto& feature : json.at("features"))
      model.features.push_back({feature.at("name").get<std::string>(), feature.at("mean").get<double>(),
                                feature.at("sd").get<double>(), feature.at("constant").get<bool>()});
  } catch (const nlohmann::json::exception& error) {
    return Error(std::string("model: ") + error.what());
  }
  for (auto [slot, name] :
       {std::pair{&model.rate, "rate"}, {&model.severity, "severity"}, {&model.log_ttr, "log_ttr"}}) {
    if (!json.contains("targets")) return Error("model: no targets");
    auto target = read_target(json["targets"], name, model.features.size());
    if (!target.ok()) return target.error();
    *slot = std::move(*target);
  }
  return model;
}

Result<Model> model_from_text(const std::string& text) {
  auto json = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return Error("model: not valid JSON");
  return model_from_json(json);
}

}  // namespace faultline::model
