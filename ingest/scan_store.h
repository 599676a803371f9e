// ScanStore: the SQL a scan runs, over one Database. A scan step is never stored in part: the
// scanner wraps whole batches — write_blobs (the batch's analysed blobs with their findings) and
// write_commit for each of its commits (a commit, its changes, its snapshot totals) — in a
// transaction (REQUIRES: one is open around those calls; it may hold several batches); write_head (the head
// tree and the snippet texts) and upsert_repo open their own. A scan killed anywhere resumes
// from what is stored and never finds a half-written commit or blob.
//
// Thread-safety: belongs to the scan's writer thread, like its Database.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "analyzer/finding.h"
#include "base/result.h"
#include "ingest/commit_record.h"
#include "ingest/repo_target.h"
#include "ingest/snapshot.h"
#include "store/database.h"

namespace faultline::ingest {

struct AnalysedBlob {
  std::string oid;
  std::optional<std::string> language;
  int64_t bytes = 0;
  int64_t lines = 0;
  std::optional<std::string> skip;              // why it was not analysed
  std::optional<std::string> analyzer_version;  // set when it was analysed
  analyzer::FileAnalysis analysis;
  bool stored = true;  // false: known not to be stored yet (nothing of it to replace)
  // Written only when no row of it is stored yet (a scan without analysis never replaces what
  // an analysing scan stored); write_blobs sets `written` to say whether it was.
  bool insert_only = false;
  bool written = false;
};

struct HeadFile {
  std::string path;
  std::string blob_oid;
};

class ScanStore {
 public:
  explicit ScanStore(store::Database& db) : m_db(&db) {}

  // Inserts or updates the repository row (and its manifest service prefixes); returns its id.
  Result<int64_t> upsert_repo(const RepoTarget& target);
  Result<std::unordered_set<std::string>> stored_commits(int64_t repo_id);
  // The analyzer version each stored blob among `oids` was analysed with ("" when stored
  // unanalysed), in one query; blobs not stored at all are absent.
  Result<std::unordered_map<std::string, std::string>> blob_versions(const std::vector<std::string>& oids);
  Result<BlobTotals> blob_totals(const std::string& oid);
  // The stored snapshot of a commit, nullopt when the commit is not stored.
  Result<std::optional<Snapshot>> snapshot_of(int64_t repo_id, const std::string& oid);

  // Stores each blob with its findings and sets its `written`.
  Status write_blobs(std::vector<AnalysedBlob>& blobs);
  Status write_commit(int64_t repo_id, const CommitRecord& commit, std::optional<int64_t> first_parent_index,
                      const Snapshot& snapshot);
  // Replaces the repository's head tree, stores snippet texts of head blobs that have findings
  // (`texts`: oid → text) and records the head.
  Status write_head(int64_t repo_id, const std::string& head_oid, const std::vector<HeadFile>& files,
                    const std::map<std::string, std::string>& texts);
  // The head recorded by the last write_head ("" before the first).
  Result<std::string> stored_head(int64_t repo_id);
  // Whether a blob of the stored head has findings but no stored text.
  Result<bool> head_texts_missing(int64_t repo_id);
  // Records that the repository was scanned now (its head unchanged).
  Status mark_scanned(int64_t repo_id);
  // Oids among `files` whose text write_head should be given (they have findings, no text yet).
  Result<std::vector<std::string>> blobs_needing_text(const std::vector<HeadFile>& files);
  Status record_error(const std::string& repo_name, const std::string& object, const std::string& message);

  // The non-empty path prefixes that services map to in repository `repo_name`, sorted.
  Result<std::vector<std::string>> scope_prefixes(const std::string& repo_name);
  // The scopes the repository's stored snapshots have.
  Result<std::vector<std::string>> stored_scopes(int64_t repo_id);

  // Blobs of the repository's stored history analysed under another analyzer version, each
  // with one path it appears under (for language detection).
  Result<std::vector<std::pair<std::string, std::string>>> stale_blobs(int64_t repo_id,
                                                                       const std::string& version);

  // A stored commit as the snapshot recomputation needs it: its first parent and its changes.
  struct StoredCommit {
    int64_t id = 0;
    std::string oid;
    std::string first_parent;     // "" for a root
    std::vector<Change> changes;  // path, old_path, old_blob, new_blob, skip
  };
  // Every stored commit of the repository in the order it was stored (parents first).
  Result<std::vector<StoredCommit>> stored_history(int64_t repo_id);
  // Replaces a stored commit's snapshot rows. REQUIRES: a transaction is open.
  Status replace_snapshot(int64_t commit_id, const Snapshot& snapshot);

 private:
  Status insert_snapshot(int64_t commit_id, const Snapshot& snapshot);
  // A prepared statement for `sql`, prepared once and reset before it is handed out.
  Result<store::Statement*> statement(const char* sql);

  store::Database* m_db;
  std::map<const char*, store::Statement> m_statements;
};

}  // namespace faultline::ingest
