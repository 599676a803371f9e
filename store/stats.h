// Counts of what a database holds, for `faultline stats`.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "base/result.h"
#include "store/database.h"

namespace faultline::store {

struct Counts {
  // (name, count) in display order: repos, commits, changes, blobs, findings, incidents, ...
  std::vector<std::pair<std::string, int64_t>> rows;
};

Result<Counts> count_everything(Database& db);

}  // namespace faultline::store
