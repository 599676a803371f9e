// Version 1 of the schema. Content-addressed where possible so that history costs what changed:
//
//   repos            one row per scanned repository (name unique across the organisation)
//   commits          every commit walked, with its first-parent position and churn
//   changes          each commit's diff against its first parent (path-level)
//   blobs            each distinct blob, analysed once per analyzer version
//   findings         regions of a blob scored for a concept (natural key: blob, concept, ordinal)
//   blob_concepts    per blob and concept, the sums the per-commit snapshots add and subtract
//   commit_snapshot  per commit and scope ('' = whole repository, else a monorepo path prefix):
//                    analysed files, code lines and regions in the tree at that commit
//   commit_concepts  per commit, scope and concept: findings, quality sum, covered lines,
//                    eligible regions (regions in files whose language the concept covers)
//   repo_files       the tree at each repository's scanned head (what examples are drawn from)
//   blob_text        the text of head blobs that have findings (snippets without git)
//   head_findings    the present findings whose blob is in some head tree, keyed in rank order
//                    (concept, quality, blob, ordinal): the viewer pages examples from it at
//                    any depth without reading history. Kept by triggers on repo_files and
//                    findings, so every writer (scan, tests, benchmarks) keeps it exact.
//   incidents        the canonical incident of FORMATS.md, unique on (source, source_id)
//   services, service_repos   the service → repository mapping (and monorepo prefixes)
//   models           fitted models as JSON
//   scan_errors      problems met while scanning, named by repository and object
#include "store/schema.h"

