#include "review/example_finder.h"

#include <git2.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <sstream>

#include "ingest/git_handles.h"
#include "ingest/repo_target.h"
#include "ingest/repository_opener.h"
#include "review/code_link.h"
#include "store/example_queries.h"
#include "store/repo_queries.h"
#include "store/service_mapping.h"
#include "store/service_queries.h"

namespace faultline::review {
namespace {

constexpr int64_t k_candidates_per_example = 5;
constexpr int64_t k_snippet_lines = 40;
constexpr double k_record_weight = 0.25;  // how much the service's record moves an example

std::vector<std::string> lines_of(const std::string& text, int64_t start, int64_t end) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  for (int64_t number = 1; std::getline(in, line) && number <= end; ++number)
    if (number >= start && static_cast<int64_t>(lines.size()) < k_snippet_lines) lines.push_back(line);
  return lines;
}

// Authors of lines [start, end] of `path` at `commit` in the repository on disk; empty when
// the repository is not there (blame is a courtesy, not a requirement).
std::vector<ExampleAuthor> blame(const store::StoredRepo& repo, const std::string& cache_dir,
                                 const std::string& path, int64_t start, int64_t end) {
  ingest::RepoTarget target{.name = repo.name, .url = repo.url};
  std::string location =
      target.is_remote()
          ? ingest::cache_path(target, cache_dir.empty() ? ingest::default_cache_dir() : cache_dir)
          : repo.url;
  ingest::GitRepository repository;
  if (!std::filesystem::exists(location) ||
      git_repository_open_ext(repository.out(), location.c_str(), 0, nullptr) != 0)
    return {};
  git_blame_options options = GIT_BLAME_OPTIONS_INIT;
  options.min_line = static_cast<size_t>(start);
  options.max_line = static_cast<size_t>(end);
  if (!repo.head_oid.empty()) git_oid_fromstr(&options.newest_commit, repo.head_oid.c_str());
  git_blame* raw = nullptr;
  if (git_blame_file(&raw, repository.get(), path.c_str(), &options) != 0) return {};
  std::map<std::string, ExampleAuthor> by_email;
  for (uint32_t i = 0; i < git_blame_get_hunk_count(raw); ++i) {
    const git_blame_hunk* hunk = git_blame_get_hunk_byindex(raw, i);
    if (hunk->final_signature == nullptr) continue;
    ExampleAuthor& author = by_email[hunk->final_signature->email ? hunk->final_signature->email : ""];
    author.name = hunk->final_signature->name ? hunk->final_signature->name : "";
    author.email = hunk->final_signature->email ? hunk->final_signature->email : "";
    author.lines += static_cast<int64_t>(hunk->lines_in_hunk);
  }
  git_blame_free(raw);
  std::vector<ExampleAuthor> authors;
  for (auto& [email, author] : by_email) authors.push_back(std::move(author));
  std::stable_sort(authors.begin(), authors.end(),
                   [](const auto& a, const auto& b) { return a.lines > b.lines; });
  return authors;
}

}  // namespace

Result<std::vector<FoundExample>> find_examples(store::Database& db, const ExampleQuery& query) {
  auto candidates = store::query_examples(
      db, query.concept_id, query.worst ? store::ExampleOrder::worst : store::ExampleOrder::best, 0,
      std::max<int64_t>(1, query.limit) * k_candidates_per_example);
  if (!candidates.ok()) return candidates.error();
  // Incidents per day of each service, over the organisation's incident window.
  auto window = store::query_incident_window(db);
  if (!window.ok()) return window.error();
  std::map<std::string, double> rate;
  double worst_rate = 0;
  if (window->incidents > 0) {
    auto records = store::query_incident_records(db, (window->from + window->to) / 2);
    if (!records.ok()) return records.error();
    double days = std::max(1.0, static_cast<double>(window->to - window->from) / 86400.0);
    for (const auto& record : *records) {
      rate[record.service] = static_cast<double>(record.incidents) / days;
      worst_rate = std::max(worst_rate, rate[record.service]);
    }
  }
  auto mapping = store::load_service_mapping(db);
  if (!mapping.ok()) return mapping.error();

  std::vector<FoundExample> found;
  std::map<std::string, store::StoredRepo> repos;
  for (const auto& candidate : *candidates) {
    auto location = store::query_example_location(db, candidate.blob_oid);
    if (!location.ok()) return location.error();
    if (!*location) continue;
    FoundExample example;
    example.repo = (*location)->repo;
    example.path = (*location)->path;
    example.region = candidate.region_name;
    example.start_line = candidate.start_line;
    example.end_line = candidate.end_line;
    example.quality = candidate.quality;
    example.signals_json = candidate.signals;
    if ((*location)->web_template && !(*location)->web_template->empty())
      example.link = fill_link(*(*location)->web_template, (*location)->head_oid, example.path,
                               example.start_line, example.end_line);
    for (const auto& service : *mapping)
      for (const auto& repo : service.repos)
        if (repo.repo_name == example.repo && example.path.starts_with(repo.path_prefix)) {
          example.services.push_back(service.service);
          example.incidents_per_day += rate.count(service.service) ? rate[service.service] : 0;
          break;
        }
    double record = worst_rate > 0 ? example.incidents_per_day / worst_rate : 0;
    example.score = query.worst ? (1 - example.quality) + k_record_weight * record
                                : example.quality - k_record_weight * record;
    auto text = store::query_blob_text(db, candidate.blob_oid);
    if (!text.ok()) return text.error();
    if (*text) example.snippet = lines_of(**text, example.start_line, example.end_line);
    found.push_back(std::move(example));
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.score > b.score; });
  if (static_cast<int64_t>(found.size()) > query.limit) found.resize(static_cast<size_t>(query.limit));
  if (query.blame) {
    for (auto& example : found) {
      if (!repos.count(example.repo)) {
        auto repo = store::find_repo_by_name(db, example.repo);
        if (!repo.ok()) return repo.error();
        if (!*repo) continue;
        repos[example.repo] = **repo;
      }
      example.authors =
          blame(repos[example.repo], query.cache_dir, example.path, example.start_line, example.end_line);
    }
  }
  return found;
}

}  // namespace faultline::review
