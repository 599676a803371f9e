// Api: the viewer's JSON API over one database, answering each endpoint with a Reply.
//
//   GET /api/concepts                       concept ids, titles and totals (paged)
//   GET /api/examples?concept=&order=best|worst&per_page=&(after=|before=|page=)
//                                           ranked examples with snippet, signals, link, owner;
//                                           `next`/`prev` are cursors for after=/before=
//   GET /api/services?sort=rate|name&page=&per_page=
//                                           incident record, trend and prediction per service
//   GET /api/services/{name}/timeline       (also /api/timeline?service=) concept scores at
//       ?since=&until=&max_points=          first-parent commits of its repositories, incidents
//   GET /api/model                          the latest model as stored, or an empty state
//   GET /api/predict?repo=&base=&head=      the predict pipeline (review_json); 501 without one
//   GET /api/stats                          counts of what the database holds
//
// Every parameter is validated by QueryParams (400 with a JSON message when broken); lists are
// paged with `page` (from 1) and `per_page`, answering `has_more`. Bodies are JSON objects;
// errors are {"error": message}.
//
// Thread-safety: every method may run on many HTTP worker threads at once; each leases its
// own connection from the pool.
#pragma once

#include <functional>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "base/result.h"
#include "web/catalog.h"
#include "web/connection_pool.h"
#include "web/query_params.h"

namespace faultline::web {

struct PredictRequest {
  std::string repo;  // a repository name known to the database (never a path)
  std::string base;  // git revisions
  std::string head;
};

// The predict pipeline, provided by the caller (cli); returns the prediction as JSON.
using PredictFunction = std::function<Result<nlohmann::json>(const PredictRequest&)>;

struct Reply {
  int status = 200;
  nlohmann::json body;
};

Reply error_reply(int status, const std::string& message);

// What a concept pack's manifest says about a concept (data/concepts/<id>/concept.json).
struct ConceptManifest {
  std::string title;
  std::string rationale;
  nlohmann::json signals = nlohmann::json::object();  // name → {weight, description}
};

// Reads every <dir>/<id>/concept.json; unreadable manifests are skipped (the viewer then
// shows the bare id). A missing dir gives an empty map.
std::map<std::string, ConceptManifest> load_concept_manifests(const std::string& dir);

// $FAULTLINE_DATA/concepts, else the source tree's data/concepts (compiled in).
std::string default_concepts_dir();

class Api {
 public:
  Api(std::string db_path, PredictFunction predict, ModelEvaluator evaluator,
      std::map<std::string, ConceptManifest> manifests);

  Reply concepts(const QueryParams& params);
  Reply examples(const QueryParams& params);
  Reply services(const QueryParams& params);
  // `service`: from the path (/api/services/{name}/timeline) or the `service` parameter.
  Reply timeline(const std::optional<std::string>& service, const QueryParams& params);
  Reply model(const QueryParams& params);
  Reply predict(const QueryParams& params);
  Reply stats(const QueryParams& params);

 private:
  // Leases a connection and the current catalog, then runs `body`; a database failure is 500
  // (the request was fine, the server could not answer it).
  Reply with_catalog(const std::function<Reply(store::Database&, const Catalog&)>& body);

  ConnectionPool m_pool;
  CatalogCache m_catalog;
  PredictFunction m_predict;
  std::map<std::string, ConceptManifest> m_manifests;
};

}  // namespace faultline::web
