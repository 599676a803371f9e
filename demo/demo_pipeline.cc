// The pipeline is a list of steps, each timed; see the header for which run in-process and
// which through the binary's own subcommands (posix_spawn of self_exe, output inherited).
#include "demo/demo_pipeline.h"

#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

#include "analyzer/classifier.h"
#include "demo/organisation_generator.h"
#include "ingest/repo_target.h"
#include "ingest/scanner.h"
#include "model/model.h"
#include "model/panel.h"
#include "model/report.h"
#include "model/trainer.h"
#include "store/database.h"
#include "store/example_queries.h"
#include "store/panel_queries.h"

extern char** environ;

namespace faultline::demo {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string fixed(double value, int digits) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(digits) << value;
  return out.str();
}

// Runs the faultline binary with `arguments`; its output goes where ours goes.
Status run_self(const std::string& self_exe, const std::vector<std::string>& arguments, std::ostream& out) {
  out.flush();
  std::vector<std::string> argv_storage = {"faultline"};
  argv_storage.insert(argv_storage.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (std::string& argument : argv_storage) argv.push_back(argument.data());
  argv.push_back(nullptr);
  std::string command;
  for (const std::string& argument : arguments) command += (command.empty() ? "" : " ") + argument;
  pid_t pid = 0;
  if (int error = posix_spawn(&pid, self_exe.c_str(), nullptr, nullptr, argv.data(), environ); error != 0)
    return Error("faultline " + command + ": cannot start " + self_exe + ": " + std::strerror(error));
  int status = 0;
  if (waitpid(pid, &status, 0) < 0) return Error("faultline " + command + ": wait failed");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return Error("faultline " + command + ": exited with status " +
                 std::to_string(WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status)));
  return {};
}

Status scan(const GeneratedOrganisation& organisation, const std::string& db_path, const std::string& dir,
            size_t jobs, std::ostream& out) {
  auto concepts = analyzer::load_concepts();
  if (!concepts.ok()) return concepts.error();
  auto targets = ingest::resolve_targets({organisation.files.manifest});
  if (!targets.ok()) return targets.error();
  auto db = store::Database::open(db_path);
  if (!db.ok()) return db.error();
  ingest::ScanOptions options;
  options.cache_dir = dir + "/cache";
  options.jobs = jobs;
  ingest::Scanner scanner(*db, options, *concepts);
  auto summaries = scanner.scan(*targets);
  if (!summaries.ok()) return summaries.error();
  for (const auto& summary : *summaries) {
    if (!summary.ok) return Error("scan of " + summary.name + ": " + summary.error);
    out << "  " << std::left << std::setw(14) << summary.name << std::right << std::setw(5)
        << summary.commits_new << " commits, " << std::setw(5) << summary.blobs_analysed
        << " blobs analysed, " << std::setw(5) << summary.findings << " findings\n";
  }
  return {};
}

struct Trained {
  int64_t id = 0;
  int64_t created_at = 0;
  model::Model model;
};

Result<Trained> train(const std::string& db_path, const std::string& model_path) {
  auto db = store::Database::open(db_path);
  if (!db.ok()) return db.error();
  auto panel = model::build_panel(*db, {});
  if (!panel.ok()) return panel.error();
  auto fitted = model::train(*panel);
  if (!fitted.ok()) return fitted.error();
  const std::string json = model::to_json(*fitted).dump(2);
  Trained trained;
  trained.created_at = static_cast<int64_t>(std::time(nullptr));
  auto id = store::save_model(*db, trained.created_at, json);
  if (!id.ok()) return id.error();
  trained.id = *id;
  trained.model = std::move(*fitted);
  std::ofstream file(model_path, std::ios::binary | std::ios::trunc);
  file << json << "\n";
  if (!file) return Error(model_path + ": cannot write");
  return trained;
}

std::string signal_list(const std::string& signals_json) {
  std::string out;
  try {
    for (const auto& signal : nlohmann::json::parse(signals_json)) {
      // Stored names carry their sign ("+timeout-set"); older ones may not.
      std::string name = signal.value("name", std::string("?"));
      if (name.empty() || (name[0] != '+' && name[0] != '-'))
        name = (signal.value("weight", 0.0) >= 0 ? "+" : "-") + name;
      if (out.find(name) == std::string::npos) out += (out.empty() ? "" : " ") + name;
    }
  } catch (const nlohmann::json::exception&) {
    return signals_json;
  }
  return out;
}

std::string link(const store::ExampleLocation& location, const store::ExampleFinding& finding) {
  if (!location.web_template || location.web_template->empty()) return "";
  std::string text = *location.web_template;
  const std::vector<std::pair<std::string, std::string>> values = {
      {"{commit}", location.head_oid},
      {"{path}", location.path},
      {"{start}", std::to_string(finding.start_line)},
      {"{end}", std::to_string(finding.end_line)}};
  for (const auto& [key, value] : values)
    for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
      text.replace(at, key.size(), value);
  return text;
}

