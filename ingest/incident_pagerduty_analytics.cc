// PagerDuty Analytics raw incident (/analytics/raw/incidents) → IncidentDraft.
//
// Fields: id, incident_number, description, status, urgency, major, priority_name,
// priority_order (larger = more urgent within the account), service_id, service_name,
// team_name, created_at, resolved_at, seconds_to_resolve, seconds_to_first_ack.
#include "ingest/incident_fields.h"
#include "ingest/incident_format.h"

namespace faultline::ingest {

Result<IncidentDraft> read_pagerduty_analytics_incident(const nlohmann::json& item, SourcePosition position) {
  IncidentFields f(item, position);
  IncidentDraft d;
  d.position = position;
  d.source_id = f.id({"id"});
  d.number = f.integer({"incident_number"});
  d.title = f.text({"description"});
  if (!d.title) d.title = f.text({"title"});
  d.status_raw = f.text({"status"});
  d.urgency_raw = f.text({"urgency"});
  d.major = f.boolean({"major"});
  d.sev_raw = f.text({"priority_name"});
  d.sev_order = f.integer({"priority_order"});
  d.service = f.text({"service_name"});
  d.service_id = f.text({"service_id"});
  d.team = f.text({"team_name"});
  d.created = f.time({"created_at"});
  d.resolved = f.time({"resolved_at"});
  d.ttr_s = f.integer({"seconds_to_resolve"});
  d.tta_s = f.integer({"seconds_to_first_ack"});
  if (!f.status().ok()) return f.status().error();
  return d;
}

}  // namespace faultline::ingest
