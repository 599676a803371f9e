// generate_organisation: the whole demo organisation under a folder, from the spec, the
// templates and one seed:
//   <dir>/.faultline-demo         marks the folder as the demo's (so a re-run may empty it)
//   <dir>/repos/<repo>.git        one bare repository per service (write_history)
//   <dir>/incidents/…, organisation.json, service-mapping.json   (write_exports)
// A folder that exists must be empty or hold an earlier demo (the marker); an earlier demo's
// content is deleted first, so a re-run regenerates cleanly. Repositories are written on
// `jobs` threads, each from its own stream (seed → fork("history/" + repo)), so the output does
// not depend on `jobs`.
//
// Thread-safety: call from one thread; it starts and joins its own workers.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "demo/export_writer.h"
#include "demo/history_generator.h"
#include "demo/organisation_spec.h"
#include "demo/template_library.h"

namespace faultline::demo {

struct GeneratedOrganisation {
  std::vector<HistorySummary> repositories;  // in the spec's order
  std::vector<DemoIncident> incidents;
  ExportFiles files;
  int commits = 0;
};

// REQUIRES: libgit2 initialised.
Result<GeneratedOrganisation> generate_organisation(const OrganisationSpec& spec,
                                                    const TemplateLibrary& templates, uint64_t seed,
                                                    const std::string& dir, size_t jobs);

// Empties `dir` if it holds an earlier demo, creates it, and marks it. Fails, naming the
// folder, when it holds anything else.
Status prepare_demo_dir(const std::string& dir);

}  // namespace faultline::demo
