// PackReader: a scan's readers read objects straight from the repository's pack files —
// memory-mapped .idx (version 2) and .pack, one zlib stream per reader reset for each object,
// and each resolved object kept by its pack offset, because the next version of a file or a
// folder is usually stored as a delta against it. libgit2's git_odb_read sets up a zlib
// stream and its 32 KiB window per object, takes several locks and keeps only delta bases:
// per object that cost as much as inflating it.
//
// An object the packs do not hold (a loose object, one in an alternate object store, a
// repository whose object ids are not SHA-1) is read through libgit2, so every object
// git_odb_read can read is read. Every inflated stream is checked (zlib's adler32) and every
// delta's sizes against its base and result: a corrupt object is an error naming it.
//
// Thread-safety: a PackSet is shared (read-only once opened); one PackReader per thread.
#pragma once

#include <git2.h>
#include <zlib.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/result.h"

namespace faultline::ingest {

// An object's type and bytes.
struct RawObject {
  git_object_t type = GIT_OBJECT_INVALID;
  std::shared_ptr<const std::string> bytes;
  std::string_view view() const { return *bytes; }
};

// The memory-mapped packs of one object store.
class PackSet {
 public:
  // The packs in `objects_dir`/pack; none (every read then goes through libgit2) when there
  // are none or their index is of a version this reader does not know.
  static Result<std::shared_ptr<const PackSet>> open(const std::string& objects_dir);
  // The packs of a repository's object store (shared by its linked worktrees).
  static Result<std::shared_ptr<const PackSet>> of(git_repository* repository);

  struct Pack;
  struct Location {
    const Pack* pack = nullptr;
    uint64_t offset = 0;
  };
  std::optional<Location> find(const git_oid& id) const;

  ~PackSet();
  PackSet(const PackSet&) = delete;
  PackSet& operator=(const PackSet&) = delete;

 private:
  PackSet() = default;
  std::vector<std::unique_ptr<Pack>> m_packs;
};

class PackReader {
 public:
  // `fallback`: the odb for objects the packs do not hold. REQUIRES: both outlive the reader.
  PackReader(std::shared_ptr<const PackSet> packs, git_odb* fallback);
  ~PackReader();
  PackReader(PackReader&& other) noexcept;
  PackReader& operator=(PackReader&&) = delete;
  PackReader(const PackReader&) = delete;

  // The object; an error when it is missing or corrupt (the caller names the object).
  Result<RawObject> read(const git_oid& id);

 private:
  Result<RawObject> at(const PackSet::Location& location, int depth);
  Status inflate_into(const unsigned char* data, size_t available, std::string& out, size_t size);
  void keep(uint64_t key, const RawObject& object);

  std::shared_ptr<const PackSet> m_packs;
  git_odb* m_fallback;
  std::unique_ptr<z_stream> m_zlib;
  // Resolved objects by (pack, offset): two generations of at most k_kept_bytes each.
  std::unordered_map<uint64_t, RawObject> m_kept;
  std::unordered_map<uint64_t, RawObject> m_older;
  size_t m_kept_bytes = 0;
};

}  // namespace faultline::ingest
