#include "ingest/commit_record.h"

#include <algorithm>

#include "ingest/git_handles.h"
#include "ingest/line_diff.h"
#include "ingest/skip_rules.h"
#include "ingest/tree_diff.h"

namespace faultline::ingest {
namespace {

bool is_regular(uint16_t mode) { return mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE; }

char status_letter(git_delta_t status) {
  switch (status) {
    case GIT_DELTA_ADDED:
      return 'A';
    case GIT_DELTA_DELETED:
      return 'D';
    case GIT_DELTA_RENAMED:
      return 'R';
    case GIT_DELTA_COPIED:
      return 'C';
    case GIT_DELTA_TYPECHANGE:
      return 'T';
    default:
      return 'M';
  }
}

std::string first_line(const char* message) {
  if (message == nullptr) return "";
  std::string text(message);
  auto end = text.find('\n');
  return end == std::string::npos ? text : text.substr(0, end);
}

// Reads the change's blobs once: the new one's facts, then the lines added and deleted
// (0/0 when either side is binary or over the limit).
Status measure_change(git_repository* repository, Change& change, uint64_t max_bytes) {
  GitBlob old_blob, new_blob;
  auto diffable = [&](const GitBlob& blob) {
    return !blob || (git_blob_rawsize(blob.get()) <= max_bytes && !git_blob_is_binary(blob.get()));
  };
  if (change.new_is_file && !change.new_blob.empty()) {
    auto found = lookup_blob(repository, change.new_blob, change.path);
    if (!found.ok()) return found.error();
    new_blob = std::move(*found);
    change.new_facts = blob_facts(blob_text(new_blob), max_bytes);
  }
  if (change.old_is_file && !change.old_blob.empty()) {
    auto found = lookup_blob(repository, change.old_blob, change.path);
    if (!found.ok()) return found.error();
    old_blob = std::move(*found);
  }
  if ((!old_blob && !new_blob) || !diffable(old_blob) || !diffable(new_blob)) return {};
  LineCounts counts = count_line_changes(old_blob ? blob_text(old_blob) : std::string_view(),
                                         new_blob ? blob_text(new_blob) : std::string_view());
  change.lines_added = counts.added;
  change.lines_deleted = counts.deleted;
  return {};
}

}  // namespace

Result<CommitRecord> read_commit(git_repository* repository, const git_oid& oid, const ReadOptions& options) {
  CommitRecord record;
  record.oid = oid_hex(oid);
  GitCommit commit;
  if (git_commit_lookup(commit.out(), repository, &oid) != 0) return libgit2_error("commit " + record.oid);
  const git_signature* author = git_commit_author(commit.get());
  const git_signature* committer = git_commit_committer(commit.get());
  record.author_name = author && author->name ? author->name : "";
  record.author_email = author && author->email ? author->email : "";
  record.author_time = author ? author->when.time : 0;
  record.author_offset = author ? author->when.offset : 0;
  record.committer_time = committer ? committer->when.time : 0;
  record.committer_offset = committer ? committer->when.offset : 0;
  record.subject = first_line(git_commit_message(commit.get()));
  unsigned parent_count = git_commit_parentcount(commit.get());
  for (unsigned i = 0; i < parent_count; ++i)
    record.parents.push_back(oid_hex(*git_commit_parent_id(commit.get(), i)));

  GitTree tree, parent_tree;
  if (git_commit_tree(tree.out(), commit.get()) != 0) return libgit2_error("tree of commit " + record.oid);
  if (parent_count > 0) {
    GitCommit parent;
    if (git_commit_parent(parent.out(), commit.get(), 0) != 0 ||
        git_commit_tree(parent_tree.out(), parent.get()) != 0)
      return libgit2_error("first parent of commit " + record.oid);
  }
  auto changes = diff_trees(repository, parent_tree.get(), tree.get(), options, "commit " + record.oid);
  if (!changes.ok()) return changes.error();
  record.changes = std::move(*changes);
  return record;
}

namespace {

// Fills what every change needs beyond the raw diff: whether each side is a regular file,
// why the path is skipped, and the lines added and deleted.
Status finish_change(git_repository* repository, Change& change, uint32_t old_mode, uint32_t new_mode,
                     const ReadOptions& options) {
  change.old_is_file = change.status != 'A' && is_regular(static_cast<uint16_t>(old_mode));
  change.new_is_file = change.status != 'D' && is_regular(static_cast<uint16_t>(new_mode));
  uint32_t mode = change.status == 'D' ? old_mode : new_mode;
  if (mode == GIT_FILEMODE_LINK)
    change.skip = "symlink";
  else if (mode == GIT_FILEMODE_COMMIT)
    change.skip = "submodule";
  else
    change.skip = skip_for_path(change.path);
  if (!change.skip) FL_TRY(measure_change(repository, change, options.max_blob_bytes));
  return {};
}

}  // namespace

Result<std::vector<Change>> diff_trees(git_repository* repository, git_tree* old_tree, git_tree* new_tree,
                                       const ReadOptions& options, const std::string& what) {
  std::vector<Change> changes;
  // The fast path for commits that cannot hold a rename.
  auto quick = quick_tree_diff(repository, old_tree, new_tree);
  if (!quick.ok()) return quick.error().within(what);
  if (*quick) {
    changes.reserve((*quick)->size());
    for (const RawChange& raw : **quick) {
      Change change;
      change.path = raw.path;
      change.status = raw.status;
      if (raw.status != 'A') change.old_blob = oid_hex(raw.old_oid);
      if (raw.status != 'D') change.new_blob = oid_hex(raw.new_oid);
      FL_TRY(finish_change(repository, change, raw.old_mode, raw.new_mode, options));
      changes.push_back(std::move(change));
    }
    std::sort(changes.begin(), changes.end(),
              [](const Change& a, const Change& b) { return a.path < b.path; });
    return changes;
  }
  GitDiff diff;
  git_diff_options diff_options = GIT_DIFF_OPTIONS_INIT;
  diff_options.flags |= GIT_DIFF_INCLUDE_TYPECHANGE;  // one delta per path, even for a type change
  if (git_diff_tree_to_tree(diff.out(), repository, old_tree, new_tree, &diff_options) != 0)
    return libgit2_error("diff of " + what);
  if (options.detect_renames) {
    git_diff_find_options find_options = GIT_DIFF_FIND_OPTIONS_INIT;
    find_options.flags = GIT_DIFF_FIND_RENAMES;
    if (git_diff_find_similar(diff.get(), &find_options) != 0)
      return libgit2_error("rename detection in " + what);
  }
  size_t deltas = git_diff_num_deltas(diff.get());
  changes.reserve(deltas);
  for (size_t i = 0; i < deltas; ++i) {
    const git_diff_delta* delta = git_diff_get_delta(diff.get(), i);
    Change change;
    change.status = status_letter(delta->status);
    change.path = delta->status == GIT_DELTA_DELETED ? delta->old_file.path : delta->new_file.path;
    if (delta->status == GIT_DELTA_RENAMED || delta->status == GIT_DELTA_COPIED)
      change.old_path = delta->old_file.path;
    if (delta->status != GIT_DELTA_ADDED) change.old_blob = oid_hex(delta->old_file.id);
    if (delta->status != GIT_DELTA_DELETED) change.new_blob = oid_hex(delta->new_file.id);
    FL_TRY(finish_change(repository, change, delta->old_file.mode, delta->new_file.mode, options));
    changes.push_back(std::move(change));
  }
  std::sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) { return a.path < b.path; });
  return changes;
}

}  // namespace faultline::ingest
