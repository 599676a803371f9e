// Reads about scanned repositories and commits that `predict` needs: which stored repository
// a local clone is, a commit's id, and how often an author touched given paths before.
//
// Thread-safety: as Database (one thread at a time).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/database.h"

namespace faultline::store {

struct StoredRepo {
  int64_t id = 0;
  std::string name;
  std::string url;
  std::string web_template;
  std::string head_oid;
};

// The repository named `name`; nullopt when none is.
Result<std::optional<StoredRepo>> find_repo_by_name(Database& db, const std::string& name);
// The first repository (by name) whose history holds commit `oid`; nullopt when none does.
Result<std::optional<StoredRepo>> find_repo_by_commit(Database& db, const std::string& oid);
// The id of commit `oid` in repository `repo_id`; nullopt when it is not stored.
Result<std::optional<int64_t>> find_commit_id(Database& db, int64_t repo_id, const std::string& oid);
// Commits of `repo_id` by `author_email` that changed any of `paths`, counted once each.
Result<int64_t> count_author_commits_touching(Database& db, int64_t repo_id, const std::string& author_email,
                                              const std::vector<std::string>& paths);

}  // namespace faultline::store
