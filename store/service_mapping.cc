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
  auto incidents = db.prepare(
      "SELECT service, count(*) FROM incidents WHERE service IS NOT NULL GROUP BY service");
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

}  // namespace faultline::store
