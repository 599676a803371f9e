// PLACEHOLDER until its issue lands: replaced by the real subcommand.
#include "cli/command.h"

namespace faultline::cli {

Command services_command() {
  return {"services", "(not built yet)", [](CLI::App&) -> RunFunction {
            return [] { return fail("services is not built yet"); };
          }};
}

}  // namespace faultline::cli
