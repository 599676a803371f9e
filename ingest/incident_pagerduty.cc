// PagerDuty REST API v2 incident → IncidentDraft.
//
// Fields: id, incident_number, title (else summary), status (triggered|acknowledged|resolved),
// urgency, priority.summary (else .name; the priority may be null), service.id/.summary,
// teams[0].summary, created_at, resolved_at (else last_status_change_at when resolved), the
// first acknowledgements[].at (PagerDuty lists them oldest first) (else last_status_change_at when
// acknowledged), incident_key, html_url.
#include "ingest/incident_fields.h"
#include "ingest/incident_format.h"

namespace faultline::ingest {

Result<IncidentDraft> read_pagerduty_incident(const nlohmann::json& item, SourcePosition position) {
  IncidentFields f(item, position);
  IncidentDraft d;
  d.position = position;
  d.source_id = f.id({"id"});
  d.number = f.integer({"incident_number"});
  d.title = f.text({"title"});
  if (!d.title) d.title = f.text({"summary"});
  d.status_raw = f.text({"status"});
  d.urgency_raw = f.text({"urgency"});
  d.sev_raw = f.text({"priority", "summary"});
  if (!d.sev_raw) d.sev_raw = f.text({"priority", "name"});
  d.service = f.text({"service", "summary"});
  if (!d.service) d.service = f.text({"service", "name"});
  d.service_id = f.text({"service", "id"});
  if (const auto* teams = json_find(item, {"teams"}); teams && teams->is_array() && !teams->empty()) {
    const nlohmann::json& team = (*teams)[0];
    if (const auto* summary = json_find(team, {"summary"}))
      d.team = f.text_of(*summary, "teams[0].summary");
    else if (const auto* name = json_find(team, {"name"}))
      d.team = f.text_of(*name, "teams[0].name");
  }
  d.created = f.time({"created_at"});
  d.resolved = f.time({"resolved_at"});
  if (!d.resolved && d.status_raw == "resolved") d.resolved = f.time({"last_status_change_at"});
  if (const auto* acks = json_find(item, {"acknowledgements"}); acks && acks->is_array() && !acks->empty()) {
    if (const auto* first = json_find((*acks)[0], {"at"}))
      d.acknowledged = f.time_of(*first, "acknowledgements[0].at");
  }
  if (!d.acknowledged && d.status_raw == "acknowledged") d.acknowledged = f.time({"last_status_change_at"});
  d.dedup_key = f.text({"incident_key"});
  d.url = f.text({"html_url"});
  if (!f.status().ok()) return f.status().error();
  return d;
}

}  // namespace faultline::ingest
