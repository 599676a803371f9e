// PLACEHOLDER until its issue lands: replaced by the real subcommand.
#include "cli/command.h"

namespace faultline::cli {

Command serve_command() {
  return {"serve", "(not built yet)", [](CLI::App&) -> RunFunction {
            return [] { return fail("serve is not built yet"); };
          }};
}

}  // namespace faultline::cli
