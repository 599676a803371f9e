// parse_incident_export: the bytes of one incident export → canonical incidents, no database.
//
// The format is detected from the content unless forced: text that starts (after a UTF-8 BOM
// and blank space) with '{' or '[' is JSON, anything else CSV. JSON comes as one page
// (`{"incidents": [...]}` or `{"data": [...]}`), a JSON array of pages or of incidents, or
// JSON lines (one page or one incident per line; chosen when the first non-blank line is a
// whole JSON object on its own and more lines follow). The first incident's fields (and the
// page around it) name the format (incident_format.h).
//
// A file that cannot be read as a whole (malformed JSON, no incident list, an unclosed CSV
// quote, a CSV with no id column, a format that cannot be told) is an Error
// "LINE:COL: what". A single incident that cannot be read becomes a BadRow and the others
// are still returned; the caller decides whether bad rows stop the import.
//
// Thread-safety: pure function. This is what the fuzz targets call.
#pragma once

#include <string_view>
#include <vector>

#include "base/result.h"
#include "ingest/incident_csv.h"
#include "ingest/incident_draft.h"
#include "ingest/incident_format.h"
#include "store/incident_store.h"

namespace faultline::ingest {

struct ParseOptions {
  IncidentFormat format = IncidentFormat::automatic;
  std::vector<CsvColumnOverride> csv_overrides;
};

struct ParsedExport {
  IncidentFormat format = IncidentFormat::automatic;  // automatic: an empty export of no telling format
  std::vector<store::Incident> incidents;             // in file order
  std::vector<BadRow> bad_rows;                       // in file order
};

Result<ParsedExport> parse_incident_export(std::string_view text, const ParseOptions& options);

}  // namespace faultline::ingest
