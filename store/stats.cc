#include "store/stats.h"

namespace faultline::store {

Result<Counts> count_everything(Database& db) {
  static const std::pair<const char*, const char*> k_queries[] = {
      {"repos", "SELECT count(*) FROM repos"},
      {"commits", "SELECT count(*) FROM commits"},
      {"changes", "SELECT count(*) FROM changes"},
      {"blobs", "SELECT count(*) FROM blobs"},
      {"blobs_analyzed", "SELECT count(*) FROM blobs WHERE analyzer_version IS NOT NULL"},
      {"findings", "SELECT count(*) FROM findings"},
      {"incidents", "SELECT count(*) FROM incidents"},
      {"services", "SELECT count(*) FROM services"},
      {"models", "SELECT count(*) FROM models"},
      {"scan_errors", "SELECT count(*) FROM scan_errors"},
  };
  Counts counts;
  for (const auto& [name, sql] : k_queries) {
    auto value = db.query_int(sql);
    if (!value.ok()) return value.error().within(std::string("counting ") + name);
    counts.rows.emplace_back(name, *value);
  }
  return counts;
}

}  // namespace faultline::store
