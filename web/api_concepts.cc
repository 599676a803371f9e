// /api/concepts and /api/examples. An example is a page row of query_examples joined, one by
// one, with where its blob lives at head, the lines it covers (cut from blob_text) and the
// production record of the service that owns that path. A page fetches one row more than it
// shows to answer `has_more` (or, paging backwards, `has_previous`) without counting.
//
// Paging: `after=` / `before=` take the opaque cursors an answer gives as `next` / `prev` and
// cost the page's length at any depth (keyset paging over head_findings); `page=` (offset
// paging, kept for compatibility) is bounded to k_max_page pages.
#include <algorithm>

#include "store/example_queries.h"
#include "web/api.h"
#include "web/snippet.h"

namespace faultline::web {
namespace {

constexpr int64_t k_max_page = 500;
constexpr int64_t k_max_examples_per_page = 100;

bool is_concept_id(const std::string& id) {
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
  });
}

nlohmann::json parse_signals(const std::string& text) {
  auto signals = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  return signals.is_array() ? signals : nlohmann::json::array();
}

}  // namespace

Reply Api::concepts(const QueryParams& params) {
  auto page = params.integer("page", 1, 1, k_max_page);
  if (!page.ok()) return error_reply(400, page.error().message());
  auto per_page = params.integer("per_page", 100, 1, 200);
  if (!per_page.ok()) return error_reply(400, per_page.error().message());
  return with_catalog([&](store::Database&, const Catalog& catalog) -> Reply {
    // Concepts with data, then the manifests' concepts that have none yet.
    std::map<std::string, nlohmann::json> rows;
    for (const auto& totals : catalog.concepts) {
      rows[totals.concept_id] = {
          {"id", totals.concept_id},
          {"findings", totals.findings},
          {"mean_quality", totals.mean_quality},
          {"head",
           {{"eligible_regions", totals.head_eligible_regions},
            {"findings", totals.head_findings},
            {"density", totals.head_eligible_regions > 0
                            ? nlohmann::json(static_cast<double>(totals.head_findings) /
                                             static_cast<double>(totals.head_eligible_regions))
                            : nlohmann::json()},
            {"mean_quality",
             totals.head_findings > 0
                 ? nlohmann::json(totals.head_quality_sum / static_cast<double>(totals.head_findings))
                 : nlohmann::json()}}},
      };
    }
    for (const auto& [id, manifest] : m_manifests) {
      auto& row = rows[id];
      if (row.is_null()) row = {{"id", id}, {"findings", 0}, {"mean_quality", nullptr}, {"head", nullptr}};
      row["title"] = manifest.title;
      row["rationale"] = manifest.rationale;
    }
    nlohmann::json list = nlohmann::json::array();
    int64_t skip = (*page - 1) * *per_page;
    int64_t index = 0;
    for (auto& [id, row] : rows) {
      if (index >= skip && index < skip + *per_page) {
        if (!row.contains("title")) row["title"] = id;
        list.push_back(std::move(row));
      }
      ++index;
    }
    return {200,
            {{"concepts", std::move(list)},
             {"page", *page},
             {"per_page", *per_page},
             {"total", static_cast<int64_t>(rows.size())},
             {"has_more", skip + *per_page < static_cast<int64_t>(rows.size())}}};
  });
}

