// CommitRecord: what a scan stores of one commit, and CommitReader, which builds it from the
// repository: metadata, then the tree diff against the first parent (the empty tree for a
// root) with rename detection, then per change the new blob's facts and the lines added and
// deleted (a line diff, ingest/line_diff.h; binary and over-limit blobs count 0). Merge commits
// get their first-parent diff.
//
// Readers remember (in a ReadCache they may share) what later commits are likely to need
// again: the trees they read, and the line hashes of the blobs they read (each is the old side
// of its file's next change). So walking commits parents-first reads each tree and each blob
// about once, as `git log --numstat` does. Objects are read raw (git_odb_read): libgit2's
// object cache is off (ingest/git_handles.h).
//
// Thread-safety: one CommitReader per thread, each with its own git_repository handle; a
// ReadCache may be shared.
#pragma once

#include <git2.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/result.h"
#include "ingest/blob_facts.h"
#include "ingest/git_handles.h"
#include "ingest/pack_reader.h"
#include "ingest/tree_diff.h"

namespace faultline::ingest {

struct Change {
  std::string path;
  std::string old_path;      // set for renames and copies
  char status = 'M';         // A, D, M, R (rename), C (copy), T (type change)
  git_oid old_blob{};        // zero when added (has_blob)
  git_oid new_blob{};        // zero when deleted
  bool old_is_file = false;  // a regular (or executable) file, not a symlink or submodule
  bool new_is_file = false;
  int64_t lines_added = 0;
  int64_t lines_deleted = 0;
  std::optional<std::string> skip;              // path rule, "symlink" or "submodule"
  std::optional<BlobFacts> new_facts;           // the new blob's, when it is a file not skipped by path
  std::shared_ptr<const std::string> new_text;  // the new blob's bytes, when ReadOptions::keep_texts
};

// Whether a change's side has a blob (a zero id means none).
inline bool has_blob(const git_oid& id) { return git_oid_is_zero(&id) == 0; }

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
  bool keep_texts = false;  // keep each new blob's bytes in its change (for analysis)
};

// A blob's lines as line_diff compares them; `diffable` false for binary or over-limit blobs.
struct BlobLines {
  bool diffable = false;
  std::vector<uint64_t> hashes;
};

// The lines of the blobs a scan's readers read, by blob id: each new blob's, kept for the next
// change of its file, where it is the old side. Bounded: two generations of at most
// k_lines_per_generation hashes each; the older is dropped when the newer fills.
//
// Thread-safety: shared by the readers of one scan (a mutex guards it).
class LineCache {
 public:
  // The lines of a change's old side, forgotten as they are handed out: the file has a newer
  // version now (a revert or a sibling branch reads the blob again).
  std::shared_ptr<const BlobLines> take(const git_oid& oid);
  void insert(const git_oid& oid, std::shared_ptr<const BlobLines> lines);

 private:
  using Map = std::unordered_map<git_oid, std::shared_ptr<const BlobLines>, OidHash, OidEqual>;
  std::mutex m_mutex;
  Map m_current;
  Map m_older;
  size_t m_held = 0;  // hashes in m_current
};

// What the readers of one scan share: the repository's packs, and the trees and the blobs'
// lines they read.
struct ReadCache {
  std::shared_ptr<const PackSet> packs;  // opened by the first reader when unset
  TreeCache trees;
  LineCache lines;
};

class CommitReader {
 public:
  // REQUIRES: `repository` outlives the reader. Readers of one scan may share `cache` (and
  // are then opened one at a time).
  static Result<CommitReader> open(git_repository* repository, ReadOptions options,
                                   std::shared_ptr<ReadCache> cache = nullptr);

  // `parent_tree`: the first parent's tree (the history walk knows it), nullptr for a root;
  // `raw`: the commit's bytes when the caller has them (else they are read).
  // REQUIRES: parent_tree is non-null unless the commit has no parents.
  Result<CommitRecord> read(const git_oid& oid, const git_oid* parent_tree, std::string_view raw = {});

  // The changes from `old_tree` (nullptr: the empty tree) to `new_tree`, sorted by path, with
  // renames detected and lines counted as for a commit. `what` names the pair in errors.
  Result<std::vector<Change>> diff(const git_oid* old_tree, const git_oid& new_tree, const std::string& what);

 private:
  CommitReader(git_repository* repository, GitOdb odb, ReadOptions options, std::shared_ptr<ReadCache> cache);
  Status finish_change(Change& change, uint32_t old_mode, uint32_t new_mode);
  Status measure_change(Change& change);
  Result<RawObject> read_blob(const git_oid& oid, const std::string& path);
  std::shared_ptr<const BlobLines> lines_of(std::string_view text) const;

  git_repository* m_repository;
  GitOdb m_odb;
  ReadOptions m_options;
  std::shared_ptr<ReadCache> m_cache;
  PackReader m_reader;
};

// CommitReader::diff for one pair of trees, with a reader of its own.
Result<std::vector<Change>> diff_trees(git_repository* repository, git_tree* old_tree, git_tree* new_tree,
                                       const ReadOptions& options, const std::string& what);

}  // namespace faultline::ingest
