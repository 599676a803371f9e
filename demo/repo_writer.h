// RepoWriter: writes a git repository object by object with libgit2 — blobs, trees built
// with treebuilders, commits with exact authors and times — with no work tree at all.
//
// The repository is created bare with HEAD → refs/heads/<branch>. Each commit is written from
// the complete file map of its tree (path → content); identical contents are written once
// and subtrees are rebuilt per commit (cheap at demo sizes). Refs are set only by set_branch,
// so side branches leave no ref behind once merged.
//
// Thread-safety: one RepoWriter per thread (it owns its git_repository).
#pragma once

#include <git2.h>

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/result.h"
#include "base/unique_handle.h"
#include "ingest/git_handles.h"

namespace faultline::demo {

using FileMap = std::map<std::string, std::string>;  // path → content, '/'-separated

struct CommitSignature {
  std::string name;
  std::string email;
  int64_t time = 0;  // UTC seconds
  int offset_minutes = 0;
};

class RepoWriter {
 public:
  // REQUIRES: libgit2 initialised (ingest::GitLibrary); `path` does not exist yet.
  static Result<RepoWriter> create(const std::string& path, const std::string& branch);

  // Writes a commit of `files` with `parents` (first parent first); returns its oid.
  Result<git_oid> commit(const FileMap& files, const std::vector<git_oid>& parents,
                         const CommitSignature& author, const CommitSignature& committer,
                         const std::string& message);

  // Points refs/heads/<name> at `target`.
  Status set_branch(const std::string& name, const git_oid& target);

 private:
  explicit RepoWriter(ingest::GitRepository repository, std::string path)
      : m_repository(std::move(repository)), m_path(std::move(path)) {}
  Result<git_oid> blob(const std::string& content);
  // Writes the tree of the paths in [begin, end), all under `prefix`.
  Result<git_oid> tree(FileMap::const_iterator begin, FileMap::const_iterator end, size_t prefix_length);

  ingest::GitRepository m_repository;
  std::string m_path;
  std::unordered_map<std::string, git_oid> m_blobs;  // content → oid
};

}  // namespace faultline::demo
