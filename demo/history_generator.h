// write_history: one demo service's git repository, from its WorkPlan, written with RepoWriter.
//
// Walks the plan in time order keeping the tree of main and of each open branch as file maps
// (plus the structured filler files behind them). A branch starts from main's tree and head at
// its first commit; its commits change only its own paths; its merge overlays those paths on
// main and records both heads as parents. Main's own commits edit filler code: add a function
// (most often), tune one, drop one, add a file, or move a file to a new name (a rename the
// scanner detects by similarity). At the end refs/heads/main points at main's head and no
// other ref exists.
//
// Thread-safety: safe to run for different services on different threads (each has its own
// repository, templates are read-only).
#pragma once

#include <cstdint>
#include <string>

#include "base/result.h"
#include "demo/demo_random.h"
#include "demo/organisation_spec.h"
#include "demo/template_library.h"

namespace faultline::demo {

struct HistorySummary {
  std::string repo;
  int commits = 0;
  int merges = 0;
  int renames = 0;
  int authors = 0;
  int64_t first_time = 0;
  int64_t last_time = 0;
};

// REQUIRES: libgit2 initialised; `path` does not exist.
Result<HistorySummary> write_history(const OrganisationSpec& organisation, const ServiceSpec& service,
                                     const TemplateLibrary& templates, DemoRandom random,
                                     const std::string& path);

// The variables every template of `service` sees: service, package, team.
Variables service_variables(const ServiceSpec& service);

}  // namespace faultline::demo
