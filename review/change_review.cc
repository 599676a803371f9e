#include "review/change_review.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

#include "ingest/commit_record.h"
#include "ingest/git_handles.h"
#include "ingest/repo_target.h"
#include "ingest/repository_opener.h"
#include "ingest/skip_rules.h"
#include "model/model.h"
#include "review/code_link.h"
#include "review/finding_diff.h"
#include "store/example_queries.h"
#include "store/panel_queries.h"
#include "store/repo_queries.h"
#include "store/service_mapping.h"
#include "store/service_queries.h"

namespace faultline::review {
namespace {

namespace fs = std::filesystem;
using ingest::libgit2_error;

// One side of a touched file: what it adds to a snapshot, and its findings.
struct FileSide {
  bool counted = false;
  int64_t lines = 0;
  analyzer::FileAnalysis analysis;
};

struct TouchedFile {
  ingest::Change change;
  FileSide before;
  FileSide after;
};

struct ServiceTotals {
  std::map<std::string, model::ConceptTotals> concepts;
  model::ActivityTotals activity;
  std::set<std::string> authors;
};

Result<FileSide> read_side(git_repository* repository, analyzer::Classifier& classifier,
                           const analyzer::ConceptSet& concepts, const std::string& oid_text,
                           const std::string& path) {
  FileSide side;
  git_oid oid;
  git_oid_fromstr(&oid, oid_text.c_str());
  ingest::GitBlob blob;
  if (git_blob_lookup(blob.out(), repository, &oid) != 0)
    return libgit2_error("blob " + oid_text + " (" + path + ")");
  auto size = static_cast<uint64_t>(git_blob_rawsize(blob.get()));
  std::string_view content(static_cast<const char*>(git_blob_rawcontent(blob.get())), size);
  if (ingest::skip_for_content(content, size, 1 << 20)) return side;
  auto language = analyzer::detect_language(concepts, path, content.substr(0, 256));
  if (!language) return side;
  auto analysis = classifier.analyze(*language, content, path);
  if (!analysis.ok()) return analysis.error();
  side.counted = true;
  side.lines = ingest::count_lines(content);
  side.analysis = std::move(*analysis);
  return side;
}

Result<git_oid> resolve_commit(git_repository* repository, const std::string& revision) {
  ingest::GitObject object, peeled;
  if (git_revparse_single(object.out(), repository, revision.c_str()) != 0 ||
      git_object_peel(peeled.out(), object.get(), GIT_OBJECT_COMMIT) != 0)
    return libgit2_error("revision " + revision);
  return *git_object_id(peeled.get());
}

// The service's totals at instant `t`: per mapped repository and prefix, the stored snapshot
// of `pinned_commit` (when that repository is the reviewed one and the base is stored) or of
// the last first-parent commit at or before t; activity over the window before t.
Result<ServiceTotals> service_totals_at(store::Database& db, const store::ServiceMapping& service, int64_t t,
                                        int64_t window_s, const std::string& pinned_repo,
                                        std::optional<int64_t> pinned_commit) {
  ServiceTotals totals;
  std::optional<int64_t> first_time;
  for (const auto& repo : service.repos) {
    auto chain = store::load_first_parent_chain(db, repo.repo_name, repo.path_prefix);
    if (!chain.ok()) return chain.error();
    if (chain->empty()) continue;
    first_time = std::min(first_time.value_or(chain->front().committer_time), chain->front().committer_time);
    std::optional<int64_t> commit_id;
    if (repo.repo_name == pinned_repo && pinned_commit) commit_id = pinned_commit;
    for (const auto& commit : *chain) {
      if (commit.committer_time > t) break;
      if (!(repo.repo_name == pinned_repo && pinned_commit)) commit_id = commit.id;
      if (commit.committer_time > t - window_s && commit.touches_scope) {
        totals.activity.churn_lines += commit.churn_lines;
        totals.activity.commits += 1;
        totals.authors.insert(commit.author_email);
      }
    }
    if (!commit_id) continue;
    auto snapshot = store::load_snapshot(db, *commit_id, repo.path_prefix);
    if (!snapshot.ok()) return snapshot.error();
    if (!*snapshot) continue;
    totals.activity.code_lines += (*snapshot)->code_lines;
    for (const auto& [concept_id, sums] : (*snapshot)->concepts) {
      auto& into = totals.concepts[concept_id];
      into.eligible_regions += sums.eligible_regions;
      into.findings += sums.findings;
      into.quality_sum += sums.quality_sum;
    }
  }
  totals.activity.authors = static_cast<int64_t>(totals.authors.size());
  if (first_time) totals.activity.age_days = static_cast<double>(t - *first_time) / 86400.0;
  return totals;
}

void apply_side(ServiceTotals& totals, const FileSide& side, int sign) {
  if (!side.counted) return;
  totals.activity.code_lines = std::max<int64_t>(0, totals.activity.code_lines + sign * side.lines);
  for (const auto& concept_totals : side.analysis.totals) {
    auto& into = totals.concepts[concept_totals.concept_id];
    into.eligible_regions =
        std::max<int64_t>(0, into.eligible_regions + sign * concept_totals.eligible_regions);
    into.findings = std::max<int64_t>(0, into.findings + sign * concept_totals.findings);
    into.quality_sum = std::clamp(into.quality_sum + sign * concept_totals.quality_sum, 0.0,
                                  static_cast<double>(into.findings));
  }
}

bool path_in_scope(const std::string& path, const std::string& prefix) {
  return prefix.empty() || path.starts_with(prefix);
}

}  // namespace

Result<Review> review_change(store::Database& db, std::shared_ptr<const analyzer::ConceptSet> concepts,
                             const ReviewRequest& request) {
  Review review;
  // 1. The repository and the two commits.
  std::optional<store::StoredRepo> stored;
  std::string path = request.repo;
  if (!request.allow_local_path || !fs::is_directory(request.repo)) {
    auto by_name = store::find_repo_by_name(db, request.repo);
    if (!by_name.ok()) return by_name.error();
    if (!*by_name)
      return Error("repository " + request.repo +
                   (request.allow_local_path ? " is neither a folder nor a scanned repository"
                                             : " is not a scanned repository"));
    stored = *by_name;
    ingest::RepoTarget target{.name = stored->name, .url = stored->url};
    path = target.is_remote()
               ? ingest::cache_path(
                     target, request.cache_dir.empty() ? ingest::default_cache_dir() : request.cache_dir)
               : stored->url;
  }
  ingest::GitRepository repository;
  if (git_repository_open_ext(repository.out(), path.c_str(), 0, nullptr) != 0)
    return libgit2_error("repository " + request.repo + " (" + path + ")");
  auto base = resolve_commit(repository.get(), request.base);
  if (!base.ok()) return base.error().within("repository " + request.repo);
  auto head = resolve_commit(repository.get(), request.head);
  if (!head.ok()) return head.error().within("repository " + request.repo);
  review.base_oid = ingest::oid_hex(*base);
  review.head_oid = ingest::oid_hex(*head);
  if (!stored) {
    auto by_commit = store::find_repo_by_commit(db, review.base_oid);
    if (!by_commit.ok()) return by_commit.error();
    if (!*by_commit) {
      auto by_name = store::find_repo_by_name(db, fs::absolute(path).lexically_normal().filename().string());
      if (!by_name.ok()) return by_name.error();
      by_commit = *by_name;
    }
    stored = *by_commit;
  }
  review.repo_name = stored ? stored->name : fs::absolute(path).lexically_normal().filename().string();
  if (!stored)
    review.notes.push_back("repository " + review.repo_name + " is not in the database: scan it first");

  // 2-3. The touched blobs, classified at base and head, and the findings that changed.
  ingest::GitCommit base_commit, head_commit;
  ingest::GitTree base_tree, head_tree;
  if (git_commit_lookup(base_commit.out(), repository.get(), &*base) != 0 ||
      git_commit_lookup(head_commit.out(), repository.get(), &*head) != 0 ||
      git_commit_tree(base_tree.out(), base_commit.get()) != 0 ||
      git_commit_tree(head_tree.out(), head_commit.get()) != 0)
    return libgit2_error("trees of " + request.base + ".." + request.head);
  auto changes = ingest::diff_trees(repository.get(), base_tree.get(), head_tree.get(), {},
                                    request.base + ".." + request.head);
  if (!changes.ok()) return changes.error();
  analyzer::Classifier classifier(concepts);
  std::vector<TouchedFile> touched;
  std::set<std::string> directories, subsystems;
  std::vector<std::string> paths;
  for (auto& change : *changes) {
    review.size.lines_added += change.lines_added;
    review.size.lines_deleted += change.lines_deleted;
    paths.push_back(change.path);
    auto slash = change.path.rfind('/');
    directories.insert(slash == std::string::npos ? "" : change.path.substr(0, slash));
    auto first = change.path.find('/');
    subsystems.insert(first == std::string::npos ? "" : change.path.substr(0, first));
    TouchedFile file{change, {}, {}};
    const std::string& old_path = change.old_path.empty() ? change.path : change.old_path;
    if (change.old_is_file && !ingest::skip_for_path(old_path)) {
      auto side =
          read_side(repository.get(), classifier, *concepts, ingest::oid_hex(change.old_blob), old_path);
      if (!side.ok()) return side.error();
      file.before = std::move(*side);
    }
    if (change.new_is_file && !change.skip) {
      auto side =
          read_side(repository.get(), classifier, *concepts, ingest::oid_hex(change.new_blob), change.path);
      if (!side.ok()) return side.error();
      file.after = std::move(*side);
    }
    for (auto& driving :
         diff_findings(change.path, file.before.analysis.findings, file.after.analysis.findings))
      review.findings.push_back(std::move(driving));
    touched.push_back(std::move(file));
  }
  auto rank = [](const std::string& kind) {
    return kind == "worsened" ? 0 : kind == "added" ? 1 : kind == "removed" ? 2 : 3;
  };
  std::stable_sort(
      review.findings.begin(), review.findings.end(),
      [&](const DrivingFinding& a, const DrivingFinding& b) { return rank(a.kind) < rank(b.kind); });
  review.size.files = static_cast<int64_t>(changes->size());
  review.size.directories = static_cast<int64_t>(directories.size());
  review.size.subsystems = static_cast<int64_t>(subsystems.size());
  const git_signature* author = git_commit_author(head_commit.get());
  review.size.author = author && author->email ? author->email : "";
  ingest::GitRevwalk walk;
  if (git_revwalk_new(walk.out(), repository.get()) == 0 && git_revwalk_push(walk.get(), &*head) == 0 &&
      git_revwalk_hide(walk.get(), &*base) == 0) {
    git_oid oid;
    while (git_revwalk_next(&oid, walk.get()) == 0) review.size.commits++;
  }
  if (stored && paths.size() <= 500) {
    auto prior = store::count_author_commits_touching(db, stored->id, review.size.author, paths);
    if (!prior.ok()) return prior.error();
    review.size.author_prior_commits = *prior;
  }

  // Concepts that got worse: a finding worsened, a new finding below "nothing known", or a
  // good finding removed.
  std::set<std::string> worsened;
  for (const auto& finding : review.findings) {
    if (finding.kind == "worsened" || (finding.kind == "added" && finding.quality_after < 0.5) ||
        (finding.kind == "removed" && finding.quality_before > 0.5))
      worsened.insert(finding.concept_id);
  }
  review.worsened_concepts.assign(worsened.begin(), worsened.end());

  // 4. Predictions for the services that own changed paths.
  auto latest = store::query_latest_model(db);
  if (!latest.ok()) return latest.error();
  std::optional<model::Model> fitted;
  if (*latest) {
    auto parsed = model::model_from_text((*latest)->json);
    if (!parsed.ok()) return parsed.error().within("the latest model");
    fitted = std::move(*parsed);
  } else {
    review.notes.push_back("no model trained yet: run faultline train");
  }
  auto mapping = store::load_service_mapping(db);
  if (!mapping.ok()) return mapping.error();
  std::optional<int64_t> base_commit_id;
  if (stored) {
    auto id = store::find_commit_id(db, stored->id, review.base_oid);
    if (!id.ok()) return id.error();
    base_commit_id = *id;
  }
  int64_t base_time = git_commit_time(base_commit.get());
  bool owned = false;
  for (const auto& service : *mapping) {
    std::vector<std::string> prefixes;
    for (const auto& repo : service.repos)
      if (repo.repo_name == review.repo_name) prefixes.push_back(repo.path_prefix);
    bool touches = std::any_of(touched.begin(), touched.end(), [&](const TouchedFile& file) {
      return std::any_of(prefixes.begin(), prefixes.end(),
                         [&](const std::string& p) { return path_in_scope(file.change.path, p); });
    });
    if (!touches) continue;
    owned = true;
    if (!fitted || !fitted->rate.fitted) continue;
    auto base_totals =
        service_totals_at(db, service, base_time, fitted->window_s, review.repo_name, base_commit_id);
    if (!base_totals.ok()) return base_totals.error().within("service " + service.service);
    ServiceTotals head_totals = *base_totals;
    for (const auto& file : touched) {
      for (const auto& prefix : prefixes) {
        if (!path_in_scope(file.change.path, prefix)) continue;
        apply_side(head_totals, file.before, -1);
        apply_side(head_totals, file.after, +1);
        head_totals.activity.churn_lines += file.change.lines_added + file.change.lines_deleted;
      }
    }
    head_totals.activity.commits += review.size.commits;
    head_totals.authors.insert(review.size.author);
    head_totals.activity.authors = static_cast<int64_t>(head_totals.authors.size());
    auto base_row = model::build_feature_row(base_totals->concepts, base_totals->activity);
    auto head_row = model::build_feature_row(head_totals.concepts, head_totals.activity);
    auto at_base = model::predict(*fitted, base_row);
    auto at_head = model::predict(*fitted, head_row);
    if (!at_base.ok()) return at_base.error();
    if (!at_head.ok()) return at_head.error();
    ServiceRisk risk{service.service, *at_base, *at_head, 0, {}};
    if (at_base->rate_per_day > 0)
      risk.rate_change_percent = 100.0 * (at_head->rate_per_day / at_base->rate_per_day - 1.0);
    auto drivers = model::contributions(*fitted, fitted->rate, base_row, head_row);
    if (!drivers.ok()) return drivers.error();
    for (const auto& driver : *drivers)
      if (std::fabs(driver.delta) > 1e-9) risk.drivers.push_back(driver);
    std::sort(risk.drivers.begin(), risk.drivers.end(),
              [](const auto& a, const auto& b) { return std::fabs(a.delta) > std::fabs(b.delta); });
    review.max_rate_change_percent =
        std::max(review.max_rate_change_percent.value_or(risk.rate_change_percent), risk.rate_change_percent);
    review.services.push_back(std::move(risk));
  }
  if (!owned)
    review.notes.push_back("no service maps to repository " + review.repo_name + ": see faultline services");
  else if (fitted && !fitted->rate.fitted)
    review.notes.push_back("the latest model has no fitted incident rate: " + fitted->rate.note);

  // 5. The organisation's best examples of each concept that got worse.
  for (const auto& concept_id : review.worsened_concepts) {
    auto best = store::query_examples(db, concept_id, store::ExampleOrder::best, 0, 3);
    if (!best.ok()) return best.error();
    for (const auto& example : *best) {
      auto location = store::query_example_location(db, example.blob_oid);
      if (!location.ok()) return location.error();
      if (!*location) continue;
      Example out{concept_id,
                  (*location)->repo,
                  (*location)->path,
                  example.start_line,
                  example.end_line,
                  example.quality,
                  ""};
      if ((*location)->web_template && !(*location)->web_template->empty())
        out.link = fill_link(*(*location)->web_template, (*location)->head_oid, out.path, out.start_line,
                             out.end_line);
      review.examples.push_back(std::move(out));
    }
  }
  return review;
}

}  // namespace faultline::review
