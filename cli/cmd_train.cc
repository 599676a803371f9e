// faultline train: build the service × window panel, fit the incident models, save the model
// in the database (and optionally as a JSON file), print what was learnt.
#include <cmath>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "model/panel.h"
#include "model/report.h"
#include "model/trainer.h"
#include "store/panel_queries.h"

namespace faultline::cli {
namespace {

// "7d", "14d", "1d", "2w" → seconds; fails on anything else.
Result<int64_t> parse_window(const std::string& text) {
  size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
  if (digits == 0 || digits + 1 != text.size() || digits > 5)
    return Error("--window " + text + ": expected a number of days or weeks, e.g. 7d, 14d, 1d, 2w");
  const int64_t count = std::stoll(text.substr(0, digits));
  const char unit = text.back();
  if (count <= 0 || (unit != 'd' && unit != 'w'))
    return Error("--window " + text + ": expected a positive number of days (d) or weeks (w), e.g. 7d");
  return count * (unit == 'w' ? 7 : 1) * model::k_seconds_per_day;
}

int run_train(const std::string& db_path, const std::string& window, const std::string& out_path) {
  auto window_s = parse_window(window);
  if (!window_s.ok()) return fail(window_s.error().message());
  auto db = store::Database::open(db_path);
  if (!db.ok()) return fail(db.error().message());
  // The panel: one row per service and window, features at the window's start.
  auto panel = model::build_panel(*db, {*window_s});
  if (!panel.ok()) return fail(panel.error().within(db_path).message());
  // The fits: penalty by rolling-origin cross-validation, metrics on the held-out windows.
  auto fitted = model::train(*panel);
  if (!fitted.ok()) return fail(fitted.error().message());
  // Saved in the models table, and as a file when asked.
  const std::string json = model::to_json(*fitted).dump(2);
  const auto created_at = static_cast<int64_t>(std::time(nullptr));
  auto id = store::save_model(*db, created_at, json);
  if (!id.ok()) return fail(id.error().within(db_path).message());
  if (!out_path.empty()) {
    std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
    out << json << "\n";
    out.close();
    if (!out) return fail("cannot write model to " + out_path);
  }
  // What was learnt, as the report prints it.
  std::cout << model::render_report(*fitted, *id, created_at, model::ReportFormat::k_text);
  if (!panel->unmapped_services.empty())
    std::cout << "\n"
              << panel->unmapped_services.size()
              << " services named by incidents map to no repository (see `faultline services`).\n";
  if (!panel->services_without_code.empty())
    std::cout << panel->services_without_code.size() << " mapped services have no scanned code.\n";
  std::cout << "\nSaved model #" << *id << " in " << db_path << (out_path.empty() ? "" : " and " + out_path)
            << ".\n";
  return k_exit_ok;
}

}  // namespace

Command train_command() {
  return {"train", "Fit the incident rate, severity and time-to-resolution models",
          [](CLI::App& sub) -> RunFunction {
            auto db_path = std::make_shared<std::string>();
            auto window = std::make_shared<std::string>("7d");
            auto out_path = std::make_shared<std::string>();
            add_db_option(sub, *db_path);
            sub.add_option("--window", *window, "Window of the panel: 7d (default), 14d, 1d, 2w, ...");
            sub.add_option("--out", *out_path, "Also write the model JSON to this file");
            return [db_path, window, out_path] { return run_train(*db_path, *window, *out_path); };
          }};
}

}  // namespace faultline::cli
