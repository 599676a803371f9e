// import_incident_text: parse → refuse or list bad rows → BEGIN IMMEDIATE → upsert each →
// COMMIT. Any failure before the commit rolls the whole file back (Transaction's destructor).
#include "ingest/incident_importer.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "store/incident_store.h"

namespace faultline::ingest {
namespace {

std::string describe(const std::string& name, const BadRow& row) {
  return name + ":" + std::to_string(row.position.line) + ":" + std::to_string(row.position.column) + ": " +
         row.reason;
}

}  // namespace

Result<FileImport> import_incident_text(store::Database& db, std::string_view text, const std::string& name,
                                        const ImportOptions& options) {
  auto parsed = parse_incident_export(text, options.parse);
  if (!parsed.ok()) return Error(name + ":" + parsed.error().message());

  FileImport out;
  out.file = name;
  out.format = parsed->format;
  if (!parsed->bad_rows.empty() && !options.skip_bad) {
    std::string message = describe(name, parsed->bad_rows.front());
    if (parsed->bad_rows.size() > 1)
      message += " (and " + std::to_string(parsed->bad_rows.size() - 1) + " more bad rows)";
    return Error(message + "; nothing of " + name + " was imported (--skip-bad imports the good rows)");
  }
  for (const BadRow& row : parsed->bad_rows) out.bad_rows.push_back(describe(name, row));

  auto transaction = store::Transaction::begin(db);
  if (!transaction.ok()) return transaction.error().within(name);
  auto incidents = store::IncidentStore::open(db);
  if (!incidents.ok()) return incidents.error().within(name);
  for (const store::Incident& incident : parsed->incidents) {
    auto outcome = incidents->upsert(incident, name);
    if (!outcome.ok()) return outcome.error().within(name);
    switch (*outcome) {
      case store::UpsertOutcome::inserted:
        ++out.imported;
        break;
      case store::UpsertOutcome::updated:
        ++out.updated;
        break;
      case store::UpsertOutcome::unchanged:
        ++out.unchanged;
        break;
    }
  }
  Status committed = transaction->commit();
  if (!committed.ok()) return committed.error().within(name);
  return out;
}

Result<FileImport> import_incident_file(store::Database& db, const std::string& path,
                                        const ImportOptions& options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(path + ": cannot open: " + std::strerror(errno));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return Error(path + ": cannot read: " + std::strerror(errno));
  return import_incident_text(db, bytes.str(), path, options);
}

}  // namespace faultline::ingest
