// faultline demo [--dir DIR] [--no-serve] [--seed N] [--jobs N] [--port P]
// Generates the demo organisation, runs scan → import → train on it, prints the report and
// the best examples of three concepts (demo/demo_pipeline.h), then serves the viewer over its
// database until interrupted (cli/viewer.h), as `faultline serve` does.
#include <filesystem>
#include <iostream>
#include <thread>

#include "analyzer/classifier.h"
#include "cli/command.h"
#include "cli/viewer.h"
#include "demo/demo_pipeline.h"
#include "ingest/git_handles.h"

namespace faultline::cli {
namespace {

struct DemoArguments {
  std::string dir = (std::filesystem::temp_directory_path() / "faultline-demo").string();
  bool no_serve = false;
  std::optional<uint64_t> seed;
  size_t jobs = std::max(1u, std::thread::hardware_concurrency());
  std::string host = "127.0.0.1";
  int port = 8080;
};

// True when `dir` lies inside the folder that holds the bundled data (the source tree).
bool inside_source_tree(const std::string& dir) {
  namespace fs = std::filesystem;
  const fs::path root = fs::weakly_canonical(fs::path(analyzer::data_dir()) / "..");
  const fs::path target = fs::weakly_canonical(fs::absolute(dir));
  auto [root_end, target_end] = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
  return root_end == root.end();
}

int serve(const std::string& db_path, const DemoArguments& args) {
  web::ServerOptions options;
  options.db_path = db_path;
  options.host = args.host;
  options.port = args.port;
  return run_viewer(options, "\nfaultline demo: the viewer (Ctrl-C stops it) is at");
}

int run_demo_command(const DemoArguments& args) {
  if (inside_source_tree(args.dir))
    return fail("--dir " + args.dir + ": inside the source tree; choose another folder");
  ingest::GitLibrary git;
  demo::DemoOptions options;
  options.dir = args.dir;
  options.seed = args.seed;
  options.jobs = args.jobs;
  auto outcome = demo::run_demo(options, std::cout);
  if (!outcome.ok()) return fail("demo: " + outcome.error().message());
  if (args.no_serve) return k_exit_ok;
  return serve(outcome->db_path, args);
}

}  // namespace

Command demo_command() {
  return {
      "demo",
      "Generate the demo organisation, scan it, import its incidents, train, report and serve the viewer",
      [](CLI::App& sub) -> RunFunction {
        auto args = std::make_shared<DemoArguments>();
        sub.add_option("--dir", args->dir,
                       "Folder for the organisation (default: a folder in the temp dir); "
                       "a previous demo there is deleted first");
        sub.add_flag("--no-serve", args->no_serve, "Stop after the report instead of serving the viewer");
        sub.add_option("--seed", args->seed,
                       "Seed of the generator (default: the one in data/demo/organisation.json)");
        sub.add_option("--jobs,-j", args->jobs, "Worker threads (default: cores)")->check(CLI::Range(1, 256));
        sub.add_option("--host", args->host, "Address the viewer listens on (default 127.0.0.1)");
        sub.add_option("--port", args->port, "Port of the viewer; 0 picks a free one (default 8080)")
            ->check(CLI::Range(0, 65535));
        return [args] { return run_demo_command(*args); };
      }};
}

}  // namespace faultline::cli
