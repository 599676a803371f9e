// The schema of the faultline database as an ordered list of migrations. Migration i (0-based)
// takes a database from PRAGMA user_version i to i+1. Never edit a released migration: append.
#pragma once

#include <string>
#include <vector>

namespace faultline::store {

const std::vector<std::string>& migrations();

}  // namespace faultline::store
