#include "ingest/repository_opener.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <thread>

namespace faultline::ingest {
namespace {

namespace fs = std::filesystem;

int create_mirror_remote(git_remote** out, git_repository* repository, const char* name, const char* url,
                         void* /*payload*/) {
  return git_remote_create_with_fetchspec(out, repository, name, url, "+refs/heads/*:refs/heads/*");
}

Status with_retries(const OpenOptions& options, const std::function<Status()>& attempt) {
  int delay = options.first_backoff_ms;
  Status last;
  for (int i = 0; i < std::max(1, options.attempts); ++i) {
    if (i > 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(delay));
      delay *= 2;
    }
    NetworkTimeoutScope limit(options.network_timeout);
    last = attempt();
    if (last.ok()) return last;
  }
  return Error(last.error().message() + " (after " + std::to_string(std::max(1, options.attempts)) +
               " attempts)");
}

uint64_t fnv1a(const std::string& text) {
  uint64_t hash = 1469598103934665603ULL;
  for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ULL;
  return hash;
}

// A mirror clone fetches branches straight into refs/heads/, so libgit2 cannot point HEAD at a
// remote-tracking branch: point it at the branch the remote's HEAD names (origin/HEAD), else at
// the branch with origin/HEAD's commit, preferring main and master.
Status point_head_at_default_branch(git_repository* repository) {
  GitReference head;
  if (git_repository_head(head.out(), repository) == 0) return {};
  GitReference remote_head;
  if (git_reference_lookup(remote_head.out(), repository, "refs/remotes/origin/HEAD") != 0) return {};
  std::string target;
  if (git_reference_type(remote_head.get()) == GIT_REFERENCE_SYMBOLIC) {
    std::string symbolic = git_reference_symbolic_target(remote_head.get());
    const std::string prefix = "refs/remotes/origin/";
    if (symbolic.starts_with(prefix)) target = "refs/heads/" + symbolic.substr(prefix.size());
    if (symbolic.starts_with("refs/heads/")) target = symbolic;
  } else {
    const git_oid* wanted = git_reference_target(remote_head.get());
    for (const char* name : {"refs/heads/main", "refs/heads/master"}) {
      git_oid oid;
      if (git_reference_name_to_id(&oid, repository, name) == 0 && git_oid_equal(&oid, wanted)) {
        target = name;
        break;
      }
    }
  }
  if (target.empty()) return {};
  if (git_repository_set_head(repository, target.c_str()) != 0)
    return libgit2_error("setting HEAD to " + target);
  return {};
}

}  // namespace

std::string default_cache_dir() {
  if (const char* cache = std::getenv("FAULTLINE_CACHE"); cache && *cache)
    return std::string(cache) + "/repos";
  if (const char* home = std::getenv("HOME"); home && *home)
    return std::string(home) + "/.cache/faultline/repos";
  return ".faultline-cache";
}

std::string cache_path(const RepoTarget& target, const std::string& cache_dir) {
  char suffix[17];
  std::snprintf(suffix, sizeof suffix, "%016llx", static_cast<unsigned long long>(fnv1a(target.url)));
  std::string safe;
  for (char c : target.name)
    safe += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_') ? c : '_';
  return (fs::path(cache_dir) / (safe + "-" + std::string(suffix, 8) + ".git")).string();
}

Result<OpenedRepository> open_repository(const RepoTarget& target, const OpenOptions& options) {
  OpenedRepository opened;
  if (!target.is_remote()) {
    if (git_repository_open_ext(opened.repository.out(), target.url.c_str(), GIT_REPOSITORY_OPEN_NO_SEARCH,
                                nullptr) != 0)
      return libgit2_error("repository " + target.name + " (" + target.url + ")");
    opened.path = target.url;
    return opened;
  }
  opened.path = cache_path(target, options.cache_dir);
  std::error_code ignored;
  if (fs::exists(fs::path(opened.path) / "HEAD")) {
    if (git_repository_open_bare(opened.repository.out(), opened.path.c_str()) != 0)
      return libgit2_error("repository " + target.name + ": cache " + opened.path);
    Status fetched = with_retries(options, [&]() -> Status {
      GitRemote remote;
      if (git_remote_lookup(remote.out(), opened.repository.get(), "origin") != 0)
        return libgit2_error("repository " + target.name + ": cache " + opened.path + " has no origin");
      git_fetch_options fetch_options = GIT_FETCH_OPTIONS_INIT;
      fetch_options.prune = GIT_FETCH_PRUNE;
      if (git_remote_fetch(remote.get(), nullptr, &fetch_options, nullptr) != 0)
        return libgit2_error("repository " + target.name + ": fetch " + target.url);
      return {};
    });
    if (!fetched.ok()) return fetched.error();
    opened.fetched = true;
    return opened;
  }
  fs::create_directories(options.cache_dir, ignored);
  std::string partial = opened.path + ".partial";
  Status cloned = with_retries(options, [&]() -> Status {
    fs::remove_all(partial, ignored);
    git_clone_options clone_options = GIT_CLONE_OPTIONS_INIT;
    clone_options.bare = 1;
    clone_options.remote_cb = create_mirror_remote;
    if (target.branch) clone_options.checkout_branch = target.branch->c_str();
    GitRepository repository;
    if (git_clone(repository.out(), target.url.c_str(), partial.c_str(), &clone_options) != 0)
      return libgit2_error("repository " + target.name + ": clone " + target.url);
    return {};
  });
  if (!cloned.ok()) {
    fs::remove_all(partial, ignored);
    return cloned.error();
  }
  fs::rename(partial, opened.path, ignored);
  if (ignored)
    return Error("repository " + target.name + ": cannot move clone into " + opened.path + ": " +
                 ignored.message());
  if (git_repository_open_bare(opened.repository.out(), opened.path.c_str()) != 0)
    return libgit2_error("repository " + target.name + ": cache " + opened.path);
  Status head = point_head_at_default_branch(opened.repository.get());
  if (!head.ok()) return head.error().within("repository " + target.name);
  opened.fetched = true;
  return opened;
}

}  // namespace faultline::ingest
