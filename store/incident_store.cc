// Upsert of canonical incidents. One statement does the work:
//   INSERT ... ON CONFLICT(source, source_id) DO UPDATE SET <every field> WHERE <any differs>
// The WHERE clause compares each column with IS NOT (NULL-safe), so an identical row is not
// written at all and sqlite3_changes() reports 0 for it. Whether the key existed before is
// read first with a lookup on the UNIQUE index, which tells "inserted" from "updated".
#include "store/incident_store.h"

namespace faultline::store {
namespace {

constexpr const char* k_columns =
    "number, title, service, service_id, team, status, status_raw, sev_level, sev_raw, urgency, "
    "major, created_at, ack_at, resolved_at, ttr_s, tta_s, dedup_key, url";

constexpr const char* k_upsert_sql = R"sql(
INSERT INTO incidents (source, source_id, number, title, service, service_id, team, status,
  status_raw, sev_level, sev_raw, urgency, major, created_at, ack_at, resolved_at, ttr_s, tta_s,
  dedup_key, url, imported_from)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
  ?20, ?21)
ON CONFLICT (source, source_id) DO UPDATE SET
  number = excluded.number, title = excluded.title, service = excluded.service,
  service_id = excluded.service_id, team = excluded.team, status = excluded.status,
  status_raw = excluded.status_raw, sev_level = excluded.sev_level, sev_raw = excluded.sev_raw,
  urgency = excluded.urgency, major = excluded.major, created_at = excluded.created_at,
  ack_at = excluded.ack_at, resolved_at = excluded.resolved_at, ttr_s = excluded.ttr_s,
  tta_s = excluded.tta_s, dedup_key = excluded.dedup_key, url = excluded.url
WHERE number IS NOT excluded.number OR title IS NOT excluded.title
  OR service IS NOT excluded.service OR service_id IS NOT excluded.service_id
  OR team IS NOT excluded.team OR status IS NOT excluded.status
  OR status_raw IS NOT excluded.status_raw OR sev_level IS NOT excluded.sev_level
  OR sev_raw IS NOT excluded.sev_raw OR urgency IS NOT excluded.urgency
  OR major IS NOT excluded.major OR created_at IS NOT excluded.created_at
  OR ack_at IS NOT excluded.ack_at OR resolved_at IS NOT excluded.resolved_at
  OR ttr_s IS NOT excluded.ttr_s OR tta_s IS NOT excluded.tta_s
  OR dedup_key IS NOT excluded.dedup_key OR url IS NOT excluded.url
)sql";

}  // namespace

Result<IncidentStore> IncidentStore::open(Database& db) {
  auto exists = db.prepare("SELECT 1 FROM incidents WHERE source = ?1 AND source_id = ?2");
  if (!exists.ok()) return exists.error();
  auto upsert = db.prepare(k_upsert_sql);
  if (!upsert.ok()) return upsert.error();
  auto find =
      db.prepare(std::string("SELECT ") + k_columns + " FROM incidents WHERE source = ?1 AND source_id = ?2");
  if (!find.ok()) return find.error();
  return IncidentStore(&db, std::move(*exists), std::move(*upsert), std::move(*find));
}

Result<UpsertOutcome> IncidentStore::upsert(const Incident& incident, const std::string& imported_from) {
  m_exists.bind(1, incident.source).bind(2, incident.source_id);
  auto existed = m_exists.step();
  m_exists.reset();
  if (!existed.ok()) return existed.error();

  Statement& s = m_upsert;
  s.bind(1, incident.source).bind(2, incident.source_id).bind(3, incident.number);
  s.bind(4, incident.title).bind(5, incident.service).bind(6, incident.service_id);
  s.bind(7, incident.team).bind(8, incident.status).bind(9, incident.status_raw);
  s.bind(10, incident.sev_level).bind(11, incident.sev_raw).bind(12, incident.urgency);
  s.bind(13, incident.major ? 1 : 0).bind(14, incident.created_at).bind(15, incident.ack_at);
  s.bind(16, incident.resolved_at).bind(17, incident.ttr_s).bind(18, incident.tta_s);
  s.bind(19, incident.dedup_key).bind(20, incident.url).bind(21, imported_from);
  Status ran = s.run();
  if (!ran.ok()) return ran.error().within("incident " + incident.source + "/" + incident.source_id);
  if (!*existed) return UpsertOutcome::inserted;
  // changes() counts the rows the last statement on this connection wrote: 0 when the WHERE
  // clause found every field identical.
  return m_db->changes() > 0 ? UpsertOutcome::updated : UpsertOutcome::unchanged;
}

Result<std::optional<Incident>> IncidentStore::find(const std::string& source, const std::string& source_id) {
  m_find.bind(1, source).bind(2, source_id);
  auto row = m_find.step();
  if (!row.ok()) {
    m_find.reset();
    return row.error();
  }
  if (!*row) {
    m_find.reset();
    return std::optional<Incident>();
  }
  const Statement& r = m_find;
  Incident out;
  out.source = source;
  out.source_id = source_id;
  out.number = r.optional_int64(0);
  out.title = r.optional_text(1);
  out.service = r.optional_text(2);
  out.service_id = r.optional_text(3);
  out.team = r.optional_text(4);
  out.status = r.optional_text(5);
  out.status_raw = r.optional_text(6);
  out.sev_level = static_cast<int>(r.int64(7));
  out.sev_raw = r.optional_text(8);
  out.urgency = static_cast<int>(r.int64(9));
  out.major = r.int64(10) != 0;
  out.created_at = r.optional_int64(11);
  out.ack_at = r.optional_int64(12);
  out.resolved_at = r.optional_int64(13);
  out.ttr_s = r.optional_int64(14);
  out.tta_s = r.optional_int64(15);
  out.dedup_key = r.optional_text(16);
  out.url = r.optional_text(17);
  m_find.reset();
  return std::optional<Incident>(std::move(out));
}

}  // namespace faultline::store
