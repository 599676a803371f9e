// faultline scan: clone or fetch, walk every commit, classify each new blob once.
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <future>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <thread>

#include "analyzer/classifier.h"
#include "cli/command.h"
#include "ingest/git_handles.h"
#include "ingest/repository_opener.h"
#include "ingest/scanner.h"

namespace faultline::cli {
namespace {

struct ScanArguments {
  std::string db_path;
  std::string cache_dir;
  double network_timeout_s = 60;
  int network_attempts = 3;
  size_t jobs = std::max(1u, std::thread::hardware_concurrency());
  bool all_branches = false;
  bool no_analyze = false;
  bool json = false;
  uint64_t max_blob = 1 << 20;
  std::optional<int64_t> max_commits;
  std::string anonymise_key;
  bool anonymise = false;
  std::vector<std::string> concept_dirs;
  std::vector<std::string> targets;
};

void print_progress(const ingest::ScanProgress& progress) {
  double rate = progress.seconds > 0 ? static_cast<double>(progress.commits_done) / progress.seconds : 0;
  int64_t eta =
      rate > 0
          ? static_cast<int64_t>(static_cast<double>(progress.commits_total - progress.commits_done) / rate)
          : 0;
  std::cerr << "\r[" << progress.repo_index + 1 << "/" << progress.repo_count << "] " << progress.repo
            << ": commits " << progress.commits_done << "/" << progress.commits_total << ", blobs "
            << progress.blobs_done << ", " << static_cast<int64_t>(rate) << " commits/s, ETA " << eta / 60
            << "m" << eta % 60 << "s   " << std::flush;
}

nlohmann::json summary_json(const ingest::RepoSummary& summary) {
  return {{"repo", summary.name},
          {"ok", summary.ok},
          {"error", summary.error},
          {"commits_new", summary.commits_new},
          {"commits_total", summary.commits_total},
          {"blobs_new", summary.blobs_new},
          {"blobs_analysed", summary.blobs_analysed},
          {"findings", summary.findings},
          {"skipped", summary.skipped},
          {"problems", summary.problems},
          {"seconds", summary.seconds}};
}

int run_scan(const ScanArguments& args) {
  // libgit2's initialisation parses the system's CA certificates (milliseconds): on another
  // thread while the concepts load and the database opens, which use no libgit2. (An early
  // return waits for it in the future's destructor.)
  auto initialising = std::async(std::launch::async, [] { return std::make_unique<ingest::GitLibrary>(); });
  auto concepts = analyzer::load_concepts(args.concept_dirs);
  if (!concepts.ok()) return fail(concepts.error().message());
  auto db = store::Database::open(args.db_path);
  if (!db.ok()) return fail(db.error().message());
  std::unique_ptr<ingest::GitLibrary> git = initialising.get();
  auto targets = ingest::resolve_targets(args.targets);
  if (!targets.ok()) return fail(targets.error().message());

  ingest::ScanOptions options;
  options.cache_dir = args.cache_dir.empty() ? ingest::default_cache_dir() : args.cache_dir;
  options.network_timeout = std::chrono::milliseconds(static_cast<int64_t>(args.network_timeout_s * 1000));
  options.network_attempts = args.network_attempts;
  options.jobs = args.jobs;
  options.all_branches = args.all_branches;
  options.analyze = !args.no_analyze;
  options.max_blob_bytes = args.max_blob;
  options.max_commits = args.max_commits;
  if (args.anonymise) {
    const char* env_key = std::getenv("FAULTLINE_ANONYMISE_KEY");
    options.anonymise_key = !args.anonymise_key.empty() ? args.anonymise_key : (env_key ? env_key : "");
    if (options.anonymise_key->empty())
      return fail("--anonymise needs --anonymise-key or $FAULTLINE_ANONYMISE_KEY");
  }
  bool terminal = isatty(STDERR_FILENO) && !args.json;
  if (terminal) options.on_progress = print_progress;

  ingest::Scanner scanner(*db, options, *concepts);
  auto summaries = scanner.scan(*targets);
  if (terminal) std::cerr << "\n";
  if (!summaries.ok()) return fail(summaries.error().message());
  bool all_ok = true;
  nlohmann::json out = nlohmann::json::array();
  for (const auto& summary : *summaries) {
    all_ok = all_ok && summary.ok;
    if (args.json) {
      out.push_back(summary_json(summary));
      continue;
    }
    std::cout << summary.name << ": ";
    if (!summary.ok) std::cout << "FAILED: " << summary.error << "; ";
    std::cout << summary.commits_new << " new commits (" << summary.commits_total << " reachable), "
              << summary.blobs_new << " new blobs, " << summary.blobs_analysed << " analysed, "
              << summary.findings << " findings";
    if (!summary.skipped.empty()) {
      std::cout << ", skipped:";
      for (const auto& [reason, count] : summary.skipped) std::cout << " " << reason << "=" << count;
    }
    std::cout << ", " << static_cast<int64_t>(summary.seconds * 1000) << " ms\n";
    for (const auto& problem : summary.problems)
      std::cout << "  problem: " << summary.name << ": " << problem << "\n";
  }
  if (args.json) std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  return all_ok ? k_exit_ok : k_exit_check_failed;
}

}  // namespace

Command scan_command() {
  return {
      "scan", "Clone or fetch repositories, walk every commit, classify each new blob once",
      [](CLI::App& sub) -> RunFunction {
        auto args = std::make_shared<ScanArguments>();
        add_db_option(sub, args->db_path);
        sub.add_option("--cache", args->cache_dir,
                       "Where remote repositories are mirrored (default ~/.cache/faultline/repos)");
        sub.add_option("--network-timeout", args->network_timeout_s,
                       "Seconds to wait for a remote to connect or to send more (default 60)")
            ->check(CLI::Range(0.1, 3600.0));
        sub.add_option("--network-attempts", args->network_attempts,
                       "Clone/fetch attempts per remote, with exponential backoff (default 3)")
            ->check(CLI::Range(1, 20));
        sub.add_option("--jobs,-j", args->jobs, "Worker threads (default: cores)")->check(CLI::Range(1, 256));
        sub.add_flag("--all-branches", args->all_branches, "Walk every branch, not only the default one");
        sub.add_flag("--no-analyze", args->no_analyze, "Record history and blobs without classifying them");
        sub.add_option("--max-blob", args->max_blob,
                       "Skip blobs larger than this many bytes (default 1 MiB)");
        sub.add_option("--max-commits", args->max_commits,
                       "Store at most this many new commits, then stop (resume later)");
        sub.add_option("--concepts", args->concept_dirs, "Extra concept pack directory (repeatable)");
        sub.add_flag("--anonymise", args->anonymise, "Store keyed hashes instead of author names and emails");
        sub.add_option("--anonymise-key", args->anonymise_key,
                       "Key for --anonymise (or $FAULTLINE_ANONYMISE_KEY)");
        sub.add_flag("--json", args->json, "Machine-readable summary");
        sub.add_option("TARGET", args->targets,
                       "Local path, file://, https:// or ssh:// URL, or an organisation manifest .json")
            ->required();
        return [args] { return run_scan(*args); };
      }};
}

}  // namespace faultline::cli
