// faultline incidents import [--db F] [--format auto|...] [--map COL=FIELD]... [--skip-bad]
//                             [--json] FILE...
// Imports each export in its own transaction (ingest/incident_importer.h) and prints, per
// file, the format detected and how many incidents were imported, updated, unchanged and
// skipped. A file that fails is named with its line and column and the next file is still
// imported; the exit code is then 2.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "ingest/incident_importer.h"

namespace faultline::cli {
namespace {

struct ImportArgs {
  std::string db_path;
  std::string format = "auto";
  std::vector<std::string> maps;
  bool skip_bad = false;
  bool json = false;
  std::vector<std::string> files;
};

// "COL=FIELD" → override; the last '=' splits, so a column name may hold '='.
Result<ingest::CsvColumnOverride> parse_map(const std::string& text) {
  size_t equals = text.rfind('=');
  if (equals == std::string::npos || equals == 0 || equals + 1 == text.size())
    return Error("--map " + text + ": expected COLUMN=FIELD");
  ingest::CsvColumnOverride out{text.substr(0, equals), text.substr(equals + 1)};
  if (!ingest::is_csv_field(out.field)) {
    std::string fields;
    for (const auto& name : ingest::csv_field_names()) fields += (fields.empty() ? "" : ", ") + name;
    return Error("--map " + text + ": unknown field '" + out.field + "' (fields: " + fields + ")");
  }
  return out;
}

int run_import(const ImportArgs& args) {
  ingest::ImportOptions options;
  options.skip_bad = args.skip_bad;
  auto format = ingest::format_from_name(args.format);
  if (!format) return fail("--format " + args.format + ": expected one of " + ingest::format_names());
  options.parse.format = *format;
  for (const auto& map : args.maps) {
    auto parsed = parse_map(map);
    if (!parsed.ok()) return fail(parsed.error().message());
    options.parse.csv_overrides.push_back(*parsed);
  }
  auto db = store::Database::open(args.db_path);
  if (!db.ok()) return fail(db.error().message());

  nlohmann::json report = nlohmann::json::array();
  int exit_code = k_exit_ok;
  for (const auto& file : args.files) {
    auto imported = ingest::import_incident_file(*db, file, options);
    if (!imported.ok()) {
      std::cerr << "faultline: " << imported.error().message() << "\n";
      report.push_back({{"file", file}, {"error", imported.error().message()}});
      exit_code = k_exit_bad_input;
      continue;
    }
    for (const auto& row : imported->bad_rows) std::cerr << "faultline: skipped " << row << "\n";
    std::string format_name(ingest::format_name(imported->format));
    auto skipped = static_cast<int64_t>(imported->bad_rows.size());
    if (args.json) {
      report.push_back({{"file", file},
                        {"format", format_name},
                        {"imported", imported->imported},
                        {"updated", imported->updated},
                        {"unchanged", imported->unchanged},
                        {"skipped", skipped},
                        {"bad_rows", imported->bad_rows}});
    } else {
      std::cout << file << ": " << format_name << ": " << imported->imported << " imported, "
                << imported->updated << " updated, " << imported->unchanged << " unchanged, " << skipped
                << " skipped\n";
    }
  }
  if (args.json)
    std::cout << nlohmann::json{{"files", report}}.dump(2, ' ', false,
                                                        nlohmann::json::error_handler_t::replace)
              << "\n";
  return exit_code;
}

}  // namespace

Command incidents_command() {
  return {"incidents",
          "Production incidents: import exports (PagerDuty, Opsgenie, incident.io, FireHydrant, CSV)",
          [](CLI::App& sub) -> RunFunction {
            auto args = std::make_shared<ImportArgs>();
            auto run = std::make_shared<RunFunction>();
            sub.require_subcommand(1);
            CLI::App* import =
                sub.add_subcommand("import", "Import incident exports, one transaction per file");
            add_db_option(*import, args->db_path);
            import->add_option("--format", args->format,
                               "Export format: " + ingest::format_names() + " (default auto)");
            import->add_option("--map", args->maps, "CSV column for a field, COLUMN=FIELD (repeatable)")
                ->allow_extra_args(false);
            import->add_flag("--skip-bad", args->skip_bad, "List bad rows and import the rest");
            import->add_flag("--json", args->json, "Machine-readable summary");
            import->add_option("FILE", args->files, "Export files")->required();
            import->callback([run, args] { *run = [args] { return run_import(*args);
          };
});
return [run] { return *run ? (*run)() : fail("incidents: expected a subcommand (import)"); };
}
}
;
}

}  // namespace faultline::cli
