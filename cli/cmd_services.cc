// faultline services [--db F] [--mapping FILE] [--json]
// With --mapping, stores the mapping file ({"service": ["repo", "repo/path/prefix"]}) as the
// rows of origin "mapping" (replacing the earlier ones, in one transaction); then prints
// every service with its repositories (path prefix, origin) and incident count, and the
// services no repository is known for, with their incident counts.
#include <fstream>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/command.h"
#include "ingest/incident_json.h"
#include "store/service_mapping.h"

namespace faultline::cli {
namespace {

struct ServicesArgs {
  std::string db_path;
  std::string mapping;
  bool json = false;
};

// "repo" → {repo, ""}; "repo/path/prefix" → {repo, "path/prefix/"}.
store::MappedRepo split_target(const std::string& service, const std::string& target) {
  size_t slash = target.find('/');
  if (slash == std::string::npos) return {service, target, ""};
  std::string prefix = target.substr(slash + 1);
  if (!prefix.empty() && prefix.back() != '/') prefix += '/';
  return {service, target.substr(0, slash), prefix};
}

// Reads the mapping file; errors read "FILE:LINE:COL: what".
Result<std::vector<store::MappedRepo>> read_mapping(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(path + ": cannot open");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::string text = bytes.str();
  auto doc = ingest::IncidentJson::parse(text);
  if (!doc.ok()) return Error(path + ":" + doc.error().message());
  const nlohmann::json& root = doc->root();
  if (!root.is_object())
    return Error(path + ":" +
                 ingest::at(doc->position_of(""), R"(expected {"service": ["repo", "repo/path/prefix"]})"));
  std::vector<store::MappedRepo> rows;
  for (auto it = root.begin(); it != root.end(); ++it) {
    const std::string& service = it.key();
    std::string pointer =
        "/" + service;  // used only to place errors; '~' and '/' in names just place less well
    auto bad = [&](const std::string& what) {
      std::string message = path + ":";
      message += ingest::at(doc->position_of(pointer), "service '" + service + "': " + what);
      return Error(message);
    };
    if (service.empty()) return bad("empty service name");
    std::vector<const nlohmann::json*> targets;
    if (it->is_string())
      targets.push_back(&*it);
    else if (it->is_array())
      for (const auto& target : *it) targets.push_back(&target);
    else
      return bad("expected a list of repositories");
    for (const auto* target : targets) {
      if (!target->is_string() || target->get_ref<const std::string&>().empty() ||
          target->get_ref<const std::string&>().front() == '/')
        return bad("expected \"repo\" or \"repo/path/prefix\", found " + target->dump());
      rows.push_back(split_target(service, target->get<std::string>()));
    }
  }
  return rows;
}

std::string describe(const store::ServiceRepo& repo) {
  return repo.repo_name + (repo.path_prefix.empty() ? "" : " " + repo.path_prefix) + " (" + repo.origin + ")";
}

int run_services(const ServicesArgs& args) {
  bool writing = !args.mapping.empty();
  auto db = store::Database::open(args.db_path, /*read_only=*/!writing);
  if (!db.ok()) return fail(db.error().message());
  if (writing) {
    auto rows = read_mapping(args.mapping);
    if (!rows.ok()) return fail(rows.error().message());
    Status stored = store::replace_mapping_rows(*db, *rows);
    if (!stored.ok()) return fail(stored.error().within(args.mapping).message());
    for (const auto& row : *rows) {
      auto coverage = store::mapped_repo_coverage(*db, row.repo_name, row.path_prefix);
      if (!coverage.ok()) return fail(coverage.error().message());
      if (!coverage->scanned)
        std::cerr << "faultline: note: " << args.mapping << ": service '" << row.service << "': repository '"
                  << row.repo_name << "' has not been scanned yet\n";
      else if (!coverage->has_scope)
        std::cerr
            << "faultline: note: " << args.mapping << ": service '" << row.service << "': " << row.repo_name
            << " has no snapshots for " << row.path_prefix
            << " (the scanner keeps them for the prefixes of the organisation manifest's \"services\")\n";
    }
  }
  auto mapping = store::load_service_mapping(*db);
  if (!mapping.ok()) return fail(mapping.error().within(args.db_path).message());

  if (args.json) {
    nlohmann::json services = nlohmann::json::array();
    nlohmann::json unmapped = nlohmann::json::array();
    for (const auto& entry : *mapping) {
      if (entry.repos.empty()) {
        unmapped.push_back({{"service", entry.service}, {"incidents", entry.incidents}});
        continue;
      }
      nlohmann::json repos = nlohmann::json::array();
      for (const auto& repo : entry.repos)
        repos.push_back(
            {{"repo", repo.repo_name}, {"path_prefix", repo.path_prefix}, {"origin", repo.origin}});
      services.push_back({{"service", entry.service}, {"incidents", entry.incidents}, {"repos", repos}});
    }
    std::cout << nlohmann::json{{"services", services}, {"unmapped", unmapped}}.dump(
                     2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
    return k_exit_ok;
  }
  size_t unmapped = 0;
  for (const auto& entry : *mapping) {
    if (entry.repos.empty()) {
      ++unmapped;
      continue;
    }
    std::cout << entry.service << ": " << entry.incidents << " incidents\n";
    for (const auto& repo : entry.repos) std::cout << "  " << describe(repo) << "\n";
  }
  if (unmapped > 0) {
    std::cout << "unmapped services (" << unmapped << "):\n";
    for (const auto& entry : *mapping)
      if (entry.repos.empty())
        std::cout << "  " << entry.service << ": " << entry.incidents << " incidents\n";
  }
  if (mapping->empty()) std::cout << "no services: import incidents or give --mapping\n";
  return k_exit_ok;
}

}  // namespace

Command services_command() {
  return {"services", "The service → repository mapping; unmapped services listed with their incident counts",
          [](CLI::App& sub) -> RunFunction {
            auto args = std::make_shared<ServicesArgs>();
            add_db_option(sub, args->db_path);
            sub.add_option("--mapping", args->mapping,
                           R"(Mapping file {"service": ["repo", "repo/path/prefix"]} to store)");
            sub.add_flag("--json", args->json, "Machine-readable output");
            return [args] { return run_services(*args); };
          }};
}

}  // namespace faultline::cli