Reply Api::examples(const QueryParams& params) {
  auto concept_id = params.required_text("concept", 64);
  if (!concept_id.ok()) return error_reply(400, concept_id.error().message());
  if (!is_concept_id(*concept_id))
    return error_reply(400, "parameter 'concept' must be a concept id (a-z, 0-9, '-', '_', '.'), got '" +
                                shorten_for_message(*concept_id) + "'");
  auto order = params.choice("order", "best", {"best", "worst"});
  if (!order.ok()) return error_reply(400, order.error().message());
  auto page = params.integer("page", 1, 1, k_max_page);
  if (!page.ok()) return error_reply(400, page.error().message());
  auto per_page = params.integer("per_page", 20, 1, k_max_examples_per_page);
  if (!per_page.ok()) return error_reply(400, per_page.error().message());
  store::ExamplePage request;
  request.order = *order == "best" ? store::ExampleOrder::best : store::ExampleOrder::worst;
  for (const char* name : {"after", "before"}) {
    auto token = params.text(name, 128);
    if (!token.ok()) return error_reply(400, token.error().message());
    if (!*token) continue;
    auto key = store::parse_example_key_token(**token);
    if (!key)
      return error_reply(400, std::string("parameter '") + name +
                                  "' must be a cursor from a previous answer's 'next' or 'prev', got '" +
                                  shorten_for_message(**token) + "'");
    (std::string(name) == "after" ? request.after : request.before) = std::move(*key);
  }
  if (request.after && request.before) return error_reply(400, "give at most one of 'after' and 'before'");
  bool keyed = request.after || request.before;
  if (keyed && *page != 1)
    return error_reply(400, "give either 'page' or a cursor ('after', 'before'), not both");
  request.offset = (*page - 1) * *per_page;
  request.limit = *per_page + 1;  // one more than shown answers whether there is more that way

  return with_catalog([&](store::Database& db, const Catalog& catalog) -> Reply {
    auto rows = store::query_examples(db, *concept_id, request);
    if (!rows.ok()) return error_reply(500, rows.error().message());
    bool beyond = static_cast<int64_t>(rows->size()) > *per_page;  // more rows in the walk's direction
    if (beyond) {
      if (request.before)
        rows->erase(rows->begin());
      else
        rows->pop_back();
    }
    bool has_more = request.before ? true : beyond;
    bool has_previous = request.before ? beyond : (request.after || *page > 1);
    nlohmann::json next = has_more && !rows->empty()
                              ? nlohmann::json(store::example_key_token(store::example_key(rows->back())))
                              : nlohmann::json();
    nlohmann::json prev = has_previous && !rows->empty()
                              ? nlohmann::json(store::example_key_token(store::example_key(rows->front())))
                              : nlohmann::json();
    nlohmann::json examples = nlohmann::json::array();
    for (const auto& finding : *rows) {
      auto location = store::query_example_location(db, finding.blob_oid);
      if (!location.ok()) return error_reply(500, location.error().message());
      auto text = store::query_blob_text(db, finding.blob_oid);
      if (!text.ok()) return error_reply(500, text.error().message());
      nlohmann::json example = {
          {"concept", finding.concept_id},
          {"blob_oid", finding.blob_oid},
          {"ordinal", finding.ordinal},
          {"language", finding.language},
          {"region_kind", finding.region_kind},
          {"region_name", finding.region_name},
          {"start_line", finding.start_line},
          {"end_line", finding.end_line},
          {"quality", finding.quality},
          {"signals", parse_signals(finding.signals)},
          {"snippet", nullptr},
          {"link", nullptr},
          {"service", nullptr},
      };
      if (*text) {
        Snippet snippet = cut_lines(**text, finding.start_line, finding.end_line);
        example["snippet"] = {
            {"first_line", snippet.first_line}, {"lines", snippet.lines}, {"truncated", snippet.truncated}};
      }
      if (*location) {
        const auto& where = **location;
        example["repo"] = where.repo;
        example["path"] = where.path;
        example["commit"] = where.head_oid;
        example["other_locations"] = where.other_locations;
        if (where.web_template && !where.head_oid.empty()) {
          auto link = code_link(*where.web_template, where.head_oid, where.path, finding.start_line,
                                finding.end_line);
          if (link) example["link"] = *link;
        }
        if (const ServiceEntry* owner = catalog.owner(where.repo, where.path)) {
          example["service"] = catalog.record_json(*owner);
        }
      }
      examples.push_back(std::move(example));
    }
    auto manifest = m_manifests.find(*concept_id);
    return {
        200,
        {{"concept", *concept_id},
         {"title", manifest != m_manifests.end() && !manifest->second.title.empty() ? manifest->second.title
                                                                                    : *concept_id},
         {"signals", manifest != m_manifests.end() ? manifest->second.signals : nlohmann::json::object()},
         {"order", *order},
         {"page", keyed ? nlohmann::json() : nlohmann::json(*page)},
         {"per_page", *per_page},
         {"has_more", has_more},
         {"has_previous", has_previous},
         {"next", std::move(next)},
         {"prev", std::move(prev)},
         {"examples", std::move(examples)}}};
  });
}

}  // namespace faultline::web
