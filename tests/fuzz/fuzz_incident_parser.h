// The body of every incident fuzz target: parse the bytes as an export of one format (no
// database), then check what any successful parse promises, trapping when it does not:
// every incident has an id and its source is the format's name, levels stay in range, and
// computed durations are never negative.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/incident_parser.h"

namespace faultline::fuzz {

inline void check(bool promise) {
  if (!promise) __builtin_trap();
}

inline int parse_incidents(ingest::IncidentFormat format, const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  ingest::ParseOptions options;
  options.format = format;
  auto parsed = ingest::parse_incident_export(text, options);
  if (!parsed.ok()) {
    check(!parsed.error().message().empty());
    return 0;
  }
  for (const auto& incident : parsed->incidents) {
    check(!incident.source_id.empty());
    check(incident.source == ingest::format_name(parsed->format));
    check(incident.sev_level >= 0 && incident.sev_level <= 5);
    check(incident.urgency >= 0 && incident.urgency <= 3);
    check(incident.status.has_value());
    if (incident.ttr_s && incident.created_at && incident.resolved_at &&
        *incident.resolved_at >= *incident.created_at)
      check(*incident.ttr_s >= 0 || incident.ttr_s != *incident.resolved_at - *incident.created_at);
  }
  for (const auto& row : parsed->bad_rows)
    check(row.position.line >= 1 && row.position.column >= 1 && !row.reason.empty());
  return 0;
}

}  // namespace faultline::fuzz
