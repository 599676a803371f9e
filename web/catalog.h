// Catalog: what the viewer lists — every service the database knows (its repositories, its
// incident record over the organisation-wide window, its trend, the latest model's prediction
// for it), the concept totals, and the latest model.
//
// Built in one pass from load_service_mapping, the incident records and the latest model, then
// shared read-only by requests. CatalogCache rebuilds it only when the database changed:
// it keeps one connection whose `PRAGMA data_version` moves when any other connection (a scan,
// an import, a train) commits.
//
// The model's JSON is written by the model team and read defensively: a prediction is taken
// from `predictions` (an array of objects naming a `service`, the latest `window_start`/`t`
// winning, else the last) or from `services` (an object keyed by service name); anything
// else is ignored. A ModelEvaluator's "services" fill in the services the JSON does not name.
//
// Thread-safety: a Catalog is immutable; CatalogCache::get is safe from any thread.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/database.h"
#include "store/example_queries.h"
#include "store/service_mapping.h"
#include "store/service_queries.h"

namespace faultline::web {

// What the latest model says about the data, provided by the caller (cli, which knows the
// model module): given a connection and the stored model's JSON, returns
//   {"services": {name: {"rate_per_day", "severity", "ttr_s", "window_start"}, ...},
//    "predicted_vs_actual": [{"service", "window_start", "predicted", "actual"}, ...]}
// or an Error (shown on the model page). Called once per catalog build.
using ModelEvaluator = std::function<Result<nlohmann::json>(store::Database&, const std::string& model_json)>;

struct ServiceEntry {
  std::string name;
  std::vector<store::ServiceRepo> repos;  // empty: unmapped
  store::IncidentRecord record;           // zero incidents when none were imported
  std::optional<nlohmann::json> prediction;
};

struct Catalog {
  store::IncidentWindow window;
  double window_days = 1;              // at least one day
  std::vector<ServiceEntry> services;  // sorted by name
  std::map<std::string, size_t, std::less<>> by_name;
  std::vector<store::ConceptTotals> concepts;  // concept totals, computed with the catalog
  std::optional<store::StoredModel> model;
  nlohmann::json evaluation;     // the ModelEvaluator's answer; null without one
  std::string evaluation_error;  // why there is none, when the evaluator failed

  const ServiceEntry* find(const std::string& name) const;
  // The service that owns `path` of `repo`: the mapping entry with the longest matching path
  // prefix; nullptr when no service maps to it.
  const ServiceEntry* owner(const std::string& repo, const std::string& path) const;
  // The JSON production record shown beside examples and in the services table.
  nlohmann::json record_json(const ServiceEntry& entry) const;
};

Result<std::shared_ptr<const Catalog>> build_catalog(store::Database& db, const ModelEvaluator& evaluator);

class CatalogCache {
 public:
  CatalogCache(std::string db_path, ModelEvaluator evaluator)
      : m_path(std::move(db_path)), m_evaluator(std::move(evaluator)) {}
  // The catalog as of the database's current contents; `db` builds it when stale.
  Result<std::shared_ptr<const Catalog>> get(store::Database& db);

 private:
  std::string m_path;
  ModelEvaluator m_evaluator;
  std::mutex m_mutex;
  std::unique_ptr<store::Database> m_watch;  // guarded by m_mutex
  int64_t m_version = -1;                    // data_version m_current was built at
  std::shared_ptr<const Catalog> m_current;
};

}  // namespace faultline::web
