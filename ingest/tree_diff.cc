#include "ingest/tree_diff.h"

#include "ingest/git_handles.h"

namespace faultline::ingest {
namespace {

bool is_tree(uint32_t mode) { return mode == GIT_FILEMODE_TREE; }
bool is_link(uint32_t mode) { return mode == GIT_FILEMODE_LINK; }

struct Walk {
  git_repository* repository;
  std::vector<RawChange> changes;
  bool added = false;
  bool deleted = false;
  bool declined = false;
};

Status diff_level(Walk& walk, const git_tree* old_tree, const git_tree* new_tree, const std::string& prefix);

// Every file under `tree` as added (sign > 0) or deleted.
Status list_all(Walk& walk, const git_tree* tree, const std::string& prefix, bool added) {
  size_t count = git_tree_entrycount(tree);
  for (size_t i = 0; i < count; ++i) {
    const git_tree_entry* entry = git_tree_entry_byindex(tree, i);
    std::string path = prefix + git_tree_entry_name(entry);
    uint32_t mode = git_tree_entry_filemode(entry);
    if (is_tree(mode)) {
      GitTree sub;
      if (git_tree_lookup(sub.out(), walk.repository, git_tree_entry_id(entry)) != 0)
        return libgit2_error("tree " + path);
      FL_TRY(list_all(walk, sub.get(), path + "/", added));
      continue;
    }
    RawChange change;
    change.path = path;
    change.status = added ? 'A' : 'D';
    (added ? change.new_oid : change.old_oid) = *git_tree_entry_id(entry);
    (added ? change.new_mode : change.old_mode) = mode;
    (added ? walk.added : walk.deleted) = true;
    walk.changes.push_back(std::move(change));
  }
  return {};
}

Status diff_level(Walk& walk, const git_tree* old_tree, const git_tree* new_tree, const std::string& prefix) {
  size_t old_count = old_tree ? git_tree_entrycount(old_tree) : 0;
  size_t new_count = git_tree_entrycount(new_tree);
  size_t i = 0, j = 0;
  while ((i < old_count || j < new_count) && !walk.declined) {
    const git_tree_entry* a = i < old_count ? git_tree_entry_byindex(old_tree, i) : nullptr;
    const git_tree_entry* b = j < new_count ? git_tree_entry_byindex(new_tree, j) : nullptr;
    int order = !a ? 1 : !b ? -1 : git_tree_entry_cmp(a, b);
    // git_tree_entry_cmp orders a folder as "name/": equal names of a file and a folder do not
    // compare equal, so a file turned into a folder shows as a delete plus an add (declined).
    if (order < 0) {
      uint32_t mode = git_tree_entry_filemode(a);
      if (is_tree(mode)) {
        GitTree sub;
        if (git_tree_lookup(sub.out(), walk.repository, git_tree_entry_id(a)) != 0)
          return libgit2_error("tree " + prefix + git_tree_entry_name(a));
        FL_TRY(list_all(walk, sub.get(), prefix + git_tree_entry_name(a) + "/", false));
      } else {
        walk.changes.push_back({prefix + git_tree_entry_name(a), 'D', *git_tree_entry_id(a), {}, mode, 0});
        walk.deleted = true;
      }
      ++i;
    } else if (order > 0) {
      uint32_t mode = git_tree_entry_filemode(b);
      if (is_tree(mode)) {
        GitTree sub;
        if (git_tree_lookup(sub.out(), walk.repository, git_tree_entry_id(b)) != 0)
          return libgit2_error("tree " + prefix + git_tree_entry_name(b));
        FL_TRY(list_all(walk, sub.get(), prefix + git_tree_entry_name(b) + "/", true));
      } else {
        walk.changes.push_back({prefix + git_tree_entry_name(b), 'A', {}, *git_tree_entry_id(b), 0, mode});
        walk.added = true;
      }
      ++j;
    } else {
      uint32_t old_mode = git_tree_entry_filemode(a);
      uint32_t new_mode = git_tree_entry_filemode(b);
      bool same = git_oid_equal(git_tree_entry_id(a), git_tree_entry_id(b)) && old_mode == new_mode;
      if (!same) {
        std::string path = prefix + git_tree_entry_name(a);
        if (is_tree(old_mode) && is_tree(new_mode)) {
          GitTree old_sub, new_sub;
          if (git_tree_lookup(old_sub.out(), walk.repository, git_tree_entry_id(a)) != 0 ||
              git_tree_lookup(new_sub.out(), walk.repository, git_tree_entry_id(b)) != 0)
            return libgit2_error("tree " + path);
          FL_TRY(diff_level(walk, old_sub.get(), new_sub.get(), path + "/"));
        } else if (is_tree(old_mode) || is_tree(new_mode)) {
          walk.declined = true;
        } else {
          char status = is_link(old_mode) != is_link(new_mode) ||
                                (old_mode == GIT_FILEMODE_COMMIT) != (new_mode == GIT_FILEMODE_COMMIT)
                            ? 'T'
                            : 'M';
          walk.changes.push_back(
              {path, status, *git_tree_entry_id(a), *git_tree_entry_id(b), old_mode, new_mode});
        }
      }
      ++i;
      ++j;
    }
    if (walk.added && walk.deleted) walk.declined = true;
  }
  return {};
}

}  // namespace

Result<std::optional<std::vector<RawChange>>> quick_tree_diff(git_repository* repository, git_tree* old_tree,
                                                              git_tree* new_tree) {
  Walk walk{repository, {}, false, false, false};
  FL_TRY(diff_level(walk, old_tree, new_tree, ""));
  if (walk.declined || (walk.added && walk.deleted)) return std::optional<std::vector<RawChange>>();
  return std::optional<std::vector<RawChange>>(std::move(walk.changes));
}

}  // namespace faultline::ingest
