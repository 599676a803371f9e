// Service, timeline and model reads for the viewer (see service_queries.h).
#include "store/service_queries.h"

namespace faultline::store {

Result<IncidentWindow> query_incident_window(Database& db) {
  auto statement = db.prepare(
      "SELECT coalesce(min(created_at), 0), coalesce(max(created_at), 0), count(*) FROM incidents"
      " WHERE created_at IS NOT NULL");
  if (!statement.ok()) return statement.error().within("incident window");
  auto row = statement->step();
  if (!row.ok()) return row.error().within("incident window");
  IncidentWindow window;
  if (*row) {
    window.from = statement->int64(0);
    window.to = statement->int64(1);
    window.incidents = statement->int64(2);
  }
  return window;
}

Result<std::vector<IncidentRecord>> query_incident_records(Database& db, int64_t mid) {
  auto statement = db.prepare(
      "SELECT service, count(*), coalesce(sum(created_at >= ?1), 0), avg(NULLIF(sev_level, 0)), avg(ttr_s),"
      " coalesce(min(created_at), 0), coalesce(max(created_at), 0)"
      " FROM incidents WHERE service IS NOT NULL GROUP BY service ORDER BY service");
  if (!statement.ok()) return statement.error().within("incident records");
  statement->bind(1, mid);
  std::vector<IncidentRecord> out;
  for (;;) {
    auto row = statement->step();
    if (!row.ok()) return row.error().within("incident records");
    if (!*row) break;
    IncidentRecord record;
    record.service = statement->text(0);
    record.incidents = statement->int64(1);
    record.recent = statement->int64(2);
    record.mean_severity = statement->optional_real(3);
    record.mean_ttr_s = statement->optional_real(4);
    record.first_at = statement->int64(5);
    record.last_at = statement->int64(6);
    out.push_back(std::move(record));
  }
  return out;
}

Result<std::vector<IncidentPoint>> query_service_incidents(Database& db, const std::string& service,
                                                           int64_t since, int64_t until, int64_t limit) {
  auto statement = db.prepare(
      "SELECT id, created_at, sev_level, ttr_s, coalesce(title, ''), coalesce(status, '') FROM incidents"
      " WHERE service = ?1 AND created_at BETWEEN ?2 AND ?3 ORDER BY created_at, id LIMIT ?4");
  if (!statement.ok()) return statement.error().within("incidents of service " + service);
  statement->bind(1, service).bind(2, since).bind(3, until).bind(4, limit);
  std::vector<IncidentPoint> out;
  for (;;) {
    auto row = statement->step();
    if (!row.ok()) return row.error().within("incidents of service " + service);
    if (!*row) break;
    IncidentPoint point;
    point.id = statement->int64(0);
    point.created_at = statement->int64(1);
    point.sev_level = statement->int64(2);
    point.ttr_s = statement->optional_int64(3);
    point.title = statement->text(4);
    point.status = statement->text(5);
    out.push_back(std::move(point));
  }
  return out;
}

Result<std::vector<TimelineCommit>> query_first_parent_commits(Database& db, const std::string& repo,
                                                               int64_t since, int64_t until) {
  auto statement = db.prepare(
      "SELECT c.id, c.oid, c.committer_time FROM commits c JOIN repos r ON r.id = c.repo_id"
      " WHERE r.name = ?1 AND c.first_parent_index IS NOT NULL AND c.committer_time BETWEEN ?2 AND ?3"
      " ORDER BY c.committer_time, c.first_parent_index");
  if (!statement.ok()) return statement.error().within("history of repository " + repo);
  statement->bind(1, repo).bind(2, since).bind(3, until);
  std::vector<TimelineCommit> out;
  for (;;) {
    auto row = statement->step();
    if (!row.ok()) return row.error().within("history of repository " + repo);
    if (!*row) break;
    out.push_back({statement->int64(0), statement->text(1), statement->int64(2)});
  }
  return out;
}

Result<std::vector<ConceptScore>> query_commit_scores(Database& db, int64_t commit_id,
                                                      const std::string& scope) {
  auto statement = db.prepare(
      "SELECT concept, eligible_regions, findings, quality_sum FROM commit_concepts"
      " WHERE commit_id = ?1 AND scope = ?2 ORDER BY concept");
  if (!statement.ok()) return statement.error().within("scores of commit " + std::to_string(commit_id));
  statement->bind(1, commit_id).bind(2, scope);
  std::vector<ConceptScore> out;
  for (;;) {
    auto row = statement->step();
    if (!row.ok()) return row.error().within("scores of commit " + std::to_string(commit_id));
    if (!*row) break;
    out.push_back({statement->text(0), statement->int64(1), statement->int64(2), statement->real(3)});
  }
  return out;
}

Result<std::optional<StoredModel>> query_latest_model(Database& db) {
  auto statement =
      db.prepare("SELECT id, created_at, json FROM models ORDER BY created_at DESC, id DESC LIMIT 1");
  if (!statement.ok()) return statement.error().within("latest model");
  auto row = statement->step();
  if (!row.ok()) return row.error().within("latest model");
  if (!*row) return std::optional<StoredModel>();
  return std::optional<StoredModel>(
      StoredModel{statement->int64(0), statement->int64(1), statement->text(2)});
}

}  // namespace faultline::store
