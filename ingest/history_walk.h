// walk_history: every commit reachable from a repository's branch tips, parents before
// children, in one pass over the commits' raw headers — what a topological revwalk and a
// first-parent walk gave before, without parsing each commit twice. It also gives each
// commit's tree and parents (so a reader diffing a commit need not look its parent up) and
// each commit's position on the default branch's first-parent chain.
//
// Order: a depth-first walk from the tips in order (the default branch's first), first
// parents before later ones; a commit is emitted after all its parents. The same repository
// always gives the same order.
#pragma once

#include <git2.h>

#include <cstdint>
#include <unordered_map>
#include <vector>

#include "base/result.h"
#include "ingest/git_handles.h"
#include "ingest/pack_reader.h"
#include "ingest/tree_diff.h"

namespace faultline::ingest {

struct WalkedCommit {
  git_oid tree{};
  std::vector<git_oid> parents;
  int64_t first_parent_index = -1;  // position on the default tip's first-parent chain (root 0), -1 off it
  RawObject raw;                    // the commit's bytes, kept while the walk holds under k_kept_commit_bytes
};

// Commit bytes a walk keeps for the readers (who would otherwise read each commit again).
inline constexpr size_t k_kept_commit_bytes = size_t{64} << 20;

struct History {
  std::vector<git_oid> order;                                            // parents before children
  std::unordered_map<git_oid, WalkedCommit, OidHash, OidEqual> commits;  // every commit in `order`
};

// REQUIRES: tips non-empty; tips[0] is the default branch's tip.
Result<History> walk_history(PackReader& reader, const std::vector<git_oid>& tips);

}  // namespace faultline::ingest
