// PackReader against libgit2 on a repository that git itself packed (deltas against earlier
// versions, as in any clone): every object the same bytes, and a corrupted pack gives errors
// or the right bytes, never wrong bytes.
#include "ingest/pack_reader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "ingest/git_handles.h"
#include "tests/support/process.h"
#include "tests/support/test_repo.h"

namespace faultline::ingest {
namespace {

namespace fs = std::filesystem;
using faultline::testing::TestRepo;

// A history where most files change a little in each commit, then `git repack -a -d -f`.
void make_packed_history(const fs::path& dir) {
  {
    TestRepo repo(dir);
    for (int c = 0; c < 40; ++c) {
      for (int f = 0; f < 6; ++f) {
        if ((c + f) % 3 != 0) continue;
        std::string body;
        for (int line = 0; line < 60; ++line)
          body += "line " + std::to_string(line) +
                  (line == c % 60 ? " changed in " + std::to_string(c) : "") + "\n";
        repo.write("src/dir" + std::to_string(f % 2) + "/file" + std::to_string(f) + ".txt", body);
      }
      repo.commit("commit " + std::to_string(c), 1000 + c);
    }
  }
  auto packed =
      faultline::testing::run({"/usr/bin/git", "-C", dir.string(), "repack", "-a", "-d", "-f", "-q"});
  ASSERT_EQ(packed.exit_code, 0) << packed.err;
}

std::map<std::string, std::pair<git_object_t, std::string>> read_all_with_libgit2(const fs::path& dir) {
  GitRepository repository;
  EXPECT_EQ(git_repository_open(repository.out(), dir.c_str()), 0);
  GitOdb odb;
  EXPECT_EQ(git_repository_odb(odb.out(), repository.get()), 0);
  std::vector<git_oid> ids;
  git_odb_foreach(
      odb.get(),
      [](const git_oid* id, void* payload) {
        static_cast<std::vector<git_oid>*>(payload)->push_back(*id);
        return 0;
      },
      &ids);
  std::map<std::string, std::pair<git_object_t, std::string>> out;
  for (const git_oid& id : ids) {
    GitOdbObject object;
    EXPECT_EQ(git_odb_read(object.out(), odb.get(), &id), 0);
    out[oid_hex(id)] = {git_odb_object_type(object.get()),
                        std::string(static_cast<const char*>(git_odb_object_data(object.get())),
                                    git_odb_object_size(object.get()))};
  }
  return out;
}

class PackReaderTest : public ::testing::Test {
 protected:
  GitLibrary m_git;  // alive across the test, not only while a TestRepo is
  fs::path m_dir = fs::temp_directory_path() / ("faultline-packreader-" + std::to_string(::getpid()));
  void SetUp() override { fs::remove_all(m_dir); }
  void TearDown() override { fs::remove_all(m_dir); }
};

TEST_F(PackReaderTest, EveryObjectOfAPackedRepositoryReadsAsLibgit2ReadsIt) {
  make_packed_history(m_dir / "repo");
  auto truth = read_all_with_libgit2(m_dir / "repo");
  ASSERT_GT(truth.size(), 150U);
  GitRepository repository;
  ASSERT_EQ(git_repository_open(repository.out(), (m_dir / "repo").c_str()), 0);
  GitOdb odb;
  ASSERT_EQ(git_repository_odb(odb.out(), repository.get()), 0);
  auto packs = PackSet::of(repository.get());
  ASSERT_TRUE(packs.ok()) << packs.error().message();
  PackReader reader(*packs, odb.get());
  size_t from_packs = 0;
  for (int pass = 0; pass < 2; ++pass) {  // the second pass comes from the reader's cache
    for (const auto& [hex, expected] : truth) {
      git_oid id = oid_of(hex);
      if (pass == 0 && (*packs)->find(id)) ++from_packs;
      auto object = reader.read(id);
      ASSERT_TRUE(object.ok()) << hex << ": " << object.error().message();
      EXPECT_EQ(object->type, expected.first) << hex;
      EXPECT_EQ(object->view(), expected.second) << hex;
    }
  }
  EXPECT_EQ(from_packs, truth.size()) << "git repack -a -d packs every object";
}

TEST_F(PackReaderTest, ACorruptPackGivesErrorsNeverWrongBytes) {
  make_packed_history(m_dir / "repo");
  auto truth = read_all_with_libgit2(m_dir / "repo");
  fs::path pack;
  for (const auto& entry : fs::directory_iterator(m_dir / "repo" / ".git" / "objects" / "pack"))
    if (entry.path().extension() == ".pack") pack = entry.path();
  ASSERT_FALSE(pack.empty());
  {
    // The first entry's header claims an enormous size (it must not be allocated), then bytes
    // are flipped through the middle of the pack (before its checksum).
    std::fstream file(pack, std::ios::in | std::ios::out | std::ios::binary);
    const char huge[] = {'\x9f', '\xff', '\xff', '\xff', '\xff', '\xff', '\xff', '\x7f'};
    file.seekp(12);
    file.write(huge, sizeof huge);
    auto size = static_cast<std::streamoff>(fs::file_size(pack));
    for (std::streamoff at = 64; at < size - 64; at += size / 7) {
      file.seekg(at);
      char byte = 0;
      file.read(&byte, 1);
      byte = static_cast<char>(byte ^ 0x5a);
      file.seekp(at);
      file.write(&byte, 1);
    }
  }
  GitRepository repository;
  ASSERT_EQ(git_repository_open(repository.out(), (m_dir / "repo").c_str()), 0);
  GitOdb odb;
  ASSERT_EQ(git_repository_odb(odb.out(), repository.get()), 0);
  auto packs = PackSet::of(repository.get());
  ASSERT_TRUE(packs.ok());
  PackReader reader(*packs, odb.get());
  size_t errors = 0;
  for (const auto& [hex, expected] : truth) {
    git_oid id = oid_of(hex);
    auto object = reader.read(id);
    if (!object.ok()) {
      ++errors;
      EXPECT_FALSE(object.error().message().empty());
      continue;
    }
    EXPECT_EQ(object->type, expected.first) << hex;
    EXPECT_EQ(object->view(), expected.second) << hex << " read wrong without an error";
  }
  EXPECT_GT(errors, 0U);
}

}  // namespace
}  // namespace faultline::ingest
