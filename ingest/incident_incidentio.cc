// incident.io (API v2) incident → IncidentDraft.
//
// Fields: id, reference ("INC-123": the number), name, incident_status.name (raw) with its
// .category deciding the enum (triage → open, live/paused → acknowledged, learning →
// resolved, closed, declined/canceled/merged → cancelled), severity.name (raw) and .rank
// (larger = worse), permalink, created_at. Times by name from incident_timestamp_values
// ("Reported at" → created, "Accepted"/"Acknowledged" → acknowledged, "Resolved"/"Fixed" →
// resolved, else "Closed"). Service and team from custom_field_entries whose field's name
// mentions "service" / "team" (first value: catalog entry name, option value or text).
#include <cctype>

#include "ingest/incident_fields.h"
#include "ingest/incident_format.h"

namespace faultline::ingest {
namespace {

using nlohmann::json;

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

bool mentions(const std::optional<std::string>& name, std::string_view word) {
  return name && lower(*name).find(word) != std::string::npos;
}

// The first value of a custom field entry, as text.
std::optional<std::string> first_value(IncidentFields& f, const json& entry) {
  const json* values = json_find(entry, {"values"});
  if (values == nullptr || !values->is_array() || values->empty()) return std::nullopt;
  const json& value = (*values)[0];
  if (const auto* name = json_find(value, {"value_catalog_entry", "name"}))
    return f.text_of(*name, "custom field value");
  if (const auto* option = json_find(value, {"value_option", "value"}))
    return f.text_of(*option, "custom field value");
  if (const auto* text = json_find(value, {"value_text"})) return f.text_of(*text, "custom field value");
  return std::nullopt;
}

}  // namespace

Result<IncidentDraft> read_incidentio_incident(const json& item, SourcePosition position) {
  IncidentFields f(item, position);
  IncidentDraft d;
  d.position = position;
  d.source_id = f.id({"id"});
  if (auto reference = f.text({"reference"})) d.number = number_in(*reference);
  d.title = f.text({"name"});
  d.status_raw = f.text({"incident_status", "name"});
  d.status_key = f.text({"incident_status", "category"});
  if (!d.status_raw) d.status_raw = d.status_key;
  d.sev_raw = f.text({"severity", "name"});
  d.sev_order = f.integer({"severity", "rank"});
  d.url = f.text({"permalink"});
  d.created = f.time({"created_at"});

  if (const auto* entries = json_find(item, {"custom_field_entries"}); entries && entries->is_array()) {
    for (const json& entry : *entries) {
      const json* field_name = json_find(entry, {"custom_field", "name"});
      auto label = field_name ? f.text_of(*field_name, "custom_field.name") : std::nullopt;
      if (!d.service && mentions(label, "service"))
        d.service = first_value(f, entry);
      else if (!d.team && mentions(label, "team"))
        d.team = first_value(f, entry);
    }
  }
  if (const auto* stamps = json_find(item, {"incident_timestamp_values"}); stamps && stamps->is_array()) {
    std::optional<TimeText> closed;
    for (const json& stamp : *stamps) {
      const json* name_value = json_find(stamp, {"incident_timestamp", "name"});
      const json* time_value = json_find(stamp, {"value", "value"});
      if (name_value == nullptr || time_value == nullptr) continue;
      auto name = f.text_of(*name_value, "incident_timestamp.name");
      if (!name) continue;
      std::string what = "incident_timestamp_values[" + *name + "]";
      if (mentions(name, "reported"))
        d.created = f.time_of(*time_value, what);
      else if (mentions(name, "accepted") || mentions(name, "acknowledged"))
        d.acknowledged = f.time_of(*time_value, what);
      else if (mentions(name, "resolved") || mentions(name, "fixed"))
        d.resolved = f.time_of(*time_value, what);
      else if (mentions(name, "closed"))
        closed = f.time_of(*time_value, what);
    }
    if (!d.resolved) d.resolved = closed;
  }
  if (!f.status().ok()) return f.status().error();
  return d;
}

}  // namespace faultline::ingest
