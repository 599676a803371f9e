// Trees are written bottom-up from the sorted file map: the paths under one directory are a
// contiguous run of the map (every path in between shares the prefix "dir/"), so one pass
// that groups runs by their next path component builds each treebuilder once.
#include "demo/repo_writer.h"

namespace faultline::demo {
namespace {

using GitTreeBuilder = UniqueHandle<git_treebuilder, git_treebuilder_free>;
using GitSignature = UniqueHandle<git_signature, git_signature_free>;

Result<GitSignature> signature(const CommitSignature& who, const std::string& repo) {
  GitSignature sig;
  if (git_signature_new(sig.out(), who.name.c_str(), who.email.c_str(), who.time, who.offset_minutes) != 0)
    return ingest::libgit2_error(repo + ": signature of " + who.name);
  return sig;
}

}  // namespace

Result<RepoWriter> RepoWriter::create(const std::string& path, const std::string& branch) {
  git_repository_init_options options = GIT_REPOSITORY_INIT_OPTIONS_INIT;
  options.flags = GIT_REPOSITORY_INIT_BARE | GIT_REPOSITORY_INIT_MKPATH | GIT_REPOSITORY_INIT_NO_REINIT;
  options.initial_head = branch.c_str();
  ingest::GitRepository repository;
  if (git_repository_init_ext(repository.out(), path.c_str(), &options) != 0)
    return ingest::libgit2_error(path + ": creating the repository");
  return RepoWriter(std::move(repository), path);
}

Result<git_oid> RepoWriter::blob(const std::string& content) {
  auto found = m_blobs.find(content);
  if (found != m_blobs.end()) return found->second;
  git_oid oid;
  if (git_blob_create_from_buffer(&oid, m_repository.get(), content.data(), content.size()) != 0)
    return ingest::libgit2_error(m_path + ": writing a blob");
  m_blobs.emplace(content, oid);
  return oid;
}

Result<git_oid> RepoWriter::tree(FileMap::const_iterator begin, FileMap::const_iterator end,
                                 size_t prefix_length) {
  GitTreeBuilder builder;
  if (git_treebuilder_new(builder.out(), m_repository.get(), nullptr) != 0)
    return ingest::libgit2_error(m_path + ": new treebuilder");
  auto it = begin;
  while (it != end) {
    const std::string rest = it->first.substr(prefix_length);
    const size_t slash = rest.find('/');
    git_oid oid;
    std::string name;
    git_filemode_t mode;
    if (slash == std::string::npos) {
      auto written = blob(it->second);
      if (!written.ok()) return written.error();
      oid = *written;
      name = rest;
      mode = GIT_FILEMODE_BLOB;
      ++it;
    } else {
      name = rest.substr(0, slash);
      const std::string dir_prefix = it->first.substr(0, prefix_length + slash + 1);
      auto run_end = it;
      while (run_end != end && run_end->first.compare(0, dir_prefix.size(), dir_prefix) == 0) ++run_end;
      auto subtree = tree(it, run_end, dir_prefix.size());
      if (!subtree.ok()) return subtree.error();
      oid = *subtree;
      mode = GIT_FILEMODE_TREE;
      it = run_end;
    }
    if (git_treebuilder_insert(nullptr, builder.get(), name.c_str(), &oid, mode) != 0)
      return ingest::libgit2_error(m_path + ": tree entry " + name);
  }
  git_oid out;
  if (git_treebuilder_write(&out, builder.get()) != 0)
    return ingest::libgit2_error(m_path + ": writing a tree");
  return out;
}

Result<git_oid> RepoWriter::commit(const FileMap& files, const std::vector<git_oid>& parents,
                                   const CommitSignature& author, const CommitSignature& committer,
                                   const std::string& message) {
  auto tree_oid = tree(files.begin(), files.end(), 0);
  if (!tree_oid.ok()) return tree_oid.error();
  ingest::GitTree tree_object;
  if (git_tree_lookup(tree_object.out(), m_repository.get(), &*tree_oid) != 0)
    return ingest::libgit2_error(m_path + ": reading back a tree");
  std::vector<ingest::GitCommit> parent_objects;
  std::vector<const git_commit*> parent_pointers;
  for (const git_oid& parent : parents) {
    ingest::GitCommit object;
    if (git_commit_lookup(object.out(), m_repository.get(), &parent) != 0)
      return ingest::libgit2_error(m_path + ": parent " + ingest::oid_hex(parent));
    parent_pointers.push_back(object.get());
    parent_objects.push_back(std::move(object));
  }
  auto author_sig = signature(author, m_path);
  if (!author_sig.ok()) return author_sig.error();
  auto committer_sig = signature(committer, m_path);
  if (!committer_sig.ok()) return committer_sig.error();
  git_oid oid;
  if (git_commit_create(&oid, m_repository.get(), nullptr, author_sig->get(), committer_sig->get(), "UTF-8",
                        message.c_str(), tree_object.get(), parent_pointers.size(),
                        parent_pointers.data()) != 0)
    return ingest::libgit2_error(m_path + ": writing commit '" + message + "'");
  return oid;
}

Status RepoWriter::set_branch(const std::string& name, const git_oid& target) {
  ingest::GitReference reference;
  const std::string ref = "refs/heads/" + name;
  if (git_reference_create(reference.out(), m_repository.get(), ref.c_str(), &target, 1, "faultline demo") !=
      0)
    return ingest::libgit2_error(m_path + ": setting " + ref);
  return {};
}

}  // namespace faultline::demo
