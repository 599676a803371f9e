// Opens the git repository behind a RepoTarget: a local path is opened in place; a remote URL
// is cloned bare (as a mirror of its branches) into the cache folder on first use and fetched
// afterwards. A failed clone leaves nothing behind; a failed fetch leaves the cache as it was.
// Network operations are retried with exponential backoff a bounded number of times; each
// connect, and each wait for the server, gives up after network_timeout (TimeoutStream).
#pragma once

#include <chrono>
#include <string>

#include "base/result.h"
#include "ingest/git_handles.h"
#include "ingest/repo_target.h"
#include "ingest/timeout_stream.h"

namespace faultline::ingest {

struct OpenOptions {
  std::string cache_dir;       // where remote repositories are mirrored
  int attempts = 3;            // network attempts before giving up
  int first_backoff_ms = 500;  // wait before the second attempt; doubled before each next one
  std::chrono::milliseconds network_timeout = k_default_network_timeout;
};

struct OpenedRepository {
  GitRepository repository;
  std::string path;  // on disk: the local repository or the cache mirror
  bool fetched = false;
};

Result<OpenedRepository> open_repository(const RepoTarget& target, const OpenOptions& options);

// $FAULTLINE_CACHE/repos, else ~/.cache/faultline/repos, else .faultline-cache.
std::string default_cache_dir();

// The cache folder a remote target is mirrored in.
std::string cache_path(const RepoTarget& target, const std::string& cache_dir);

}  // namespace faultline::ingest
