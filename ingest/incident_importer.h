// import_incident_file: one incident export into the database, in one transaction.
//
// The file is read whole and parsed (incident_parser.h); then every incident is upserted
// (store/incident_store.h) inside one transaction. A broken file, or any bad row without
// `skip_bad`, stores nothing of that file and fails with "FILE:LINE:COL: what". With
// `skip_bad` the bad rows are listed in the result and the rest stored. Importing the same
// export again inserts and updates nothing.
//
// Thread-safety: uses the caller's Database on the caller's thread.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "ingest/incident_parser.h"
#include "store/database.h"

namespace faultline::ingest {

struct ImportOptions {
  ParseOptions parse;
  bool skip_bad = false;
};

struct FileImport {
  std::string file;
  IncidentFormat format = IncidentFormat::automatic;
  int64_t imported = 0;               // new incidents
  int64_t updated = 0;                // known incidents whose fields changed
  int64_t unchanged = 0;              // known incidents, identical
  std::vector<std::string> bad_rows;  // "FILE:LINE:COL: reason", skipped (only with skip_bad)
};

Result<FileImport> import_incident_file(store::Database& db, const std::string& path,
                                        const ImportOptions& options);

// The same for text already in memory; `name` stands for the file in messages.
Result<FileImport> import_incident_text(store::Database& db, std::string_view text, const std::string& name,
                                        const ImportOptions& options);

}  // namespace faultline::ingest