Status print_examples(const std::string& db_path, const std::vector<std::string>& concepts,
                      std::ostream& out) {
  auto db = store::Database::open(db_path, true);
  if (!db.ok()) return db.error();
  for (const std::string& concept_id : concepts) {
    auto examples = store::query_examples(*db, concept_id, store::ExampleOrder::best, 0, 3);
    if (!examples.ok()) return examples.error();
    out << "\nBest examples of " << concept_id << ":\n";
    if (examples->empty()) out << "  (none found)\n";
    int rank = 0;
    for (const auto& example : *examples) {
      auto location = store::query_example_location(*db, example.blob_oid);
      if (!location.ok()) return location.error();
      out << "  " << ++rank << ". quality " << fixed(example.quality, 2) << "  ";
      if (*location)
        out << (*location)->repo << "/" << (*location)->path << ":" << example.start_line << "-"
            << example.end_line;
      out << "  " << example.region_name << "  " << signal_list(example.signals) << "\n";
      if (*location && !link(**location, example).empty())
        out << "     " << link(**location, example) << "\n";
    }
  }
  return {};
}

}  // namespace

Result<DemoOutcome> run_demo(const DemoOptions& options, std::ostream& out) {
  const auto started = Clock::now();
  DemoOutcome outcome;
  const std::string data = analyzer::data_dir() + "/demo";
  auto spec = load_organisation_spec(data + "/organisation.json");
  if (!spec.ok()) return spec.error();
  std::vector<std::string> languages;
  for (const auto& service : spec->services) languages.push_back(service.language);
  auto templates = TemplateLibrary::load(data + "/templates", languages);
  if (!templates.ok()) return templates.error();
  const uint64_t seed = options.seed.value_or(spec->seed);
  const std::string dir = std::filesystem::absolute(options.dir).lexically_normal().string();
  outcome.db_path = dir + "/faultline.db";

  // 1. Generate the organisation: repositories, incident exports, manifest, mapping.
  auto step = Clock::now();
  out << "faultline demo: generating " << spec->organisation << " (seed " << seed << ") in " << dir << "\n";
  auto organisation = generate_organisation(*spec, *templates, seed, dir, options.jobs);
  if (!organisation.ok()) return organisation.error().within("generate");
  for (size_t i = 0; i < organisation->repositories.size(); ++i) {
    const auto& repo = organisation->repositories[i];
    const auto& service = spec->services[i];
    out << "  " << std::left << std::setw(14) << repo.repo << std::setw(11) << service.language << std::right
        << std::setw(5) << repo.commits << " commits (" << repo.merges << " merges, " << repo.renames
        << " renames, " << repo.authors << " authors)  service \"" << service.service << "\"\n";
  }
  outcome.commits = organisation->commits;
  outcome.incidents = static_cast<int>(organisation->incidents.size());
  out << "  " << outcome.commits << " commits; " << outcome.incidents << " incidents ("
      << organisation->files.json_incidents << " in PagerDuty JSON pages, "
      << organisation->files.csv_incidents << " in PagerDuty CSV)  [" << fixed(seconds_since(step), 1)
      << " s]\n";

  // 2. Scan every repository of the manifest.
  step = Clock::now();
  out << "faultline demo: scanning " << organisation->files.manifest << "\n";
  FL_TRY(scan(*organisation, outcome.db_path, dir, options.jobs, out));
  out << "  [" << fixed(seconds_since(step), 1) << " s]\n";

  // 3. Import both incident exports and 4. apply the service mapping, through the binary.
  step = Clock::now();
  out << "faultline demo: importing incidents\n";
  FL_TRY(run_self(options.self_exe,
                  {"incidents", "import", "--db", outcome.db_path, organisation->files.pagerduty_json,
                   organisation->files.pagerduty_csv},
                  out));
  FL_TRY(run_self(options.self_exe,
                  {"services", "--db", outcome.db_path, "--mapping", organisation->files.mapping}, out));
  out << "  [" << fixed(seconds_since(step), 1) << " s]\n";

  // 5. Train the models and 6. print the report.
  step = Clock::now();
  out << "faultline demo: training\n";
  auto trained = train(outcome.db_path, dir + "/model.json");
  if (!trained.ok()) return trained.error().within("train");
  outcome.model_id = trained->id;
  out << "  model #" << trained->id << " saved in the database and " << dir << "/model.json  ["
      << fixed(seconds_since(step), 1) << " s]\n\n";
  out << model::render_report(trained->model, trained->id, trained->created_at, model::ReportFormat::k_text);

  // 7. The best examples of three concepts.
  FL_TRY(print_examples(outcome.db_path, options.example_concepts, out));
  outcome.seconds = seconds_since(started);
  out << "\nfaultline demo: done in " << fixed(outcome.seconds, 1) << " s; database " << outcome.db_path
      << "\n";
  return outcome;
}

}  // namespace faultline::demo
