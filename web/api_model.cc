// /api/model, /api/predict and /api/stats. The model is passed on as stored (the model team
// owns its shape); the viewer reads it defensively. A model with very many predictions is cut
// to k_max_predictions, saying so. Predict validates its revisions and calls the pipeline the
// caller wired in; until one exists it answers 501 with the reason.
#include <algorithm>

#include "store/stats.h"
#include "web/api.h"

namespace faultline::web {
namespace {

constexpr size_t k_max_predictions = 5000;

// A git revision a user may type: no option-like leading '-', no spaces or control bytes.
bool is_revision(const std::string& text) {
  if (text.empty() || text.front() == '-') return false;
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("._/@^~+-{}").find(c) != std::string_view::npos;
  });
}

}  // namespace

Reply Api::model(const QueryParams&) {
  return with_catalog([&](store::Database&, const Catalog& catalog) -> Reply {
    if (!catalog.model) return {200, {{"model", nullptr}, {"message", "no model yet: run faultline train"}}};
    nlohmann::json body = {{"id", catalog.model->id}, {"created_at", catalog.model->created_at}};
    auto parsed = nlohmann::json::parse(catalog.model->json, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded()) {
      body["model"] = nullptr;
      body["message"] = "the stored model " + std::to_string(catalog.model->id) + " is not valid JSON";
      return {200, std::move(body)};
    }
    bool truncated = false;
    if (parsed.is_object() && parsed.contains("predictions") && parsed["predictions"].is_array() &&
        parsed["predictions"].size() > k_max_predictions) {
      auto& predictions = parsed["predictions"];
      predictions.erase(predictions.begin() + static_cast<std::ptrdiff_t>(k_max_predictions),
                        predictions.end());
      truncated = true;
    }
    body["model"] = std::move(parsed);
    body["predictions_truncated"] = truncated;
    body["evaluation"] = catalog.evaluation;
    if (!catalog.evaluation_error.empty()) body["evaluation_error"] = catalog.evaluation_error;
    if (body["evaluation"].is_object() && body["evaluation"].contains("predicted_vs_actual") &&
        body["evaluation"]["predicted_vs_actual"].is_array()) {
      auto& points = body["evaluation"]["predicted_vs_actual"];
      if (points.size() > k_max_predictions) {
        points.erase(points.begin() + static_cast<std::ptrdiff_t>(k_max_predictions), points.end());
        body["predictions_truncated"] = true;
      }
    }
    return {200, std::move(body)};
  });
}

Reply Api::predict(const QueryParams& params) {
  auto repo = params.required_text("repo", 512);
  if (!repo.ok()) return error_reply(400, repo.error().message());
  PredictRequest request{*repo, "", ""};
  for (auto [name, slot] : {std::pair{"base", &request.base}, std::pair{"head", &request.head}}) {
    auto value = params.required_text(name, 256);
    if (!value.ok()) return error_reply(400, value.error().message());
    if (!is_revision(*value))
      return error_reply(400,
                         std::string("parameter '") + name + "' must be a git revision (letters, digits, " +
                             "._/@^~+-{}; not starting with '-'), got '" + shorten_for_message(*value) + "'");
    *slot = *value;
  }
  if (!m_predict)
    return error_reply(501,
                       "prediction is not available in this build yet: the predict pipeline "
                       "(faultline predict) has not been wired into faultline serve");
  auto prediction = m_predict(request);
  if (!prediction.ok()) return error_reply(422, prediction.error().message());
  return {200, std::move(*prediction)};
}

Reply Api::stats(const QueryParams&) {
  auto db = m_pool.acquire();
  if (!db.ok()) return error_reply(503, db.error().message());
  auto counts = store::count_everything(**db);
  if (!counts.ok()) return error_reply(500, counts.error().message());
  nlohmann::json body = nlohmann::json::object();
  for (const auto& [name, value] : counts->rows) body[name] = value;
  body["schema_version"] = store::Database::schema_version();
  return {200, std::move(body)};
}

}  // namespace faultline::web
