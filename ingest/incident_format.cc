// Names of the incident formats, and detection of a JSON export's format from its content.
//
// Detection looks at the first incident for fields that only one format has (Opsgenie's
// `tinyId`, incident.io's `incident_status`, FireHydrant's milestones, the analytics
// `seconds_to_resolve`, PagerDuty's `incident_number`/`html_url`), and falls back on the
// page around the list when the list is empty (incident.io's `pagination_meta`, the
// PagerDuty `incidents` page with `limit`/`offset`/`more`).
#include "ingest/incident_format.h"

#include <array>
#include <utility>

namespace faultline::ingest {
namespace {

using nlohmann::json;

constexpr std::array<std::pair<IncidentFormat, std::string_view>, 7> k_names = {{
    {IncidentFormat::automatic, "auto"},
    {IncidentFormat::pagerduty, "pagerduty"},
    {IncidentFormat::pagerduty_analytics, "pagerduty-analytics"},
    {IncidentFormat::csv, "csv"},
    {IncidentFormat::opsgenie, "opsgenie"},
    {IncidentFormat::incident_io, "incident.io"},
    {IncidentFormat::firehydrant, "firehydrant"},
}};

bool has_any(const json& object, std::initializer_list<std::string_view> keys) {
  if (!object.is_object()) return false;
  for (std::string_view key : keys)
    if (object.contains(key)) return true;
  return false;
}

}  // namespace

std::string_view format_name(IncidentFormat format) {
  for (const auto& [value, name] : k_names)
    if (value == format) return name;
  return "auto";
}

std::optional<IncidentFormat> format_from_name(std::string_view name) {
  for (const auto& [value, known] : k_names)
    if (known == name) return value;
  if (name == "incidentio" || name == "incident-io") return IncidentFormat::incident_io;
  return std::nullopt;
}

std::string format_names() {
  std::string out;
  for (const auto& [value, name] : k_names) {
    if (!out.empty()) out += '|';
    out += name;
  }
  return out;
}

std::optional<IncidentFormat> detect_json_format(const json& page, const json* item) {
  if (item != nullptr && item->is_object()) {
    if (has_any(*item, {"tinyId", "impactedServices", "impactEndDate", "ownerTeam"}))
      return IncidentFormat::opsgenie;
    if (has_any(*item, {"incident_status", "incident_timestamp_values", "custom_field_entries", "permalink"}))
      return IncidentFormat::incident_io;
    if (has_any(*item, {"current_milestone", "milestones", "incident_url"}))
      return IncidentFormat::firehydrant;
    if (has_any(*item, {"seconds_to_resolve", "seconds_to_first_ack", "service_name", "priority_name",
                        "priority_order", "team_name"}))
      return IncidentFormat::pagerduty_analytics;
    if (has_any(*item, {"incident_number", "html_url", "incident_key", "last_status_change_at"}) ||
        (item->contains("service") && (*item)["service"].is_object()))
      return IncidentFormat::pagerduty;
  }
  if (has_any(page, {"pagination_meta"})) return IncidentFormat::incident_io;
  if (page.is_object() && page.contains("incidents")) return IncidentFormat::pagerduty;
  if (has_any(page, {"requestId", "took"})) return IncidentFormat::opsgenie;
  if (has_any(page, {"pagination"})) return IncidentFormat::firehydrant;
  if (has_any(page, {"order_by", "time_zone", "filters"})) return IncidentFormat::pagerduty_analytics;
  return std::nullopt;
}

}  // namespace faultline::ingest
