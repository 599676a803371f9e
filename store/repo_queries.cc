#include "store/repo_queries.h"

namespace faultline::store {
namespace {

constexpr const char* k_repo_columns =
    "SELECT id, name, url, coalesce(web_template, ''), coalesce(head_oid, '') FROM repos ";

Result<std::optional<StoredRepo>> first_repo(Statement& statement) {
  auto row = statement.step();
  if (!row.ok()) return row.error();
  if (!*row) return std::optional<StoredRepo>();
  return std::optional<StoredRepo>(StoredRepo{statement.int64(0), statement.text(1), statement.text(2),
                                              statement.text(3), statement.text(4)});
}

}  // namespace

Result<std::optional<StoredRepo>> find_repo_by_name(Database& db, const std::string& name) {
  auto statement = db.prepare(std::string(k_repo_columns) + "WHERE name = ?1");
  if (!statement.ok()) return statement.error();
  statement->bind(1, name);
  return first_repo(*statement);
}

Result<std::optional<StoredRepo>> find_repo_by_commit(Database& db, const std::string& oid) {
  auto statement =
      db.prepare(std::string(k_repo_columns) +
                 "WHERE id IN (SELECT repo_id FROM commits WHERE oid = ?1) ORDER BY name LIMIT 1");
  if (!statement.ok()) return statement.error();
  statement->bind(1, oid);
  return first_repo(*statement);
}

Result<std::optional<int64_t>> find_commit_id(Database& db, int64_t repo_id, const std::string& oid) {
  auto statement = db.prepare("SELECT id FROM commits WHERE repo_id = ?1 AND oid = ?2");
  if (!statement.ok()) return statement.error();
  statement->bind(1, repo_id).bind(2, oid);
  auto row = statement->step();
  if (!row.ok()) return row.error();
  if (!*row) return std::optional<int64_t>();
  return std::optional<int64_t>(statement->int64(0));
}

Result<int64_t> count_author_commits_touching(Database& db, int64_t repo_id, const std::string& author_email,
                                              const std::vector<std::string>& paths) {
  if (paths.empty()) return int64_t{0};
  std::string placeholders;
  for (size_t i = 0; i < paths.size(); ++i) placeholders += (i ? ", ?" : "?") + std::to_string(i + 3);
  auto statement = db.prepare(
      "SELECT count(DISTINCT c.id) FROM commits c JOIN changes ch ON ch.commit_id = c.id "
      "WHERE c.repo_id = ?1 AND c.author_email = ?2 AND ch.path IN (" +
      placeholders + ")");
  if (!statement.ok()) return statement.error();
  statement->bind(1, repo_id).bind(2, author_email);
  for (size_t i = 0; i < paths.size(); ++i) statement->bind(static_cast<int>(i + 3), paths[i]);
  auto row = statement->step();
  if (!row.ok()) return row.error();
  return *row ? statement->int64(0) : int64_t{0};
}

}  // namespace faultline::store
