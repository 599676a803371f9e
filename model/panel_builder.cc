// Builds the panel (see panel.h). For each mapped repository and scope the first-parent chain
// is loaded once and sorted by committer time, with a running "greatest first_parent_index so
// far", so that the then-current commit at any instant is one binary search; the activity of
// the previous window is the slice of that sorted chain between two binary searches. Snapshot
// totals are read once per (commit, scope) and cached. Incidents are bucketed by window.
#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

#include "model/panel.h"
#include "store/panel_queries.h"
#include "store/service_mapping.h"

namespace faultline::model {
namespace {

// One mapped repository (and path prefix) of a service, its chain ordered by time.
struct RepoTimeline {
  std::string repo_name;
  std::string scope;
  std::vector<store::ChainCommit> by_time;
  std::vector<int64_t> times;
  std::vector<size_t> best_upto;  // index of the greatest first_parent_index among by_time[0..i]

  explicit RepoTimeline(std::string repo, std::string prefix, std::vector<store::ChainCommit> chain)
      : repo_name(std::move(repo)), scope(std::move(prefix)), by_time(std::move(chain)) {
    std::stable_sort(by_time.begin(), by_time.end(), [](const auto& a, const auto& b) {
      return a.committer_time != b.committer_time ? a.committer_time < b.committer_time
                                                  : a.first_parent_index < b.first_parent_index;
    });
    for (size_t i = 0; i < by_time.size(); ++i) {
      times.push_back(by_time[i].committer_time);
      size_t best = i;
      if (i > 0 && by_time[best_upto[i - 1]].first_parent_index > by_time[i].first_parent_index)
        best = best_upto[i - 1];
      best_upto.push_back(best);
    }
  }

  // The then-current commit at `t`, absent before the first commit.
  const store::ChainCommit* current(int64_t t) const {
    auto after = std::upper_bound(times.begin(), times.end(), t);
    if (after == times.begin()) return nullptr;
    return &by_time[best_upto[static_cast<size_t>(after - times.begin()) - 1]];
  }

  // The first commit that touches the scope (else the first commit), absent for no commits.
  std::optional<int64_t> first_time() const {
    for (const auto& commit : by_time)
      if (commit.touches_scope) return commit.committer_time;
    if (by_time.empty()) return std::nullopt;
    return by_time.front().committer_time;
  }
};

struct Service {
  std::string name;
  std::vector<RepoTimeline> repos;
  std::vector<store::PanelIncident> incidents;
  int64_t first_commit = 0;
};

class SnapshotCache {
 public:
  explicit SnapshotCache(store::Database& db) : m_db(db) {}

  Result<const std::optional<store::SnapshotSums>*> get(int64_t commit_id, const std::string& scope) {
    auto key = std::make_pair(commit_id, scope);
    auto found = m_cache.find(key);
    if (found == m_cache.end()) {
      auto loaded = store::load_snapshot(m_db, commit_id, scope);
      if (!loaded.ok()) return loaded.error();
      found = m_cache.emplace(key, std::move(*loaded)).first;
    }
    return &found->second;
  }

