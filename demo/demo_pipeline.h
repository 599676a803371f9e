// run_demo: `faultline demo` up to the report — generate the organisation, then scan →
// import → map → train, print the report and the best examples of three concepts. The caller
// (cli/cmd_demo.cc) serves the viewer afterwards.
//
// Steps and how each runs:
//   generate   in-process (organisation_generator.h)
//   scan       in-process: ingest::Scanner over the manifest, `jobs` workers
//   import     the binary's own `incidents import --db DB <json> <csv>` (its importer)
//   map        the binary's own `services --db DB --mapping service-mapping.json`
//   train      in-process: model::build_panel → model::train → store::save_model
//   report     in-process: model::render_report (text)
//   examples   in-process: store::query_examples, best first
// Each step prints one line with what it did and how long it took; a failed step stops the
// demo with the step named.
//
// Thread-safety: call from one thread.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "base/result.h"

namespace faultline::demo {

struct DemoOptions {
  std::string dir;               // REQUIRES: outside the source tree
  std::optional<uint64_t> seed;  // default: the spec's
  size_t jobs = 1;
  std::string self_exe = "/proc/self/exe";  // the faultline binary, for the steps it runs
  std::vector<std::string> example_concepts = {"timeouts", "deserialisation", "logging"};
};

struct DemoOutcome {
  std::string db_path;
  int commits = 0;
  int incidents = 0;
  int64_t model_id = 0;
  double seconds = 0;
};

// REQUIRES: libgit2 initialised.
Result<DemoOutcome> run_demo(const DemoOptions& options, std::ostream& out);

}  // namespace faultline::demo
