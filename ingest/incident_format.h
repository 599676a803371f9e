// IncidentFormat: the incident exports faultline reads (FORMATS.md), their names on the
// command line and as the `source` of the incidents they hold, and the readers of one
// incident of each JSON format.
//
// Each reader turns one element of the export's incident list into an IncidentDraft and
// fails (with the field named) only when a value cannot stand for its field or the id is
// missing; the caller adds the file, line and column. Readers never touch a database.
//
// Thread-safety: pure functions.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "base/result.h"
#include "ingest/incident_draft.h"

namespace faultline::ingest {

enum class IncidentFormat {
  automatic,
  pagerduty,
  pagerduty_analytics,
  csv,
  opsgenie,
  incident_io,
  firehydrant
};

// "auto", "pagerduty", "pagerduty-analytics", "csv", "opsgenie", "incident.io", "firehydrant".
std::string_view format_name(IncidentFormat format);
std::optional<IncidentFormat> format_from_name(std::string_view name);
// Every name format_from_name accepts, separated by '|', for help texts.
std::string format_names();

// PagerDuty REST API v2 incident (incident_pagerduty.cc).
Result<IncidentDraft> read_pagerduty_incident(const nlohmann::json& item, SourcePosition position);
// PagerDuty Analytics raw incident (incident_pagerduty_analytics.cc).
Result<IncidentDraft> read_pagerduty_analytics_incident(const nlohmann::json& item, SourcePosition position);
// Opsgenie incident (incident_opsgenie.cc).
Result<IncidentDraft> read_opsgenie_incident(const nlohmann::json& item, SourcePosition position);
// incident.io v2 incident (incident_incidentio.cc).
Result<IncidentDraft> read_incidentio_incident(const nlohmann::json& item, SourcePosition position);
// FireHydrant incident (incident_firehydrant.cc).
Result<IncidentDraft> read_firehydrant_incident(const nlohmann::json& item, SourcePosition position);

// The JSON format whose incidents look like `item` (by the fields only that format has),
// or nullopt. `page` is the object around the list (null for a bare list).
std::optional<IncidentFormat> detect_json_format(const nlohmann::json& page, const nlohmann::json* item);

}  // namespace faultline::ingest
