// Scanner: the scan pipeline for a list of repositories.
//
// Per repository: open (clone or fetch a remote into the cache), resolve the branch tips,
// walk every reachable commit's header once (ingest/history_walk.h: parents-first order, each
// commit's tree and first-parent position), drop those already stored, then work through the
// rest in batches:
//   1. read each commit and its first-parent diff      (readers, one repo handle each, up to
//                                                        k_batches_ahead batches ahead; this
//                                                        thread reads too while it would wait)
//   2. analyse each blob the batch introduces that is not  (worker threads, one Classifier each)
//      stored under this analyzer version: skip rules, lines, language, findings
//   3. store the batch's blobs                             (this thread: the one writer)
//   4. per commit, in order, derive its snapshot totals from its first parent's plus its
//      diff and store commit, changes and totals
// A transaction holds whole batches (up to k_commits_per_transaction commits or 100 ms), so
// a commit's rows and a batch's blobs are never stored in part.
// Finally store the head tree and the snippet texts of its blobs with findings. What is stored
// does not depend on the number of workers, and a scan stopped anywhere resumes to the same
// content. A repository that fails (unreachable, corrupt object, missing ref) is recorded in
// scan_errors with the object named, and the scan goes on with the next.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/classifier.h"
#include "base/result.h"
#include "ingest/repo_target.h"
#include "store/database.h"

namespace faultline::ingest {

struct ScanProgress {
  std::string repo;
  int repo_index = 0;
  int repo_count = 0;
  int64_t commits_done = 0;
  int64_t commits_total = 0;
  int64_t blobs_done = 0;
  double seconds = 0;  // since this repository's walk began
};

struct ScanOptions {
  std::string cache_dir;
  int network_attempts = 3;  // clone/fetch attempts per repository
  std::chrono::milliseconds network_timeout = std::chrono::seconds(60);  // per connect and per wait for data
  size_t jobs = 1;
  bool all_branches = false;
  bool analyze = true;
  uint64_t max_blob_bytes = 1 << 20;
  size_t batch_commits = 256;
  std::optional<int64_t> max_commits;        // stop after storing this many new commits (per scan)
  std::optional<std::string> anonymise_key;  // store keyed hashes instead of author names and emails
  std::function<void(const ScanProgress&)> on_progress;  // called from the scanning thread
};

struct RepoSummary {
  std::string name;
  bool ok = true;
  std::string error;
  int64_t commits_new = 0;
  int64_t commits_total = 0;
  int64_t blobs_new = 0;
  int64_t blobs_analysed = 0;
  int64_t findings = 0;
  std::map<std::string, int64_t> skipped;  // reason → changes or blobs skipped
  std::vector<std::string> problems;       // per-blob problems (parse timeouts, ...), "path: what"
  double seconds = 0;
};

class Scanner {
 public:
  // REQUIRES: concepts is non-null when options.analyze.
  Scanner(store::Database& db, ScanOptions options, std::shared_ptr<const analyzer::ConceptSet> concepts);

  // Scans every target in order; one summary each. Fails only when the database fails.
  Result<std::vector<RepoSummary>> scan(const std::vector<RepoTarget>& targets);

 private:
  Status scan_one(const RepoTarget& target, int index, int count, RepoSummary& summary);

  store::Database* m_db;
  ScanOptions m_options;
  std::shared_ptr<const analyzer::ConceptSet> m_concepts;
  std::string m_analyzer_version;
  int64_t m_commits_budget_used = 0;
};

}  // namespace faultline::ingest