namespace faultline::store {

const std::vector<std::string>& migrations() {
  static const std::vector<std::string> k_migrations = {
      R"sql(
CREATE TABLE repos (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  url TEXT NOT NULL,
  organisation TEXT,
  branch TEXT,
  web_template TEXT,
  head_oid TEXT,
  scanned_at INTEGER
);
CREATE TABLE commits (
  id INTEGER PRIMARY KEY,
  repo_id INTEGER NOT NULL REFERENCES repos(id),
  oid TEXT NOT NULL,
  parents TEXT NOT NULL,
  author_name TEXT,
  author_email TEXT,
  author_time INTEGER NOT NULL,
  author_offset INTEGER NOT NULL,
  committer_time INTEGER NOT NULL,
  committer_offset INTEGER NOT NULL,
  subject TEXT,
  first_parent_index INTEGER,
  files_changed INTEGER NOT NULL,
  lines_added INTEGER NOT NULL,
  lines_deleted INTEGER NOT NULL,
  UNIQUE (repo_id, oid)
);
CREATE INDEX commits_by_time ON commits(repo_id, committer_time);
CREATE TABLE changes (
  commit_id INTEGER NOT NULL REFERENCES commits(id),
  path TEXT NOT NULL,
  old_path TEXT,
  status TEXT NOT NULL,
  old_blob TEXT,
  new_blob TEXT,
  lines_added INTEGER NOT NULL,
  lines_deleted INTEGER NOT NULL,
  skip TEXT,
  PRIMARY KEY (commit_id, path)
) WITHOUT ROWID;
CREATE INDEX changes_by_new_blob ON changes(new_blob);
CREATE TABLE blobs (
  oid TEXT PRIMARY KEY,
  language TEXT,
  bytes INTEGER NOT NULL,
  lines INTEGER NOT NULL,
  regions INTEGER NOT NULL DEFAULT 0,
  skip TEXT,
  analyzer_version TEXT
) WITHOUT ROWID;
CREATE TABLE findings (
  blob_oid TEXT NOT NULL,
  concept TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  language TEXT NOT NULL,
  region_kind TEXT NOT NULL,
  region_name TEXT NOT NULL,
  start_line INTEGER NOT NULL,
  end_line INTEGER NOT NULL,
  start_byte INTEGER NOT NULL,
  end_byte INTEGER NOT NULL,
  presence INTEGER NOT NULL,
  quality REAL NOT NULL,
  signals TEXT NOT NULL,
  PRIMARY KEY (blob_oid, concept, ordinal)
) WITHOUT ROWID;
CREATE INDEX findings_by_concept ON findings(concept, quality);
CREATE TABLE blob_concepts (
  blob_oid TEXT NOT NULL,
  concept TEXT NOT NULL,
  eligible_regions INTEGER NOT NULL,
  findings INTEGER NOT NULL,
  quality_sum REAL NOT NULL,
  covered_lines INTEGER NOT NULL,
  PRIMARY KEY (blob_oid, concept)
) WITHOUT ROWID;
CREATE TABLE commit_snapshot (
  commit_id INTEGER NOT NULL REFERENCES commits(id),
  scope TEXT NOT NULL,
  files INTEGER NOT NULL,
  code_lines INTEGER NOT NULL,
  regions INTEGER NOT NULL,
  PRIMARY KEY (commit_id, scope)
) WITHOUT ROWID;
CREATE TABLE commit_concepts (
  commit_id INTEGER NOT NULL REFERENCES commits(id),
  scope TEXT NOT NULL,
  concept TEXT NOT NULL,
  eligible_regions INTEGER NOT NULL,
  findings INTEGER NOT NULL,
  quality_sum REAL NOT NULL,
  covered_lines INTEGER NOT NULL,
  PRIMARY KEY (commit_id, scope, concept)
) WITHOUT ROWID;
CREATE TABLE repo_files (
  repo_id INTEGER NOT NULL REFERENCES repos(id),
  path TEXT NOT NULL,
  blob_oid TEXT NOT NULL,
  PRIMARY KEY (repo_id, path)
) WITHOUT ROWID;
CREATE INDEX repo_files_by_blob ON repo_files(blob_oid);
CREATE TABLE head_findings (
  concept TEXT NOT NULL,
  quality REAL NOT NULL,
  blob_oid TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (concept, quality, blob_oid, ordinal)
) WITHOUT ROWID;
CREATE INDEX head_findings_by_blob ON head_findings(blob_oid);
CREATE TRIGGER head_findings_file_added AFTER INSERT ON repo_files BEGIN
  INSERT OR IGNORE INTO head_findings(concept, quality, blob_oid, ordinal)
    SELECT concept, quality, blob_oid, ordinal FROM findings WHERE blob_oid = NEW.blob_oid AND presence = 1;
END;
CREATE TRIGGER head_findings_file_removed AFTER DELETE ON repo_files
  WHEN NOT EXISTS (SELECT 1 FROM repo_files WHERE blob_oid = OLD.blob_oid) BEGIN
  DELETE FROM head_findings WHERE blob_oid = OLD.blob_oid;
END;
CREATE TRIGGER head_findings_file_changed AFTER UPDATE OF blob_oid ON repo_files BEGIN
  DELETE FROM head_findings WHERE blob_oid = OLD.blob_oid
    AND NOT EXISTS (SELECT 1 FROM repo_files WHERE blob_oid = OLD.blob_oid);
  INSERT OR IGNORE INTO head_findings(concept, quality, blob_oid, ordinal)
    SELECT concept, quality, blob_oid, ordinal FROM findings WHERE blob_oid = NEW.blob_oid AND presence = 1;
END;
CREATE TRIGGER head_findings_finding_added AFTER INSERT ON findings
  WHEN NEW.presence = 1 AND EXISTS (SELECT 1 FROM repo_files WHERE blob_oid = NEW.blob_oid) BEGIN
  INSERT OR IGNORE INTO head_findings(concept, quality, blob_oid, ordinal)
    VALUES (NEW.concept, NEW.quality, NEW.blob_oid, NEW.ordinal);
END;
CREATE TRIGGER head_findings_finding_removed AFTER DELETE ON findings BEGIN
  DELETE FROM head_findings
    WHERE concept = OLD.concept AND quality = OLD.quality AND blob_oid = OLD.blob_oid AND ordinal = OLD.ordinal;
END;
CREATE TRIGGER head_findings_finding_changed AFTER UPDATE ON findings BEGIN
  DELETE FROM head_findings
    WHERE concept = OLD.concept AND quality = OLD.quality AND blob_oid = OLD.blob_oid AND ordinal = OLD.ordinal;
  INSERT OR IGNORE INTO head_findings(concept, quality, blob_oid, ordinal)
    SELECT NEW.concept, NEW.quality, NEW.blob_oid, NEW.ordinal
    WHERE NEW.presence = 1 AND EXISTS (SELECT 1 FROM repo_files WHERE blob_oid = NEW.blob_oid);
END;
CREATE TABLE blob_text (
  oid TEXT PRIMARY KEY,
  text TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE incidents (
  id INTEGER PRIMARY KEY,
  source TEXT NOT NULL,
  source_id TEXT NOT NULL,
  number INTEGER,
  title TEXT,
  service TEXT,
  service_id TEXT,
  team TEXT,
  status TEXT,
  status_raw TEXT,
  sev_level INTEGER NOT NULL DEFAULT 0,
  sev_raw TEXT,
  urgency INTEGER NOT NULL DEFAULT 0,
  major INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER,
  ack_at INTEGER,
  resolved_at INTEGER,
  ttr_s INTEGER,
  tta_s INTEGER,
  dedup_key TEXT,
  url TEXT,
  imported_from TEXT,
  UNIQUE (source, source_id)
);
CREATE INDEX incidents_by_service ON incidents(service, created_at);
CREATE TABLE services (
  name TEXT PRIMARY KEY
) WITHOUT ROWID;
CREATE TABLE service_repos (
  service TEXT NOT NULL,
  repo_name TEXT NOT NULL,
  path_prefix TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL,
  PRIMARY KEY (service, repo_name, path_prefix)
) WITHOUT ROWID;
CREATE TABLE models (
  id INTEGER PRIMARY KEY,
  created_at INTEGER NOT NULL,
  json TEXT NOT NULL
);
CREATE TABLE scan_errors (
  id INTEGER PRIMARY KEY,
  repo_name TEXT NOT NULL,
  object TEXT,
  message TEXT NOT NULL,
  at INTEGER NOT NULL
);
)sql",
      // 2: no index of changes by new blob. No query used it (the stale-blob query goes commits →
      // changes → blobs by primary keys) and each change row paid for its upkeep.
      R"sql(
DROP INDEX changes_by_new_blob;
)sql",
  };
  return k_migrations;
}

}  // namespace faultline::store
