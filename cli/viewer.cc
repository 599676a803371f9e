// The viewer with the model and the predict pipeline wired in. The latest model is evaluated
// on the panel it is trained on (model/panel.h), giving each service's predicted rate at its
// latest window and, for every service × window, predicted against actual incidents per day.
#include "cli/viewer.h"

#include <pthread.h>
#include <signal.h>

#include <csignal>
#include <iostream>
#include <memory>
#include <thread>

#include "analyzer/classifier.h"
#include "cli/command.h"
#include "ingest/git_handles.h"
#include "model/model.h"
#include "model/panel.h"
#include "model/predictor.h"
#include "review/change_review.h"
#include "review/review_format.h"

namespace faultline::cli {
namespace {

Result<nlohmann::json> evaluate_model(store::Database& db, const std::string& model_json) {
  auto model = model::model_from_text(model_json);
  if (!model.ok()) return model.error().within("latest model");
  model::PanelOptions options;
  if (model->window_s > 0) options.window_s = model->window_s;
  auto panel = model::build_panel(db, options);
  if (!panel.ok()) return panel.error().within("panel for the latest model");
  nlohmann::json services = nlohmann::json::object();
  nlohmann::json points = nlohmann::json::array();
  for (const auto& row : panel->rows) {  // ordered by window start: the last row of a service wins
    auto prediction = model::predict(*model, row.features);
    if (!prediction.ok()) return prediction.error().within("service " + row.service);
    double actual = row.exposure_days > 0 ? row.incidents / row.exposure_days : 0.0;
    points.push_back({{"service", row.service},
                      {"window_start", row.window_start},
                      {"predicted", prediction->rate_per_day},
                      {"actual", actual}});
    nlohmann::json entry = {{"rate_per_day", prediction->rate_per_day}, {"window_start", row.window_start}};
    if (prediction->severity) entry["severity"] = *prediction->severity;
    if (prediction->ttr_s) entry["ttr_s"] = *prediction->ttr_s;
    services[row.service] = std::move(entry);
  }
  return nlohmann::json{{"services", std::move(services)}, {"predicted_vs_actual", std::move(points)}};
}

// The pull-request page's pipeline: review_change on a connection of its own (one per request
// thread), with the concept packs loaded once and shared.
Result<nlohmann::json> predict_change(const std::string& db_path, const web::PredictRequest& request) {
  static const auto concepts = analyzer::load_concepts();
  if (!concepts.ok()) return concepts.error();
  auto db = store::Database::open(db_path, /*read_only=*/true);
  if (!db.ok()) return db.error();
  auto review = review::review_change(
      *db, *concepts, {request.repo, request.base, request.head, "", /*allow_local_path=*/false});
  if (!review.ok()) return review.error();
  return review::review_json(*review);
}

}  // namespace

int run_viewer(web::ServerOptions options, const std::string& banner) {
  ingest::GitLibrary git;  // for the predict pipeline
  options.evaluate_model = evaluate_model;
  const std::string db_path = options.db_path;
  options.predict = [db_path](const web::PredictRequest& request) {
    return predict_change(db_path, request);
  };
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGUSR1);
  // A shell starts background jobs with SIGINT ignored, and an ignored signal never reaches
  // sigwait: restore the default, then block, so only the waiter sees it.
  std::signal(SIGINT, SIG_DFL);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto server = web::Server::create(options);
  if (!server.ok()) return fail(server.error().message());
  auto port = (*server)->bind();
  if (!port.ok()) return fail(port.error().message());
  std::cout << banner << " http://" << options.host << ":" << *port << "/" << std::endl;

  web::Server* running = server->get();
  std::thread waiter([&signals, running] {
    int received = 0;
    sigwait(&signals, &received);
    running->stop();
  });
  Status served = (*server)->run();
  pthread_kill(waiter.native_handle(), SIGUSR1);  // wakes the waiter if run() ended by itself
  waiter.join();
  if (!served.ok()) return fail(served.error().message());
  return k_exit_ok;
}

}  // namespace faultline::cli
