// review_change: the risk of a change before it merges.
//
// 1. Resolve the repository (a local path, or a repository name known to the database whose
//    clone or cache mirror is on disk) and the base and head commits.
// 2. Diff base..head (renames detected) and classify only the blobs the change touches, at
//    base and at head, with the same analyzer the scan uses.
// 3. Compare findings per file, region and concept: added, removed, worsened, improved, with
//    the signals that appeared (file:line). These are the driving findings.
// 4. For each service that owns changed paths (store/service_mapping.h): its totals at base
//    (the stored snapshot of its repositories at or before the base commit, and the activity
//    of the window before it), and at head (base + the change's blob totals, lines, commits
//    and authors); the latest model's predictions at both and their difference.
// 5. The change's size and diffusion, and for each concept that got worse the organisation's
//    best examples (from the repositories' heads), with code-host links.
//
// Thread-safety: one call per Database; the ConceptSet may be shared.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/classifier.h"
#include "base/result.h"
#include "model/predictor.h"
#include "store/database.h"

namespace faultline::review {

struct ReviewRequest {
  std::string repo;  // a local path, or a repository name known to the database
  std::string base;  // git revisions
  std::string head;
  std::string cache_dir;         // where scan mirrors remote repositories ("" = the default)
  bool allow_local_path = true;  // false: `repo` must name a scanned repository (the HTTP API)
};

struct DrivingFinding {
  std::string kind;  // "added", "removed", "worsened", "improved"
  std::string path;
  int line = 0;
  std::string concept_id;
  std::string region;                // region name, e.g. "Client.fetch"
  std::vector<std::string> signals;  // signals that appeared ("-fixed-delay-retry"), or that fired
  double quality_before = 0;         // 0 when the finding is new
  double quality_after = 0;          // 0 when it was removed
};

struct ChangeSize {
  int64_t lines_added = 0;
  int64_t lines_deleted = 0;
  int64_t files = 0;
  int64_t directories = 0;
  int64_t subsystems = 0;            // distinct top-level folders
  int64_t commits = 0;               // commits in base..head
  std::string author;                // the head commit's author e-mail
  int64_t author_prior_commits = 0;  // the author's stored commits touching these files
};

struct ServiceRisk {
  std::string service;
  model::Prediction base;
  model::Prediction head;
  double rate_change_percent = 0;
  std::vector<model::Contribution> drivers;  // rate contributions, largest |delta| first, non-zero
};

struct Example {
  std::string concept_id;
  std::string repo;
  std::string path;
  int64_t start_line = 0;
  int64_t end_line = 0;
  double quality = 0;
  std::string link;  // "" without a web template
};

struct Review {
  std::string repo_name;  // as stored, or the folder name when not scanned
  std::string base_oid;
  std::string head_oid;
  std::vector<DrivingFinding> findings;  // worsened and added first
  ChangeSize size;
  std::vector<ServiceRisk> services;
  std::vector<std::string> worsened_concepts;
  std::vector<Example> examples;                  // best examples of each worsened concept
  std::vector<std::string> notes;                 // why something is missing ("no model trained yet: ...")
  std::optional<double> max_rate_change_percent;  // over services, when predicted
};

Result<Review> review_change(store::Database& db, std::shared_ptr<const analyzer::ConceptSet> concepts,
                             const ReviewRequest& request);

}  // namespace faultline::review
