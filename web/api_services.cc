// /api/services and the service timeline. The services table pages the catalog's services,
// sorted by incident rate (or name). A timeline walks each of the service's repositories
// (a monorepo path prefix is a snapshot scope) along its first-parent history in the asked
// time range, keeps at most `max_points` commits evenly spread (always the first and last),
// and reports per concept the presence density (findings / eligible regions) and the mean
// quality (quality sum / findings) at each, with the service's incidents of the same range.
#include <algorithm>
#include <limits>

#include "store/service_queries.h"
#include "web/api.h"

namespace faultline::web {
namespace {

constexpr int64_t k_max_page = 10000;
constexpr int64_t k_max_timeline_incidents = 5000;

std::vector<size_t> spread_indices(size_t count, size_t max_points) {
  std::vector<size_t> out;
  if (count <= max_points) {
    for (size_t i = 0; i < count; ++i) out.push_back(i);
    return out;
  }
  for (size_t i = 0; i < max_points; ++i) {
    size_t index = (i * (count - 1) + (max_points - 1) / 2) / (max_points - 1);
    if (out.empty() || out.back() != index) out.push_back(index);
  }
  return out;
}

}  // namespace

Reply Api::services(const QueryParams& params) {
  auto sort = params.choice("sort", "rate", {"rate", "name"});
  if (!sort.ok()) return error_reply(400, sort.error().message());
  auto page = params.integer("page", 1, 1, k_max_page);
  if (!page.ok()) return error_reply(400, page.error().message());
  auto per_page = params.integer("per_page", 100, 1, 500);
  if (!per_page.ok()) return error_reply(400, per_page.error().message());
  return with_catalog([&](store::Database&, const Catalog& catalog) -> Reply {
    std::vector<const ServiceEntry*> order;
    for (const auto& entry : catalog.services) order.push_back(&entry);
    if (*sort == "rate") {
      std::stable_sort(order.begin(), order.end(), [](const ServiceEntry* a, const ServiceEntry* b) {
        return a->record.incidents > b->record.incidents;
      });
    }
    int64_t skip = (*page - 1) * *per_page;
    nlohmann::json list = nlohmann::json::array();
    int64_t unmapped = 0;
    for (size_t i = 0; i < order.size(); ++i) {
      if (order[i]->repos.empty()) ++unmapped;
      auto index = static_cast<int64_t>(i);
      if (index >= skip && index < skip + *per_page) list.push_back(catalog.record_json(*order[i]));
    }
    nlohmann::json model = nullptr;
    if (catalog.model) model = {{"id", catalog.model->id}, {"created_at", catalog.model->created_at}};
    auto total = static_cast<int64_t>(order.size());
    return {200,
            {{"window",
              {{"from", catalog.window.from},
               {"to", catalog.window.to},
               {"days", catalog.window_days},
               {"incidents", catalog.window.incidents}}},
             {"sort", *sort},
             {"page", *page},
             {"per_page", *per_page},
             {"total", total},
             {"unmapped", unmapped},
             {"has_more", skip + *per_page < total},
             {"model", std::move(model)},
             {"services", std::move(list)}}};
  });
}

Reply Api::timeline(const std::optional<std::string>& path_service, const QueryParams& params) {
  std::string service;
  if (path_service) {
    if (path_service->empty() || path_service->size() > 512)
      return error_reply(400, "the service name in the path must be 1 to 512 bytes long");
    service = *path_service;
  } else {
    auto named = params.required_text("service", 512, /*any_bytes=*/true);
    if (!named.ok()) return error_reply(400, named.error().message());
    service = *named;
  }
  constexpr int64_t k_min_time = 0;
  constexpr int64_t k_max_time = 32503680000;  // year 3000
  auto since = params.integer("since", k_min_time, k_min_time, k_max_time);
  if (!since.ok()) return error_reply(400, since.error().message());
  auto until = params.integer("until", k_max_time, k_min_time, k_max_time);
  if (!until.ok()) return error_reply(400, until.error().message());
  if (*until < *since) return error_reply(400, "parameter 'until' must not be before 'since'");
  auto max_points = params.integer("max_points", 400, 2, 2000);
  if (!max_points.ok()) return error_reply(400, max_points.error().message());

  return with_catalog([&](store::Database& db, const Catalog& catalog) -> Reply {
    const ServiceEntry* entry = catalog.find(service);
    if (entry == nullptr) return error_reply(404, "no service named '" + shorten_for_message(service) + "'");
    nlohmann::json series = nlohmann::json::array();
    for (const auto& mapped : entry->repos) {
      auto commits = store::query_first_parent_commits(db, mapped.repo_name, *since, *until);
      if (!commits.ok()) return error_reply(500, commits.error().message());
      nlohmann::json points = nlohmann::json::array();
      for (size_t index : spread_indices(commits->size(), static_cast<size_t>(*max_points))) {
        const auto& commit = (*commits)[index];
        auto scores = store::query_commit_scores(db, commit.id, mapped.path_prefix);
        if (!scores.ok()) return error_reply(500, scores.error().message());
        nlohmann::json concepts = nlohmann::json::object();
        for (const auto& score : *scores) {
          concepts[score.concept_id] = {
              {"eligible_regions", score.eligible_regions},
              {"findings", score.findings},
              {"density", score.eligible_regions > 0
                              ? nlohmann::json(static_cast<double>(score.findings) /
                                               static_cast<double>(score.eligible_regions))
                              : nlohmann::json()},
              {"mean_quality", score.findings > 0
                                   ? nlohmann::json(score.quality_sum / static_cast<double>(score.findings))
                                   : nlohmann::json()},
          };
        }
        points.push_back({{"commit", commit.oid}, {"time", commit.time}, {"concepts", std::move(concepts)}});
      }
      series.push_back({{"repo", mapped.repo_name},
                        {"scope", mapped.path_prefix},
                        {"commits_in_range", static_cast<int64_t>(commits->size())},
                        {"points", std::move(points)}});
    }
    auto incidents =
        store::query_service_incidents(db, entry->name, *since, *until, k_max_timeline_incidents + 1);
    if (!incidents.ok()) return error_reply(500, incidents.error().message());
    bool truncated = static_cast<int64_t>(incidents->size()) > k_max_timeline_incidents;
    if (truncated) incidents->pop_back();
    nlohmann::json incident_list = nlohmann::json::array();
    for (const auto& incident : *incidents) {
      incident_list.push_back({{"id", incident.id},
                               {"created_at", incident.created_at},
                               {"sev_level", incident.sev_level},
                               {"ttr_s", incident.ttr_s ? nlohmann::json(*incident.ttr_s) : nlohmann::json()},
                               {"title", incident.title},
                               {"status", incident.status}});
    }
    return {200,
            {{"service", entry->name},
             {"record", catalog.record_json(*entry)},
             {"since", *since},
             {"until", *until},
             {"max_points", *max_points},
             {"series", std::move(series)},
             {"incidents", std::move(incident_list)},
             {"incidents_truncated", truncated}}};
  });
}

}  // namespace faultline::web
