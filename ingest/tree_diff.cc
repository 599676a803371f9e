#include "ingest/tree_diff.h"

namespace faultline::ingest {
namespace {

bool is_tree(uint32_t mode) { return mode == GIT_FILEMODE_TREE; }
bool is_link(uint32_t mode) { return mode == GIT_FILEMODE_LINK; }

// libgit2's normalize_filemode: what git_tree_entry_filemode reports for a raw mode.
uint32_t normalise_mode(uint32_t mode) {
  constexpr uint32_t k_type = 0170000;
  if ((mode & k_type) == GIT_FILEMODE_TREE) return GIT_FILEMODE_TREE;
  if ((mode & 0111) != 0) return GIT_FILEMODE_BLOB_EXECUTABLE;
  if ((mode & k_type) == GIT_FILEMODE_COMMIT) return GIT_FILEMODE_COMMIT;
  if ((mode & k_type) == GIT_FILEMODE_LINK) return GIT_FILEMODE_LINK;
  return GIT_FILEMODE_BLOB;
}

}  // namespace

size_t RawTree::common_prefix(const RawTree& other) const {
  const char* a = data();
  const char* b = other.data();
  size_t length = std::min(size(), other.size());
  size_t at = 0;
  while (at + 8 <= length) {  // eight bytes at a time, then the rest
    uint64_t x, y;
    std::memcpy(&x, a + at, 8);
    std::memcpy(&y, b + at, 8);
    if (x != y) break;
    at += 8;
  }
  while (at < length && a[at] == b[at]) ++at;
  return at;
}

size_t RawTree::common_suffix(const RawTree& other) const {
  const char* a = data() + size();
  const char* b = other.data() + other.size();
  size_t length = std::min(size(), other.size());
  size_t at = 0;
  while (at + 8 <= length) {
    uint64_t x, y;
    std::memcpy(&x, a - at - 8, 8);
    std::memcpy(&y, b - at - 8, 8);
    if (x != y) break;
    at += 8;
  }
  while (at < length && a[-1 - static_cast<ptrdiff_t>(at)] == b[-1 - static_cast<ptrdiff_t>(at)]) ++at;
  return at;
}

size_t RawTree::entry_end(size_t offset) const {
  const char* bytes = data();
  size_t end = size();
  size_t at = offset;
  while (at < end && bytes[at] != '\0') ++at;
  return at < end ? at + 1 + GIT_OID_RAWSZ : SIZE_MAX;
}

Result<size_t> RawTree::entry_at(size_t offset, TreeEntry& entry) const {
  const char* data = this->data();
  size_t end = size();
  uint32_t mode = 0;
  size_t at = offset;
  // 1-7 octal digits, a space, a non-empty name, a NUL and the id. Names are short: plain
  // loops beat memchr's set-up here.
  for (; at < end && at - offset < 7 && data[at] >= '0' && data[at] <= '7'; ++at)
    mode = mode * 8 + static_cast<uint32_t>(data[at] - '0');
  if (at == offset || at >= end || data[at] != ' ')
    return Error("tree " + oid_hex(m_id) + " has a malformed mode at byte " + std::to_string(offset));
  size_t name = ++at;
  while (at < end && data[at] != '\0') ++at;
  if (at >= end || at == name || end - at - 1 < GIT_OID_RAWSZ)
    return Error("tree " + oid_hex(m_id) + " has a malformed entry at byte " + std::to_string(offset));
  entry.mode = normalise_mode(mode);
  entry.name = std::string_view(data + name, at - name);
  entry.id = reinterpret_cast<const unsigned char*>(data + at + 1);
  return at + 1 + GIT_OID_RAWSZ;
}

namespace {

git_oid oid_of(const TreeEntry& entry) {
  git_oid id;
  git_oid_fromraw(&id, entry.id);
  return id;
}

bool same_id(const TreeEntry& a, const TreeEntry& b) { return std::memcmp(a.id, b.id, GIT_OID_RAWSZ) == 0; }

// git's tree order: names compare bytewise, a folder's as if it ended in '/'.
int entry_order(const TreeEntry& a, const TreeEntry& b) {
  size_t common = std::min(a.name.size(), b.name.size());
  int order = std::memcmp(a.name.data(), b.name.data(), common);
  if (order != 0) return order;
  auto next = [common](const TreeEntry& entry) -> int {
    if (entry.name.size() > common) return static_cast<unsigned char>(entry.name[common]);
    return is_tree(entry.mode) ? '/' : 0;
  };
  return next(a) - next(b);
}

struct Walk {
  TreeCache& trees;
  PackReader& reader;
  std::vector<RawChange> changes;
  bool added = false;
  bool deleted = false;
  bool declined = false;
};

Status list_all(Walk& walk, const RawTree& tree, const std::string& prefix, bool added);

// An entry present on one side only: a file as added or deleted, a folder as all its files.
Status one_sided(Walk& walk, const TreeEntry& entry, const std::string& prefix, bool added) {
  std::string path = prefix;
  path += entry.name;
  if (is_tree(entry.mode)) {
    auto sub = walk.trees.get(walk.reader, oid_of(entry), path);
    if (!sub.ok()) return sub.error();
    return list_all(walk, **sub, path + "/", added);
  }
  if (added)
    walk.changes.push_back({std::move(path), 'A', {}, oid_of(entry), 0, entry.mode});
  else
    walk.changes.push_back({std::move(path), 'D', oid_of(entry), {}, entry.mode, 0});
  (added ? walk.added : walk.deleted) = true;
  return {};
}

// Every file under `tree` as added or deleted.
Status list_all(Walk& walk, const RawTree& tree, const std::string& prefix, bool added) {
  TreeEntry entry;
  for (size_t at = 0, end = tree.size(); at < end;) {
    auto next = tree.entry_at(at, entry);
    if (!next.ok()) return next.error();
    at = *next;
    FL_TRY(one_sided(walk, entry, prefix, added));
  }
  return {};
}

Status diff_level(Walk& walk, const RawTree* old_tree, const RawTree& new_tree, const std::string& prefix) {
  size_t old_end = old_tree ? old_tree->size() : 0;
  size_t new_end = new_tree.size();
  size_t i = 0, j = 0;
  // Entries that lie wholly within the trees' common leading bytes are the same in both:
  // skipped without parsing or comparing them. So are the entries after the point where both
  // walks have the same bytes left (within the common trailing bytes).
  size_t same_tail = 0;
  if (old_tree != nullptr) {
    size_t same = old_tree->common_prefix(new_tree);
    for (size_t next; (next = old_tree->entry_end(i)) <= same; i = next) {
    }
    j = i;
    same_tail = old_tree->common_suffix(new_tree);
  }
  TreeEntry a, b;
  bool have_a = false, have_b = false;
  while (!walk.declined) {
    if (!have_a && !have_b && old_end - i == new_end - j && old_end - i <= same_tail) break;
    if (!have_a && i < old_end) {
      auto next = old_tree->entry_at(i, a);
      if (!next.ok()) return next.error();
      i = *next;
      have_a = true;
    }
    if (!have_b && j < new_end) {
      auto next = new_tree.entry_at(j, b);
      if (!next.ok()) return next.error();
      j = *next;
      have_b = true;
    }
    if (!have_a && !have_b) break;
    int order = !have_a ? 1 : !have_b ? -1 : entry_order(a, b);
    // A file turned into a folder (or back) orders as a delete plus an add: declined.
    if (order != 0) {
      bool added = order > 0;
      (added ? have_b : have_a) = false;
      FL_TRY(one_sided(walk, added ? b : a, prefix, added));
    } else {
      have_a = have_b = false;
      if (same_id(a, b) && a.mode == b.mode) continue;
      std::string path = prefix;
      path += a.name;
      if (is_tree(a.mode) && is_tree(b.mode)) {
        auto old_sub = walk.trees.get(walk.reader, oid_of(a), path);
        if (!old_sub.ok()) return old_sub.error();
        auto new_sub = walk.trees.get(walk.reader, oid_of(b), path);
        if (!new_sub.ok()) return new_sub.error();
        FL_TRY(diff_level(walk, old_sub->get(), **new_sub, path + "/"));
        walk.trees.drop(oid_of(a));
      } else if (is_tree(a.mode) || is_tree(b.mode)) {
        walk.declined = true;
      } else {
        bool type_changed = is_link(a.mode) != is_link(b.mode) ||
                            (a.mode == GIT_FILEMODE_COMMIT) != (b.mode == GIT_FILEMODE_COMMIT);
        walk.changes.push_back(
            {std::move(path), type_changed ? 'T' : 'M', oid_of(a), oid_of(b), a.mode, b.mode});
      }
    }
    if (walk.added && walk.deleted) walk.declined = true;
  }
  return {};
}

}  // namespace

std::shared_ptr<const RawTree> TreeCache::find(const git_oid& id) {
  auto found = m_current.find(id);
  if (found != m_current.end()) return found->second;
  auto kept = m_previous.find(id);
  if (kept == m_previous.end()) return nullptr;
  std::shared_ptr<const RawTree> tree = kept->second;
  keep(id, tree);  // still in use: into the newer generation
  return tree;
}

void TreeCache::drop(const git_oid& id) {
  std::lock_guard lock(m_mutex);
  auto found = m_current.find(id);
  if (found != m_current.end()) {
    m_current_bytes -= std::min(m_current_bytes, found->second->size());
    m_current.erase(found);
  }
  m_previous.erase(id);
}

void TreeCache::keep(const git_oid& id, std::shared_ptr<const RawTree> tree) {
  if (m_current_bytes >= k_bytes_per_generation) {
    m_previous = std::move(m_current);
    m_current.clear();
    m_current_bytes = 0;
  }
  m_current_bytes += tree->size();
  m_current.insert_or_assign(id, std::move(tree));
}

Result<std::shared_ptr<const RawTree>> TreeCache::get(PackReader& reader, const git_oid& id,
                                                      std::string_view path) {
  {
    std::lock_guard lock(m_mutex);
    if (auto tree = find(id)) return tree;
  }
  auto what = [&] { return "tree " + oid_hex(id) + (path.empty() ? "" : " (" + std::string(path) + ")"); };
  auto object = reader.read(id);
  if (!object.ok()) return object.error().within(what());
  if (object->type != GIT_OBJECT_TREE) return Error(what() + " is not a tree");
  auto tree = std::make_shared<const RawTree>(id, std::move(*object));
  std::lock_guard lock(m_mutex);
  keep(id, tree);
  return std::shared_ptr<const RawTree>(std::move(tree));
}

Result<std::optional<std::vector<RawChange>>> quick_tree_diff(TreeCache& trees, PackReader& reader,
                                                              const git_oid* old_tree,
                                                              const git_oid& new_tree) {
  Walk walk{trees, reader, {}, false, false, false};
  std::shared_ptr<const RawTree> before;
  if (old_tree != nullptr) {
    auto found = trees.get(reader, *old_tree, "");
    if (!found.ok()) return found.error();
    before = std::move(*found);
  }
  auto after = trees.get(reader, new_tree, "");
  if (!after.ok()) return after.error();
  FL_TRY(diff_level(walk, before.get(), **after, ""));
  if (old_tree != nullptr && !git_oid_equal(old_tree, &new_tree)) trees.drop(*old_tree);
  if (walk.declined || (walk.added && walk.deleted)) return std::optional<std::vector<RawChange>>();
  return std::optional<std::vector<RawChange>>(std::move(walk.changes));
}

}  // namespace faultline::ingest
