// FireHydrant incident → IncidentDraft.
//
// Fields: id, number, name, current_milestone (the status: started/detected/investigating →
// open, acknowledged, identified/mitigated... see severity.cc's table), severity ("SEV1";
// else priority "P1"), services[0].name/.id (else the first impacts[] of type "service"),
// the first team (teams[0].name or team_assignments[0].team.name), started_at (else
// created_at), milestones[] by type (acknowledged; resolved, else mitigated, else closed),
// incident_url.
#include "ingest/incident_fields.h"
#include "ingest/incident_format.h"

namespace faultline::ingest {
namespace {

using nlohmann::json;

// The first element of the array `key` of `item`, or nullptr.
const json* first_of(const json& item, std::string_view key) {
  const json* list = json_find(item, {key});
  if (list == nullptr || !list->is_array() || list->empty()) return nullptr;
  return &(*list)[0];
}

}  // namespace

Result<IncidentDraft> read_firehydrant_incident(const json& item, SourcePosition position) {
  IncidentFields f(item, position);
  IncidentDraft d;
  d.position = position;
  d.source_id = f.id({"id"});
  d.number = f.integer({"number"});
  d.title = f.text({"name"});
  d.status_raw = f.text({"current_milestone"});
  if (const json* severity = json_find(item, {"severity"}))
    d.sev_raw = severity->is_object() ? f.text({"severity", "slug"}) : f.text_of(*severity, "severity");
  if (!d.sev_raw) d.sev_raw = f.text({"priority"});
  d.url = f.text({"incident_url"});

  if (const json* service = first_of(item, "services")) {
    if (const json* name = json_find(*service, {"name"})) d.service = f.text_of(*name, "services[0].name");
    if (const json* id = json_find(*service, {"id"})) d.service_id = f.text_of(*id, "services[0].id");
  } else if (const json* impacts = json_find(item, {"impacts"}); impacts && impacts->is_array()) {
    for (const json& impact : *impacts) {
      const json* type = json_find(impact, {"type"});
      if (type == nullptr || *type != "service") continue;
      if (const json* name = json_find(impact, {"impact", "name"}))
        d.service = f.text_of(*name, "impacts[].impact.name");
      if (const json* id = json_find(impact, {"impact", "id"}))
        d.service_id = f.text_of(*id, "impacts[].impact.id");
      break;
    }
  }
  if (const json* team = first_of(item, "teams")) {
    if (const json* name = json_find(*team, {"name"})) d.team = f.text_of(*name, "teams[0].name");
  } else if (const json* assignment = first_of(item, "team_assignments")) {
    if (const json* name = json_find(*assignment, {"team", "name"}))
      d.team = f.text_of(*name, "team_assignments[0].team.name");
  }

  d.created = f.time({"started_at"});
  if (!d.created) d.created = f.time({"created_at"});
  std::optional<TimeText> mitigated, closed;
  if (const json* milestones = json_find(item, {"milestones"}); milestones && milestones->is_array()) {
    for (const json& milestone : *milestones) {
      const json* type = json_find(milestone, {"type"});
      const json* when = json_find(milestone, {"occurred_at"});
      if (type == nullptr || when == nullptr || !type->is_string()) continue;
      const std::string& kind = type->get_ref<const std::string&>();
      std::string what = "milestones[" + kind + "].occurred_at";
      if (kind == "acknowledged")
        d.acknowledged = f.time_of(*when, what);
      else if (kind == "resolved")
        d.resolved = f.time_of(*when, what);
      else if (kind == "mitigated")
        mitigated = f.time_of(*when, what);
      else if (kind == "closed")
        closed = f.time_of(*when, what);
    }
  }
  if (!d.resolved) d.resolved = mitigated ? mitigated : closed;
  if (!f.status().ok()) return f.status().error();
  return d;
}

}  // namespace faultline::ingest
