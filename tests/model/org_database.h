// OrgDatabase: a real faultline SQLite file that a test fills, row by row, the way the
// scanner and the incident importer would (schema of store/schema.cc).
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "store/database.h"

namespace faultline::testing {

inline std::string temp_path(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("faultline-model-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto path = dir / name;
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + "-wal");
  std::filesystem::remove(path.string() + "-shm");
  return path.string();
}

class OrgDatabase {
 public:
  explicit OrgDatabase(const std::string& name) : m_path(temp_path(name)) {
    auto db = store::Database::open(m_path);
    EXPECT_TRUE(db.ok()) << db.error().message();
    m_db = std::make_unique<store::Database>(std::move(*db));
  }

  store::Database& db() { return *m_db; }
  const std::string& path() const { return m_path; }
  // Closes the connection (so that another process sees a checkpointed file).
  void close() { m_db.reset(); }

  int64_t add_repo(const std::string& name) {
    run("INSERT INTO repos(name, url) VALUES (?1, ?2)",
        [&](store::Statement& s) { s.bind(1, name).bind(2, "/srv/" + name); });
    return m_db->last_insert_rowid();
  }

  // `first_parent_index` < 0: a commit off the first-parent chain (NULL).
  int64_t add_commit(int64_t repo, int64_t first_parent_index, int64_t time, const std::string& author,
                     int added, int deleted) {
    const std::string oid = std::to_string(repo) + "-" + std::to_string(++m_commits);
    run("INSERT INTO commits(repo_id, oid, parents, author_email, author_time, author_offset, "
        "committer_time, "
        "committer_offset, first_parent_index, files_changed, lines_added, lines_deleted) "
        "VALUES (?1, ?2, '', ?3, ?4, 0, ?4, 0, ?5, 1, ?6, ?7)",
        [&](store::Statement& s) {
          s.bind(1, repo).bind(2, oid).bind(3, author).bind(4, time).bind(6, added).bind(7, deleted);
          if (first_parent_index >= 0)
            s.bind(5, first_parent_index);
          else
            s.bind_null(5);
        });
    return m_db->last_insert_rowid();
  }

  void add_change(int64_t commit, const std::string& path, int added, int deleted) {
    run("INSERT INTO changes(commit_id, path, status, lines_added, lines_deleted) VALUES (?1, ?2, 'M', ?3, "
        "?4)",
        [&](store::Statement& s) { s.bind(1, commit).bind(2, path).bind(3, added).bind(4, deleted); });
  }

  void add_snapshot(int64_t commit, const std::string& scope, int code_lines) {
    run("INSERT INTO commit_snapshot(commit_id, scope, files, code_lines, regions) VALUES (?1, ?2, 1, ?3, 1)",
        [&](store::Statement& s) { s.bind(1, commit).bind(2, scope).bind(3, code_lines); });
  }

  void add_concept(int64_t commit, const std::string& scope, const std::string& concept_id, int eligible,
                   int findings, double quality_sum) {
    run("INSERT INTO commit_concepts(commit_id, scope, concept, eligible_regions, findings, quality_sum, "
        "covered_lines) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0)",
        [&](store::Statement& s) {
          s.bind(1, commit)
              .bind(2, scope)
              .bind(3, concept_id)
              .bind(4, eligible)
              .bind(5, findings)
              .bind(6, quality_sum);
        });
  }

  // `ttr_s` < 0: NULL; `resolved_at` < 0: NULL.
  void add_incident(const std::string& service, int64_t created_at, int sev_level, int64_t ttr_s,
                    int64_t resolved_at = -1) {
    run("INSERT INTO incidents(source, source_id, service, sev_level, created_at, resolved_at, ttr_s) "
        "VALUES ('test', ?1, ?2, ?3, ?4, ?5, ?6)",
        [&](store::Statement& s) {
          s.bind(1, std::to_string(++m_incidents)).bind(2, service).bind(3, sev_level).bind(4, created_at);
          if (resolved_at >= 0)
            s.bind(5, resolved_at);
          else
            s.bind_null(5);
          if (ttr_s >= 0)
            s.bind(6, ttr_s);
          else
            s.bind_null(6);
        });
  }

  void map_service(const std::string& service, const std::string& repo, const std::string& prefix) {
    run("INSERT INTO service_repos(service, repo_name, path_prefix, origin) VALUES (?1, ?2, ?3, 'mapping')",
        [&](store::Statement& s) { s.bind(1, service).bind(2, repo).bind(3, prefix); });
  }

  void begin() { ASSERT_TRUE(m_db->exec("BEGIN").ok()); }
  void commit() { ASSERT_TRUE(m_db->exec("COMMIT").ok()); }

 private:
  template <typename Bind>
  void run(const char* sql, Bind bind) {
    auto statement = m_db->prepare(sql);
    ASSERT_TRUE(statement.ok()) << statement.error().message();
    bind(*statement);
    auto done = statement->run();
    ASSERT_TRUE(done.ok()) << done.error().message();
  }

  std::string m_path;
  std::unique_ptr<store::Database> m_db;
  int m_commits = 0;
  int m_incidents = 0;
};

}  // namespace faultline::testing
