#include "ingest/commit_record.h"

#include <algorithm>

#include "ingest/line_diff.h"
#include "ingest/skip_rules.h"

namespace faultline::ingest {
namespace {

// Line hashes kept per generation (8 bytes each): two generations hold at most 32 MiB.
constexpr size_t k_lines_per_generation = size_t{2} << 20;

bool is_regular(uint32_t mode) { return mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE; }

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

// The fields a record takes from a commit's bytes: headers ("parent", "author", "committer";
// others, and continuation lines, skipped), a blank line, the message. Signatures are parsed
// by libgit2, as for git_commit_author.
Status parse_commit(std::string_view text, CommitRecord& record, git_oid& tree) {
  bool have_tree = false;
  auto signature = [&](std::string_view line, int64_t& time, int& offset, std::string* name,
                       std::string* email) -> Status {
    git_signature* parsed = nullptr;
    if (git_signature_from_buffer(&parsed, std::string(line).c_str()) != 0) return libgit2_error("signature");
    time = parsed->when.time;
    offset = parsed->when.offset;
    if (name != nullptr) *name = parsed->name ? parsed->name : "";
    if (email != nullptr) *email = parsed->email ? parsed->email : "";
    git_signature_free(parsed);
    return {};
  };
  while (!text.empty() && text.front() != '\n') {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    auto field = [&](std::string_view name) {
      if (line.substr(0, name.size()) != name) return false;
      line.remove_prefix(name.size());
      return true;
    };
    if (field("tree ")) {
      have_tree = git_oid_fromstrn(&tree, line.data(), line.size()) == 0 && line.size() == GIT_OID_HEXSZ;
    } else if (field("parent ")) {
      record.parents.emplace_back(line);
    } else if (field("author ")) {
      FL_TRY(signature(line, record.author_time, record.author_offset, &record.author_name,
                       &record.author_email));
    } else if (field("committer ")) {
      FL_TRY(signature(line, record.committer_time, record.committer_offset, nullptr, nullptr));
    }
  }
  if (!have_tree) return Error("no tree line");
  // The message follows the blank line; like git_commit_message, without leading newlines.
  size_t start = text.find_first_not_of('\n');
  if (start == std::string_view::npos) return {};
  std::string_view message = text.substr(start);
  record.subject = std::string(message.substr(0, message.find('\n')));
  return {};
}

}  // namespace

std::shared_ptr<const BlobLines> LineCache::take(const git_oid& oid) {
  std::lock_guard lock(m_mutex);
  for (Map* map : {&m_current, &m_older}) {
    auto found = map->find(oid);
    if (found == map->end()) continue;
    std::shared_ptr<const BlobLines> lines = std::move(found->second);
    if (map == &m_current) m_held -= std::min(m_held, lines->hashes.size());
    map->erase(found);
    return lines;
  }
  return nullptr;
}

void LineCache::insert(const git_oid& oid, std::shared_ptr<const BlobLines> lines) {
  std::lock_guard lock(m_mutex);
  if (m_held + lines->hashes.size() > k_lines_per_generation) {
    m_older = std::move(m_current);
    m_current.clear();
    m_held = 0;
  }
  m_held += lines->hashes.size();
  m_current.insert_or_assign(oid, std::move(lines));
}

Result<CommitReader> CommitReader::open(git_repository* repository, ReadOptions options,
                                        std::shared_ptr<ReadCache> cache) {
  GitOdb odb;
  if (git_repository_odb(odb.out(), repository) != 0) return libgit2_error("object database");
  if (!cache) cache = std::make_shared<ReadCache>();
  if (!cache->packs) {
    auto packs = PackSet::of(repository);
    if (!packs.ok()) return packs.error();
    cache->packs = std::move(*packs);
  }
  return CommitReader(repository, std::move(odb), options, std::move(cache));
}

CommitReader::CommitReader(git_repository* repository, GitOdb odb, ReadOptions options,
                           std::shared_ptr<ReadCache> cache)
    : m_repository(repository),
      m_odb(std::move(odb)),
      m_options(options),
      m_cache(std::move(cache)),
      m_reader(m_cache->packs, m_odb.get()) {}

Result<CommitRecord> CommitReader::read(const git_oid& oid, const git_oid* parent_tree,
                                        std::string_view raw) {
  CommitRecord record;
  record.oid = oid_hex(oid);
  RawObject object;
  if (raw.empty()) {
    auto read = m_reader.read(oid);
    if (!read.ok()) return read.error().within("commit " + record.oid);
    if (read->type != GIT_OBJECT_COMMIT) return Error("commit " + record.oid + " is not a commit");
    object = std::move(*read);
    raw = object.view();
  }
  git_oid tree;
  Status parsed = parse_commit(raw, record, tree);
  if (!parsed.ok()) return parsed.error().within("commit " + record.oid);
  if (record.parents.empty()) parent_tree = nullptr;
  auto changes = diff(parent_tree, tree, "commit " + record.oid);
  if (!changes.ok()) return changes.error();
  record.changes = std::move(*changes);
  return record;
}

Result<std::vector<Change>> CommitReader::diff(const git_oid* old_tree, const git_oid& new_tree,
                                               const std::string& what) {
  std::vector<Change> changes;
  // The fast path for commits that cannot hold a rename.
  auto quick = quick_tree_diff(m_cache->trees, m_reader, old_tree, new_tree);
  if (!quick.ok()) return quick.error().within(what);
  if (*quick) {
    changes.reserve((*quick)->size());
    for (RawChange& raw : **quick) {
      Change change;
      change.path = std::move(raw.path);
      change.status = raw.status;
      if (raw.status != 'A') change.old_blob = raw.old_oid;
      if (raw.status != 'D') change.new_blob = raw.new_oid;
      FL_TRY(finish_change(change, raw.old_mode, raw.new_mode));
      changes.push_back(std::move(change));
    }
  } else {
    GitTree before, after;
    if ((old_tree != nullptr && git_tree_lookup(before.out(), m_repository, old_tree) != 0) ||
        git_tree_lookup(after.out(), m_repository, &new_tree) != 0)
      return libgit2_error("trees of " + what);
    GitDiff found;
    git_diff_options diff_options = GIT_DIFF_OPTIONS_INIT;
    diff_options.flags |= GIT_DIFF_INCLUDE_TYPECHANGE;  // one delta per path, even for a type change
    if (git_diff_tree_to_tree(found.out(), m_repository, before.get(), after.get(), &diff_options) != 0)
      return libgit2_error("diff of " + what);
    if (m_options.detect_renames) {
      git_diff_find_options find_options = GIT_DIFF_FIND_OPTIONS_INIT;
      find_options.flags = GIT_DIFF_FIND_RENAMES;
      if (git_diff_find_similar(found.get(), &find_options) != 0)
        return libgit2_error("rename detection in " + what);
    }
    size_t deltas = git_diff_num_deltas(found.get());
    changes.reserve(deltas);
    for (size_t i = 0; i < deltas; ++i) {
      const git_diff_delta* delta = git_diff_get_delta(found.get(), i);
      Change change;
      change.status = status_letter(delta->status);
      change.path = delta->status == GIT_DELTA_DELETED ? delta->old_file.path : delta->new_file.path;
      if (delta->status == GIT_DELTA_RENAMED || delta->status == GIT_DELTA_COPIED)
        change.old_path = delta->old_file.path;
      if (delta->status != GIT_DELTA_ADDED) change.old_blob = delta->old_file.id;
      if (delta->status != GIT_DELTA_DELETED) change.new_blob = delta->new_file.id;
      FL_TRY(finish_change(change, delta->old_file.mode, delta->new_file.mode));
      changes.push_back(std::move(change));
    }
  }
  std::sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) { return a.path < b.path; });
  return changes;
}

