// PLACEHOLDER until its issue lands: replaced by the real subcommand.
#include "cli/command.h"

namespace faultline::cli {

Command examples_command() {
  return {"examples", "(not built yet)", [](CLI::App&) -> RunFunction {
            return [] { return fail("examples is not built yet"); };
          }};
}

}  // namespace faultline::cli
