// faultline report: the latest trained model's held-out metrics against the baseline, the
// ranking of concepts by effect, and its coefficients with standard errors.
#include <iostream>
#include <memory>

#include "cli/command.h"
#include "model/model.h"
#include "model/report.h"
#include "store/service_queries.h"

namespace faultline::cli {

Command report_command() {
  return {"report", "The latest model's metrics, the ranking of concepts and the coefficients",
          [](CLI::App& sub) -> RunFunction {
            auto db_path = std::make_shared<std::string>();
            auto format = std::make_shared<std::string>("text");
            add_db_option(sub, *db_path);
            sub.add_option("--format", *format, "text (default), json or markdown");
            return [db_path, format] {
              auto parsed = model::parse_report_format(*format);
              if (!parsed.ok()) return fail(parsed.error().message());
              auto db = store::Database::open(*db_path, /*read_only=*/true);
              if (!db.ok()) return fail(db.error().message());
              auto stored = store::query_latest_model(*db);
              if (!stored.ok()) return fail(stored.error().within(*db_path).message());
              if (!*stored) return fail("no model in " + *db_path + ": run `faultline train` first");
              auto loaded = model::model_from_text((*stored)->json);
              if (!loaded.ok())
                return fail(
                    loaded.error().within(*db_path + " model #" + std::to_string((*stored)->id)).message());
              std::cout << model::render_report(*loaded, (*stored)->id, (*stored)->created_at, *parsed);
              return k_exit_ok;
            };
          }};
}

}  // namespace faultline::cli
