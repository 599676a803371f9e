// The canonical incident of FORMATS.md and the SQL that keeps it in the `incidents` table.
//
// An Incident is what every importer produces, whatever the export's format: the row of the
// incidents table (store/schema.cc) field for field. IncidentStore upserts them on the natural
// key (source, source_id): a new key inserts, a known key whose fields differ updates, and a
// known key whose fields are all identical is left untouched (no write at all), so that
// re-importing an export changes nothing, not even the rowid.
//
// Thread-safety: an IncidentStore belongs to the thread that owns its Database.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "base/result.h"
#include "store/database.h"

namespace faultline::store {

struct Incident {
  std::string source;     // the format it came from: "pagerduty", "csv", "opsgenie", ...
  std::string source_id;  // its id there; unique together with source
  std::optional<int64_t> number;
  std::optional<std::string> title;
  std::optional<std::string> service;
  std::optional<std::string> service_id;
  std::optional<std::string> team;
  std::optional<std::string> status;      // open, acknowledged, resolved, closed, cancelled
  std::optional<std::string> status_raw;  // as the export spelled it
  int sev_level = 0;                      // 1 worst .. 5 least, 0 unknown
  std::optional<std::string> sev_raw;
  int urgency = 0;  // high 1, low 3, unknown 0
  bool major = false;
  std::optional<int64_t> created_at;  // UTC seconds since the epoch
  std::optional<int64_t> ack_at;
  std::optional<int64_t> resolved_at;
  std::optional<int64_t> ttr_s;
  std::optional<int64_t> tta_s;
  std::optional<std::string> dedup_key;
  std::optional<std::string> url;

  bool operator==(const Incident&) const = default;
};

enum class UpsertOutcome { inserted, updated, unchanged };

class IncidentStore {
 public:
  // REQUIRES: `db` outlives the store. Prepares the statements once.
  static Result<IncidentStore> open(Database& db);

  // Inserts or updates `incident` by (source, source_id). `imported_from` (the file it was read
  // from) is recorded when the row is first inserted and never changes afterwards, so that the
  // same export read from another path is still "unchanged".
  Result<UpsertOutcome> upsert(const Incident& incident, const std::string& imported_from);

  // Reads the incident stored under (source, source_id); nullopt when there is none.
  Result<std::optional<Incident>> find(const std::string& source, const std::string& source_id);

 private:
  IncidentStore(Database* db, Statement exists, Statement upsert, Statement find)
      : m_db(db), m_exists(std::move(exists)), m_upsert(std::move(upsert)), m_find(std::move(find)) {}

  Database* m_db;
  Statement m_exists;
  Statement m_upsert;
  Statement m_find;
};

}  // namespace faultline::store
