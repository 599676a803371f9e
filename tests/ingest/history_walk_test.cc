// walk_history: every reachable commit once, parents before children, each commit's tree and
// parents as git has them, first-parent positions along the default tip's chain only, and an
// error naming the commit when one cannot be read.
#include "ingest/history_walk.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "ingest/git_handles.h"
#include "tests/support/test_repo.h"

namespace faultline::ingest {
namespace {

using faultline::testing::TestRepo;

class HistoryWalkTest : public ::testing::Test {
 protected:
  std::filesystem::path m_dir =
      std::filesystem::temp_directory_path() / ("faultline-historywalk-" + std::to_string(::getpid()));
  void TearDown() override { std::filesystem::remove_all(m_dir); }

  Result<History> walk(TestRepo& repo, const std::vector<git_oid>& tips) {
    GitOdb odb;
    EXPECT_EQ(git_repository_odb(odb.out(), repo.raw()), 0);
    auto packs = PackSet::of(repo.raw());
    if (!packs.ok()) return packs.error();
    PackReader reader(*packs, odb.get());
    return walk_history(reader, tips);
  }
};

TEST_F(HistoryWalkTest, ParentsFirstWithTreesAndFirstParentPositions) {
  TestRepo repo(m_dir);
  repo.write("a.txt", "1\n");
  std::string root = repo.commit("root", 1000);
  repo.branch("side");
  repo.switch_to("side");
  repo.write("b.txt", "side\n");
  std::string side1 = repo.commit("side 1", 2000);
  std::string side2 = repo.commit("side 2", 3000);
  repo.switch_to("main");
  repo.write("a.txt", "2\n");
  std::string main1 = repo.commit("main 1", 2500);
  std::string merge = repo.commit("merge", 4000, "Ada Lovelace", "ada@example.com", 0, {side2});
  std::string after = repo.commit("after", 5000);

  auto history = walk(repo, {oid_of(after)});
  ASSERT_TRUE(history.ok()) << history.error().message();
  ASSERT_EQ(history->order.size(), 6U);
  std::map<std::string, size_t> position;
  for (size_t i = 0; i < history->order.size(); ++i) position[oid_hex(history->order[i])] = i;
  ASSERT_EQ(position.size(), 6U) << "a commit came twice";
  for (const auto& [hex, index] : position) {
    const WalkedCommit& commit = history->commits.at(oid_of(hex));
    GitCommit parsed;
    ASSERT_EQ(git_commit_lookup(parsed.out(), repo.raw(), &history->order[index]), 0);
    EXPECT_TRUE(git_oid_equal(&commit.tree, git_commit_tree_id(parsed.get()))) << hex;
    ASSERT_EQ(commit.parents.size(), git_commit_parentcount(parsed.get())) << hex;
    for (size_t p = 0; p < commit.parents.size(); ++p) {
      EXPECT_TRUE(
          git_oid_equal(&commit.parents[p], git_commit_parent_id(parsed.get(), static_cast<unsigned>(p))));
      EXPECT_LT(position.at(oid_hex(commit.parents[p])), index) << "a parent after its child";
    }
  }
  auto index_of = [&](const std::string& hex) { return history->commits.at(oid_of(hex)).first_parent_index; };
  EXPECT_EQ(index_of(root), 0);
  EXPECT_EQ(index_of(main1), 1);
  EXPECT_EQ(index_of(merge), 2);
  EXPECT_EQ(index_of(after), 3);
  EXPECT_EQ(index_of(side1), -1);  // reachable, but through a merge's second parent only
  EXPECT_EQ(index_of(side2), -1);
}

TEST_F(HistoryWalkTest, SeveralTipsShareTheirHistoryOnce) {
  TestRepo repo(m_dir);
  repo.write("a.txt", "1\n");
  std::string base = repo.commit("base", 1000);
  repo.branch("feature");
  repo.switch_to("feature");
  repo.write("f.txt", "f\n");
  std::string feature = repo.commit("feature", 2000);
  repo.switch_to("main");
  repo.write("a.txt", "2\n");
  std::string tip = repo.commit("main", 3000);
  auto history = walk(repo, {oid_of(tip), oid_of(feature)});
  ASSERT_TRUE(history.ok()) << history.error().message();
  ASSERT_EQ(history->order.size(), 3U);
  EXPECT_EQ(oid_hex(history->order[0]), base);
  EXPECT_EQ(history->commits.at(oid_of(feature)).first_parent_index, -1);  // not on the default branch
  EXPECT_EQ(history->commits.at(oid_of(tip)).first_parent_index, 1);
}

TEST_F(HistoryWalkTest, AMissingParentIsAnErrorNamingIt) {
  TestRepo repo(m_dir);
  repo.write("a.txt", "1\n");
  std::string first = repo.commit("first", 1000);
  repo.write("a.txt", "2\n");
  std::string second = repo.commit("second", 2000);
  // Delete the first commit's object: the history is broken below `second`.
  std::string path = (m_dir / ".git" / "objects" / first.substr(0, 2) / first.substr(2)).string();
  if (!std::filesystem::exists(path))
    path = (m_dir / "objects" / first.substr(0, 2) / first.substr(2)).string();
  ASSERT_TRUE(std::filesystem::remove(path)) << path;
  auto history = walk(repo, {oid_of(second)});
  ASSERT_FALSE(history.ok());
  EXPECT_NE(history.error().message().find(first), std::string::npos) << history.error().message();
}

}  // namespace
}  // namespace faultline::ingest