// Fills what every change needs beyond the raw diff: whether each side is a regular file,
// why the path is skipped, and the lines added and deleted.
Status CommitReader::finish_change(Change& change, uint32_t old_mode, uint32_t new_mode) {
  change.old_is_file = change.status != 'A' && is_regular(old_mode);
  change.new_is_file = change.status != 'D' && is_regular(new_mode);
  uint32_t mode = change.status == 'D' ? old_mode : new_mode;
  if (mode == GIT_FILEMODE_LINK)
    change.skip = "symlink";
  else if (mode == GIT_FILEMODE_COMMIT)
    change.skip = "submodule";
  else
    change.skip = skip_for_path(change.path);
  if (!change.skip) FL_TRY(measure_change(change));
  return {};
}

Result<RawObject> CommitReader::read_blob(const git_oid& oid, const std::string& path) {
  auto what = [&] { return "blob " + oid_hex(oid) + " (" + path + ")"; };
  auto object = m_reader.read(oid);
  if (!object.ok()) return object.error().within(what());
  if (object->type != GIT_OBJECT_BLOB) return Error(what() + " is not a blob");
  return object;
}

std::shared_ptr<const BlobLines> CommitReader::lines_of(std::string_view text) const {
  auto lines = std::make_shared<BlobLines>();
  lines->diffable =
      text.size() <= m_options.max_blob_bytes && !git_blob_data_is_binary(text.data(), text.size());
  if (lines->diffable) lines->hashes = line_hashes(text);
  return lines;
}

// The new blob is read once: its facts, its lines (remembered for the file's next change);
// the old blob's lines are usually remembered from when it was new. The counts are 0/0 when
// either side is binary or over the limit.
Status CommitReader::measure_change(Change& change) {
  std::shared_ptr<const BlobLines> new_lines, old_lines;
  if (change.new_is_file && has_blob(change.new_blob)) {
    auto blob = read_blob(change.new_blob, change.path);
    if (!blob.ok()) return blob.error();
    std::string_view text = blob->view();
    new_lines = lines_of(text);
    std::optional<int64_t> line_count;
    if (new_lines->diffable) line_count = static_cast<int64_t>(new_lines->hashes.size());
    change.new_facts = blob_facts(text, m_options.max_blob_bytes, line_count);
    if (m_options.keep_texts) change.new_text = blob->bytes;
  }
  if (change.old_is_file && has_blob(change.old_blob)) {
    old_lines = m_cache->lines.take(change.old_blob);
    if (!old_lines) {
      auto blob = read_blob(change.old_blob, change.path);
      if (!blob.ok()) return blob.error();
      old_lines = lines_of(blob->view());
    }
  }
  if ((old_lines || new_lines) && (!old_lines || old_lines->diffable) &&
      (!new_lines || new_lines->diffable)) {
    static const std::vector<uint64_t> k_none;
    LineCounts counts =
        count_line_changes(old_lines ? old_lines->hashes : k_none, new_lines ? new_lines->hashes : k_none);
    change.lines_added = counts.added;
    change.lines_deleted = counts.deleted;
  }
  if (new_lines) m_cache->lines.insert(change.new_blob, std::move(new_lines));
  return {};
}

Result<std::vector<Change>> diff_trees(git_repository* repository, git_tree* old_tree, git_tree* new_tree,
                                       const ReadOptions& options, const std::string& what) {
  auto reader = CommitReader::open(repository, options);
  if (!reader.ok()) return reader.error();
  return reader->diff(old_tree ? git_tree_id(old_tree) : nullptr, *git_tree_id(new_tree), what);
}

}  // namespace faultline::ingest
