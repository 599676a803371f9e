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
  std::string service;             // as incidents name it (or as the mapping names it)
  std::vector<ServiceRepo> repos;  // empty: unmapped
  int64_t incidents = 0;
};

// Lower case, with '-', '_' and spaces folded to '-'; "Payments API" → "payments-api".
std::string normalise_service_name(std::string_view name);

// The effective mapping for every known service, sorted by service name.
Result<std::vector<ServiceMapping>> load_service_mapping(Database& db);

// One entry of a mapping file: `service` is built from `repo_name` (under `path_prefix`).
struct MappedRepo {
  std::string service;
  std::string repo_name;
  std::string path_prefix;  // "" for the whole repository, else ending in '/'
};

// Replaces every service_repos row of origin "mapping" with `rows` (and records their services
// in `services`), in one transaction: an error leaves the earlier mapping in place.
Status replace_mapping_rows(Database& db, const std::vector<MappedRepo>& rows);

// What the scan knows of a mapped repository: whether it was scanned at all, and whether
// its commits have per-path snapshots for `path_prefix` (the scanner writes them only for
// the prefixes an organisation manifest declares).
struct MappedRepoCoverage {
  bool scanned = false;
  bool has_scope = false;
};
Result<MappedRepoCoverage> mapped_repo_coverage(Database& db, const std::string& repo_name,
                                                const std::string& path_prefix);

}  // namespace faultline::store
