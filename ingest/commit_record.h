// CommitRecord: what a scan stores of one commit, and read_commit(), which builds it from the
// repository: metadata, then the tree diff against the first parent (the empty tree for a
// root) with rename detection, then per change the new blob's facts and the lines added and
// deleted (a line diff, ingest/line_diff.h; binary and over-limit blobs count 0). Merge commits get their
// first-parent diff.
//
// Thread-safety: read_commit may run on several threads at once as long as each passes its
// own git_repository handle.
#pragma once

#include <git2.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "ingest/blob_facts.h"

namespace faultline::ingest {

struct Change {
  std::string path;
  std::string old_path;      // set for renames and copies
  char status = 'M';         // A, D, M, R (rename), C (copy), T (type change)
  std::string old_blob;      // "" when added
  std::string new_blob;      // "" when deleted
  bool old_is_file = false;  // a regular (or executable) file, not a symlink or submodule
  bool new_is_file = false;
  int64_t lines_added = 0;
  int64_t lines_deleted = 0;
  std::optional<std::string> skip;     // path rule, "symlink" or "submodule"
  std::optional<BlobFacts> new_facts;  // the new blob's, when it is a file not skipped by path
};

struct CommitRecord {
  std::string oid;
  std::vector<std::string> parents;
  std::string author_name;
  std::string author_email;
  int64_t author_time = 0;
  int author_offset = 0;  // minutes east of UTC
  int64_t committer_time = 0;
  int committer_offset = 0;
  std::string subject;
  std::vector<Change> changes;  // sorted by path
};

struct ReadOptions {
  uint64_t max_blob_bytes = 1 << 20;  // no line diff for larger blobs
  bool detect_renames = true;
};

Result<CommitRecord> read_commit(git_repository* repository, const git_oid& oid, const ReadOptions& options);

// The changes from `old_tree` (nullptr: the empty tree) to `new_tree`, sorted by path, with
// renames detected and lines counted as for a commit. `what` names the pair in errors.
Result<std::vector<Change>> diff_trees(git_repository* repository, git_tree* old_tree, git_tree* new_tree,
                                       const ReadOptions& options, const std::string& what);

}  // namespace faultline::ingest
