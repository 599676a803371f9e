// Incident rows of a CSV export (PagerDuty's CSV, ServiceNow's, or any other) → drafts.
//
// Columns are recognised by their header, lower-cased with spaces and '-' folded to '_',
// against a table of aliases per canonical field (created_on, created_at, open_time,
// opened_at → created_at; service_name, service, cmdb_ci → service; priority, severity,
// priority_name → severity; ... see incident_csv.cc). `--map COL=FIELD` overrides name a
// column (folded the same way) for a field. The id is the `id` column, else the number's
// text. An empty cell is absent; a quoted empty cell ("") is an empty text.
//
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.h"
#include "ingest/incident_draft.h"

namespace faultline::ingest {

struct CsvColumnOverride {
  std::string column;  // as the header spells it
  std::string field;   // a canonical field, see csv_field_names()
};

struct CsvIncidentRows {
  std::vector<IncidentDraft> drafts;
  std::vector<BadRow> bad_rows;  // in file order
  char separator = ',';
};

// The fields --map accepts: source_id, number, title, service, service_id, team, status,
// severity, priority_order, urgency, major, created_at, ack_at, resolved_at, ttr_s, tta_s,
// dedup_key, url.
const std::vector<std::string>& csv_field_names();
bool is_csv_field(std::string_view field);

// Reads every row. A row whose values cannot stand for their fields goes to bad_rows; a
// broken file (unclosed quote, no header, no id column, an override naming a missing
// column) is an Error "LINE:COL: what".
Result<CsvIncidentRows> read_csv_incidents(std::string_view text,
                                           const std::vector<CsvColumnOverride>& overrides);

}  // namespace faultline::ingest