 private:
  store::Database& m_db;
  std::map<std::pair<int64_t, std::string>, std::optional<store::SnapshotSums>> m_cache;
};

int64_t floor_to_day(int64_t t) {
  int64_t day = t / k_seconds_per_day;
  if (t < 0 && t % k_seconds_per_day != 0) --day;
  return day * k_seconds_per_day;
}

Result<std::vector<Service>> load_services(store::Database& db, Panel& panel) {
  auto mapping = store::load_service_mapping(db);
  if (!mapping.ok()) return mapping.error().within("service mapping");
  std::vector<Service> services;
  for (const auto& entry : *mapping) {
    if (entry.repos.empty()) {
      panel.unmapped_services.push_back(entry.service);
      continue;
    }
    Service service;
    service.name = entry.service;
    std::optional<int64_t> first;
    for (const auto& repo : entry.repos) {
      auto chain = store::load_first_parent_chain(db, repo.repo_name, repo.path_prefix);
      if (!chain.ok()) return chain.error().within("service " + entry.service);
      RepoTimeline timeline(repo.repo_name, repo.path_prefix, std::move(*chain));
      if (auto time = timeline.first_time(); time && (!first || *time < *first)) first = time;
      service.repos.push_back(std::move(timeline));
    }
    if (!first) {
      panel.services_without_code.push_back(entry.service);
      continue;
    }
    service.first_commit = *first;
    auto incidents = store::load_incidents(db, entry.service);
    if (!incidents.ok()) return incidents.error();
    service.incidents = std::move(*incidents);
    services.push_back(std::move(service));
  }
  return services;
}

// The service's features at `t`; `has_code` says whether any of its repositories holds code
// lines at t.
Result<FeatureRow> features_at(const Service& service, int64_t t, int64_t window_s, SnapshotCache& snapshots,
                               std::set<std::string>& concepts, bool& has_code) {
  std::map<std::string, ConceptTotals> totals;
  ActivityTotals activity;
  std::set<std::string> authors;
  for (const auto& repo : service.repos) {
    if (const store::ChainCommit* current = repo.current(t)) {
      auto snapshot = snapshots.get(current->id, repo.scope);
      if (!snapshot.ok()) return snapshot.error().within("repository " + repo.repo_name);
      if (const auto& sums = **snapshot) {
        activity.code_lines += sums->code_lines;
        for (const auto& [concept_id, concept_sums] : sums->concepts) {
          auto& total = totals[concept_id];
          total.eligible_regions += concept_sums.eligible_regions;
          total.findings += concept_sums.findings;
          total.quality_sum += concept_sums.quality_sum;
          concepts.insert(concept_id);
        }
      }
    }
    auto from = std::lower_bound(repo.times.begin(), repo.times.end(), t - window_s) - repo.times.begin();
    auto to = std::lower_bound(repo.times.begin(), repo.times.end(), t) - repo.times.begin();
    for (auto i = from; i < to; ++i) {
      const auto& commit = repo.by_time[static_cast<size_t>(i)];
      if (!commit.touches_scope) continue;
      activity.churn_lines += commit.churn_lines;
      activity.commits += 1;
      authors.insert(commit.author_email);
    }
  }
  has_code = activity.code_lines > 0;
  activity.authors = static_cast<int64_t>(authors.size());
  activity.age_days = static_cast<double>(t - service.first_commit) / k_seconds_per_day;
  return build_feature_row(totals, activity);
}

void add_targets(const std::vector<store::PanelIncident>& incidents, int64_t from, int64_t to,
                 PanelRow& row) {
  auto begin = std::lower_bound(incidents.begin(), incidents.end(), from,
                                [](const auto& incident, int64_t t) { return incident.created_at < t; });
  double severity_sum = 0;
  double log_ttr_sum = 0;
  for (auto it = begin; it != incidents.end() && it->created_at < to; ++it) {
    row.incidents += 1;
    if (it->sev_level > 0) {
      row.severity_count += 1;
      severity_sum += it->sev_level;
    }
    if (it->ttr_s && *it->ttr_s >= 0) {
      row.ttr_count += 1;
      log_ttr_sum += std::log1p(static_cast<double>(*it->ttr_s));
    }
  }
  if (row.severity_count > 0) row.severity_mean = severity_sum / row.severity_count;
  if (row.ttr_count > 0) row.log_ttr_mean = log_ttr_sum / row.ttr_count;
}

}  // namespace

Result<Panel> build_panel(store::Database& db, const PanelOptions& options) {
  Panel panel;
  panel.window_s = options.window_s;
  auto services = load_services(db, panel);
  if (!services.ok()) return services.error();
  if (services->empty()) return panel;

  int64_t first = services->front().first_commit;
  int64_t last = first;
  for (const auto& service : *services) {
    first = std::min(first, service.first_commit);
    for (const auto& repo : service.repos)
      if (!repo.times.empty()) last = std::max(last, repo.times.back());
    if (!service.incidents.empty()) last = std::max(last, service.incidents.back().created_at);
  }
  panel.start = floor_to_day(first);
  const int64_t w = options.window_s;
  const int64_t windows = (last - panel.start) / w + 1;
  panel.end = last + 1;

  SnapshotCache snapshots(db);
  std::set<std::string> concepts;
  for (const auto& service : *services) {
    bool started = false;
    for (int64_t k = std::max<int64_t>(0, (service.first_commit - panel.start) / w); k < windows; ++k) {
      const int64_t t = panel.start + k * w;
      bool has_code = false;
      auto features = features_at(service, t, w, snapshots, concepts, has_code);
      if (!features.ok()) return features.error().within("service " + service.name);
      if (!has_code && !started) continue;
      started = true;
      PanelRow row;
      row.service = service.name;
      row.window_start = t;
      const int64_t window_end = std::min(t + w, panel.end);
      row.exposure_days = static_cast<double>(window_end - t) / k_seconds_per_day;
      row.features = std::move(*features);
      add_targets(service.incidents, t, window_end, row);
      panel.rows.push_back(std::move(row));
    }
    if (!started) panel.services_without_code.push_back(service.name);
  }
  std::stable_sort(panel.rows.begin(), panel.rows.end(), [](const PanelRow& a, const PanelRow& b) {
    return a.window_start != b.window_start ? a.window_start < b.window_start : a.service < b.service;
  });
  panel.concepts.assign(concepts.begin(), concepts.end());
  panel.feature_names = feature_names(panel.concepts);
  std::sort(panel.services_without_code.begin(), panel.services_without_code.end());
  return panel;
}

}  // namespace faultline::model
