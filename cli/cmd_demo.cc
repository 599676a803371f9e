// PLACEHOLDER until its issue lands: replaced by the real subcommand.
#include "cli/command.h"

namespace faultline::cli {

Command demo_command() {
  return {"demo", "(not built yet)", [](CLI::App&) -> RunFunction {
            return [] { return fail("demo is not built yet"); };
          }};
}

}  // namespace faultline::cli
