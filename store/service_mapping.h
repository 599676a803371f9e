// The service → repository mapping of FORMATS.md, in order of precedence: the manifest's
// `services` entries (origin "manifest", written by scan), an explicit mapping file (origin
// "mapping", written by `faultline services --mapping`), else a service whose normalised name
// equals a repository's name (origin "name", derived here, never stored).
//
// Services are the union of those named by incidents and by service_repos.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "store/database.h"

namespace faultline::store {

struct ServiceRepo {
  std::string repo_name;
  std::string path_prefix;  // "" for the whole repository
  std::string origin;       // "manifest", "mapping" or "name"
};

struct ServiceMapping {
  std::string service;            // as incidents name it (or as the mapping names it)
  std::vector<ServiceRepo> repos;  // empty: unmapped
  int64_t incidents = 0;
};

// Lower case, with '-', '_' and spaces folded to '-'; "Payments API" → "payments-api".
std::string normalise_service_name(std::string_view name);

// The effective mapping for every known service, sorted by service name.
Result<std::vector<ServiceMapping>> load_service_mapping(Database& db);

}  // namespace faultline::store
