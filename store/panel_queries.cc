// Reads for the model's panel. Scoped churn sums the per-path rows of `changes` whose path
// starts with the prefix (compared with substr, so LIKE wildcards in a prefix mean nothing);
// the whole-repository scope uses each commit's own totals.
#include "store/panel_queries.h"

namespace faultline::store {

Result<std::vector<ChainCommit>> load_first_parent_chain(Database& db, const std::string& repo_name,
                                                         const std::string& path_prefix) {
  static constexpr const char* k_whole =
      "SELECT c.id, c.first_parent_index, c.committer_time, coalesce(c.author_email, ''), "
      "c.lines_added + c.lines_deleted, 1 "
      "FROM commits c JOIN repos r ON r.id = c.repo_id "
      "WHERE r.name = ?1 AND c.first_parent_index IS NOT NULL ORDER BY c.first_parent_index, c.id";
  static constexpr const char* k_scoped =
      "SELECT c.id, c.first_parent_index, c.committer_time, coalesce(c.author_email, ''), "
      "coalesce(s.churn, 0), s.commit_id IS NOT NULL "
      "FROM commits c JOIN repos r ON r.id = c.repo_id "
      "LEFT JOIN (SELECT ch.commit_id, sum(ch.lines_added + ch.lines_deleted) AS churn FROM changes ch "
      "           WHERE substr(ch.path, 1, length(?2)) = ?2 GROUP BY ch.commit_id) s ON s.commit_id = c.id "
      "WHERE r.name = ?1 AND c.first_parent_index IS NOT NULL ORDER BY c.first_parent_index, c.id";
  auto statement = db.prepare(path_prefix.empty() ? k_whole : k_scoped);
  if (!statement.ok()) return statement.error();
  statement->bind(1, repo_name);
  if (!path_prefix.empty()) statement->bind(2, path_prefix);
  std::vector<ChainCommit> chain;
  for (;;) {
    auto row = statement->step();
    if (!row.ok()) return row.error().within("first-parent chain of repository " + repo_name);
    if (!*row) break;
    chain.push_back({statement->int64(0), statement->int64(1), statement->int64(2), statement->text(3),
                     statement->int64(4), statement->int64(5) != 0});
  }
  return chain;
}

Result<std::optional<SnapshotSums>> load_snapshot(Database& db, int64_t commit_id, const std::string& scope) {
  const std::string place = "snapshot of commit " + std::to_string(commit_id) + " scope '" + scope + "'";
  auto snapshot =
      db.prepare("SELECT code_lines, files FROM commit_snapshot WHERE commit_id = ?1 AND scope = ?2");
  if (!snapshot.ok()) return snapshot.error();
  snapshot->bind(1, commit_id).bind(2, scope);
  auto found = snapshot->step();
  if (!found.ok()) return found.error().within(place);
  if (!*found) return std::optional<SnapshotSums>();
  SnapshotSums sums;
  sums.code_lines = snapshot->int64(0);
  sums.files = snapshot->int64(1);
  auto concepts = db.prepare(
      "SELECT concept, eligible_regions, findings, quality_sum FROM commit_concepts "
      "WHERE commit_id = ?1 AND scope = ?2 ORDER BY concept");
  if (!concepts.ok()) return concepts.error();
  concepts->bind(1, commit_id).bind(2, scope);
  for (;;) {
    auto row = concepts->step();
    if (!row.ok()) return row.error().within(place);
    if (!*row) break;
    sums.concepts[concepts->text(0)] = {concepts->int64(1), concepts->int64(2), concepts->real(3)};
  }
  return std::optional<SnapshotSums>(std::move(sums));
}

Result<std::vector<PanelIncident>> load_incidents(Database& db, const std::string& service) {
  auto statement = db.prepare(
      "SELECT created_at, sev_level, "
      "coalesce(ttr_s, CASE WHEN resolved_at >= created_at THEN resolved_at - created_at END) "
      "FROM incidents WHERE service = ?1 AND created_at IS NOT NULL ORDER BY created_at, id");
  if (!statement.ok()) return statement.error();
  statement->bind(1, service);
  std::vector<PanelIncident> incidents;
  for (;;) {
    auto row = statement->step();
    if (!row.ok()) return row.error().within("incidents of service " + service);
    if (!*row) break;
    incidents.push_back(
        {statement->int64(0), static_cast<int>(statement->int64(1)), statement->optional_int64(2)});
  }
  return incidents;
}

Result<int64_t> save_model(Database& db, int64_t created_at, const std::string& json) {
  auto statement = db.prepare("INSERT INTO models(created_at, json) VALUES (?1, ?2)");
  if (!statement.ok()) return statement.error();
  statement->bind(1, created_at).bind(2, json);
  Status inserted = statement->run();
  if (!inserted.ok()) return inserted.error().within("saving a model");
  return db.last_insert_rowid();
}

}  // namespace faultline::store
