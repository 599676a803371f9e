#include "ingest/scan_store.h"

#include <cmath>
#include <ctime>
#include <nlohmann/json.hpp>

namespace faultline::ingest {
namespace {

// Keeps only valid UTF-8 (invalid bytes become U+FFFD) so that JSON built from it is valid.
std::string signals_json(const std::vector<analyzer::Signal>& signals) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& signal : signals)
    out.push_back({{"name", signal.name}, {"weight", signal.weight}, {"line", signal.line}});
  return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

Result<store::Statement*> ScanStore::statement(const char* sql) {
  auto found = m_statements.find(sql);
  if (found == m_statements.end()) {
    auto prepared = m_db->prepare(sql);
    if (!prepared.ok()) return prepared.error();
    found = m_statements.emplace(sql, std::move(*prepared)).first;
  }
  found->second.reset();
  return &found->second;
}

Result<int64_t> ScanStore::upsert_repo(const RepoTarget& target) {
  auto tx = store::Transaction::begin(*m_db);
  if (!tx.ok()) return tx.error();
  auto upsert = statement(
      "INSERT INTO repos(name, url, organisation, branch, web_template) VALUES (?1, ?2, ?3, ?4, ?5) "
      "ON CONFLICT(name) DO UPDATE SET url = ?2, organisation = ?3, branch = ?4, web_template = ?5");
  if (!upsert.ok()) return upsert.error();
  (*upsert)
      ->bind(1, target.name)
      .bind(2, target.url)
      .bind(3, target.organisation)
      .bind(4, target.branch)
      .bind(5, target.web_template);
  FL_TRY((*upsert)->run());
  auto id = statement("SELECT id FROM repos WHERE name = ?1");
  if (!id.ok()) return id.error();
  (*id)->bind(1, target.name);
  auto row = (*id)->step();
  if (!row.ok()) return row.error();
  int64_t repo_id = (*id)->int64(0);
  (*id)->reset();
  auto clear = statement("DELETE FROM service_repos WHERE repo_name = ?1 AND origin = 'manifest'");
  if (!clear.ok()) return clear.error();
  (*clear)->bind(1, target.name);
  FL_TRY((*clear)->run());
  for (const auto& [service, prefix] : target.services) {
    auto insert = statement(
        "INSERT OR REPLACE INTO service_repos(service, repo_name, path_prefix, origin) VALUES (?1, ?2, ?3, "
        "'manifest')");
    if (!insert.ok()) return insert.error();
    (*insert)->bind(1, service).bind(2, target.name).bind(3, prefix);
    FL_TRY((*insert)->run());
  }
  FL_TRY(tx->commit());
  return repo_id;
}

Result<std::unordered_set<std::string>> ScanStore::stored_commits(int64_t repo_id) {
  auto query = statement("SELECT oid FROM commits WHERE repo_id = ?1");
  if (!query.ok()) return query.error();
  (*query)->bind(1, repo_id);
  auto oids = (*query)->texts();
  if (!oids.ok()) return oids.error();
  return std::unordered_set<std::string>(oids->begin(), oids->end());
}

Result<std::unordered_map<std::string, std::string>> ScanStore::blob_versions(
    const std::vector<std::string>& oids) {
  std::unordered_map<std::string, std::string> versions;
  if (oids.empty()) return versions;
  // Oids are hex digits: a JSON array of them needs no escaping.
  std::string array = "[";
  for (const std::string& oid : oids) array += (array.size() > 1 ? ",\"" : "\"") + oid + "\"";
  array += "]";
  auto query = statement(
      "SELECT oid, coalesce(analyzer_version, '') FROM blobs WHERE oid IN (SELECT value FROM json_each(?1))");
  if (!query.ok()) return query.error();
  (*query)->bind(1, array);
  for (;;) {
    auto row = (*query)->step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    versions.emplace((*query)->text(0), (*query)->text(1));
  }
  return versions;
}

Result<BlobTotals> ScanStore::blob_totals(const std::string& oid) {
  BlobTotals totals;
  auto blob =
      statement("SELECT lines, regions FROM blobs WHERE oid = ?1 AND language IS NOT NULL AND skip IS NULL");
  if (!blob.ok()) return blob.error();
  (*blob)->bind(1, oid);
  auto row = (*blob)->step();
  if (!row.ok()) return row.error();
  if (!*row) return totals;
  totals.counted = true;
  totals.lines = (*blob)->int64(0);
  totals.regions = (*blob)->int64(1);
  auto concepts = statement(
      "SELECT concept, eligible_regions, findings, quality_sum, covered_lines FROM blob_concepts WHERE "
      "blob_oid = ?1");
  if (!concepts.ok()) return concepts.error();
  (*concepts)->bind(1, oid);
  for (;;) {
    auto next = (*concepts)->step();
    if (!next.ok()) return next.error();
    if (!*next) break;
    ConceptSums& sums = totals.concepts[(*concepts)->text(0)];
    sums.eligible_regions = (*concepts)->int64(1);
    sums.findings = (*concepts)->int64(2);
    sums.quality_micros = std::llround((*concepts)->real(3) * 1e6);
    sums.covered_lines = (*concepts)->int64(4);
  }
  return totals;
}

Result<std::optional<Snapshot>> ScanStore::snapshot_of(int64_t repo_id, const std::string& oid) {
  auto id_query = statement("SELECT id FROM commits WHERE repo_id = ?1 AND oid = ?2");
  if (!id_query.ok()) return id_query.error();
  (*id_query)->bind(1, repo_id).bind(2, oid);
  auto found = (*id_query)->step();
  if (!found.ok()) return found.error();
  if (!*found) return std::optional<Snapshot>();
  int64_t commit_id = (*id_query)->int64(0);
  Snapshot snapshot;
  auto scopes =
      statement("SELECT scope, files, code_lines, regions FROM commit_snapshot WHERE commit_id = ?1");
  if (!scopes.ok()) return scopes.error();
  (*scopes)->bind(1, commit_id);
  for (;;) {
    auto row = (*scopes)->step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    ScopeTotals& totals = snapshot[(*scopes)->text(0)];
    totals.files = (*scopes)->int64(1);
    totals.code_lines = (*scopes)->int64(2);
    totals.regions = (*scopes)->int64(3);
  }
  auto concepts = statement(
      "SELECT scope, concept, eligible_regions, findings, quality_sum, covered_lines FROM commit_concepts "
      "WHERE commit_id = ?1");
  if (!concepts.ok()) return concepts.error();
  (*concepts)->bind(1, commit_id);
  for (;;) {
    auto row = (*concepts)->step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    ConceptSums& sums = snapshot[(*concepts)->text(0)].concepts[(*concepts)->text(1)];
    sums.eligible_regions = (*concepts)->int64(2);
    sums.findings = (*concepts)->int64(3);
    sums.quality_micros = std::llround((*concepts)->real(4) * 1e6);
    sums.covered_lines = (*concepts)->int64(5);
  }
  return std::optional<Snapshot>(std::move(snapshot));
}

Status ScanStore::write_blobs(std::vector<AnalysedBlob>& blobs) {
  for (AnalysedBlob& blob : blobs) {
    auto insert = blob.insert_only
                      ? statement(
                            "INSERT OR IGNORE INTO blobs(oid, language, bytes, lines, regions, skip, "
                            "analyzer_version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                      : statement(
                            "INSERT OR REPLACE INTO blobs(oid, language, bytes, lines, regions, skip, "
                            "analyzer_version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!insert.ok()) return insert.error();
    (*insert)
        ->bind(1, blob.oid)
        .bind(2, blob.language)
        .bind(3, blob.bytes)
        .bind(4, blob.lines)
        .bind(5, static_cast<int64_t>(blob.analysis.regions))
        .bind(6, blob.skip)
        .bind(7, blob.analyzer_version);
    FL_TRY((*insert)->run());
    blob.written = m_db->changes() > 0;
    if (!blob.written) continue;
    for (const char* sql :
         {"DELETE FROM findings WHERE blob_oid = ?1", "DELETE FROM blob_concepts WHERE blob_oid = ?1"}) {
      if (!blob.stored || blob.insert_only) break;
      auto clear = statement(sql);
      if (!clear.ok()) return clear.error();
      (*clear)->bind(1, blob.oid);
      FL_TRY((*clear)->run());
    }
    std::map<std::string, int> ordinals;
    for (const analyzer::Finding& finding : blob.analysis.findings) {
      auto add = statement(
          "INSERT INTO findings(blob_oid, concept, ordinal, language, region_kind, region_name, start_line, "
          "end_line, "
          "start_byte, end_byte, presence, quality, signals) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
          "?10, ?11, ?12, ?13)");
      if (!add.ok()) return add.error();
      (*add)
          ->bind(1, blob.oid)
          .bind(2, finding.concept_id)
          .bind(3, ordinals[finding.concept_id]++)
          .bind(4, finding.language)
          .bind(5, finding.region_kind)
          .bind(6, finding.region_name)
          .bind(7, finding.start_line)
          .bind(8, finding.end_line)
          .bind(9, static_cast<int64_t>(finding.start_byte))
          .bind(10, static_cast<int64_t>(finding.end_byte))
          .bind(11, finding.presence ? 1 : 0)
          .bind(12, finding.quality)
          .bind(13, signals_json(finding.signals));
      FL_TRY((*add)->run());
    }
    for (const analyzer::ConceptTotals& totals : blob.analysis.totals) {
      auto add = statement(
          "INSERT INTO blob_concepts(blob_oid, concept, eligible_regions, findings, quality_sum, "
          "covered_lines) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
      if (!add.ok()) return add.error();
      (*add)
          ->bind(1, blob.oid)
          .bind(2, totals.concept_id)
          .bind(3, totals.eligible_regions)
          .bind(4, totals.findings)
          .bind(5, std::llround(totals.quality_sum * 1e6) / 1e6)
          .bind(6, totals.covered_lines);
      FL_TRY((*add)->run());
    }
  }
  return {};
}

Status ScanStore::write_commit(int64_t repo_id, const CommitRecord& commit,
                               std::optional<int64_t> first_parent_index, const Snapshot& snapshot) {
  int64_t added = 0, deleted = 0;
  for (const Change& change : commit.changes) {
    added += change.lines_added;
    deleted += change.lines_deleted;
  }
  std::string parents;
  for (const std::string& parent : commit.parents) parents += (parents.empty() ? "" : " ") + parent;
  auto insert = statement(
      "INSERT INTO commits(repo_id, oid, parents, author_name, author_email, author_time, author_offset, "
      "committer_time, "
      "committer_offset, subject, first_parent_index, files_changed, lines_added, lines_deleted) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
  if (!insert.ok()) return insert.error();
  (*insert)
      ->bind(1, repo_id)
      .bind(2, commit.oid)
      .bind(3, parents)
      .bind(4, commit.author_name)
      .bind(5, commit.author_email)
      .bind(6, commit.author_time)
      .bind(7, commit.author_offset)
      .bind(8, commit.committer_time)
      .bind(9, commit.committer_offset)
      .bind(10, commit.subject)
      .bind(11, first_parent_index)
      .bind(12, static_cast<int64_t>(commit.changes.size()))
      .bind(13, added)
      .bind(14, deleted);
  FL_TRY((*insert)->run());
  int64_t commit_id = m_db->last_insert_rowid();
  for (const Change& change : commit.changes) {
    auto add = statement(
        "INSERT INTO changes(commit_id, path, old_path, status, old_blob, new_blob, lines_added, "
        "lines_deleted, skip) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!add.ok()) return add.error();
    auto optional = [](const std::string& text) {
      return text.empty() ? std::nullopt : std::optional<std::string>(text);
    };
    auto blob = [](const git_oid& id) {
      return has_blob(id) ? std::optional<std::string>(oid_hex(id)) : std::nullopt;
    };
    (*add)
        ->bind(1, commit_id)
        .bind(2, change.path)
        .bind(3, optional(change.old_path))
        .bind(4, std::string(1, change.status))
        .bind(5, blob(change.old_blob))
        .bind(6, blob(change.new_blob))
        .bind(7, change.lines_added)
        .bind(8, change.lines_deleted)
        .bind(9, change.skip);
    FL_TRY((*add)->run());
  }
  FL_TRY(insert_snapshot(commit_id, snapshot));
  return {};
}

Status ScanStore::insert_snapshot(int64_t commit_id, const Snapshot& snapshot) {
  for (const auto& [scope, totals] : snapshot) {
    auto add = statement(
        "INSERT INTO commit_snapshot(commit_id, scope, files, code_lines, regions) VALUES (?1, ?2, ?3, ?4, "
        "?5)");
    if (!add.ok()) return add.error();
    (*add)
        ->bind(1, commit_id)
        .bind(2, scope)
        .bind(3, totals.files)
        .bind(4, totals.code_lines)
        .bind(5, totals.regions);
    FL_TRY((*add)->run());
    for (const auto& [concept_id, sums] : totals.concepts) {
      auto row = statement(
          "INSERT INTO commit_concepts(commit_id, scope, concept, eligible_regions, findings, quality_sum, "
          "covered_lines) "
          "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
      if (!row.ok()) return row.error();
      (*row)
          ->bind(1, commit_id)
          .bind(2, scope)
          .bind(3, concept_id)
          .bind(4, sums.eligible_regions)
          .bind(5, sums.findings)
          .bind(6, static_cast<double>(sums.quality_micros) / 1e6)
          .bind(7, sums.covered_lines);
      FL_TRY((*row)->run());
    }
  }
  return {};
}

Status ScanStore::replace_snapshot(int64_t commit_id, const Snapshot& snapshot) {
  for (const char* sql : {"DELETE FROM commit_snapshot WHERE commit_id = ?1",
                          "DELETE FROM commit_concepts WHERE commit_id = ?1"}) {
    auto clear = statement(sql);
    if (!clear.ok()) return clear.error();
    (*clear)->bind(1, commit_id);
    FL_TRY((*clear)->run());
  }
  return insert_snapshot(commit_id, snapshot);
}

Result<std::vector<std::string>> ScanStore::scope_prefixes(const std::string& repo_name) {
  auto query = statement(
      "SELECT DISTINCT path_prefix FROM service_repos WHERE repo_name = ?1 AND path_prefix != '' ORDER BY "
      "path_prefix");
  if (!query.ok()) return query.error();
  (*query)->bind(1, repo_name);
  return (*query)->texts();
}

Result<std::vector<std::string>> ScanStore::stored_scopes(int64_t repo_id) {
  auto query = statement(
      "SELECT DISTINCT s.scope FROM commit_snapshot s JOIN commits c ON c.id = s.commit_id "
      "WHERE c.repo_id = ?1 AND c.id = (SELECT max(id) FROM commits WHERE repo_id = ?1)");
  if (!query.ok()) return query.error();
  (*query)->bind(1, repo_id);
  return (*query)->texts();
}

Result<std::vector<std::pair<std::string, std::string>>> ScanStore::stale_blobs(int64_t repo_id,
                                                                                const std::string& version) {
  auto query = statement(
      "SELECT b.oid, min(ch.path) FROM blobs b JOIN changes ch ON ch.new_blob = b.oid JOIN commits c ON c.id "
      "= ch.commit_id "
      "WHERE c.repo_id = ?1 AND ch.skip IS NULL AND b.skip IS NOT 'unparsed' AND b.language IS NOT NULL "
      "AND coalesce(b.analyzer_version, '') != ?2 GROUP BY b.oid ORDER BY b.oid");
  if (!query.ok()) return query.error();
  (*query)->bind(1, repo_id).bind(2, version);
  std::vector<std::pair<std::string, std::string>> out;
  for (;;) {
    auto row = (*query)->step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    out.emplace_back((*query)->text(0), (*query)->text(1));
  }
  return out;
}

Result<std::vector<ScanStore::StoredCommit>> ScanStore::stored_history(int64_t repo_id) {
  std::vector<StoredCommit> history;
  auto commits = statement("SELECT id, oid, parents FROM commits WHERE repo_id = ?1 ORDER BY id");
  if (!commits.ok()) return commits.error();
  (*commits)->bind(1, repo_id);
  std::unordered_map<int64_t, size_t> index;
  for (;;) {
    auto row = (*commits)->step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    std::string parents = (*commits)->text(2);
    index[(*commits)->int64(0)] = history.size();
    history.push_back({(*commits)->int64(0), (*commits)->text(1), parents.substr(0, parents.find(' ')), {}});
  }
  auto changes = statement(
      "SELECT ch.commit_id, ch.path, coalesce(ch.old_path, ''), coalesce(ch.old_blob, ''), "
      "coalesce(ch.new_blob, ''), ch.skip "
      "FROM changes ch JOIN commits c ON c.id = ch.commit_id WHERE c.repo_id = ?1 ORDER BY ch.commit_id, "
      "ch.path");
  if (!changes.ok()) return changes.error();
  (*changes)->bind(1, repo_id);
  for (;;) {
    auto row = (*changes)->step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    Change change;
    change.path = (*changes)->text(1);
    change.old_path = (*changes)->text(2);
    std::string old_blob = (*changes)->text(3);
    std::string new_blob = (*changes)->text(4);
    if (!old_blob.empty() && git_oid_fromstr(&change.old_blob, old_blob.c_str()) != 0)
      return Error("stored change has a malformed old blob id: " + old_blob);
    if (!new_blob.empty() && git_oid_fromstr(&change.new_blob, new_blob.c_str()) != 0)
      return Error("stored change has a malformed new blob id: " + new_blob);
    change.skip = (*changes)->optional_text(5);
    change.old_is_file = has_blob(change.old_blob);
    change.new_is_file = has_blob(change.new_blob);
    history[index[(*changes)->int64(0)]].changes.push_back(std::move(change));
  }
  return history;
}

Result<std::vector<std::string>> ScanStore::blobs_needing_text(const std::vector<HeadFile>& files) {
  std::vector<std::string> needed;
  for (const HeadFile& file : files) {
    auto query = statement(
        "SELECT 1 FROM findings WHERE blob_oid = ?1 AND NOT EXISTS (SELECT 1 FROM blob_text WHERE oid = ?1) "
        "LIMIT 1");
    if (!query.ok()) return query.error();
    (*query)->bind(1, file.blob_oid);
    auto row = (*query)->step();
    if (!row.ok()) return row.error();
    if (*row) needed.push_back(file.blob_oid);
  }
  return needed;
}

Status ScanStore::write_head(int64_t repo_id, const std::string& head_oid, const std::vector<HeadFile>& files,
                             const std::map<std::string, std::string>& texts) {
  auto tx = store::Transaction::begin(*m_db);
  if (!tx.ok()) return tx.error();
  auto clear = statement("DELETE FROM repo_files WHERE repo_id = ?1");
  if (!clear.ok()) return clear.error();
  (*clear)->bind(1, repo_id);
  FL_TRY((*clear)->run());
  for (const HeadFile& file : files) {
    auto add = statement("INSERT INTO repo_files(repo_id, path, blob_oid) VALUES (?1, ?2, ?3)");
    if (!add.ok()) return add.error();
    (*add)->bind(1, repo_id).bind(2, file.path).bind(3, file.blob_oid);
    FL_TRY((*add)->run());
  }
  // Texts are kept for head blobs only: what no head holds any more goes.
  auto prune = statement("DELETE FROM blob_text WHERE oid NOT IN (SELECT blob_oid FROM repo_files)");
  if (!prune.ok()) return prune.error();
  FL_TRY((*prune)->run());
  for (const auto& [oid, text] : texts) {
    auto add = statement("INSERT OR IGNORE INTO blob_text(oid, text) VALUES (?1, ?2)");
    if (!add.ok()) return add.error();
    (*add)->bind(1, oid).bind(2, text);
    FL_TRY((*add)->run());
  }
  auto head = statement("UPDATE repos SET head_oid = ?2, scanned_at = ?3 WHERE id = ?1");
  if (!head.ok()) return head.error();
  (*head)->bind(1, repo_id).bind(2, head_oid).bind(3, static_cast<int64_t>(std::time(nullptr)));
  FL_TRY((*head)->run());
  return tx->commit();
}

Result<std::string> ScanStore::stored_head(int64_t repo_id) {
  auto query = statement("SELECT coalesce(head_oid, '') FROM repos WHERE id = ?1");
  if (!query.ok()) return query.error();
  (*query)->bind(1, repo_id);
  auto row = (*query)->step();
  if (!row.ok()) return row.error();
  return *row ? (*query)->text(0) : std::string();
}

Result<bool> ScanStore::head_texts_missing(int64_t repo_id) {
  auto query = statement(
      "SELECT 1 FROM repo_files rf WHERE rf.repo_id = ?1 AND EXISTS (SELECT 1 FROM findings f WHERE "
      "f.blob_oid = rf.blob_oid) AND NOT EXISTS (SELECT 1 FROM blob_text t WHERE t.oid = rf.blob_oid) LIMIT "
      "1");
  if (!query.ok()) return query.error();
  (*query)->bind(1, repo_id);
  auto row = (*query)->step();
  if (!row.ok()) return row.error();
  bool missing = *row;
  (*query)->reset();
  return missing;
}

Status ScanStore::mark_scanned(int64_t repo_id) {
  auto update = statement("UPDATE repos SET scanned_at = ?2 WHERE id = ?1");
  if (!update.ok()) return update.error();
  (*update)->bind(1, repo_id).bind(2, static_cast<int64_t>(std::time(nullptr)));
  return (*update)->run();
}

Status ScanStore::record_error(const std::string& repo_name, const std::string& object,
                               const std::string& message) {
  auto add = statement("INSERT INTO scan_errors(repo_name, object, message, at) VALUES (?1, ?2, ?3, ?4)");
  if (!add.ok()) return add.error();
  (*add)
      ->bind(1, repo_name)
      .bind(2, object)
      .bind(3, message)
      .bind(4, static_cast<int64_t>(std::time(nullptr)));
  return (*add)->run();
}

}  // namespace faultline::ingest
