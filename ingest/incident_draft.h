// IncidentDraft: one incident as an export's reader found it, before the file-wide decisions.
//
// Each format's reader fills a draft with the export's own texts (status, severity, times as
// written). finish_incident() then turns a draft into the canonical store::Incident of
// FORMATS.md: times to UTC seconds, the status enum (raw kept), urgency, the severity level
// from the export's SeverityScale (raw kept), and ttr/tta computed when the export does not
// give them and the times allow it.
//
// Thread-safety: plain values and pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "base/result.h"
#include "ingest/incident_json.h"
#include "ingest/severity.h"
#include "store/incident_store.h"

namespace faultline::ingest {

// A time as the export wrote it, with the place to blame when it does not parse.
struct TimeText {
  std::string text;
  std::string field;  // the export's name for it, e.g. "created_at"
  SourcePosition position;
};

struct IncidentDraft {
  SourcePosition position;  // where the incident begins in its file
  std::string source_id;
  std::optional<int64_t> number;
  std::optional<std::string> title;
  std::optional<std::string> service;
  std::optional<std::string> service_id;
  std::optional<std::string> team;
  std::optional<std::string> status_raw;
  std::optional<std::string> status_key;  // what decides the status enum when it is not status_raw
  std::optional<std::string> sev_raw;
  std::optional<int64_t> sev_order;  // larger = worse (PagerDuty priority_order, incident.io rank)
  std::optional<std::string> urgency_raw;
  std::optional<bool> major;
  std::optional<TimeText> created;
  std::optional<TimeText> acknowledged;
  std::optional<TimeText> resolved;
  std::optional<int64_t> ttr_s;
  std::optional<int64_t> tta_s;
  std::optional<std::string> dedup_key;
  std::optional<std::string> url;
};

// A row (incident) of an export that could not be read, and why.
struct BadRow {
  SourcePosition position;
  std::string reason;
};

// The canonical incident of `draft`, or the BadRow naming the field that cannot be read
// (a time that is not one) at that field's place.
// REQUIRES: `scale` has observed every draft of the export.
std::variant<store::Incident, BadRow> finish_incident(const IncidentDraft& draft, const SeverityScale& scale,
                                                      const std::string& source);

// The number in an id like "INC-123", "#42", "INC0012345" or "17": its trailing digits;
// nullopt when there are none or they do not fit.
std::optional<int64_t> number_in(std::string_view text);

}  // namespace faultline::ingest
