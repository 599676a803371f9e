// quick_tree_diff: the changes between two trees by a merge-join of their sorted entries,
// descending only into subtrees whose ids differ — what `git log --raw` does, without the
// generic iterators of git_diff_tree_to_tree. It handles the common commit (files modified,
// or only added, or only deleted); when a commit both adds and deletes files (a rename may
// hide there) or turns a folder into a file or back, it declines (nullopt) and the caller
// uses libgit2's diff with rename detection, so results never depend on which path ran.
//
// Thread-safety: as libgit2: one git_repository handle per thread.
#pragma once

#include <git2.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"

namespace faultline::ingest {

struct RawChange {
  std::string path;
  char status = 'M';  // A, D, M or T
  git_oid old_oid{};
  git_oid new_oid{};
  uint32_t old_mode = 0;  // 0 when added
  uint32_t new_mode = 0;  // 0 when deleted
};

// REQUIRES: new_tree non-null; old_tree null means the empty tree.
Result<std::optional<std::vector<RawChange>>> quick_tree_diff(git_repository* repository, git_tree* old_tree,
                                                              git_tree* new_tree);

}  // namespace faultline::ingest
