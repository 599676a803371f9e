// faultline stats: counts of repos, commits, blobs, findings, incidents.
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "store/stats.h"

namespace faultline::cli {

Command stats_command() {
  return {"stats", "Counts of repos, commits, blobs, findings and incidents in the database",
          [](CLI::App& sub) -> RunFunction {
            auto db_path = std::make_shared<std::string>();
            auto json = std::make_shared<bool>(false);
            add_db_option(sub, *db_path);
            sub.add_flag("--json", *json, "Machine-readable output");
            return [db_path, json] {
              auto db = store::Database::open(*db_path, /*read_only=*/true);
              if (!db.ok()) return fail(db.error().message());
              auto counts = store::count_everything(*db);
              if (!counts.ok()) return fail(counts.error().within(*db_path).message());
              if (*json) {
                nlohmann::json out = nlohmann::json::object();
                for (const auto& [name, value] : counts->rows) out[name] = value;
                std::cout << out.dump(2) << "\n";
              } else {
                for (const auto& [name, value] : counts->rows) std::cout << name << "\t" << value << "\n";
              }
              return k_exit_ok;
            };
          }};
}

}  // namespace faultline::cli
