// TestRepo: builds real git repositories for tests through libgit2, without a work tree:
// each branch holds a map path → (mode, bytes), and commit() writes blobs and nested trees with
// treebuilders, so a test can make any history — merges, renames, symlinks, submodule entries,
// binary and non-UTF-8 paths — with exact author times.
#pragma once

#include <git2.h>

#include <filesystem>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace faultline::testing {

class TestRepo {
 public:
  struct Entry {
    git_filemode_t mode = GIT_FILEMODE_BLOB;
    std::string content;  // bytes, a symlink target, or a commit oid for a submodule
  };

  explicit TestRepo(const std::filesystem::path& dir, bool bare = false) : m_dir(dir) {
    git_libgit2_init();
    std::filesystem::remove_all(dir);
    check(git_repository_init(&m_repo, dir.c_str(), bare ? 1 : 0), "init");
  }
  ~TestRepo() {
    git_repository_free(m_repo);
    git_libgit2_shutdown();
  }
  TestRepo(const TestRepo&) = delete;
  TestRepo& operator=(const TestRepo&) = delete;

  const std::filesystem::path& dir() const { return m_dir; }
  git_repository* raw() const { return m_repo; }

  void write(const std::string& path, const std::string& content, git_filemode_t mode = GIT_FILEMODE_BLOB) {
    m_branches[m_branch].files[path] = {mode, content};
  }
  void symlink(const std::string& path, const std::string& target) { write(path, target, GIT_FILEMODE_LINK); }
  void submodule(const std::string& path, const std::string& commit_oid) {
    write(path, commit_oid, GIT_FILEMODE_COMMIT);
  }
  void remove(const std::string& path) { m_branches[m_branch].files.erase(path); }
  void rename(const std::string& from, const std::string& to) {
    auto& files = m_branches[m_branch].files;
    files[to] = files.at(from);
    files.erase(from);
  }

  // Starts branch `name` at the current branch's state and switches to it.
  void branch(const std::string& name) {
    m_branches[name] = m_branches[m_branch];
    m_branch = name;
  }
  void switch_to(const std::string& name) { m_branch = name; }
  const std::string& current_branch() const { return m_branch; }

  // Commits the current branch's files; returns the commit oid. `time` in seconds since the
  // epoch, `offset` in minutes. Extra parents make a merge (their files are not merged: the
  // test sets the result's files itself).
  std::string commit(const std::string& message, int64_t time, const std::string& author = "Ada Lovelace",
                     const std::string& email = "ada@example.com", int offset = 0,
                     const std::vector<std::string>& extra_parents = {}) {
    State& state = m_branches[m_branch];
    git_oid tree_oid = write_tree("", state.files);
    git_tree* tree = nullptr;
    check(git_tree_lookup(&tree, m_repo, &tree_oid), "tree lookup");
    git_signature* signature = nullptr;
    check(git_signature_new(&signature, author.c_str(), email.c_str(), time, offset), "signature");
    std::vector<git_commit*> parents;
    std::vector<std::string> parent_oids;
    if (!state.tip.empty()) parent_oids.push_back(state.tip);
    for (const auto& extra : extra_parents) parent_oids.push_back(extra);
    for (const auto& hex : parent_oids) {
      git_oid oid;
      git_oid_fromstr(&oid, hex.c_str());
      git_commit* parent = nullptr;
      check(git_commit_lookup(&parent, m_repo, &oid), "parent lookup");
      parents.push_back(parent);
    }
    std::string ref = "refs/heads/" + m_branch;
    git_oid commit_oid;
    check(git_commit_create(&commit_oid, m_repo, ref.c_str(), signature, signature, nullptr, message.c_str(),
                            tree, parents.size(), const_cast<const git_commit**>(parents.data())),
          "commit");
    for (auto* parent : parents) git_commit_free(parent);
    git_signature_free(signature);
    git_tree_free(tree);
    char hex[GIT_OID_HEXSZ + 1];
    git_oid_tostr(hex, sizeof hex, &commit_oid);
    state.tip = hex;
    if (!m_head_set) {
      check(git_repository_set_head(m_repo, ref.c_str()), "set head");
      m_head_set = true;
    }
    return state.tip;
  }

  std::string tip(const std::string& branch) { return m_branches[branch].tip; }

 private:
  struct State {
    std::map<std::string, Entry> files;
    std::string tip;
  };

  static void check(int rc, const char* what) {
    if (rc != 0) {
      const git_error* error = git_error_last();
      throw std::runtime_error(std::string("test repo: ") + what + ": " + (error ? error->message : "?"));
    }
  }

  // Writes the tree of every file under `prefix` (e.g. "src/") and returns its oid.
  git_oid write_tree(const std::string& prefix, const std::map<std::string, Entry>& files) {
    git_treebuilder* builder = nullptr;
    check(git_treebuilder_new(&builder, m_repo, nullptr), "treebuilder");
    std::map<std::string, std::map<std::string, Entry>> subdirs;
    for (const auto& [path, entry] : files) {
      if (!path.starts_with(prefix)) continue;
      std::string rest = path.substr(prefix.size());
      auto slash = rest.find('/');
      if (slash != std::string::npos) {
        subdirs[rest.substr(0, slash)].emplace(path, entry);
        continue;
      }
      git_oid oid;
      if (entry.mode == GIT_FILEMODE_COMMIT) {
        git_oid_fromstr(&oid, entry.content.c_str());
      } else {
        check(git_blob_create_from_buffer(&oid, m_repo, entry.content.data(), entry.content.size()), "blob");
      }
      check(git_treebuilder_insert(nullptr, builder, rest.c_str(), &oid, entry.mode), "tree insert");
    }
    for (const auto& [name, sub_files] : subdirs) {
      git_oid sub = write_tree(prefix + name + "/", sub_files);
      check(git_treebuilder_insert(nullptr, builder, name.c_str(), &sub, GIT_FILEMODE_TREE),
            "subtree insert");
    }
    git_oid oid;
    check(git_treebuilder_write(&oid, builder), "tree write");
    git_treebuilder_free(builder);
    return oid;
  }

  std::filesystem::path m_dir;
  git_repository* m_repo = nullptr;
  std::map<std::string, State> m_branches;
  std::string m_branch = "main";
  bool m_head_set = false;
};

}  // namespace faultline::testing
