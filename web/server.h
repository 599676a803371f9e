// Server: `faultline serve` — the JSON API (web/api.h) and the embedded viewer over HTTP.
//
// Binds to 127.0.0.1 unless told otherwise. The database is opened read-only: create() fails
// when it is missing or not at this build's schema. Static files come from the table of
// embedded assets (web/static_assets.h), never from the file system; every other path is 404.
// Each response carries a Content-Security-Policy that allows only the server's own scripts
// and styles, so even a snippet that escaped escaping could not run.
//
// Thread-safety: run() blocks the calling thread and serves on a pool of worker threads;
// stop() may be called from any thread (e.g. a signal-waiting thread) and makes run() return.
#pragma once

#include <memory>
#include <string>

#include "base/result.h"
#include "web/api.h"

namespace faultline::web {

struct ServerOptions {
  std::string db_path = "faultline.db";
  std::string host = "127.0.0.1";
  int port = 8080;                // 0: any free port (see bind())
  PredictFunction predict;        // empty: /api/predict answers 501
  ModelEvaluator evaluate_model;  // empty: predictions only from the model JSON itself
  std::string concepts_dir;       // "" : default_concepts_dir()
  bool log_requests = false;      // one line per request on stderr
};

class Server {
 public:
  static Result<std::unique_ptr<Server>> create(ServerOptions options);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket; returns the port (the chosen one when options.port was 0).
  Result<int> bind();
  // REQUIRES: bind() succeeded. Serves until stop().
  Status run();
  void stop();

 private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace faultline::web
