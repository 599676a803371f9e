// Building the catalog: the service mapping gives the services and their repositories; the
// incident records over the window [first incident, last incident] give each service's rate,
// severity and time to resolve, and its trend (later half against earlier half of the
// window); the latest model gives predictions. The cache compares `PRAGMA data_version` on a
// connection of its own before each use and rebuilds when another connection has committed.
#include "web/catalog.h"

#include <algorithm>

#include "web/connection_pool.h"

namespace faultline::web {
namespace {

constexpr double k_seconds_per_day = 86400.0;

// The time key of one prediction entry, for choosing the latest.
std::optional<double> prediction_time(const nlohmann::json& entry) {
  for (const char* key : {"window_start", "t", "time", "window", "at"}) {
    auto found = entry.find(key);
    if (found != entry.end() && found->is_number()) return found->get<double>();
  }
  return std::nullopt;
}

std::map<std::string, nlohmann::json> predictions_by_service(const std::optional<store::StoredModel>& model,
                                                             const nlohmann::json& evaluation) {
  std::map<std::string, nlohmann::json> out;
  if (evaluation.is_object() && evaluation.contains("services") && evaluation["services"].is_object()) {
    for (const auto& [name, entry] : evaluation["services"].items()) out[name] = entry;
  }
  if (!model) return out;
  auto parsed = nlohmann::json::parse(model->json, nullptr, /*allow_exceptions=*/false);
  if (!parsed.is_object()) return out;
  auto predictions = parsed.find("predictions");
  if (predictions != parsed.end() && predictions->is_array()) {
    for (const auto& entry : *predictions) {
      if (!entry.is_object()) continue;
      auto service = entry.find("service");
      if (service == entry.end() || !service->is_string()) continue;
      auto& slot = out[service->get<std::string>()];
      auto time = prediction_time(entry);
      auto held = slot.is_null() ? std::nullopt : prediction_time(slot);
      if (slot.is_null() || !time || !held || *time >= *held) slot = entry;
    }
  }
  auto services = parsed.find("services");
  if (services != parsed.end() && services->is_object()) {
    for (const auto& [name, entry] : services->items()) {
      if (!out.count(name)) out[name] = entry;
    }
  }
  return out;
}

}  // namespace

const ServiceEntry* Catalog::find(const std::string& name) const {
  auto found = by_name.find(name);
  return found == by_name.end() ? nullptr : &services[found->second];
}

const ServiceEntry* Catalog::owner(const std::string& repo, const std::string& path) const {
  const ServiceEntry* best = nullptr;
  size_t best_length = 0;
  for (const auto& entry : services) {
    for (const auto& mapped : entry.repos) {
      if (mapped.repo_name != repo || !path.starts_with(mapped.path_prefix)) continue;
      if (best == nullptr || mapped.path_prefix.size() > best_length) {
        best = &entry;
        best_length = mapped.path_prefix.size();
      }
    }
  }
  return best;
}

nlohmann::json Catalog::record_json(const ServiceEntry& entry) const {
  const auto& record = entry.record;
  double half_days = window_days / 2;
  double recent_rate = static_cast<double>(record.recent) / half_days;
  double earlier_rate = static_cast<double>(record.incidents - record.recent) / half_days;
  // A direction needs both a relative change of a quarter and two incidents of difference.
  std::string direction = "flat";
  int64_t difference = record.recent - (record.incidents - record.recent);
  if (recent_rate > earlier_rate * 1.25 && difference >= 2) direction = "rising";
  if (recent_rate < earlier_rate * 0.8 && difference <= -2) direction = "falling";
  nlohmann::json repos = nlohmann::json::array();
  for (const auto& mapped : entry.repos)
    repos.push_back(
        {{"repo", mapped.repo_name}, {"path_prefix", mapped.path_prefix}, {"origin", mapped.origin}});
  return {
      {"name", entry.name},
      {"repos", std::move(repos)},
      {"incidents", record.incidents},
      {"per_day", static_cast<double>(record.incidents) / window_days},
      {"mean_severity", record.mean_severity ? nlohmann::json(*record.mean_severity) : nlohmann::json()},
      {"mean_ttr_s", record.mean_ttr_s ? nlohmann::json(*record.mean_ttr_s) : nlohmann::json()},
      {"trend",
       {{"direction", direction}, {"recent_per_day", recent_rate}, {"earlier_per_day", earlier_rate}}},
      {"prediction", entry.prediction ? *entry.prediction : nlohmann::json()},
  };
}

Result<std::shared_ptr<const Catalog>> build_catalog(store::Database& db, const ModelEvaluator& evaluator) {
  auto catalog = std::make_shared<Catalog>();
  auto window = store::query_incident_window(db);
  if (!window.ok()) return window.error();
  catalog->window = *window;
  catalog->window_days = std::max(1.0, static_cast<double>(window->to - window->from) / k_seconds_per_day);
  int64_t mid = window->from + (window->to - window->from) / 2;
  auto records = store::query_incident_records(db, mid);
  if (!records.ok()) return records.error();
  auto mapping = store::load_service_mapping(db);
  if (!mapping.ok()) return mapping.error().within("service mapping");
  auto model = store::query_latest_model(db);
  if (!model.ok()) return model.error();
  catalog->model = *model;
  if (catalog->model && evaluator) {
    auto evaluation = evaluator(db, catalog->model->json);
    if (evaluation.ok()) {
      catalog->evaluation = std::move(*evaluation);
    } else {
      catalog->evaluation_error = evaluation.error().message();
    }
  }
  auto predictions = predictions_by_service(catalog->model, catalog->evaluation);

  std::map<std::string, store::IncidentRecord> record_by_service;
  for (auto& record : *records) record_by_service.emplace(record.service, std::move(record));
  for (auto& mapped : *mapping) {
    ServiceEntry entry;
    entry.name = mapped.service;
    entry.repos = std::move(mapped.repos);
    auto record = record_by_service.find(entry.name);
    if (record != record_by_service.end()) entry.record = record->second;
    entry.record.service = entry.name;
    auto prediction = predictions.find(entry.name);
    if (prediction != predictions.end()) entry.prediction = prediction->second;
    catalog->services.push_back(std::move(entry));
  }
  std::sort(catalog->services.begin(), catalog->services.end(),
            [](const ServiceEntry& a, const ServiceEntry& b) { return a.name < b.name; });
  for (size_t i = 0; i < catalog->services.size(); ++i)
    catalog->by_name.emplace(catalog->services[i].name, i);

  auto concepts = store::query_concept_totals(db);
  if (!concepts.ok()) return concepts.error();
  catalog->concepts = std::move(*concepts);
  return std::shared_ptr<const Catalog>(std::move(catalog));
}

Result<std::shared_ptr<const Catalog>> CatalogCache::get(store::Database& db) {
  std::lock_guard lock(m_mutex);
  if (!m_watch) {
    auto watch = open_reader(m_path);
    if (!watch.ok()) return watch.error();
    m_watch = std::move(*watch);
  }
  auto version = m_watch->query_int("PRAGMA data_version");
  if (!version.ok()) return version.error().within("database " + m_path);
  if (m_current && *version == m_version) return m_current;
  auto built = build_catalog(db, m_evaluator);
  if (!built.ok()) return built.error().within("database " + m_path);
  m_current = std::move(*built);
  m_version = *version;
  return m_current;
}

}  // namespace faultline::web
