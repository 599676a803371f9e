// Opsgenie incident (Incident API `{"data": [...]}`) → IncidentDraft.
//
// Fields: id, tinyId (the number), message, status, priority P1..P5, impactedServices[0]
// (the service), ownerTeam, createdAt, impactEndDate (the resolution), links.web.
#include "ingest/incident_fields.h"
#include "ingest/incident_format.h"

namespace faultline::ingest {

Result<IncidentDraft> read_opsgenie_incident(const nlohmann::json& item, SourcePosition position) {
  IncidentFields f(item, position);
  IncidentDraft d;
  d.position = position;
  d.source_id = f.id({"id"});
  if (auto tiny = f.text({"tinyId"})) d.number = number_in(*tiny);
  d.title = f.text({"message"});
  d.status_raw = f.text({"status"});
  d.sev_raw = f.text({"priority"});
  if (const auto* services = json_find(item, {"impactedServices"})) {
    if (services->is_array()) {
      if (!services->empty()) d.service = f.text_of((*services)[0], "impactedServices[0]");
    } else {
      d.service = f.text_of(*services, "impactedServices");
    }
  }
  d.team = f.text({"ownerTeam"});
  d.created = f.time({"createdAt"});
  if (!d.created) d.created = f.time({"impactStartDate"});
  d.resolved = f.time({"impactEndDate"});
  d.url = f.text({"links", "web"});
  if (!f.status().ok()) return f.status().error();
  return d;
}

}  // namespace faultline::ingest
