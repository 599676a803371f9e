#include "ingest/history_walk.h"

#include <string_view>

namespace faultline::ingest {
namespace {

// The tree and parents from a commit's header: "tree <hex>\n" then "parent <hex>\n" lines.
Status parse_header(std::string_view text, WalkedCommit& commit) {
  auto field = [&](std::string_view name, git_oid& out) {
    constexpr size_t k_hex = GIT_OID_HEXSZ;
    if (text.size() < name.size() + k_hex + 1 || text.substr(0, name.size()) != name ||
        text[name.size() + k_hex] != '\n' || git_oid_fromstrn(&out, text.data() + name.size(), k_hex) != 0)
      return false;
    text.remove_prefix(name.size() + k_hex + 1);
    return true;
  };
  if (!field("tree ", commit.tree)) return Error("malformed commit header: no tree line first");
  git_oid parent;
  while (field("parent ", parent)) commit.parents.push_back(parent);
  return {};
}

Result<WalkedCommit> read_header(PackReader& reader, const git_oid& oid, size_t& kept_bytes) {
  auto object = reader.read(oid);
  if (!object.ok()) return object.error().within("commit " + oid_hex(oid));
  if (object->type != GIT_OBJECT_COMMIT)
    return Error("commit " + oid_hex(oid) + " is a " + git_object_type2string(object->type));
  WalkedCommit commit;
  std::string_view text = object->view();
  Status parsed = parse_header(text, commit);
  if (!parsed.ok()) return parsed.error().within("commit " + oid_hex(oid));
  if (kept_bytes + text.size() <= k_kept_commit_bytes) {
    kept_bytes += text.size();
    commit.raw = std::move(*object);
  }
  return commit;
}

}  // namespace

Result<History> walk_history(PackReader& reader, const std::vector<git_oid>& tips) {
  History history;
  // An explicit stack of (commit, next parent to visit): histories are deeper than a thread's stack.
  struct Frame {
    git_oid oid;
    size_t next_parent = 0;
  };
  std::vector<Frame> stack;
  size_t kept_bytes = 0;
  auto visit = [&](const git_oid& oid) -> Status {
    if (history.commits.count(oid)) return {};  // emitted, or on the stack (a DAG: not its own parent)
    auto commit = read_header(reader, oid, kept_bytes);
    if (!commit.ok()) return commit.error();
    history.commits.emplace(oid, std::move(*commit));
    stack.push_back({oid, 0});
    return {};
  };
  for (const git_oid& tip : tips) {
    FL_TRY(visit(tip));
    while (!stack.empty()) {
      Frame& top = stack.back();
      const WalkedCommit& commit = history.commits.at(top.oid);
      if (top.next_parent < commit.parents.size()) {
        git_oid parent = commit.parents[top.next_parent++];
        FL_TRY(visit(parent));  // may grow the stack: `top` is not used after this
        continue;
      }
      history.order.push_back(top.oid);
      stack.pop_back();
    }
  }
  // The default tip's first-parent chain, numbered from its root.
  std::vector<WalkedCommit*> chain;
  for (auto found = history.commits.find(tips.front()); found != history.commits.end();) {
    chain.push_back(&found->second);
    if (found->second.parents.empty()) break;
    found = history.commits.find(found->second.parents.front());
  }
  for (size_t i = 0; i < chain.size(); ++i)
    chain[chain.size() - 1 - i]->first_parent_index = static_cast<int64_t>(i);
  return history;
}

}  // namespace faultline::ingest
