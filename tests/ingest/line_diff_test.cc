// Lines added and deleted must be what `git diff --numstat` reports for the same two files:
// checked on hand-picked edits and on a few hundred random ones against the real git binary.
#include "ingest/line_diff.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "tests/support/process.h"

namespace faultline::ingest {
namespace {

namespace fs = std::filesystem;

class LineDiffTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("line_diff_" + std::to_string(::getpid()));
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }

  // What git counts for old -> new.
  LineCounts git_numstat(const std::string& old_text, const std::string& new_text) {
    std::ofstream(m_dir / "old", std::ios::binary) << old_text;
    std::ofstream(m_dir / "new", std::ios::binary) << new_text;
    auto result = testing::run({"/usr/bin/git", "diff", "--no-index", "--numstat", "--diff-algorithm=minimal",
                                (m_dir / "old").string(), (m_dir / "new").string()});
    EXPECT_TRUE(result.exit_code == 0 || result.exit_code == 1) << result.err;
    LineCounts counts;
    std::istringstream(result.out) >> counts.added >> counts.deleted;
    return counts;
  }

  fs::path m_dir;
};

void expect_counts(LineCounts counts, int64_t added, int64_t deleted) {
  EXPECT_EQ(counts.added, added);
  EXPECT_EQ(counts.deleted, deleted);
}

TEST_F(LineDiffTest, HandPickedEdits) {
  expect_counts(count_line_changes("", ""), 0, 0);
  expect_counts(count_line_changes("", "a\nb\n"), 2, 0);
  expect_counts(count_line_changes("a\nb\n", ""), 0, 2);
  expect_counts(count_line_changes("a\nb\nc\n", "a\nB\nc\n"), 1, 1);
  // A last line that loses its newline is a different line.
  expect_counts(count_line_changes("a\nb\n", "a\nb"), 1, 1);
  // A moved line is one deletion and one addition.
  expect_counts(count_line_changes("a\nb\nc\nd\n", "b\nc\nd\na\n"), 1, 1);
  expect_counts(count_line_changes("x\ny\n", "x\ny\nx\ny\n"), 2, 0);
}

TEST_F(LineDiffTest, RandomEditsMatchGit) {
  std::mt19937 random(42);
  auto random_text = [&](int lines) {
    std::string text;
    for (int i = 0; i < lines; ++i) text += "line " + std::to_string(random() % 12) + "\n";
    return text;
  };
  for (int round = 0; round < 150; ++round) {
    std::string old_text = random_text(static_cast<int>(random() % 40));
    std::string new_text;
    // Keep, drop, replace or add around each old line.
    std::istringstream lines(old_text);
    for (std::string line; std::getline(lines, line);) {
      switch (random() % 5) {
        case 0:
          break;
        case 1:
          new_text += random_text(1);
          break;
        case 2:
          new_text += line + "\n" + random_text(2);
          break;
        default:
          new_text += line + "\n";
      }
    }
    if (random() % 4 == 0 && !new_text.empty()) new_text.pop_back();  // no newline at the end
    LineCounts ours = count_line_changes(old_text, new_text);
    LineCounts git = git_numstat(old_text, new_text);
    ASSERT_EQ(ours.added, git.added) << "old:\n" << old_text << "new:\n" << new_text;
    ASSERT_EQ(ours.deleted, git.deleted) << "old:\n" << old_text << "new:\n" << new_text;
  }
}

// A wholesale rewrite of a huge file is counted from the line multisets, quickly.
TEST_F(LineDiffTest, HugeRewriteUsesLineMultisets) {
  std::string old_text, new_text;
  for (int i = 0; i < 20000; ++i) {
    old_text += "old " + std::to_string(i) + "\n";
    new_text += "new " + std::to_string(i) + "\n";
  }
  old_text += "kept\n";
  new_text = "kept\n" + new_text + "extra\n";
  expect_counts(count_line_changes(old_text, new_text), 20001, 20000);
}

}  // namespace
}  // namespace faultline::ingest
