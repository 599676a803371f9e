// The reads behind the viewer's service pages: each service's incident record, its incidents
// in a time range, the concept scores of its repositories along their first-parent history,
// and the latest fitted model.
//
// Incident records are measured over one organisation-wide window, from the first to the last
// incident created, so that rates of different services compare; a service's trend compares
// the later half of that window with the earlier half.
//
// Thread-safety: plain functions over a Database the caller holds for the call.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/database.h"

namespace faultline::store {

struct IncidentWindow {
  int64_t from = 0;  // UTC seconds of the first incident created
  int64_t to = 0;    // ... of the last
  int64_t incidents = 0;
};

struct IncidentRecord {
  std::string service;
  int64_t incidents = 0;
  int64_t recent = 0;                   // created in the later half of the window
  std::optional<double> mean_severity;  // over incidents with a known level (1 worst .. 5)
  std::optional<double> mean_ttr_s;     // over resolved incidents
  int64_t first_at = 0;
  int64_t last_at = 0;
};

Result<IncidentWindow> query_incident_window(Database& db);

// One record per service named by incidents, sorted by service. `mid`: where the later half
// of the window starts.
Result<std::vector<IncidentRecord>> query_incident_records(Database& db, int64_t mid);

struct IncidentPoint {
  int64_t id = 0;
  int64_t created_at = 0;
  int64_t sev_level = 0;
  std::optional<int64_t> ttr_s;
  std::string title;
  std::string status;
};

// Incidents of `service` created in [since, until], oldest first, at most `limit`.
Result<std::vector<IncidentPoint>> query_service_incidents(Database& db, const std::string& service,
                                                           int64_t since, int64_t until, int64_t limit);

struct TimelineCommit {
  int64_t id = 0;
  std::string oid;
  int64_t time = 0;  // committer time, UTC seconds
};

// First-parent commits of `repo` committed in [since, until], oldest first.
Result<std::vector<TimelineCommit>> query_first_parent_commits(Database& db, const std::string& repo,
                                                               int64_t since, int64_t until);

struct ConceptScore {
  std::string concept_id;
  int64_t eligible_regions = 0;
  int64_t findings = 0;
  double quality_sum = 0;
};

// The snapshot of one commit at `scope` ('' = the whole repository), by concept.
Result<std::vector<ConceptScore>> query_commit_scores(Database& db, int64_t commit_id,
                                                      const std::string& scope);

struct StoredModel {
  int64_t id = 0;
  int64_t created_at = 0;
  std::string json;
};

// The most recently created model, nullopt when none was trained.
Result<std::optional<StoredModel>> query_latest_model(Database& db);

}  // namespace faultline::store
