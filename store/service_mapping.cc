#include "store/service_mapping.h"

#include <cctype>
#include <map>

namespace faultline::store {

std::string normalise_service_name(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '-' || c == '_' || c == ' ') {
      if (!out.empty() && out.back() != '-') out += '-';
    } else {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

Result<std::vector<ServiceMapping>> load_service_mapping(Database& db) {
  std::map<std::string, ServiceMapping> by_service;
  auto incidents =
      db.prepare("SELECT service, count(*) FROM incidents WHERE service IS NOT NULL GROUP BY service");
  if (!incidents.ok()) return incidents.error();
  for (;;) {
    auto row = incidents->step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    auto& entry = by_service[incidents->text(0)];
    entry.service = incidents->text(0);
    entry.incidents = incidents->int64(1);
  }
  auto explicit_rows = db.prepare(
      "SELECT service, repo_name, path_prefix, origin FROM service_repos "
      "ORDER BY service, origin = 'mapping', repo_name, path_prefix");
  if (!explicit_rows.ok()) return explicit_rows.error();
  for (;;) {
    auto row = explicit_rows->step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    auto& entry = by_service[explicit_rows->text(0)];
    entry.service = explicit_rows->text(0);
    entry.repos.push_back({explicit_rows->text(1), explicit_rows->text(2), explicit_rows->text(3)});
  }
  std::map<std::string, std::string> repo_by_normal_name;
  auto repos = db.prepare("SELECT name FROM repos ORDER BY name");
  if (!repos.ok()) return repos.error();
  for (;;) {
    auto row = repos->step();
    if (!row.ok()) return row.error();
    if (!*row) break;
    repo_by_normal_name.emplace(normalise_service_name(repos->text(0)), repos->text(0));
  }
  std::vector<ServiceMapping> out;
  for (auto& [name, entry] : by_service) {
    if (entry.repos.empty()) {
      auto match = repo_by_normal_name.find(normalise_service_name(name));
      if (match != repo_by_normal_name.end()) entry.repos.push_back({match->second, "", "name"});
    }
    out.push_back(std::move(entry));
  }
  return out;
}

Status replace_mapping_rows(Database& db, const std::vector<MappedRepo>& rows) {
  auto transaction = Transaction::begin(db);
  if (!transaction.ok()) return transaction.error();
  FL_TRY(db.exec("DELETE FROM service_repos WHERE origin = 'mapping'"));
  auto insert = db.prepare(
      "INSERT OR REPLACE INTO service_repos(service, repo_name, path_prefix, origin) VALUES (?1, ?2, ?3, "
      "'mapping')");
  if (!insert.ok()) return insert.error();
  auto service = db.prepare("INSERT OR IGNORE INTO services(name) VALUES (?1)");
  if (!service.ok()) return service.error();
  for (const MappedRepo& row : rows) {
    insert->bind(1, row.service).bind(2, row.repo_name).bind(3, row.path_prefix);
    FL_TRY(insert->run());
    service->bind(1, row.service);
    FL_TRY(service->run());
  }
  return transaction->commit();
}

Result<MappedRepoCoverage> mapped_repo_coverage(Database& db, const std::string& repo_name,
                                                const std::string& path_prefix) {
  MappedRepoCoverage out;
  auto repo = db.prepare("SELECT id FROM repos WHERE name = ?1");
  if (!repo.ok()) return repo.error();
  repo->bind(1, repo_name);
  auto found = repo->step();
  if (!found.ok()) return found.error();
  if (!*found) return out;
  out.scanned = true;
  int64_t repo_id = repo->int64(0);
  if (path_prefix.empty()) {
    out.has_scope = true;
    return out;
  }
  auto scope = db.prepare(
      "SELECT 1 FROM commit_snapshot JOIN commits ON commits.id = commit_snapshot.commit_id "
      "WHERE commits.repo_id = ?1 AND commit_snapshot.scope = ?2 LIMIT 1");
  if (!scope.ok()) return scope.error();
  scope->bind(1, repo_id).bind(2, path_prefix);
  auto has = scope->step();
  if (!has.ok()) return has.error();
  out.has_scope = *has;
  return out;
}

}  // namespace faultline::store
