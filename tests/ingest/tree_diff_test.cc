// quick_tree_diff must agree with libgit2's diff wherever it does not decline.
#include "ingest/tree_diff.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <random>
#include <set>

#include "ingest/git_handles.h"
#include "tests/support/test_repo.h"

namespace faultline::ingest {
namespace {

using faultline::testing::TestRepo;

// (path, status, old oid, new oid) of every delta libgit2 reports, with type changes as one.
std::vector<std::string> libgit2_diff(git_repository* repository, git_tree* old_tree, git_tree* new_tree) {
  GitDiff diff;
  git_diff_options options = GIT_DIFF_OPTIONS_INIT;
  options.flags |= GIT_DIFF_INCLUDE_TYPECHANGE;
  EXPECT_EQ(git_diff_tree_to_tree(diff.out(), repository, old_tree, new_tree, &options), 0);
  std::vector<std::string> out;
  for (size_t i = 0; i < git_diff_num_deltas(diff.get()); ++i) {
    const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
    char status = delta->status == GIT_DELTA_ADDED        ? 'A'
                  : delta->status == GIT_DELTA_DELETED    ? 'D'
                  : delta->status == GIT_DELTA_TYPECHANGE ? 'T'
                                                          : 'M';
    std::string path = status == 'D' ? delta->old_file.path : delta->new_file.path;
    out.push_back(path + " " + status + " " + (status == 'A' ? "" : oid_hex(delta->old_file.id)) + " " +
                  (status == 'D' ? "" : oid_hex(delta->new_file.id)));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Diffs each commit against the one before it (the first against the empty tree) both ways
// and expects the same changes wherever the quick diff does not decline; counts both outcomes.
struct Outcomes {
  int compared = 0;
  int declined = 0;
};

Outcomes compare_each_commit(git_repository* repository, const std::vector<std::string>& commits) {
  Outcomes outcomes;
  GitOdb odb;
  EXPECT_EQ(git_repository_odb(odb.out(), repository), 0);
  auto packs = PackSet::of(repository);
  EXPECT_TRUE(packs.ok());
  PackReader reader(*packs, odb.get());
  TreeCache trees;
  GitTree previous;
  for (const auto& hex : commits) {
    git_oid oid = oid_of(hex);
    GitCommit commit;
    GitTree tree;
    EXPECT_EQ(git_commit_lookup(commit.out(), repository, &oid), 0);
    EXPECT_EQ(git_commit_tree(tree.out(), commit.get()), 0);
    auto quick = quick_tree_diff(trees, reader, previous ? git_tree_id(previous.get()) : nullptr,
                                 *git_tree_id(tree.get()));
    EXPECT_TRUE(quick.ok()) << quick.error().message();
    if (quick.ok() && *quick) {
      ++outcomes.compared;
      std::vector<std::string> mine;
      for (const auto& change : **quick)
        mine.push_back(change.path + " " + change.status + " " +
                       (change.status == 'A' ? "" : oid_hex(change.old_oid)) + " " +
                       (change.status == 'D' ? "" : oid_hex(change.new_oid)));
      std::sort(mine.begin(), mine.end());
      EXPECT_EQ(mine, libgit2_diff(repository, previous.get(), tree.get())) << "commit " << hex;
    } else if (quick.ok()) {
      ++outcomes.declined;
    }
    previous = std::move(tree);
  }
  return outcomes;
}

TEST(QuickTreeDiff, AgreesWithLibgit2OrDeclines) {
  auto dir = std::filesystem::temp_directory_path() / ("faultline-treediff-" + std::to_string(::getpid()));
  TestRepo repo(dir);
  std::vector<std::string> commits;
  repo.write("a/b/c.py", "x = 1\n");
  repo.write("a/d.py", "y = 1\n");
  repo.write("top.txt", "t\n");
  commits.push_back(repo.commit("one", 1000));
  repo.write("a/b/c.py", "x = 2\n");  // deep modification
  commits.push_back(repo.commit("modify", 2000));
  repo.write("a/e/f.py", "new\n");  // a new folder: adds only
  repo.write("z.py", "z\n");
  commits.push_back(repo.commit("add", 3000));
  repo.remove("a/d.py");  // deletes only
  commits.push_back(repo.commit("delete", 4000));
  repo.write("top.txt", "t\n", GIT_FILEMODE_BLOB_EXECUTABLE);  // mode change
  repo.symlink("link", "top.txt");
  commits.push_back(repo.commit("mode and link", 5000));
  repo.write("link", "now a file\n");  // symlink becomes a file: type change
  commits.push_back(repo.commit("type change", 6000));
  repo.rename("z.py", "zz.py");  // add + delete: declined
  commits.push_back(repo.commit("rename", 7000));
  repo.remove("a/e/f.py");
  repo.write("a/e", "file where a folder was\n");  // folder becomes file: declined
  commits.push_back(repo.commit("folder to file", 8000));

  Outcomes outcomes = compare_each_commit(repo.raw(), commits);
  EXPECT_EQ(outcomes.compared, 6);
  EXPECT_EQ(outcomes.declined, 2);
  std::filesystem::remove_all(dir);
}

// Random histories over a few nested folders: every commit modifies, adds or deletes files
// (names chosen so that entries of all lengths sit side by side, where the skipped common
// leading and trailing bytes of two trees end inside an entry).
TEST(QuickTreeDiff, AgreesWithLibgit2OnRandomHistories) {
  auto dir =
      std::filesystem::temp_directory_path() / ("faultline-treediff-random-" + std::to_string(::getpid()));
  TestRepo repo(dir);
  std::mt19937 random(20261122);
  const std::vector<std::string> folders = {"", "a/", "a/b/", "ab/", "a/bb/c/", "z/"};
  const std::vector<std::string> names = {"x", "x.py", "xx", "x1", "x2.py", "y", "yy.go", "a", "b0", "b00"};
  std::set<std::string> present;
  std::vector<std::string> commits;
  for (int c = 0; c < 80; ++c) {
    int edits = 1 + static_cast<int>(random() % 4);
    bool deletes = c > 0 && random() % 3 == 0;
    for (int e = 0; e < edits; ++e) {
      std::string path = folders[random() % folders.size()] + names[random() % names.size()];
      bool is_folder = false;
      for (const std::string& other : present) is_folder = is_folder || other.rfind(path + "/", 0) == 0;
      if (is_folder || std::any_of(present.begin(), present.end(),
                                   [&](const std::string& other) { return path.rfind(other + "/", 0) == 0; }))
        continue;  // a file where a folder is (or under a file): not what this test is about
      if (deletes && present.count(path)) {
        repo.remove(path);
        present.erase(path);
      } else if (!deletes) {
        repo.write(path, "v" + std::to_string(c) + " " + std::to_string(random() % 1000) + "\n");
        present.insert(path);
      }
    }
    commits.push_back(repo.commit("c" + std::to_string(c), 1000 + c));
  }
  Outcomes outcomes = compare_each_commit(repo.raw(), commits);
  EXPECT_GE(outcomes.compared, 70);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace faultline::ingest
