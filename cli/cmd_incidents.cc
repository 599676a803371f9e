// PLACEHOLDER until its issue lands: replaced by the real subcommand.
#include "cli/command.h"

namespace faultline::cli {

Command incidents_command() {
  return {"incidents", "(not built yet)", [](CLI::App&) -> RunFunction {
            return [] { return fail("incidents is not built yet"); };
          }};
}

}  // namespace faultline::cli
