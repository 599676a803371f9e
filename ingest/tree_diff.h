// Trees read straight from the object database and parsed in place (TreeCache), and
// quick_tree_diff: the changes between two trees by a merge-join of their sorted entries,
// descending only into subtrees whose ids differ — what `git log --raw` does, without the
// generic iterators of git_diff_tree_to_tree or libgit2's object cache. It handles the common
// commit (files modified, or only added, or only deleted); when a commit both adds and deletes
// files (a rename may hide there) or turns a folder into a file or back, it declines (nullopt)
// and the caller uses libgit2's diff with rename detection, so results never depend on which
// path ran.
//
// Thread-safety: see TreeCache.
#pragma once

#include <git2.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/result.h"
#include "ingest/git_handles.h"
#include "ingest/pack_reader.h"

namespace faultline::ingest {

struct OidHash {
  size_t operator()(const git_oid& oid) const {
    size_t hash;
    std::memcpy(&hash, oid.id, sizeof hash);  // an object id is already uniformly distributed
    return hash;
  }
};
struct OidEqual {
  bool operator()(const git_oid& a, const git_oid& b) const { return git_oid_equal(&a, &b) != 0; }
};

struct TreeEntry {
  std::string_view name;              // points into the tree's bytes
  uint32_t mode = 0;                  // normalised as git_tree_entry_filemode does
  const unsigned char* id = nullptr;  // the entry's 20-byte id, inside the tree's bytes
};

// A tree's bytes, walked entry by entry in git's order without building a list:
// "<octal mode> <name>\0<20-byte id>" repeated. Each entry is checked as it is read.
class RawTree {
 public:
  RawTree(const git_oid& id, RawObject object) : m_id(id), m_object(std::move(object)) {}

  const git_oid& id() const { return m_id; }
  const char* data() const { return m_object.bytes->data(); }
  size_t size() const { return m_object.bytes->size(); }
  // How many leading (trailing) bytes this tree and `other` have in common.
  size_t common_prefix(const RawTree& other) const;
  size_t common_suffix(const RawTree& other) const;
  // Where the entry at `offset` ends (SIZE_MAX when it runs past the end): its NUL plus the id.
  size_t entry_end(size_t offset) const;
  // Reads the entry at `offset` into `entry` and returns the next entry's offset, or an error
  // naming the tree and the byte when the entry is malformed.
  // REQUIRES: offset < size() and on an entry boundary.
  Result<size_t> entry_at(size_t offset, TreeEntry& entry) const;

 private:
  git_oid m_id;
  RawObject m_object;
};

// Trees by id, kept across commits and shared by a scan's readers: a folder's old tree in one
// commit is the new tree of the commit that last changed it, so a walk parents-first reads
// most trees once, and the cache holds about the folders of the latest commits. Two generations of at most
// k_bytes_per_generation bytes each; the older is dropped when the newer is full (a tree in use lives on in
// its shared_ptr).
//
// Thread-safety: get() may be called from several threads, each passing its own reader.
class TreeCache {
 public:
  static constexpr size_t k_bytes_per_generation = size_t{16} << 20;

  // The tree, read through `reader` when not kept. `path` names it in errors.
  Result<std::shared_ptr<const RawTree>> get(PackReader& reader, const git_oid& id, std::string_view path);
  // Forgets a tree that was the old side of a change: its folder has a new tree now, so it is
  // unlikely to be asked for again (a revert or a sibling branch reads it again).
  void drop(const git_oid& id);

 private:
  using Map = std::unordered_map<git_oid, std::shared_ptr<const RawTree>, OidHash, OidEqual>;
  std::shared_ptr<const RawTree> find(const git_oid& id);             // REQUIRES: m_mutex held
  void keep(const git_oid& id, std::shared_ptr<const RawTree> tree);  // REQUIRES: m_mutex held

  std::mutex m_mutex;
  Map m_current;
  Map m_previous;
  size_t m_current_bytes = 0;
};

struct RawChange {
  std::string path;
  char status = 'M';  // A, D, M or T
  git_oid old_oid{};
  git_oid new_oid{};
  uint32_t old_mode = 0;  // 0 when added
  uint32_t new_mode = 0;  // 0 when deleted
};

// Trees are read through `reader` (or found in `trees`). REQUIRES: old_tree null means the
// empty tree.
Result<std::optional<std::vector<RawChange>>> quick_tree_diff(TreeCache& trees, PackReader& reader,
                                                              const git_oid* old_tree,
                                                              const git_oid& new_tree);

}  // namespace faultline::ingest
