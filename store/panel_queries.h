// The SQL behind the model's panel (service × window), and saving a fitted model.
//
// A panel needs, per mapped repository and path prefix, the default branch's first-parent
// chain (time, churn, author) and the snapshot totals at any commit of it; per service, its
// incidents. These functions read them; the model module turns them into features.
//
// Thread-safety: as Database (one thread at a time).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/database.h"

namespace faultline::store {

// One commit of a repository's first-parent chain, with its churn within one scope.
struct ChainCommit {
  int64_t id = 0;
  int64_t first_parent_index = 0;  // 0 = root
  int64_t committer_time = 0;      // UTC seconds
  std::string author_email;
  int64_t churn_lines = 0;    // lines added + deleted within the scope
  bool touches_scope = true;  // false when a scoped commit changed nothing under the prefix
};

// The first-parent chain of repository `repo_name` (commits with a non-NULL
// first_parent_index), ordered by first_parent_index. `path_prefix` "" takes each commit's
// own totals; a prefix sums the commit's changes whose path starts with it. An unknown
// repository yields an empty chain.
Result<std::vector<ChainCommit>> load_first_parent_chain(Database& db, const std::string& repo_name,
                                                         const std::string& path_prefix);

struct ConceptSums {
  int64_t eligible_regions = 0;
  int64_t findings = 0;
  double quality_sum = 0;
};

// The snapshot totals of a commit within a scope (commit_snapshot + commit_concepts).
struct SnapshotSums {
  int64_t code_lines = 0;
  int64_t files = 0;
  std::map<std::string, ConceptSums> concepts;  // by concept id
};

// Absent (nullopt) when the commit has no commit_snapshot row for `scope`.
Result<std::optional<SnapshotSums>> load_snapshot(Database& db, int64_t commit_id, const std::string& scope);

struct PanelIncident {
  int64_t created_at = 0;
  int sev_level = 0;             // 1 worst .. 5, 0 unknown
  std::optional<int64_t> ttr_s;  // ttr_s, else resolved_at - created_at when >= 0
};

// The incidents of `service` that have a creation time, ordered by created_at then id.
Result<std::vector<PanelIncident>> load_incidents(Database& db, const std::string& service);

// Appends a model; returns its id. (The latest model is read with query_latest_model of
// store/service_queries.h.)
Result<int64_t> save_model(Database& db, int64_t created_at, const std::string& json);

}  // namespace faultline::store
