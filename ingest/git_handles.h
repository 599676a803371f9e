// RAII owners for libgit2 handles (one alias per C type), the library's process-wide
// initialisation, and the text of libgit2's last error on this thread.
#pragma once

#include <git2.h>

#include <string>
#include <string_view>

#include "base/result.h"
#include "base/unique_handle.h"
#include "ingest/timeout_stream.h"

namespace faultline::ingest {

using GitRepository = UniqueHandle<git_repository, git_repository_free>;
using GitCommit = UniqueHandle<git_commit, git_commit_free>;
using GitTree = UniqueHandle<git_tree, git_tree_free>;
using GitBlob = UniqueHandle<git_blob, git_blob_free>;
using GitDiff = UniqueHandle<git_diff, git_diff_free>;
using GitPatch = UniqueHandle<git_patch, git_patch_free>;
using GitRevwalk = UniqueHandle<git_revwalk, git_revwalk_free>;
using GitReference = UniqueHandle<git_reference, git_reference_free>;
using GitRemote = UniqueHandle<git_remote, git_remote_free>;
using GitObject = UniqueHandle<git_object, git_object_free>;
using GitBranchIterator = UniqueHandle<git_branch_iterator, git_branch_iterator_free>;
using GitOdb = UniqueHandle<git_odb, git_odb_free>;
using GitOdbObject = UniqueHandle<git_odb_object, git_odb_object_free>;

// Holds libgit2 initialised for its lifetime; create one in main (or a test) before any call.
// Network connections go through TimeoutStream, so a stalled server cannot hang a clone or a
// fetch (should registering it fail, libgit2 keeps its own stream, without time limits).
class GitLibrary {
 public:
  // libgit2's object cache is off: a scan's readers keep what they read again themselves
  // (ingest/commit_record.h), and filling and freeing a cache of every commit and tree read
  // cost more than the re-reads it saved.
  GitLibrary() {
    git_libgit2_init();
    git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 0);
    git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
    (void)register_timeout_stream();
  }
  ~GitLibrary() { git_libgit2_shutdown(); }
  GitLibrary(const GitLibrary&) = delete;
  GitLibrary& operator=(const GitLibrary&) = delete;
};

// "what: libgit2's message" for the last error on this thread.
inline Error libgit2_error(const std::string& what) {
  const git_error* last = git_error_last();
  return Error(what + ": " + (last && last->message ? last->message : "unknown libgit2 error"));
}

// The blob with hex id `oid`; an error names it and `path` (the file it was read for).
inline Result<GitBlob> lookup_blob(git_repository* repository, const std::string& oid,
                                   const std::string& path) {
  git_oid id;
  GitBlob blob;
  if (git_oid_fromstr(&id, oid.c_str()) != 0 || git_blob_lookup(blob.out(), repository, &id) != 0)
    return libgit2_error("blob " + oid + " (" + path + ")");
  return blob;
}

// A blob's bytes, valid while the handle lives.
inline std::string_view blob_text(const GitBlob& blob) {
  return {static_cast<const char*>(git_blob_rawcontent(blob.get())),
          static_cast<size_t>(git_blob_rawsize(blob.get()))};
}

// The id written as hex (zero when `hex` is not one).
inline git_oid oid_of(const std::string& hex) {
  git_oid oid{};
  git_oid_fromstr(&oid, hex.c_str());
  return oid;
}

inline std::string oid_hex(const git_oid& oid) {
  char buffer[GIT_OID_HEXSZ + 1];
  git_oid_tostr(buffer, sizeof buffer, &oid);
  return buffer;
}

}  // namespace faultline::ingest
